/* Loading the story graph and what surrounds it: stages, nodes with their choices and weighted
 * outcomes, endings with their facts, and the debrief's distributions. */
#include "load.h"

#include <stdio.h>
#include <string.h>

/* A kind name (path at o) parsed with parse; reports unknown names with a hint. */
static int kind_of(ld *L, const cJSON *o, int (*parse)(const char *), const char *(*name)(int),
                   int count)
{
    const char *names[16];
    const cJSON *v = ld_get(L, o, "kind", 1);
    if (!v) return 0;
    if (!cJSON_IsString(v)) {
        ld_type_err(L, "kind", v, "a string");
        return 0;
    }
    int k = parse(v->valuestring);
    if (k >= 0) return k;
    for (int i = 0; i < count && i < 16; i++) names[i] = name(i);
    const char *hint = ld_hint(v->valuestring, names, count);
    size_t mark = ld_push_key(L, "kind");
    ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: unknown kind \"%.40s\"%s%s%s", L->what, v->valuestring,
           hint ? " (did you mean \"" : "", hint ? hint : "", hint ? "\"?)" : "");
    ld_pop(L, mark);
    return 0;
}

static const char *stage_name(int k)
{
    return crs_stage_kind_name((crs_stage_kind)k);
}

static const char *ending_name(int k)
{
    return crs_ending_kind_name((crs_ending_kind)k);
}

/* A list of texts (questions), member key of o. */
static void texts(ld *L, const cJSON *o, const char *key, const crs_text **out, int *n)
{
    int count = 0, i = 0;
    const cJSON *arr = ld_array(L, o, key, 0, CRS_LIMIT_ITEMS, &count), *t;
    if (!arr) return;
    crs_text *items = crs_arena_array(L->a, (size_t)count + 1, sizeof *items);
    if (!items) {
        ld_oom(L);
        return;
    }
    size_t mark = ld_push_key(L, key);
    cJSON_ArrayForEach(t, arr)
    {
        char label[48]; /* "question 2" */
        snprintf(label, sizeof label, "%.*s %d", (int)strlen(key) - 1, key, i + 1);
        size_t m2 = ld_push_index(L, i);
        ld_text_value(L, t, label, &items[i++]);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
    *out = items;
    *n = count;
}

/* ===== stages ===== */

static void stage_map(ld *L, const cJSON *o, crs_stage *st)
{
    static const char *const keys[] = {"lon", "lat", "place", NULL};
    const cJSON *m = ld_get(L, o, "map", 0);
    if (!m) return;
    if (!cJSON_IsObject(m)) {
        ld_type_err(L, "map", m, "an object such as {\"lon\": 129.6, \"lat\": 42.9}");
        return;
    }
    size_t mark = ld_push_key(L, "map");
    ld_check_keys(L, m, keys);
    int ok = ld_num(L, m, "lon", 1, -180, 180, &st->lon);
    ok &= ld_num(L, m, "lat", 1, -90, 90, &st->lat);
    ld_text(L, m, "place", 0, &st->place);
    st->has_map = ok;
    ld_pop(L, mark);
}

static void stage(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"id",  "kind",  "title",     "intro",
                                       "map", "notes", "questions", NULL};
    crs_stage *st = item;
    ld_check_keys(L, o, keys);
    st->id = ld_item_id(L, o);
    st->kind = (crs_stage_kind)kind_of(L, o, crs_stage_kind_parse, stage_name, CRS_STAGE__COUNT);
    ld_text(L, o, "title", 1, &st->title);
    ld_text(L, o, "intro", 0, &st->intro);
    stage_map(L, o, st);
    ld_text(L, o, "notes", 0, &st->notes);
    texts(L, o, "questions", &st->questions, &st->nquestions);
}

void ld_stages(ld *L, const cJSON *arr)
{
    crs_stage *st = crs_arena_array(L->a, (size_t)L->stages.n + 1, sizeof *st);
    if (!st) {
        ld_oom(L);
        return;
    }
    L->s->stages = st;
    L->s->nstages = L->stages.n;
    ld_each(L, arr, "stages", "stage", st, sizeof *st, stage, 0);
}

static void tagged(ld *L, const cJSON *o, const char *const **tags_out, int *ntags,
                   crs_text *summary);

