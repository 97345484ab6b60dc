/* Fuzz target: the analytics-log reader skips malformed lines and never crashes or leaks. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/analytics.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    int lineno = 0;
    for (char *line = text, *next; line && *line; line = next) {
        next = strchr(line, '\n');
        if (next) *next++ = '\0';
        crs_stats_add_line(st, "fuzz.jsonl", ++lineno, line, &d);
    }
    crs_buf out = {0};
    crs_stats_report_text(st, &out);
    crs_stats_report_csv(st, &out);
    crs_buf_free(&out);
    crs_diags_clear(&d);
    crs_stats_free(st);
    free(text);
    return 0;
}
