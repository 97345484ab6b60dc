/* Helpers shared by the loader's walkers: located reports, JSON paths, typed getters, unknown-key
 * hints, texts in every declared language, duplicate keys, ids and id maps. */
#include "loadctx.h"

#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jsonpos.h"

/* ===== reports ===== */

static size_t diag_cap(const crs_diags *d)
{
    return d->max_items ? d->max_items : 200;
}

void ld_report(ld *L, crs_severity sev, crs_code code, ld_at at, const char *fmt, ...)
{
    char msg[320];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    if (sev == CRS_SEV_ERROR) L->errors++;
    int line = 0, col = 0;
    /* Locating rescans the text: skip it once the list is full and items are only counted. */
    if (L->text && L->d->count < diag_cap(L->d)) {
        char parent[sizeof L->path];
        const char *ptr = L->path;
        if (at == LD_AT_PARENT) {
            memcpy(parent, L->path, L->plen + 1);
            char *slash = strrchr(parent, '/');
            if (slash) *slash = '\0';
            ptr = parent;
        }
        size_t off = jp_locate(L->text, L->len, ptr, at == LD_AT_KEY, L->nth);
        jp_line_col(L->text, L->len, off, &line, &col);
    }
    if (crs_diags_add(L->d, code, sev, L->file, line, col, L->path, "%s", msg) != 0) L->oom = 1;
}

void ld_oom(ld *L)
{
    if (L->oom) return;
    L->oom = 1;
    L->errors++;
    crs_diags_add(L->d, CRS_E_MEMORY, CRS_SEV_ERROR, L->file, 0, 0, "",
                  "out of memory while loading the scenario");
}

/* ===== path and description ===== */

static size_t push(ld *L, const char *s, size_t n)
{
    size_t mark = L->plen;
    /* A path too long to keep (huge keys) stays at its parent: reports then point there. */
    if (L->plen + 1 + n < sizeof L->path) {
        L->path[L->plen++] = '/';
        memcpy(L->path + L->plen, s, n);
        L->plen += n;
        L->path[L->plen] = '\0';
    }
    return mark;
}

size_t ld_push_key(ld *L, const char *key)
{
    char esc[sizeof L->path];
    size_t n = 0;
    for (const char *p = key; *p && n + 2 < sizeof esc; p++) {
        if (*p == '~' || *p == '/') {
            esc[n++] = '~';
            esc[n++] = *p == '~' ? '0' : '1';
        } else {
            esc[n++] = *p;
        }
    }
    return push(L, esc, n);
}

size_t ld_push_index(ld *L, int i)
{
    /* Written by hand: this runs for every array element of every file, snprintf is slow. */
    char buf[16], *e = buf + sizeof buf, *p = e;
    unsigned v = i < 0 ? 0u : (unsigned)i;
    do *--p = (char)('0' + v % 10);
    while ((v /= 10) != 0);
    return push(L, p, (size_t)(e - p));
}

void ld_pop(ld *L, size_t mark)
{
    L->plen = mark;
    L->path[mark] = '\0';
}

void ld_what_set(ld *L, ld_what *sv, const char *fmt, ...)
{
    memcpy(sv->saved, L->what, sizeof L->what);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(L->what, sizeof L->what, fmt, ap);
    va_end(ap);
}

void ld_what_sub(ld *L, ld_what *sv, const char *fmt, ...)
{
    char part[sizeof L->what];
    memcpy(sv->saved, L->what, sizeof L->what);
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(part, sizeof part, fmt, ap);
    va_end(ap);
    /* part " of " saved, cut to fit: built by hand since truncation is expected here. */
    size_t n = 0;
    const char *pieces[3] = {part, " of ", sv->saved};
    for (int i = 0; i < 3; i++)
        for (const char *p = pieces[i]; *p && n + 1 < sizeof L->what; p++) L->what[n++] = *p;
    L->what[n] = '\0';
}

void ld_what_restore(ld *L, const ld_what *sv)
{
    memcpy(L->what, sv->saved, sizeof L->what);
}

/* ===== hints ===== */