/* ===== endings ===== */

static void fact(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"text", "cite", "tags", "summary", NULL};
    crs_fact *f = item;
    ld_check_keys(L, o, keys);
    ld_text(L, o, "text", 1, &f->text);
    f->has_cite = ld_cite(L, o, "cite", 0, &f->cite);
    tagged(L, o, &f->tags, &f->ntags, &f->summary);
}

static void ending(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"id",    "kind", "stage",   "title", "text",
                                       "facts", "tags", "summary", NULL};
    crs_ending *e = item;
    ld_check_keys(L, o, keys);
    e->id = ld_item_id(L, o);
    e->kind = (crs_ending_kind)kind_of(L, o, crs_ending_kind_parse, ending_name, CRS_END__COUNT);
    e->stage = ld_ref(L, o, "stage", 0, &L->stages, "stage", "is placed at");
    ld_text(L, o, "title", 1, &e->title);
    ld_text(L, o, "text", 1, &e->text);
    tagged(L, o, &e->tags, &e->ntags, &e->summary);
    int n = 0;
    const cJSON *arr = ld_array(L, o, "facts", 0, CRS_LIMIT_ITEMS, &n);
    if (!arr) return;
    crs_fact *f = crs_arena_array(L->a, (size_t)n + 1, sizeof *f);
    if (!f) {
        ld_oom(L);
        return;
    }
    e->facts = f;
    e->nfacts = n;
    ld_each(L, arr, "facts", "fact", f, sizeof *f, fact, 1);
}

void ld_endings(ld *L, const cJSON *arr)
{
    crs_ending *e = crs_arena_array(L->a, (size_t)L->endings.n + 1, sizeof *e);
    if (!e) {
        ld_oom(L);
        return;
    }
    L->s->endings = e;
    L->s->nendings = L->endings.n;
    ld_each(L, arr, "endings", "ending", e, sizeof *e, ending, 0);
}

/* ===== nodes, choices, outcomes ===== */

/* Checks the optional ids of a node's choices or a choice's outcomes are valid and distinct. */
static void local_ids(ld *L, const cJSON *arr, int n, const char *key, const char *kind)
{
    ld_idmap m;
    if (ld_map_init(L, &m, n)) return;
    int i = 0;
    const cJSON *o;
    size_t mark = ld_push_key(L, key);
    cJSON_ArrayForEach(o, arr)
    {
        const cJSON *id = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, "id") : NULL;
        size_t m2 = ld_push_index(L, i);
        ld_push_key(L, "id");
        if (id && !cJSON_IsString(id)) {
            ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s %d of %s: \"id\" must be a string, not %s", kind,
                   i + 1, L->what, ld_type_name(id));
        } else if (id && !ld_id_ok(id->valuestring)) {
            ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
                   "%s %d of %s has a bad id \"%.64s\" (ids are 1-64 "
                   "characters of a-z, 0-9, _ and -, starting with a letter)",
                   kind, i + 1, L->what, id->valuestring);
        } else if (id && ld_map_put(&m, id->valuestring, i) >= 0) {
            ld_err(L, CRS_E_DUPLICATE, LD_AT_VALUE, "%s %d of %s repeats the id \"%s\"", kind,
                   i + 1, L->what, id->valuestring);
        }
        ld_pop(L, m2);
        i++;
    }
    ld_pop(L, mark);
}

/* Ids of choices and outcomes are optional for authors, but logs, transcripts and stats name
 * them: a missing one becomes "#N" (its 1-based position), which no author id can collide with
 * since ids cannot contain '#'. */
static const char *position_id(ld *L, int i)
{
    char buf[16];
    snprintf(buf, sizeof buf, "#%d", i + 1);
    char *s = crs_arena_strdup(L->a, buf);
    if (!s) ld_oom(L);
    return s;
}

static const char *opt_id(ld *L, const cJSON *o)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, "id");
    if (!cJSON_IsString(v)) return NULL;
    char *s = crs_arena_strdup(L->a, v->valuestring);
    if (!s) ld_oom(L);
    return s;
}

