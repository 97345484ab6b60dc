/* Loading a scenario: read the file, check encoding, then syntax with located errors while
 * building a cJSON-shaped tree in an arena, reject duplicate keys, walk the model (load.c), then
 * run the checks (check.c). */
#include "load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include "crossings/fileio.h"
#include "jsonpos.h"

/* ===== the pipeline ===== */

/* Located error for the whole-text checks. */
static void text_error(ld *L, const jp_error *e)
{
    int line, col;
    jp_line_col(L->text, L->len, e->off, &line, &col);
    L->errors++;
    if (crs_diags_add(L->d, e->code, CRS_SEV_ERROR, L->file, line, col, "", "%s", e->msg))
        L->oom = 1;
}

/* Encoding, then syntax and the tree in one pass (in arena json); NULL when the text is rejected
 * (reported). *maybe_dup tells whether some object may repeat a key. */
static cJSON *parse(ld *L, crs_arena *json, int *maybe_dup)
{
    jp_error e;
    cJSON *root = NULL;
    if (jp_check_encoding(L->text, L->len, &e) ||
        jp_parse(L->text, L->len, json, &root, maybe_dup, &e)) {
        text_error(L, &e);
        return NULL;
    }
    return root;
}

static void build(ld *L, const cJSON *root, int maybe_dup)
{
    /* The located walk builds a JSON path at every step; the parse has already told whether any
     * object may repeat a key, so clean files skip it. */
    if (maybe_dup) ld_dup_keys(L, root);
    if (L->oom) return;
    L->a = crs_arena_new();
    L->tmp = crs_arena_new();
    L->s = L->a ? crs_arena_alloc(L->a, sizeof *L->s) : NULL;
    if (!L->tmp || !L->s) {
        ld_oom(L);
        return;
    }
    L->s->file = crs_arena_strdup(L->a, L->file);
    if (!L->s->file) ld_oom(L);
    ld_top_level(L, root);
    if (!L->errors && !L->oom) crs_check_scenario(L);
    L->s->arena_ = L->a;
    if (!L->errors && !L->oom && ld_terms_init(L->s, L->a)) ld_oom(L);
    if (!L->errors && !L->oom) crs_lint_scenario(L); /* content warnings */
}

/* text is NUL-terminated at len; it is borrowed. */
static crs_scenario *load_text(const char *name, const char *text, size_t len, crs_diags *d)
{
    ld L;
    memset(&L, 0, sizeof L);
    L.file = name ? name : "(scenario)";
    L.text = text;
    L.len = len;
    L.d = d;
    L.nth = 1;
    /* The parse tree is working data like L.tmp, but kept apart: it is the biggest part of a
     * load and no model pointer may point into it (ld_str copies). */
    crs_arena *json = crs_arena_new();
    int maybe_dup = 0;
    cJSON *root = NULL;
    if (!json)
        ld_oom(&L);
    else
        root = parse(&L, json, &maybe_dup);
    if (root) build(&L, root, maybe_dup);
    crs_arena_free(json);
    crs_arena_free(L.tmp);
    if (L.errors || L.oom || !L.s) {
        crs_arena_free(L.a);
        return NULL;
    }
    L.s->arena_ = L.a;
    return L.s;
}

static crs_scenario *io_error(crs_diags *d, const char *path, crs_code code, const char *fmt,
                              const char *detail)
{
    crs_diags_add(d, code, CRS_SEV_ERROR, path, 0, 0, "", fmt, detail);
    return NULL;
}

/* Reads up to the limit plus one byte into a fresh buffer; NULL on error (reported). */
static char *read_all(FILE *f, const char *path, size_t *len, crs_diags *d)
{
    /* A file already over the limit is refused without reading it; the read below still
     * stops at the limit for one that grows meanwhile. */
    struct stat st;
    if (fstat(fileno(f), &st) == 0 && st.st_size > (off_t)CRS_LIMIT_FILE_BYTES) {
        io_error(d, path, CRS_E_LIMIT, "the file is larger than %s", "8 MiB");
        return NULL;
    }
    size_t cap = 65536, n = 0;
    char *buf = crs_alloc(cap + 1);
    while (buf) {
        n += fread(buf + n, 1, cap - n, f);
        if (ferror(f)) {
            int err = errno;
            crs_free(buf);
            io_error(d, path, CRS_E_IO, "cannot read the file (%s)", strerror(err));
            return NULL;
        }
        if (n > CRS_LIMIT_FILE_BYTES) {
            crs_free(buf);
            io_error(d, path, CRS_E_LIMIT, "the file is larger than %s", "8 MiB");
            return NULL;
        }
        if (n < cap) {
            buf[n] = '\0';
            *len = n;
            return buf;
        }
        /* Grow by hand: every allocation goes through the hook. */
        size_t ncap = cap * 2 > CRS_LIMIT_FILE_BYTES + 1 ? CRS_LIMIT_FILE_BYTES + 1 : cap * 2;
        char *bigger = crs_alloc(ncap + 1);
        if (bigger) memcpy(bigger, buf, n);
        crs_free(buf);
        buf = bigger;
        cap = ncap;
    }
    crs_diags_add(d, CRS_E_MEMORY, CRS_SEV_ERROR, path, 0, 0, "", "out of memory reading the file");
    return NULL;
}

static FILE *open_regular(const char *path, crs_diags *diags)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    if (!f) io_error(diags, path, CRS_E_IO, "cannot open the file (%s)", why);
    return f;
}

/* Diagnostics read best in file order; the walk finds some (e.g. references) out of order. */
static int by_position(const void *pa, const void *pb)
{
    const crs_diag *a = pa, *b = pb;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    return (a->col > b->col) - (a->col < b->col);
}

static void sort_from(crs_diags *d, size_t first)
{
    if (d && d->count > first)
        qsort(d->items + first, d->count - first, sizeof *d->items, by_position);
}

char *ld_read_file(const char *path, size_t *len, crs_diags *d)
{
    FILE *f = open_regular(path, d);
    if (!f) return NULL;
    char *buf = read_all(f, path, len, d);
    fclose(f);
    return buf;
}

crs_scenario *crs_scenario_load_file(const char *path, crs_diags *diags)
{
    size_t first = diags ? diags->count : 0;
    size_t len = 0;
    char *buf = ld_read_file(path, &len, diags);
    if (!buf) return NULL;
    crs_scenario *s = load_text(path, buf, len, diags);
    crs_free(buf);
    sort_from(diags, first);
    return s;
}

crs_scenario *crs_scenario_load_buffer(const char *name, const char *buf, size_t len,
                                       crs_diags *diags)
{
    if (!name) name = "(scenario)";
    if (len > CRS_LIMIT_FILE_BYTES)
        return io_error(diags, name, CRS_E_LIMIT, "the file is larger than %s", "8 MiB");
    if (!buf && len) return io_error(diags, name, CRS_E_IO, "%s", "no text given");
    /* A private copy ending in NUL: cJSON reads past unterminated buffers (see pitfalls). */
    char *copy = crs_alloc(len + 1);
    if (!copy) {
        crs_diags_add(diags, CRS_E_MEMORY, CRS_SEV_ERROR, name, 0, 0, "", "out of memory");
        return NULL;
    }
    if (len) memcpy(copy, buf, len);
    copy[len] = '\0';
    size_t first = diags ? diags->count : 0;
    crs_scenario *s = load_text(name, copy, len, diags);
    crs_free(copy);
    sort_from(diags, first);
    return s;
}

void crs_scenario_free(crs_scenario *s)
{
    if (s) crs_arena_free(s->arena_);
}