/* Levenshtein distance, for short strings only (hints). */
static int edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    int row[65];
    if (la > 64 || lb > 64) return 99;
    for (size_t j = 0; j <= lb; j++) row[j] = (int)j;
    for (size_t i = 1; i <= la; i++) {
        int diag = row[0];
        row[0] = (int)i;
        for (size_t j = 1; j <= lb; j++) {
            int up = row[j], best = diag + (a[i - 1] != b[j - 1]);
            if (up + 1 < best) best = up + 1;
            if (row[j - 1] + 1 < best) best = row[j - 1] + 1;
            diag = up;
            row[j] = best;
        }
    }
    return row[lb];
}

const char *ld_hint(const char *s, const char *const *names, int n)
{
    const char *best = NULL;
    int bestd = 99;
    size_t len = strlen(s);
    int limit = len <= 3 ? 1 : len <= 8 ? 2 : 3;
    /* Hints cost a distance per candidate: beyond a few thousand ids they are not worth it. */
    if (n > 5000) return NULL;
    for (int i = 0; i < n; i++) {
        if (!names[i]) continue;
        int d = edit_distance(s, names[i]);
        if (d < bestd) {
            bestd = d;
            best = names[i];
        }
    }
    return bestd <= limit ? best : NULL;
}

/* ===== values ===== */

const char *ld_type_name(const cJSON *v)
{
    if (cJSON_IsString(v)) return "a string";
    if (cJSON_IsNumber(v)) return "a number";
    if (cJSON_IsBool(v)) return "true/false";
    if (cJSON_IsNull(v)) return "null";
    if (cJSON_IsArray(v)) return "a list [...]";
    if (cJSON_IsObject(v)) return "an object {...}";
    return "something else";
}

static int ignored_key(const char *k)
{
    return k[0] == '$' || strcmp(k, "_comment") == 0;
}

static int allowed_count(const char *const *allowed)
{
    int n = 0;
    while (allowed[n]) n++;
    return n;
}

void ld_check_keys(ld *L, const cJSON *o, const char *const *allowed)
{
    int n = allowed_count(allowed);
    const cJSON *c;
    cJSON_ArrayForEach(c, o)
    {
        if (L->oom) return;
        const char *k = c->string;
        int ok = ignored_key(k);
        for (int i = 0; i < n && !ok; i++) ok = k[0] == allowed[i][0] && strcmp(k, allowed[i]) == 0;
        if (ok) continue;
        size_t mark = ld_push_key(L, k);
        const char *hint = ld_hint(k, allowed, n);
        if (hint)
            ld_err(L, CRS_E_UNKNOWN_KEY, LD_AT_KEY,
                   "%s has unknown key \"%.60s\" (did you mean \"%s\"?)", L->what, k, hint);
        else
            ld_err(L, CRS_E_UNKNOWN_KEY, LD_AT_KEY, "%s has unknown key \"%.60s\"", L->what, k);
        ld_pop(L, mark);
    }
}

const cJSON *ld_get(ld *L, const cJSON *o, const char *key, int required)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!v && required) {
        size_t mark = ld_push_key(L, key);
        ld_err(L, CRS_E_MISSING, LD_AT_PARENT, "%s has no \"%s\" (it is required)", L->what, key);
        ld_pop(L, mark);
    }
    return v;
}

void ld_type_err(ld *L, const char *key, const cJSON *v, const char *expected)
{
    size_t mark = ld_push_key(L, key);
    ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s: \"%s\" must be %s, not %s", L->what, key, expected,
           ld_type_name(v));
    ld_pop(L, mark);
}

const char *ld_str(ld *L, const cJSON *o, const char *key, int required)
{
    const cJSON *v = ld_get(L, o, key, required);
    if (!v) return NULL;
    if (!cJSON_IsString(v)) {
        ld_type_err(L, key, v, "a string");
        return NULL;
    }
    char *s = crs_arena_strdup(L->a, v->valuestring);
    if (!s) ld_oom(L);
    return s;
}