/* "next" or "ending" of a choice or an outcome: exactly one of keys is present. */
static void target(ld *L, const cJSON *o, int which, int *next, int *ending)
{
    *next = -1;
    *ending = -1;
    if (which == 0) *next = ld_ref(L, o, "next", 1, &L->nodes, "node", "goes to");
    if (which == 1) *ending = ld_ref(L, o, "ending", 1, &L->endings, "ending", "ends in");
}

static void count_item(ld *L, long *counter, const char *kind)
{
    if (++*counter == CRS_LIMIT_ITEMS + 1)
        ld_err(L, CRS_E_LIMIT, LD_AT_VALUE, "more than %d %s in the scenario", CRS_LIMIT_ITEMS,
               kind);
}

static void outcome(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"id",      "weight",       "text",
                                       "effects", "next",         "ending",
                                       "cite",    "illustrative", "illustrative_note",
                                       "tags",    "summary",      NULL};
    static const char *const where[] = {"next", "ending", NULL};
    crs_outcome *oc = item;
    count_item(L, &L->noutcomes, "outcomes");
    ld_check_keys(L, o, keys);
    oc->id = opt_id(L, o);
    ld_weight(L, o, &oc->weight);
    ld_text(L, o, "text", 1, &oc->text);
    ld_effects(L, o, &oc->effects, &oc->neffects);
    target(L, o, ld_one_of(L, o, where), &oc->next, &oc->ending);
    oc->has_cite = ld_cite(L, o, "cite", 0, &oc->cite);
    ld_bool(L, o, "illustrative", &oc->illustrative);
    ld_text(L, o, "illustrative_note", 0, &oc->illustrative_note);
    tagged(L, o, &oc->tags, &oc->ntags, &oc->summary);
    /* Data or labelled play: an outcome without either would pass off a guess as a figure. */
    if (!oc->has_cite && !oc->illustrative)
        ld_err(L, CRS_E_CITATION, LD_AT_VALUE,
               "%s has neither a \"cite\" nor \"illustrative\": true (an outcome rests on a cited "
               "figure or is labelled illustrative)",
               L->what);
}

static void outcomes(ld *L, const cJSON *o, crs_choice *c)
{
    int n = 0;
    const cJSON *arr = ld_array(L, o, "outcomes", 1, CRS_LIMIT_ITEMS, &n);
    if (!arr) return;
    if (n == 0) {
        size_t mark = ld_push_key(L, "outcomes");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s has an empty \"outcomes\" list", L->what);
        ld_pop(L, mark);
        return;
    }
    crs_outcome *oc = crs_arena_array(L->a, (size_t)n, sizeof *oc);
    if (!oc) {
        ld_oom(L);
        return;
    }
    for (int i = 0; i < n; i++) oc[i].next = oc[i].ending = -1;
    local_ids(L, arr, n, "outcomes", "outcome");
    c->outcomes = oc;
    c->noutcomes = n;
    ld_each(L, arr, "outcomes", "outcome", oc, sizeof *oc, outcome, 1);
    for (int i = 0; i < n; i++)
        if (!oc[i].id) oc[i].id = position_id(L, i);
}

static void choice(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"id",   "label",  "if",       "effects",
                                       "next", "ending", "outcomes", NULL};
    static const char *const where[] = {"next", "ending", "outcomes", NULL};
    crs_choice *c = item;
    count_item(L, &L->nchoices, "choices");
    ld_check_keys(L, o, keys);
    c->id = opt_id(L, o);
    ld_text(L, o, "label", 1, &c->label);
    c->cond = ld_if(L, o);
    ld_effects(L, o, &c->effects, &c->neffects);
    int which = ld_one_of(L, o, where);
    if (which == 2)
        outcomes(L, o, c);
    else
        target(L, o, which, &c->next, &c->ending);
}

