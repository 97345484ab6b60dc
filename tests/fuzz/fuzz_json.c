/* Fuzz target: the loader's one-pass parser against cJSON. Whatever jp_parse accepts, cJSON must
 * accept as the same tree; the check-only scan must give the same verdict at the same place. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "../json_same.h"
#include "arena.h"
#include "jsonpos.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    /* The loader always hands over NUL-terminated text; so does this. */
    char *text = malloc(size + 1);
    if (!text) return 0;
    memcpy(text, data, size);
    text[size] = '\0';
    jp_error e, e2;
    int enc = jp_check_encoding(text, size, &e);
    crs_arena *a = crs_arena_new();
    cJSON *mine = NULL;
    int dup = 0;
    int rc = enc ? -1 : jp_parse(text, size, a, &mine, &dup, &e);
    if (!enc) {
        int rc2 = jp_scan(text, size, &e2);
        if (rc2 != rc || (rc && (e2.off != e.off || e2.code != e.code))) abort();
    }
    if (rc == 0) {
        size_t bom = jp_bom(text, size);
        cJSON *theirs = cJSON_ParseWithLengthOpts(text + bom, size - bom + 1, NULL, 1);
        if (!theirs || !json_same(mine, theirs, "fuzz_json")) abort();
        cJSON_Delete(theirs);
    }
    crs_arena_free(a);
    free(text);
    return 0;
}
