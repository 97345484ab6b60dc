/* Shared pieces of the command-line front ends: diagnostics printing, loading with exit
 * status, number parsing, and usage errors. */
#include "cli.h"

#include <ctype.h>
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/messages.h"

void crs_cli_write(FILE *f, const char *s)
{
    const unsigned char *p = (const unsigned char *)s, *run = p;
    for (; *p; p++) {
        int c0 = (*p < 0x20 && *p != '\n' && *p != '\t') || *p == 0x7f;
        int c1 = *p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f;
        if (!c0 && !c1) continue;
        fwrite(run, 1, (size_t)(p - run), f);
        if (c1) /* \u form: still a valid escape inside the JSON formats' strings */
            fprintf(f, "\\u00%02x", *++p);
        else
            fprintf(f, "\\x%02x", *p);
        run = p + 1;
    }
    fwrite(run, 1, (size_t)(p - run), f);
}

void crs_cli_print_diags(FILE *f, const crs_diags *d)
{
    crs_cli_print_diags_lang(f, d, NULL);
}

void crs_cli_print_diags_lang(FILE *f, const crs_diags *d, const char *lang)
{
    char line[1400];
    for (size_t i = 0; i < d->count; i++) {
        crs_msg_format_diag(&d->items[i], lang, line, sizeof line);
        crs_cli_write(f, line);
        fputc('\n', f);
    }
    if (d->dropped) fprintf(f, "(%zu more diagnostics not shown)\n", d->dropped);
}

crs_scenario *crs_cli_load(const char *path, int *status)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(path, &d);
    crs_cli_print_diags(stderr, &d);
    if (!s) {
        int io = 0;
        for (size_t i = 0; i < d.count; i++) io |= d.items[i].code == CRS_E_IO;
        *status = io ? 2 : 1;
    }
    crs_diags_clear(&d);
    return s;
}

int crs_cli_parse_u64(const char *s, uint64_t *out)
{
    /* strtoull would skip spaces and accept a sign: only plain digits are a number here. */
    if (!s || !isdigit((unsigned char)*s)) return -1;
    char *end;
    errno = 0;
    unsigned long long v = strtoull(s, &end, 10);
    if (errno || *end) return -1;
    *out = v;
    return 0;
}

int crs_cli_usage_error(const char *command, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "crossings%s%s: ", command ? " " : "", command ? command : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fprintf(stderr, "\nTry 'crossings %s%s--help'.\n", command ? command : "", command ? " " : "");
    return 2;
}
