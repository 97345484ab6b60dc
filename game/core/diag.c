/* Diagnostics: a growing list of located errors and warnings, and their compiler-style text.
 * The core never prints; front ends format these with crs_diag_format. */
#include "crossings/diag.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char *const code_names[CRS_E__COUNT] = {
    "ok",      "io",    "limit",     "encoding", "syntax", "duplicate", "unknown-key", "type",
    "missing", "value", "reference", "text",     "graph",  "citation",  "memory",      "state",
};

const char *crs_code_name(crs_code code)
{
    return (code >= 0 && code < CRS_E__COUNT) ? code_names[code] : "unknown";
}

static void copy_str(char *dst, size_t cap, const char *src)
{
    if (!src) src = "";
    size_t n = strlen(src);
    if (n >= cap) n = cap - 1;
    memcpy(dst, src, n);
    dst[n] = '\0';
}

static int grow(crs_diags *d)
{
    size_t cap = d->cap ? d->cap * 2 : 16;
    crs_diag *items = realloc(d->items, cap * sizeof *items);
    if (!items) return -1;
    d->items = items;
    d->cap = cap;
    return 0;
}

int crs_diags_add(crs_diags *d, crs_code code, crs_severity sev, const char *file, int line,
                  int col, const char *path, const char *fmt, ...)
{
    if (sev == CRS_SEV_ERROR)
        d->errors++;
    else
        d->warnings++;
    size_t max = d->max_items ? d->max_items : 200;
    if (d->count >= max) {
        d->dropped++; /* counted, not stored: a hostile file cannot exhaust memory here */
        return 0;
    }
    if (d->count == d->cap && grow(d) != 0) {
        d->dropped++;
        return -1;
    }
    crs_diag *it = &d->items[d->count++];
    it->code = code;
    it->severity = sev;
    it->line = line;
    it->col = col;
    copy_str(it->file, sizeof it->file, file);
    copy_str(it->path, sizeof it->path, path);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(it->message, sizeof it->message, fmt, ap);
    va_end(ap);
    return 0;
}

void crs_diag_set(crs_diag *err, crs_code code, const char *message)
{
    if (!err) return;
    memset(err, 0, sizeof *err);
    err->code = code;
    err->severity = CRS_SEV_ERROR;
    copy_str(err->message, sizeof err->message, message);
}

void crs_diags_clear(crs_diags *d)
{
    free(d->items);
    size_t max = d->max_items;
    memset(d, 0, sizeof *d);
    d->max_items = max;
}

size_t crs_diag_format(const crs_diag *it, char *buf, size_t cap)
{
    const char *sev = it->severity == CRS_SEV_ERROR ? "error" : "warning";
    char where[300];
    if (it->line > 0)
        snprintf(where, sizeof where, "%s:%d:%d", it->file, it->line, it->col);
    else
        snprintf(where, sizeof where, "%s", it->file);
    int n;
    if (it->path[0])
        n = snprintf(buf, cap, "%s: %s: %s (%s)", where, sev, it->message, it->path);
    else
        n = snprintf(buf, cap, "%s: %s: %s", where, sev, it->message);
    return n < 0 ? 0 : (size_t)n;
}