int ld_id_ok(const char *s)
{
    size_t n = strlen(s);
    if (n < 1 || n > CRS_LIMIT_ID_BYTES || s[0] < 'a' || s[0] > 'z') return 0;
    for (size_t i = 0; i < n; i++) {
        char c = s[i];
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_' || c == '-')) return 0;
    }
    return 1;
}

const char *ld_id(ld *L, const cJSON *o, const char *key, int required)
{
    const char *s = ld_str(L, o, key, required);
    if (s && !ld_id_ok(s)) {
        size_t mark = ld_push_key(L, key);
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"%.64s\" is not a valid id (1-64 characters of a-z, 0-9, _ and -, starting "
               "with a letter)",
               L->what, s);
        ld_pop(L, mark);
    }
    return s;
}

int ld_num(ld *L, const cJSON *o, const char *key, int required, double lo, double hi, double *out)
{
    const cJSON *v = ld_get(L, o, key, required);
    if (!v) return 0;
    if (!cJSON_IsNumber(v)) {
        ld_type_err(L, key, v, "a number");
        return 0;
    }
    double x = v->valuedouble;
    if (!isfinite(x) || x < lo || x > hi) {
        size_t mark = ld_push_key(L, key);
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: \"%s\" must be between %g and %g", L->what, key,
               lo, hi);
        ld_pop(L, mark);
        return 0;
    }
    *out = x;
    return 1;
}

int ld_int(ld *L, const cJSON *o, const char *key, int required, long lo, long hi, int32_t *out)
{
    const cJSON *v = ld_get(L, o, key, required);
    if (!v) return 0;
    if (!cJSON_IsNumber(v)) {
        ld_type_err(L, key, v, "a whole number");
        return 0;
    }
    double x = v->valuedouble; /* valueint saturates: judge the double */
    if (!isfinite(x) || x != floor(x) || x < (double)lo || x > (double)hi) {
        size_t mark = ld_push_key(L, key);
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: \"%s\" must be a whole number from %ld to %ld",
               L->what, key, lo, hi);
        ld_pop(L, mark);
        return 0;
    }
    *out = (int32_t)x;
    return 1;
}

int ld_bool(ld *L, const cJSON *o, const char *key, int *out)
{
    const cJSON *v = ld_get(L, o, key, 0);
    if (!v) return 0;
    if (!cJSON_IsBool(v)) {
        ld_type_err(L, key, v, "true or false");
        return 0;
    }
    *out = cJSON_IsTrue(v);
    return 1;
}

static void missing_draft(ld *L, int lang);

static int lang_index(const crs_scenario *s, const char *code)
{
    for (int i = 0; i < s->nlangs; i++)
        if (strcmp(s->langs[i].code, code) == 0) return i;
    return -1;
}

/* One language's string of a text object (path at the object). */
static void text_entry(ld *L, const cJSON *c, const char *label, crs_text *out)
{
    const char *codes[CRS_MAX_LANGS];
    int li = lang_index(L->s, c->string);
    size_t mark = ld_push_key(L, c->string);
    if (li < 0) {
        for (int i = 0; i < L->s->nlangs; i++) codes[i] = L->s->langs[i].code;
        const char *hint = ld_hint(c->string, codes, L->s->nlangs);
        ld_err(L, CRS_E_UNKNOWN_KEY, LD_AT_KEY,
               "%s: \"%s\" has \"%.40s\", which is not a declared language%s%s%s", L->what, label,
               c->string, hint ? " (did you mean \"" : "", hint ? hint : "", hint ? "\"?)" : "");
    } else if (!cJSON_IsString(c)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s: the \"%s\" text of \"%s\" must be a string, not %s",
               L->what, c->string, label, ld_type_name(c));
    } else if (!(out->s[li] = crs_arena_strdup(L->a, c->valuestring))) {
        ld_oom(L);
    }
    ld_pop(L, mark);
}

