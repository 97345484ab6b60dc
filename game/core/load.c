/* Walking a parsed scenario into the model: the top level, languages, sources, variables and
 * personas, and the list helpers the other walkers share. */
#include "load.h"

#include <stdio.h>
#include <string.h>

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
    if (count)
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s has more than one of %s (keep one)", L->what, list);
    else
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s needs one of %s", L->what, list);
    return -1;
}

/* ===== languages, sources, variables, personas ===== */

int crs_lang_code_ok(const char *s)
{
    size_t n = strlen(s);
    if (n < 1 || n > 16) return 0;
    for (size_t i = 0; i < n; i++)
        if (!strchr("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-", s[i]))
            return 0;
    return 1;
}

/* Whether s is a date written YYYY-MM-DD (the form the review record asks for). */
static int iso_date_ok(const char *s)
{
    static const char form[] = "dddd-dd-dd";
    if (strlen(s) != sizeof form - 1) return 0;
    for (size_t i = 0; form[i]; i++)
        if (form[i] == 'd' ? (s[i] < '0' || s[i] > '9') : s[i] != form[i]) return 0;
    return 1;
}

/* The review record: a language marked "reviewed" should say who reviewed it, since the mark
 * is what lets the game drop the "draft" label a museum relies on. */
static void review_record(ld *L, const crs_lang *lg)
{
    int reviewed = lg->status && strcmp(lg->status, "reviewed") == 0;
    if (reviewed && (!lg->reviewer || !lg->reviewer[0])) {
        size_t mark = ld_push_key(L, "status");
        ld_warn(L, CRS_E_VALUE, LD_AT_VALUE,
                "%s: \"status\" is \"reviewed\" but names no \"reviewer\" (who read every "
                "string, and \"reviewed_on\": the date)",
                L->what);
        ld_pop(L, mark);
    }
    if (lg->reviewed_on && !iso_date_ok(lg->reviewed_on)) {
        size_t mark = ld_push_key(L, "reviewed_on");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"reviewed_on\" must be a date written YYYY-MM-DD, not \"%.40s\"", L->what,
               lg->reviewed_on);
        ld_pop(L, mark);
    }
}

static void language(ld *L, const cJSON *o, crs_lang *lg)
{
    static const char *const keys[] = {"code", "name", "status", "reviewer", "reviewed_on", NULL};
    ld_check_keys(L, o, keys);
    lg->code = ld_str(L, o, "code", 1);
    lg->name = ld_str(L, o, "name", 1);
    lg->status = ld_str(L, o, "status", 1);
    lg->reviewer = ld_str(L, o, "reviewer", 0);
    lg->reviewed_on = ld_str(L, o, "reviewed_on", 0);
    review_record(L, lg);
    size_t mark = ld_push_key(L, "code");
    if (lg->code && !crs_lang_code_ok(lg->code))
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
        if (lg.code && lg.name && lg.status) {
            L->lang_item[L->s->nlangs] = i - 1;
            L->s->langs[L->s->nlangs++] = lg;
        }
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void source(ld *L, const cJSON *o, void *item)
{
    crs_source *src = item;
    static const char *const keys[] = {"id",      "author", "title",    "publisher", "year",
                                       "section", "url",    "document", "caveat",    NULL};
    ld_check_keys(L, o, keys);
    src->id = ld_item_id(L, o);
    ld_ttext(L, o, "author", 1, &src->author);
    ld_ttext(L, o, "title", 1, &src->title);
    ld_ttext(L, o, "publisher", 0, &src->publisher);
    ld_ttext(L, o, "year", 1, &src->year);
    ld_ttext(L, o, "section", 0, &src->section);
    ld_text(L, o, "caveat", 0, &src->caveat);
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

void ld_top_level(ld *L, const cJSON *top)
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
    if (!L->oom) ld_coverage(L);
}
