/* Compiles the small expression parts of a scenario: conditions, effects, weights with their
 * adjustments, and citations, resolving variable and source ids to indices. */
#include "load.h"

#include <math.h>
#include <string.h>

static int ignored(const char *k)
{
    return k[0] == '$' || strcmp(k, "_comment") == 0;
}

static crs_cond *new_conds(ld *L, int n)
{
    crs_cond *c = crs_arena_array(L->a, (size_t)(n ? n : 1), sizeof *c);
    if (!c) ld_oom(L);
    return c;
}

static void set_cmp(crs_cond *c, int var, crs_cmp cmp, int32_t value)
{
    c->op = CRS_COND_CMP;
    c->var = var;
    c->cmp = cmp;
    c->value = value;
}

/* {"min": a, "max": b, "eq": c, "ne": d} on an int variable (path at v). */
static int cond_range(ld *L, const cJSON *v, int var, crs_cond *out)
{
    static const char *const keys[] = {"min", "max", "eq", "ne", NULL};
    static const crs_cmp cmps[] = {CRS_CMP_GE, CRS_CMP_LE, CRS_CMP_EQ, CRS_CMP_NE};
    int before = (int)L->errors, n = 0;
    ld_check_keys(L, v, keys);
    crs_cond *kids = new_conds(L, 4);
    if (!kids) return 0;
    for (int i = 0; i < 4; i++) {
        int32_t x;
        if (ld_int(L, v, keys[i], 0, LD_INT_MIN, LD_INT_MAX, &x))
            set_cmp(&kids[n++], var, cmps[i], x);
    }
    if (n == 0 && (int)L->errors == before)
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: the test of variable \"%s\" needs at least one of min, max, eq, ne", L->what,
               L->s->vars[var].id);
    out->op = CRS_COND_ALL;
    out->nkids = n;
    out->kids = kids;
    return (int)L->errors == before;
}

/* "var": test (path at the test). */
static int cond_var(ld *L, const cJSON *c, crs_cond *out)
{
    int var = ld_map_get(&L->vars, c->string);
    if (var < 0) {
        const char *hint = ld_hint(c->string, L->vars.names, L->vars.n);
        ld_err(L, CRS_E_REFERENCE, LD_AT_KEY, "%s tests unknown variable \"%.64s\"%s%s%s", L->what,
               c->string, hint ? " (did you mean \"" : "", hint ? hint : "", hint ? "\"?)" : "");
        return 0;
    }
    L->var_used[var] = 1;
    const crs_var *vd = &L->s->vars[var];
    if (vd->type == CRS_VAR_BOOL) {
        if (!cJSON_IsBool(c)) {
            ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
                   "%s: \"%s\" is a true/false variable: test it with "
                   "true or false, not %s",
                   L->what, c->string, ld_type_name(c));
            return 0;
        }
        set_cmp(out, var, CRS_CMP_EQ, cJSON_IsTrue(c));
        return 1;
    }
    if (cJSON_IsObject(c)) return cond_range(L, c, var, out);
    double x = c->valuedouble;
    if (!cJSON_IsNumber(c) || !isfinite(x) || x != floor(x) || x < LD_INT_MIN || x > LD_INT_MAX) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "%s: \"%s\" is a number variable: test it with a whole "
               "number or {\"min\": ..., \"max\": ...}, not %s",
               L->what, c->string, cJSON_IsNumber(c) ? "this number" : ld_type_name(c));
        return 0;
    }
    set_cmp(out, var, CRS_CMP_EQ, (int32_t)x);
    return 1;
}

/* "any"/"all": [condition, ...] (path at the list). */
static int cond_list(ld *L, const cJSON *c, crs_cond_op op, crs_cond *out)
{
    if (!cJSON_IsArray(c)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s: \"%s\" must be a list of conditions, not %s",
               L->what, c->string, ld_type_name(c));
        return 0;
    }
    int n = 0, ok = 1, i = 0;
    const cJSON *k;
    cJSON_ArrayForEach(k, c) n++;
    crs_cond *kids = new_conds(L, n);
    if (!kids) return 0;
    cJSON_ArrayForEach(k, c)
    {
        size_t mark = ld_push_index(L, i);
        ok &= ld_cond(L, k, &kids[i++]);
        ld_pop(L, mark);
    }
    out->op = op;
    out->nkids = n;
    out->kids = kids;
    return ok;
}

static int cond_entry(ld *L, const cJSON *c, crs_cond *out)
{
    if (strcmp(c->string, "any") == 0) return cond_list(L, c, CRS_COND_ANY, out);
    if (strcmp(c->string, "all") == 0) return cond_list(L, c, CRS_COND_ALL, out);
    if (strcmp(c->string, "not") == 0) {
        crs_cond *kid = new_conds(L, 1);
        if (!kid) return 0;
        out->op = CRS_COND_NOT;
        out->nkids = 1;
        out->kids = kid;
        return ld_cond(L, c, kid);
    }
    return cond_var(L, c, out);
}