void ld_text_value(ld *L, const cJSON *v, const char *label, crs_text *out)
{
    if (!cJSON_IsObject(v)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "%s: \"%s\" must be a text object with one string per language ({\"%s\": "
               "\"...\"}), not %s",
               L->what, label, L->s->nlangs ? L->s->langs[0].code : "en", ld_type_name(v));
        return;
    }
    /* Without a valid language list every entry would be reported: that error is enough. */
    if (!L->s->nlangs) return;
    const cJSON *c;
    cJSON_ArrayForEach(c, v)
    {
        if (!ignored_key(c->string)) text_entry(L, c, label, out);
    }
    L->ntexts++;
    for (int i = 0; i < L->s->nlangs && !L->oom; i++) {
        if (out->s[i] || cJSON_GetObjectItemCaseSensitive(v, L->s->langs[i].code)) continue;
        if (i > 0 && !strcmp(L->s->langs[i].status, "draft")) {
            missing_draft(L, i);
            continue;
        }
        ld_err(L, CRS_E_TEXT, LD_AT_VALUE, "%s: \"%s\" has no \"%s\" (%s) text", L->what, label,
               L->s->langs[i].code, L->s->langs[i].name);
    }
}

/* A draft language may be partly translated: its missing texts show the first language's, and
 * load_coverage reports how many there are instead of an error each. */
static void missing_draft(ld *L, int lang)
{
    long k = L->missing[lang]++;
    if (k < 2) snprintf(L->missing_at[lang][k], sizeof L->missing_at[lang][k], "%.95s", L->path);
}

void ld_coverage(ld *L)
{
    const crs_scenario *s = L->s;
    for (int i = 1; i < s->nlangs; i++) {
        long miss = L->missing[i];
        if (!miss) continue;
        size_t mark = ld_push_key(L, "languages");
        ld_push_index(L, L->lang_item[i]);
        ld_warn(L, CRS_E_TEXT, LD_AT_VALUE,
                "language \"%s\" (%s) is a draft with %ld of %ld texts untranslated, shown in %s "
                "instead (%s%s%s%s); 'crossings po export FILE --lang %s' lists them",
                s->langs[i].code, s->langs[i].name, miss, L->ntexts, s->langs[0].name,
                miss > 1 ? "the first: " : "", L->missing_at[i][0], miss > 1 ? ", " : "",
                miss > 1 ? L->missing_at[i][1] : "", s->langs[i].code);
        ld_pop(L, mark);
    }
}

int ld_text(ld *L, const cJSON *o, const char *key, int required, crs_text *out)
{
    const cJSON *v = ld_get(L, o, key, required);
    if (!v) return 0;
    size_t mark = ld_push_key(L, key);
    ld_text_value(L, v, key, out);
    ld_pop(L, mark);
    return 1;
}

/* A translatable field: a plain string (the same in every language, stored as the first
 * language's) or a text object. A language missing from the object is a warning, not an error:
 * the field falls back to the first language, and files written before these fields could be
 * translated must keep loading clean. */
int ld_ttext(ld *L, const cJSON *o, const char *key, int required, crs_text *out)
{
    const cJSON *v = ld_get(L, o, key, required);
    if (!v) return 0;
    if (cJSON_IsString(v)) {
        if (L->s->nlangs && !(out->s[0] = crs_arena_strdup(L->a, v->valuestring))) ld_oom(L);
        return 1;
    }
    size_t mark = ld_push_key(L, key);
    if (!cJSON_IsObject(v)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "%s: \"%s\" must be a string or a text object ({\"en\": \"...\", \"ko\": "
               "\"...\"}), not %s",
               L->what, key, ld_type_name(v));
    } else if (L->s->nlangs) {
        const cJSON *c;
        int any = 0;
        size_t errors = L->errors;
        cJSON_ArrayForEach(c, v)
        {
            if (!ignored_key(c->string)) text_entry(L, c, key, out);
        }
        for (int i = 0; i < L->s->nlangs; i++) any |= out->s[i] != NULL;
        if (!any && !L->oom && L->errors == errors) /* not again after a bad entry */
            ld_err(L, CRS_E_TEXT, LD_AT_VALUE, "%s: \"%s\" has no text in any declared language",
                   L->what, key);
        L->ntexts += any;
        for (int i = 0; any && i < L->s->nlangs && !L->oom; i++) {
            if (out->s[i] || cJSON_GetObjectItemCaseSensitive(v, L->s->langs[i].code)) continue;
            if (i > 0 && !strcmp(L->s->langs[i].status, "draft")) {
                missing_draft(L, i); /* counted with the rest of the language's coverage */
                continue;
            }
            ld_warn(L, CRS_E_TEXT, LD_AT_VALUE,
                    "%s: \"%s\" is translated but has no \"%s\" (%s) text (another language's "
                    "is shown instead)",
                    L->what, key, L->s->langs[i].code, L->s->langs[i].name);
        }
    }
    ld_pop(L, mark);
    return 1;
}