static void tags(ld *L, const cJSON *o, const char *const **tags_out, int *ntags)
{
    static const char *const known[] = {"violence",          "trafficking", "arrest",
                                        "family_separation", "death",       "detention"};
    int n = 0, i = 0;
    const cJSON *arr = ld_array(L, o, "tags", 0, 16, &n), *t;
    const char **out = crs_arena_array(L->a, (size_t)n + 1, sizeof *out);
    if (!arr || !out) {
        if (arr) ld_oom(L);
        return;
    }
    size_t mark = ld_push_key(L, "tags");
    cJSON_ArrayForEach(t, arr)
    {
        size_t m2 = ld_push_index(L, i);
        int k = -1;
        for (int j = 0; j < 6 && cJSON_IsString(t); j++)
            if (strcmp(t->valuestring, known[j]) == 0) k = j;
        if (k < 0) {
            const char *hint = cJSON_IsString(t) ? ld_hint(t->valuestring, known, 6) : NULL;
            ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: unknown content tag %s%.40s%s%s%s%s", L->what,
                   cJSON_IsString(t) ? "\"" : "",
                   cJSON_IsString(t) ? t->valuestring : ld_type_name(t),
                   cJSON_IsString(t) ? "\"" : "", hint ? " (did you mean \"" : "", hint ? hint : "",
                   hint ? "\"?)" : "");
        }
        out[i++] = k >= 0 ? known[k] : NULL;
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
    *tags_out = out;
    *ntags = n;
}

/* The optional "tags" of o and its "summary", required once there are tags: short-summary
 * mode shows the summary instead of the text. */
static void tagged(ld *L, const cJSON *o, const char *const **tags_out, int *ntags,
                   crs_text *summary)
{
    tags(L, o, tags_out, ntags);
    int has_summary = ld_text(L, o, "summary", 0, summary);
    if (*ntags > 0 && !has_summary) {
        size_t mark = ld_push_key(L, "summary");
        ld_err(L, CRS_E_MISSING, LD_AT_PARENT,
               "%s has content tags but no \"summary\" (a neutral "
               "text shown instead when summaries are asked for)",
               L->what);
        ld_pop(L, mark);
    }
}

static void node(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"id", "stage", "text", "tags", "summary", "choices", NULL};
    crs_node *nd = item;
    ld_check_keys(L, o, keys);
    nd->id = ld_item_id(L, o);
    nd->stage = ld_ref(L, o, "stage", 1, &L->stages, "stage", "is in");
    ld_text(L, o, "text", 1, &nd->text);
    tagged(L, o, &nd->tags, &nd->ntags, &nd->summary);
    int n = 0;
    const cJSON *arr = ld_array(L, o, "choices", 1, 9, &n);
    if (!arr) return;
    if (n == 0) {
        size_t mark = ld_push_key(L, "choices");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s has no choices (1 to 9 needed)", L->what);
        ld_pop(L, mark);
        return;
    }
    crs_choice *c = crs_arena_array(L->a, (size_t)n, sizeof *c);
    if (!c) {
        ld_oom(L);
        return;
    }
    for (int i = 0; i < n; i++) c[i].next = c[i].ending = -1;
    local_ids(L, arr, n, "choices", "choice");
    nd->choices = c;
    nd->nchoices = n;
    ld_each(L, arr, "choices", "choice", c, sizeof *c, choice, 1);
    for (int i = 0; i < n; i++)
        if (!c[i].id) c[i].id = position_id(L, i);
}

void ld_nodes(ld *L, const cJSON *arr)
{
    crs_node *nd = crs_arena_array(L->a, (size_t)L->nodes.n + 1, sizeof *nd);
    if (!nd) {
        ld_oom(L);
        return;
    }
    for (int i = 0; i < L->nodes.n; i++) nd[i].stage = -1;
    L->s->nodes = nd;
    L->s->nnodes = L->nodes.n;
    ld_each(L, arr, "nodes", "node", nd, sizeof *nd, node, 0);
}

/* ===== debrief ===== */

