/* Loading a scenario: read the file, check encoding and syntax with located errors, parse with
 * cJSON, reject duplicate keys, walk the top level into the model, then run the checks. */
#include "load.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "jsonpos.h"

/* ===== shared list helpers ===== */

void ld_what_item(ld *L, ld_what *sv, const cJSON *o, const char *kind, int i, int sub)
{
    const cJSON *id = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, "id") : NULL;
    if (cJSON_IsString(id) && sub)
        ld_what_sub(L, sv, "%s \"%.64s\"", kind, id->valuestring);
    else if (cJSON_IsString(id))
        ld_what_set(L, sv, "%s \"%.64s\"", kind, id->valuestring);
    else if (sub)
        ld_what_sub(L, sv, "%s %d", kind, i + 1);
    else
        ld_what_set(L, sv, "%s %d", kind, i + 1);
}

int ld_declare(ld *L, const cJSON *arr, int n, const char *key, const char *kind, ld_idmap *m)
{
    if (ld_map_init(L, m, n)) return -1;
    int i = 0;
    const cJSON *o;
    size_t mark = ld_push_key(L, key);
    cJSON_ArrayForEach(o, arr)
    {
        const cJSON *id = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, "id") : NULL;
        if (cJSON_IsString(id)) {
            size_t m2 = ld_push_index(L, i);
            ld_push_key(L, "id");
            if (!ld_id_ok(id->valuestring))
                ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
                       "%s %d has a bad id \"%.64s\" (ids are 1-64 characters of a-z, 0-9, _ and "
                       "-, starting with a letter)",
                       kind, i + 1, id->valuestring);
            int first = ld_map_put(m, id->valuestring, i);
            if (first >= 0)
                ld_err(L, CRS_E_DUPLICATE, LD_AT_VALUE,
                       "%s id \"%.64s\" is used twice (%s %d and %s %d)", kind, id->valuestring,
                       kind, first + 1, kind, i + 1);
            ld_pop(L, m2);
        }
        i++;
    }
    ld_pop(L, mark);
    return 0;
}

const char *ld_item_id(ld *L, const cJSON *o)
{
    const cJSON *v = ld_get(L, o, "id", 1);
    if (!v) return NULL;
    if (!cJSON_IsString(v)) {
        ld_type_err(L, "id", v, "a string");
        return NULL;
    }
    char *s = crs_arena_strdup(L->a, v->valuestring);
    if (!s) ld_oom(L);
    return s;
}

int ld_one_of(ld *L, const cJSON *o, const char *const *keys)
{
    int found = -1, count = 0;
    for (int i = 0; keys[i]; i++) {
        if (!cJSON_GetObjectItemCaseSensitive(o, keys[i])) continue;
        if (count++ == 0) found = i;
    }
    if (count == 1) return found;
    char list[160] = "";
    for (int i = 0; keys[i]; i++) {
        size_t len = strlen(list);
        snprintf(list + len, sizeof list - len, "%s\"%s\"",
                 i == 0        ? ""
                 : keys[i + 1] ? ", "
                               : " or ",
                 keys[i]);
    }
    ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s %s exactly one of %s", L->what,
           count ? "must have only" : "needs", list);
    return -1;
}

/* ===== languages, sources, variables, personas ===== */