const cJSON *ld_array(ld *L, const cJSON *o, const char *key, int required, long max, int *count)
{
    const cJSON *v = ld_get(L, o, key, required);
    *count = 0;
    if (!v) return NULL;
    if (!cJSON_IsArray(v)) {
        ld_type_err(L, key, v, "a list [...]");
        return NULL;
    }
    long n = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, v) n++; /* not cJSON_GetArraySize: keep one pass */
    if (n > max) {
        size_t mark = ld_push_key(L, key);
        ld_err(L, CRS_E_LIMIT, LD_AT_VALUE, "%s: \"%s\" has %ld items; at most %ld are allowed",
               L->what, key, n, max);
        ld_pop(L, mark);
        return NULL;
    }
    *count = (int)n;
    return v;
}

/* ===== duplicate keys (cJSON keeps them all; readers would see only the first) ===== */

typedef struct keyref {
    const char *name;
    int pos;
} keyref;

static int keyref_cmp(const void *a, const void *b)
{
    const keyref *x = a, *y = b;
    int c = strcmp(x->name, y->name);
    return c ? c : (x->pos > y->pos) - (x->pos < y->pos);
}

/* Whether a small object has two members of the same name (quadratic, without allocating). */
static int small_has_dup(const cJSON *v)
{
    for (const cJSON *a = v->child; a; a = a->next)
        for (const cJSON *b = a->next; b; b = b->next)
            if (strcmp(a->string, b->string) == 0) return 1;
    return 0;
}

/* Duplicates among the members of object v (path at v). */
static void dup_members(ld *L, const cJSON *v)
{
    int n = 0, i = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, v) n++;
    if (n < 2) return;
    if (n <= 16 && !small_has_dup(v)) return; /* the common case: no allocation, no sort */
    keyref *k = crs_alloc(sizeof *k * (size_t)n);
    if (!k) {
        ld_oom(L);
        return;
    }
    cJSON_ArrayForEach(c, v)
    {
        k[i].name = c->string;
        k[i].pos = i;
        i++;
    }
    qsort(k, (size_t)n, sizeof *k, keyref_cmp);
    /* Sorted by name then position: the nth member of a run of equal names is a duplicate. */
    int run = 0;
    for (i = 1; i < n && !L->oom; i++) {
        run = strcmp(k[i - 1].name, k[i].name) == 0 ? run + 1 : 0;
        if (!run) continue;
        size_t mark = ld_push_key(L, k[i].name);
        L->nth = run + 1;
        ld_err(L, CRS_E_DUPLICATE, LD_AT_KEY,
               "duplicate key \"%.60s\" in the same object (JSON readers would keep only one of "
               "them)",
               k[i].name);
        L->nth = 1;
        ld_pop(L, mark);
    }
    crs_free(k);
}

/* Depth is bounded by the syntax check (CRS_LIMIT_DEPTH), so recursion is safe. */
void ld_dup_keys(ld *L, const cJSON *v)
{
    const cJSON *c;
    int i = 0;
    if (cJSON_IsObject(v)) dup_members(L, v);
    cJSON_ArrayForEach(c, v)
    {
        if (L->oom) return;
        if (!cJSON_IsObject(c) && !cJSON_IsArray(c)) {
            i++;
            continue;
        }
        size_t mark = cJSON_IsObject(v) ? ld_push_key(L, c->string) : ld_push_index(L, i);
        ld_dup_keys(L, c);
        ld_pop(L, mark);
        i++;
    }
}

/* ===== id maps ===== */