int ld_cond(ld *L, const cJSON *v, crs_cond *out)
{
    if (!cJSON_IsObject(v)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "%s: a condition must be an object such as {\"money\": {\"min\": 500}}, not %s",
               L->what, ld_type_name(v));
        return 0;
    }
    int n = 0, ok = 1, i = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, v) n += !ignored(c->string);
    crs_cond *kids = new_conds(L, n);
    if (!kids) return 0;
    cJSON_ArrayForEach(c, v)
    {
        if (ignored(c->string) || L->oom) continue;
        size_t mark = ld_push_key(L, c->string);
        ok &= cond_entry(L, c, &kids[i++]);
        ld_pop(L, mark);
    }
    if (n == 1) {
        *out = kids[0];
    } else {
        out->op = CRS_COND_ALL;
        out->nkids = n;
        out->kids = kids;
    }
    return ok && !L->oom;
}

const crs_cond *ld_if(ld *L, const cJSON *o)
{
    const cJSON *v = ld_get(L, o, "if", 0);
    if (!v) return NULL;
    crs_cond *c = new_conds(L, 1);
    if (!c) return NULL;
    size_t mark = ld_push_key(L, "if");
    int ok = ld_cond(L, v, c);
    ld_pop(L, mark);
    return ok ? c : NULL;
}

/* ===== effects ===== */

/* One "var": change (path at the change). */
static void effect(ld *L, const cJSON *c, crs_effect *e)
{
    int var = ld_map_get(&L->vars, c->string);
    e->var = var;
    if (var < 0) {
        const char *hint = ld_hint(c->string, L->vars.names, L->vars.n);
        ld_err(L, CRS_E_REFERENCE, LD_AT_KEY, "%s changes unknown variable \"%.64s\"%s%s%s",
               L->what, c->string, hint ? " (did you mean \"" : "", hint ? hint : "",
               hint ? "\"?)" : "");
        return;
    }
    L->var_used[var] = 1;
    if (L->s->vars[var].type == CRS_VAR_BOOL) {
        e->op = CRS_EFF_SET;
        if (cJSON_IsBool(c))
            e->value = cJSON_IsTrue(c);
        else
            ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
                   "%s: \"%s\" is a true/false variable: set it to "
                   "true or false, not %s",
                   L->what, c->string, ld_type_name(c));
        return;
    }
    const cJSON *num = c;
    e->op = CRS_EFF_ADD;
    if (cJSON_IsObject(c)) {
        static const char *const keys[] = {"set", NULL};
        ld_check_keys(L, c, keys);
        num = ld_get(L, c, "set", 1);
        e->op = CRS_EFF_SET;
        if (!num) return;
    }
    double x = num->valuedouble;
    if (!cJSON_IsNumber(num) || !isfinite(x) || x != floor(x) || x < LD_INT_MIN || x > LD_INT_MAX)
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "%s: \"%s\" is a number variable: change it by a whole "
               "number from -1000000000 to 1000000000 or {\"set\": n}",
               L->what, c->string);
    else
        e->value = (int32_t)x;
}

void ld_effects(ld *L, const cJSON *o, const crs_effect **out, int *n)
{
    const cJSON *v = ld_get(L, o, "effects", 0), *c;
    *out = NULL;
    *n = 0;
    if (!v) return;
    if (!cJSON_IsObject(v)) {
        ld_type_err(L, "effects", v, "an object such as {\"money\": -300}");
        return;
    }
    int count = 0, i = 0;
    cJSON_ArrayForEach(c, v) count += !ignored(c->string);
    crs_effect *e = crs_arena_array(L->a, (size_t)count + 1, sizeof *e);
    if (!e) {
        ld_oom(L);
        return;
    }
    size_t mark = ld_push_key(L, "effects");
    cJSON_ArrayForEach(c, v)
    {
        if (ignored(c->string) || L->oom) continue;
        size_t m2 = ld_push_key(L, c->string);
        effect(L, c, &e[i++]);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
    *out = e;
    *n = count;
}

/* ===== weights ===== */

static void weight_adj(ld *L, const cJSON *a, crs_weight_adj *adj)
{
    static const char *const keys[] = {"if", "add", "times", NULL};
    ld_check_keys(L, a, keys);
    ld_get(L, a, "if", 1);
    adj->cond = ld_if(L, a);
    int has_add = cJSON_GetObjectItemCaseSensitive(a, "add") != NULL;
    int has_times = cJSON_GetObjectItemCaseSensitive(a, "times") != NULL;
    if (has_add == has_times) {
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: a weight adjustment needs exactly one of "
               "\"add\" or \"times\"",
               L->what);
        return;
    }
    adj->op = has_add ? CRS_ADJ_ADD : CRS_ADJ_TIMES;
    if (has_add)
        ld_num(L, a, "add", 1, -1e9, 1e9, &adj->value);
    else
        ld_num(L, a, "times", 1, 0, 1e9, &adj->value);
}