static int lang_code_ok(const char *s)
{
    size_t n = strlen(s);
    if (n < 1 || n > 16) return 0;
    for (size_t i = 0; i < n; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", s[i]))
            return 0;
    return 1;
}

static void language(ld *L, const cJSON *o, crs_lang *lg)
{
    static const char *const keys[] = {"code", "name", "status", "reviewer", NULL};
    ld_check_keys(L, o, keys);
    lg->code = ld_str(L, o, "code", 1);
    lg->name = ld_str(L, o, "name", 1);
    lg->status = ld_str(L, o, "status", 1);
    lg->reviewer = ld_str(L, o, "reviewer", 0);
    size_t mark = ld_push_key(L, "code");
    if (lg->code && !lang_code_ok(lg->code))
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"%.40s\" is not a language code such as \"en\" "
               "or \"ko\"",
               L->what, lg->code);
    for (int i = 0; lg->code && i < L->s->nlangs; i++)
        if (strcmp(L->s->langs[i].code, lg->code) == 0)
            ld_err(L, CRS_E_DUPLICATE, LD_AT_VALUE, "language \"%s\" is declared twice", lg->code);
    ld_pop(L, mark);
    if (lg->status && strcmp(lg->status, "draft") != 0 && strcmp(lg->status, "reviewed") != 0) {
        mark = ld_push_key(L, "status");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"status\" must be \"draft\" or \"reviewed\", "
               "not \"%.40s\"",
               L->what, lg->status);
        ld_pop(L, mark);
    }
}

static void languages(ld *L, const cJSON *top)
{
    int n = 0, i = 0;
    const cJSON *arr = ld_array(L, top, "languages", 1, CRS_MAX_LANGS, &n), *o;
    if (!arr) return;
    size_t mark = ld_push_key(L, "languages");
    if (n == 0) ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "the scenario declares no language");
    cJSON_ArrayForEach(o, arr)
    {
        size_t m2 = ld_push_index(L, i++);
        ld_what sv;
        ld_what_set(L, &sv, "language %d", i);
        crs_lang lg = {0};
        if (!cJSON_IsObject(o))
            ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
                   "language %d must be an object {\"code\": ...}, "
                   "not %s",
                   i, ld_type_name(o));
        else
            language(L, o, &lg);
        /* Only complete languages count: texts are checked against them. */
        if (lg.code && lg.name && lg.status) L->s->langs[L->s->nlangs++] = lg;
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void source(ld *L, const cJSON *o, void *item)
{
    crs_source *src = item;
    static const char *const keys[] = {"id",      "author", "title",    "publisher", "year",
                                       "section", "url",    "document", NULL};
    ld_check_keys(L, o, keys);
    src->id = ld_item_id(L, o);
    src->author = ld_str(L, o, "author", 1);
    src->title = ld_str(L, o, "title", 1);
    src->publisher = ld_str(L, o, "publisher", 0);
    src->year = ld_str(L, o, "year", 1);
    src->section = ld_str(L, o, "section", 0);
    src->url = ld_str(L, o, "url", 0);
    src->document = ld_str(L, o, "document", 0);
}

static void variable(ld *L, const cJSON *o, void *item)
{
    crs_var *v = item;
    static const char *const keys[] = {"id",      "type",  "min",   "max",
                                       "initial", "label", "shown", NULL};
    ld_check_keys(L, o, keys);
    v->id = ld_item_id(L, o);
    if (v->id && (!strcmp(v->id, "any") || !strcmp(v->id, "all") || !strcmp(v->id, "not"))) {
        size_t mark = ld_push_key(L, "id");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"%s\" is a condition word and cannot name a "
               "variable",
               L->what, v->id);
        ld_pop(L, mark);
    }
    const char *type = ld_str(L, o, "type", 1);
    v->min = LD_INT_MIN;
    v->max = LD_INT_MAX;
    ld_text(L, o, "label", 1, &v->label);
    ld_bool(L, o, "shown", &v->shown);
    if (type && !strcmp(type, "bool")) {
        v->type = CRS_VAR_BOOL;
        v->max = 1;
        v->min = 0;
        if (ld_get(L, o, "min", 0) || ld_get(L, o, "max", 0))
            ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
                   "%s: \"min\" and \"max\" apply only to int "
                   "variables",
                   L->what);
        int b = 0;
        ld_bool(L, o, "initial", &b);
        v->initial = b;
        return;
    }
    if (type && strcmp(type, "int") != 0) {
        size_t mark = ld_push_key(L, "type");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"type\" must be \"int\" or \"bool\", not "
               "\"%.40s\"",
               L->what, type);
        ld_pop(L, mark);
    }
    ld_int(L, o, "min", 0, LD_INT_MIN, LD_INT_MAX, &v->min);
    ld_int(L, o, "max", 0, LD_INT_MIN, LD_INT_MAX, &v->max);
    if (v->min > v->max)
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: \"min\" is above \"max\"", L->what);
    if (!ld_int(L, o, "initial", 0, v->min, v->max, &v->initial))
        v->initial = v->min > 0 ? v->min : v->max < 0 ? v->max : 0;
}