static size_t hash(const char *s)
{
    size_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

int ld_map_init(ld *L, ld_idmap *m, int n)
{
    size_t cap = 8;
    while (cap < (size_t)n * 2) cap *= 2;
    m->cap = cap;
    m->n = n;
    m->keys = crs_arena_array(L->tmp, cap, sizeof *m->keys);
    m->vals = crs_arena_array(L->tmp, cap, sizeof *m->vals);
    m->names = crs_arena_array(L->tmp, (size_t)n, sizeof *m->names);
    if (!m->keys || !m->vals || !m->names) {
        m->cap = 0;
        m->n = 0;
        ld_oom(L);
        return -1;
    }
    return 0;
}

int ld_map_put(ld_idmap *m, const char *key, int val)
{
    if (!m->cap) return -1;
    size_t i = hash(key) & (m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0) return m->vals[i];
        i = (i + 1) & (m->cap - 1);
    }
    m->keys[i] = key;
    m->vals[i] = val;
    if (val >= 0 && val < m->n) m->names[val] = key;
    return -1;
}

int ld_map_get(const ld_idmap *m, const char *key)
{
    if (!m->cap) return -1;
    size_t i = hash(key) & (m->cap - 1);
    while (m->keys[i]) {
        if (strcmp(m->keys[i], key) == 0) return m->vals[i];
        i = (i + 1) & (m->cap - 1);
    }
    return -1;
}

/* A reference that names no id but resembles one: the typo may be in the definition rather
 * than in the references, so the definition hears of it too (once, as a warning). */
static void note_definition(ld *L, const ld_idmap *m, const char *hint, const char *kind,
                            const char *wrote)
{
    const char *list = m == &L->nodes      ? "nodes"
                       : m == &L->stages   ? "stages"
                       : m == &L->endings  ? "endings"
                       : m == &L->vars     ? "variables"
                       : m == &L->personas ? "personas"
                       : m == &L->sources  ? "sources"
                                           : NULL;
    int i = 0;
    while (i < m->n && m->names[i] != hint) i++;
    if (!list || i == m->n) return;
    for (int k = 0; k < L->nnoted; k++)
        if (L->noted[k].m == m && L->noted[k].i == i) return;
    if (L->nnoted == (int)(sizeof L->noted / sizeof L->noted[0])) return;
    L->noted[L->nnoted].m = m;
    L->noted[L->nnoted++].i = i;
    char saved[sizeof L->path];
    size_t plen = L->plen;
    memcpy(saved, L->path, plen + 1);
    ld_pop(L, 0);
    ld_push_key(L, list);
    ld_push_index(L, i);
    ld_push_key(L, "id");
    ld_warn(L, CRS_E_REFERENCE, LD_AT_VALUE,
            "%s \"%s\" is defined here, but a reference names \"%.64s\": if that is the name you "
            "want, the typo is in this id",
            kind, hint, wrote);
    memcpy(L->path, saved, plen + 1);
    L->plen = plen;
}

int ld_ref_value(ld *L, const cJSON *v, const ld_idmap *m, const char *kind, const char *verb)
{
    if (!cJSON_IsString(v)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s: a %s id must be a string, not %s", L->what, kind,
               ld_type_name(v));
        return -1;
    }
    int idx = ld_map_get(m, v->valuestring);
    if (idx >= 0) return idx;
    const char *hint = ld_hint(v->valuestring, m->names, m->n);
    ld_err(L, CRS_E_REFERENCE, LD_AT_VALUE, "%s %s unknown %s \"%.64s\"%s%s%s", L->what, verb, kind,
           v->valuestring, hint ? " (did you mean \"" : "", hint ? hint : "", hint ? "\"?)" : "");
    if (hint) note_definition(L, m, hint, kind, v->valuestring);
    return -1;
}

int ld_ref(ld *L, const cJSON *o, const char *key, int required, const ld_idmap *m,
           const char *kind, const char *verb)
{
    const cJSON *v = ld_get(L, o, key, required);
    if (!v) return -1;
    size_t mark = ld_push_key(L, key);
    int idx = ld_ref_value(L, v, m, kind, verb);
    ld_pop(L, mark);
    return idx;
}