static void bar_endings(ld *L, const cJSON *o, crs_bar *b)
{
    int n = 0, i = 0;
    const cJSON *arr = ld_array(L, o, "endings", 1, CRS_LIMIT_ITEMS, &n), *e;
    int *idx = crs_arena_array(L->a, (size_t)n + 1, sizeof *idx);
    if (!arr || !idx) {
        if (arr) ld_oom(L);
        return;
    }
    size_t mark = ld_push_key(L, "endings");
    cJSON_ArrayForEach(e, arr)
    {
        size_t m2 = ld_push_index(L, i);
        idx[i++] = ld_ref_value(L, e, &L->endings, "ending", "counts");
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
    b->endings = idx;
    b->nendings = n;
}

static void bar_kinds(ld *L, const cJSON *o, crs_bar *b)
{
    int n = 0, i = 0;
    const cJSON *arr = ld_array(L, o, "kinds", 1, 64, &n), *k;
    if (!arr) return;
    size_t mark = ld_push_key(L, "kinds");
    cJSON_ArrayForEach(k, arr)
    {
        size_t m2 = ld_push_index(L, i++);
        int kind = cJSON_IsString(k) ? crs_ending_kind_parse(k->valuestring) : -1;
        if (kind >= 0)
            b->kinds |= 1u << kind;
        else
            ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
                   "%s counts an unknown ending kind (see the list "
                   "under Endings in FORMAT.md)",
                   L->what);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void bar(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"label", "value", "endings", "kinds",
                                       "var",   "min",   "max",     NULL};
    static const char *const match[] = {"endings", "kinds", "var", NULL};
    crs_bar *b = item;
    ld_check_keys(L, o, keys);
    ld_text(L, o, "label", 1, &b->label);
    ld_num(L, o, "value", 1, 0, 100, &b->value);
    int which = ld_one_of(L, o, match);
    b->min = LD_INT_MIN;
    b->max = LD_INT_MAX;
    b->var = -1;
    if (which == 0) bar_endings(L, o, b);
    if (which == 1) bar_kinds(L, o, b);
    b->match = which == 1 ? CRS_MATCH_KINDS : which == 2 ? CRS_MATCH_VAR : CRS_MATCH_ENDINGS;
    if (which != 2) {
        if (ld_get(L, o, "min", 0) || ld_get(L, o, "max", 0))
            ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: \"min\" and \"max\" go with \"var\"", L->what);
        return;
    }
    b->var = ld_ref(L, o, "var", 1, &L->vars, "variable", "counts");
    if (b->var >= 0) L->var_used[b->var] = 1;
    ld_int(L, o, "min", 0, LD_INT_MIN, LD_INT_MAX, &b->min);
    ld_int(L, o, "max", 0, LD_INT_MIN, LD_INT_MAX, &b->max);
}

static void distribution(ld *L, const cJSON *o, void *item)
{
    static const char *const keys[] = {"id", "title", "note", "tolerance", "cite", "bars", NULL};
    crs_distribution *d = item;
    ld_check_keys(L, o, keys);
    d->id = ld_item_id(L, o);
    ld_text(L, o, "title", 1, &d->title);
    ld_text(L, o, "note", 0, &d->note);
    d->tolerance = 5;
    ld_num(L, o, "tolerance", 0, 0, 100, &d->tolerance);
    ld_cite(L, o, "cite", 1, &d->cite);
    int n = 0;
    const cJSON *arr = ld_array(L, o, "bars", 1, CRS_LIMIT_ITEMS, &n);
    if (!arr) return;
    crs_bar *b = crs_arena_array(L->a, (size_t)n + 1, sizeof *b);
    if (!b) {
        ld_oom(L);
        return;
    }
    d->bars = b;
    d->nbars = n;
    ld_each(L, arr, "bars", "bar", b, sizeof *b, bar, 1);
}

void ld_debrief(ld *L, const cJSON *o)
{
    static const char *const keys[] = {"questions", "distributions", NULL};
    if (!cJSON_IsObject(o)) {
        ld_type_err(L, "debrief", o, "an object {\"questions\": ..., \"distributions\": ...}");
        return;
    }
    size_t mark = ld_push_key(L, "debrief");
    ld_what sv;
    ld_what_set(L, &sv, "the debrief");
    ld_check_keys(L, o, keys);
    texts(L, o, "questions", &L->s->questions, &L->s->nquestions);
    int n = 0;
    ld_idmap ids;
    const cJSON *arr = ld_array(L, o, "distributions", 0, CRS_LIMIT_ITEMS, &n);
    crs_distribution *d = crs_arena_array(L->a, (size_t)n + 1, sizeof *d);
    if (!d) ld_oom(L);
    if (arr && d && !ld_declare(L, arr, n, "distributions", "distribution", &ids)) {
        L->s->dists = d;
        L->s->ndists = n;
        ld_each(L, arr, "distributions", "distribution", d, sizeof *d, distribution, 0);
    }
    ld_what_restore(L, &sv);
    ld_pop(L, mark);
}