/* A persona's "set": starting values (path at the persona). */
static void persona_set(ld *L, const cJSON *o, int32_t *init)
{
    const cJSON *set = ld_get(L, o, "set", 0), *c;
    if (!set) return;
    if (!cJSON_IsObject(set)) {
        ld_type_err(L, "set", set, "an object such as {\"money\": 0}");
        return;
    }
    size_t mark = ld_push_key(L, "set");
    cJSON_ArrayForEach(c, set)
    {
        if (c->string[0] == '$' || !strcmp(c->string, "_comment")) continue;
        int var = ld_map_get(&L->vars, c->string);
        if (var < 0) {
            size_t m2 = ld_push_key(L, c->string);
            const char *hint = ld_hint(c->string, L->vars.names, L->vars.n);
            ld_err(L, CRS_E_REFERENCE, LD_AT_KEY, "%s sets unknown variable \"%.64s\"%s%s%s",
                   L->what, c->string, hint ? " (did you mean \"" : "", hint ? hint : "",
                   hint ? "\"?)" : "");
            ld_pop(L, m2);
        } else if (L->s->vars[var].type == CRS_VAR_BOOL) {
            int b;
            if (ld_bool(L, set, c->string, &b)) init[var] = b;
        } else {
            ld_int(L, set, c->string, 0, L->s->vars[var].min, L->s->vars[var].max, &init[var]);
        }
    }
    ld_pop(L, mark);
}

static void persona(ld *L, const cJSON *o, void *item)
{
    crs_persona *p = item;
    static const char *const keys[] = {"id", "name", "description", "start", "set", NULL};
    ld_check_keys(L, o, keys);
    p->id = ld_item_id(L, o);
    ld_text(L, o, "name", 1, &p->name);
    ld_text(L, o, "description", 0, &p->description);
    p->start = ld_ref(L, o, "start", 1, &L->nodes, "node", "starts at");
    int32_t *init = crs_arena_array(L->a, (size_t)L->s->nvars + 1, sizeof *init);
    if (!init) {
        ld_oom(L);
        return;
    }
    for (int i = 0; i < L->s->nvars; i++) init[i] = L->s->vars[i].initial;
    persona_set(L, o, init);
    p->init = init;
}

/* ===== the top level ===== */

void ld_each(ld *L, const cJSON *arr, const char *key, const char *kind, void *items, size_t size,
             ld_item_fn fn, int sub)
{
    int i = 0;
    const cJSON *o;
    if (!arr) return;
    size_t mark = ld_push_key(L, key);
    cJSON_ArrayForEach(o, arr)
    {
        if (L->oom) break;
        size_t m2 = ld_push_index(L, i);
        ld_what sv;
        ld_what_item(L, &sv, o, kind, i, sub);
        if (!cJSON_IsObject(o))
            ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s must be an object {...}, not %s", L->what,
                   ld_type_name(o));
        else
            fn(L, o, (char *)items + size * (size_t)i);
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
        i++;
    }
    ld_pop(L, mark);
}