static void weight_object(ld *L, const cJSON *v, crs_weight *w)
{
    static const char *const keys[] = {"base", "adjust", NULL};
    ld_check_keys(L, v, keys);
    const cJSON *b = ld_get(L, v, "base", 1);
    if (b && cJSON_IsNumber(b) && isfinite(b->valuedouble) && b->valuedouble <= 0) {
        size_t mark = ld_push_key(L, "base");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: the weight's base must be more than 0, not %g",
               L->what, b->valuedouble);
        ld_pop(L, mark);
    } else if (b) {
        ld_num(L, v, "base", 1, 1e-300, 1e9, &w->base);
    }
    int n = 0, i = 0;
    const cJSON *arr = ld_array(L, v, "adjust", 0, CRS_LIMIT_ITEMS, &n), *a;
    if (!arr) return;
    crs_weight_adj *adj = crs_arena_array(L->a, (size_t)n + 1, sizeof *adj);
    if (!adj) {
        ld_oom(L);
        return;
    }
    size_t mark = ld_push_key(L, "adjust");
    cJSON_ArrayForEach(a, arr)
    {
        size_t m2 = ld_push_index(L, i);
        if (!cJSON_IsObject(a))
            ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
                   "%s: a weight adjustment must be an object such "
                   "as {\"if\": {...}, \"times\": 0.5}, not %s",
                   L->what, ld_type_name(a));
        else
            weight_adj(L, a, &adj[i]);
        ld_pop(L, m2);
        i++;
    }
    ld_pop(L, mark);
    w->nadj = n;
    w->adj = adj;
}

void ld_weight(ld *L, const cJSON *o, crs_weight *w)
{
    const cJSON *v = ld_get(L, o, "weight", 1);
    if (!v) return;
    size_t mark = ld_push_key(L, "weight");
    if (cJSON_IsObject(v)) {
        weight_object(L, v, w);
    } else if (!cJSON_IsNumber(v)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE,
               "%s: \"weight\" must be a number or {\"base\": ..., "
               "\"adjust\": [...]}, not %s",
               L->what, ld_type_name(v));
    } else if (!isfinite(v->valuedouble) || v->valuedouble <= 0 || v->valuedouble > 1e9) {
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"weight\" must be more than 0 (and at most "
               "1e9), not %g",
               L->what, v->valuedouble);
    } else {
        w->base = v->valuedouble;
    }
    ld_pop(L, mark);
}

/* ===== citations ===== */

/* The optional structured derivation {"share": percent}: the chance the outcome should have
 * among its choice's outcomes, which the content checks compare with the weights. */
static void derive(ld *L, const cJSON *cite, crs_cite *out)
{
    static const char *const keys[] = {"share", NULL};
    const cJSON *v = ld_get(L, cite, "derive", 0);
    if (!v) return;
    if (!cJSON_IsObject(v)) {
        ld_type_err(L, "derive", v, "an object {\"share\": percent}");
        return;
    }
    size_t mark = ld_push_key(L, "derive");
    ld_check_keys(L, v, keys);
    out->has_share = ld_num(L, v, "share", 1, 0, 100, &out->share);
    ld_pop(L, mark);
}

int ld_cite(ld *L, const cJSON *o, const char *key, int required, crs_cite *out)
{
    static const char *const keys[] = {"source",     "where",  "figure", "year", "population",
                                       "derivation", "caveat", "derive", NULL};
    const cJSON *v = ld_get(L, o, key, required);
    out->source = -1;
    if (!v) return 0;
    if (!cJSON_IsObject(v)) {
        ld_type_err(L, key, v, "a citation object {\"source\": ..., \"figure\": ...}");
        return 0;
    }
    size_t mark = ld_push_key(L, key);
    ld_what sv;
    ld_what_sub(L, &sv, "the citation");
    ld_check_keys(L, v, keys);
    out->source = ld_ref(L, v, "source", 1, &L->sources, "source", "cites");
    if (out->source >= 0) L->source_cited[out->source] = 1;
    ld_ttext(L, v, "where", 0, &out->where);
    ld_text(L, v, "figure", 1, &out->figure);
    ld_ttext(L, v, "year", 1, &out->year);
    ld_text(L, v, "population", 1, &out->population);
    out->derivation = ld_str(L, v, "derivation", 0);
    ld_text(L, v, "caveat", 0, &out->caveat);
    derive(L, v, out);
    ld_what_restore(L, &sv);
    ld_pop(L, mark);
    return 1;
}