static void era(ld *L, const cJSON *top)
{
    static const char *const keys[] = {"from", "to", NULL};
    const cJSON *e = ld_get(L, top, "era", 1);
    if (!e) return;
    if (!cJSON_IsObject(e)) {
        ld_type_err(L, "era", e, "an object such as {\"from\": 1997, \"to\": 1999}");
        return;
    }
    size_t mark = ld_push_key(L, "era");
    ld_what sv;
    ld_what_set(L, &sv, "the era");
    ld_check_keys(L, e, keys);
    int32_t from = 0, to = 0;
    int ok = ld_int(L, e, "from", 1, 1000, 3000, &from);
    ok &= ld_int(L, e, "to", 1, 1000, 3000, &to);
    if (ok && from > to)
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "the scenario's era ends (%d) before it begins (%d)",
               (int)to, (int)from);
    L->s->era_from = from;
    L->s->era_to = to;
    ld_what_restore(L, &sv);
    ld_pop(L, mark);
}

static void header(ld *L, const cJSON *top)
{
    crs_scenario *s = L->s;
    const char *format = ld_str(L, top, "format", 1);
    if (format && strcmp(format, CRS_FORMAT_NAME) != 0) {
        size_t mark = ld_push_key(L, "format");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "\"format\" must be \"%s\", not \"%.60s\"",
               CRS_FORMAT_NAME, format);
        ld_pop(L, mark);
    }
    s->id = ld_id(L, top, "id", 1);
    s->version = ld_str(L, top, "version", 1);
    languages(L, top);
    ld_text(L, top, "title", 1, &s->title);
    ld_text(L, top, "summary", 1, &s->summary);
    ld_text(L, top, "audience", 1, &s->audience);
    ld_text(L, top, "content_note", 1, &s->content_note);
    era(L, top);
}

/* Allocates n items of size for a list, and the usage flags the checks need. */
static void *list_alloc(ld *L, int n, size_t size)
{
    void *p = crs_arena_array(L->a, (size_t)n + 1, size);
    if (!p) ld_oom(L);
    return p;
}

static void lists(ld *L, const cJSON *top)
{
    crs_scenario *s = L->s;
    int ns, nv, np, nst, nn, ne;
    const cJSON *src = ld_array(L, top, "sources", 1, CRS_LIMIT_ITEMS, &ns);
    const cJSON *var = ld_array(L, top, "variables", 0, CRS_LIMIT_VARS, &nv);
    const cJSON *per = ld_array(L, top, "personas", 1, CRS_LIMIT_ITEMS, &np);
    const cJSON *stg = ld_array(L, top, "stages", 1, CRS_LIMIT_ITEMS, &nst);
    const cJSON *nod = ld_array(L, top, "nodes", 1, CRS_LIMIT_ITEMS, &nn);
    const cJSON *end = ld_array(L, top, "endings", 1, CRS_LIMIT_ITEMS, &ne);
    if (per && np == 0) {
        size_t mark = ld_push_key(L, "personas");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "the scenario has no persona (at least one needed)");
        ld_pop(L, mark);
    }
    if (ld_declare(L, src, ns, "sources", "source", &L->sources) ||
        ld_declare(L, var, nv, "variables", "variable", &L->vars) ||
        ld_declare(L, per, np, "personas", "persona", &L->personas) ||
        ld_declare(L, stg, nst, "stages", "stage", &L->stages) ||
        ld_declare(L, nod, nn, "nodes", "node", &L->nodes) ||
        ld_declare(L, end, ne, "endings", "ending", &L->endings))
        return;
    crs_source *sources = list_alloc(L, ns, sizeof *sources);
    crs_var *vars = list_alloc(L, nv, sizeof *vars);
    crs_persona *personas = list_alloc(L, np, sizeof *personas);
    L->var_used = crs_arena_alloc(L->tmp, (size_t)nv + 1);
    L->source_cited = crs_arena_alloc(L->tmp, (size_t)ns + 1);
    if (L->oom || !L->var_used || !L->source_cited) {
        ld_oom(L);
        return;
    }
    s->sources = sources;
    s->nsources = ns;
    s->vars = vars;
    s->nvars = nv;
    ld_each(L, src, "sources", "source", sources, sizeof *sources, source, 0);
    ld_each(L, var, "variables", "variable", vars, sizeof *vars, variable, 0);
    ld_stages(L, stg);
    ld_endings(L, end);
    ld_nodes(L, nod);
    s->personas = personas;
    s->npersonas = np;
    ld_each(L, per, "personas", "persona", personas, sizeof *personas, persona, 0);
}

static void top_level(ld *L, const cJSON *top)
{
    static const char *const keys[] = {
        "format",   "id",           "version", "languages", "title",     "summary",
        "audience", "content_note", "era",     "sources",   "variables", "personas",
        "stages",   "nodes",        "endings", "debrief",   NULL};
    ld_what sv;
    ld_what_set(L, &sv, "the scenario");
    if (!cJSON_IsObject(top)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "the file must hold one JSON object {...} with the "
               "scenario, not %s",
               ld_type_name(top));
        return;
    }
    ld_check_keys(L, top, keys);
    header(L, top);
    if (!L->oom) lists(L, top);
    const cJSON *deb = ld_get(L, top, "debrief", 0);
    if (deb && !L->oom) ld_debrief(L, deb);
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

static void dup_keys(ld *L, const cJSON *v);

/* Duplicates among the members of object v (path at v). */
static void dup_members(ld *L, const cJSON *v)
{
    int n = 0, i = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, v) n++;
    if (n < 2) return;
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
    for (i = 1; i < n && !L->oom; i++) {
        int nth = 1;
        while (i - nth >= 0 && strcmp(k[i - nth].name, k[i].name) == 0) nth++;
        if (nth == 1) continue;
        size_t mark = ld_push_key(L, k[i].name);
        L->nth = nth;
        ld_err(L, CRS_E_DUPLICATE, LD_AT_KEY,
               "duplicate key \"%.60s\" in the same object (JSON "
               "readers would keep only one of them)",
               k[i].name);
        L->nth = 1;
        ld_pop(L, mark);
    }
    crs_free(k);
}

/* Depth is bounded by the syntax check (CRS_LIMIT_DEPTH), so recursion is safe. */
static void dup_keys(ld *L, const cJSON *v)
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
        dup_keys(L, c);
        ld_pop(L, mark);
        i++;
    }
}

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

/* Encoding, syntax, then cJSON; NULL when the text is rejected (reported). */
static cJSON *parse(ld *L)
{
    jp_error e;
    if (jp_check_encoding(L->text, L->len, &e) || jp_scan(L->text, L->len, &e)) {
        text_error(L, &e);
        return NULL;
    }
    size_t bom = jp_bom(L->text, L->len);
    const char *end = NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(L->text + bom, L->len - bom + 1, &end, 1);
    if (!root) {
        /* The text passed a stricter check than cJSON's, so what remains is cJSON's malloc. */
        int line = 0, col = 0;
        if (end && end >= L->text && end <= L->text + L->len)
            jp_line_col(L->text, L->len, (size_t)(end - L->text), &line, &col);
        L->errors++;
        crs_diags_add(L->d, CRS_E_MEMORY, CRS_SEV_ERROR, L->file, line, col, "",
                      "out of memory while parsing the JSON");
    }
    return root;
}

static void build(ld *L, const cJSON *root)
{
    dup_keys(L, root);
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
    top_level(L, root);
    if (!L->errors && !L->oom) crs_check_scenario(L);
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
    cJSON *root = parse(&L);
    if (root) build(&L, root);
    cJSON_Delete(root);
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

crs_scenario *crs_scenario_load_file(const char *path, crs_diags *diags)
{
    FILE *f = fopen(path, "rb");
    if (!f) return io_error(diags, path, CRS_E_IO, "cannot open the file (%s)", strerror(errno));
    size_t len = 0;
    char *buf = read_all(f, path, &len, diags);
    fclose(f);
    if (!buf) return NULL;
    crs_scenario *s = load_text(path, buf, len, diags);
    crs_free(buf);
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
    crs_scenario *s = load_text(name, copy, len, diags);
    crs_free(copy);
    return s;
}

void crs_scenario_free(crs_scenario *s)
{
    if (s) crs_arena_free(s->arena_);
}
