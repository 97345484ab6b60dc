/* --start and --set: a node and variable values checked against the scenario, then placed on
 * an engine. Messages name the slip the way `check` does, with a "did you mean" for typos. */
#include "crossings/start.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "loadctx.h"

void crs_start_init(crs_start *st)
{
    memset(st, 0, sizeof *st);
    st->node = -1;
}

static void fail(crs_diag *err, crs_code code, const char *msg)
{
    crs_diag_set(err, code, msg);
}

/* " (did you mean "x"?)" for the closest id, or "". */
static void hint_of(const char *id, const char *const *names, int n, char *buf, size_t cap)
{
    const char *h = ld_hint(id, names, n);
    if (h)
        snprintf(buf, cap, " (did you mean \"%s\"?)", h);
    else
        buf[0] = 0;
}

int crs_start_node(const crs_scenario *s, const char *id, crs_start *st, crs_diag *err)
{
    int n = crs_scenario_node(s, id);
    if (n >= 0) {
        st->node = n;
        return 0;
    }
    const char **names = malloc(sizeof *names * (size_t)(s->nnodes + 1));
    char hint[128] = "", msg[320];
    if (names) {
        for (int i = 0; i < s->nnodes; i++) names[i] = s->nodes[i].id;
        hint_of(id, names, s->nnodes, hint, sizeof hint);
        free(names);
    }
    snprintf(msg, sizeof msg, "--start: scenario \"%s\" has no node \"%.64s\"%s", s->id, id, hint);
    fail(err, CRS_E_REFERENCE, msg);
    return -1;
}

/* The value of a variable from text: 0, or -1 with err filled. */
static int parse_value(const crs_var *v, const char *text, int32_t *out, crs_diag *err)
{
    char msg[320];
    if (v->type == CRS_VAR_BOOL) {
        if (!strcmp(text, "true") || !strcmp(text, "1")) return *out = 1, 0;
        if (!strcmp(text, "false") || !strcmp(text, "0")) return *out = 0, 0;
        snprintf(msg, sizeof msg, "--set: variable \"%s\" is true or false, not \"%.64s\"", v->id,
                 text);
        fail(err, CRS_E_TYPE, msg);
        return -1;
    }
    char *end;
    errno = 0;
    long x = strtol(text, &end, 10);
    if (end == text || *end || errno) {
        snprintf(msg, sizeof msg,
                 "--set: variable \"%s\" takes a whole number from %ld to %ld, not \"%.64s\"",
                 v->id, (long)v->min, (long)v->max, text);
        fail(err, CRS_E_TYPE, msg);
        return -1;
    }
    if (x < v->min || x > v->max) {
        snprintf(msg, sizeof msg, "--set: variable \"%s\" runs from %ld to %ld; %ld is outside it",
                 v->id, (long)v->min, (long)v->max, x);
        fail(err, CRS_E_VALUE, msg);
        return -1;
    }
    *out = (int32_t)x;
    return 0;
}

int crs_start_set(const crs_scenario *s, const char *spec, crs_start *st, crs_diag *err)
{
    const char *eq = strchr(spec, '=');
    char name[CRS_LIMIT_ID_BYTES + 1], msg[320];
    if (!eq || eq == spec || (size_t)(eq - spec) > CRS_LIMIT_ID_BYTES) {
        snprintf(msg, sizeof msg, "--set takes VARIABLE=VALUE (e.g. money=500), not \"%.64s\"",
                 spec);
        fail(err, CRS_E_VALUE, msg);
        return -1;
    }
    snprintf(name, sizeof name, "%.*s", (int)(eq - spec), spec);
    int var = crs_scenario_var(s, name);
    if (var < 0) {
        const char *names[CRS_LIMIT_VARS];
        char hint[128];
        for (int i = 0; i < s->nvars && i < CRS_LIMIT_VARS; i++) names[i] = s->vars[i].id;
        hint_of(name, names, s->nvars < CRS_LIMIT_VARS ? s->nvars : CRS_LIMIT_VARS, hint,
                sizeof hint);
        snprintf(msg, sizeof msg, "--set: scenario \"%s\" has no variable \"%s\"%s", s->id, name,
                 hint);
        fail(err, CRS_E_REFERENCE, msg);
        return -1;
    }
    int32_t value;
    if (parse_value(&s->vars[var], eq + 1, &value, err) != 0) return -1;
    int k = 0; /* a variable set twice keeps the last value */
    while (k < st->nset && st->var[k] != var) k++;
    if (k == st->nset) {
        if (st->nset >= CRS_LIMIT_VARS) return fail(err, CRS_E_LIMIT, "--set: too many"), -1;
        st->nset++;
    }
    st->var[k] = var;
    st->value[k] = value;
    return 0;
}

int crs_start_apply(const crs_start *st, crs_engine *e, crs_diag *err)
{
    if (st->node < 0 && st->nset == 0) return 0;
    const crs_scenario *s = crs_engine_scenario(e);
    int32_t vars[CRS_LIMIT_VARS + 1];
    crs_engine_reset(e);
    memcpy(vars, crs_engine_vars(e), sizeof *vars * (size_t)s->nvars);
    for (int i = 0; i < st->nset; i++) vars[st->var[i]] = st->value[i];
    int node = st->node >= 0 ? st->node : crs_engine_node(e);
    if (crs_engine_place(e, node, vars) != 0) {
        fail(err, CRS_E_MEMORY, "out of memory");
        return -1;
    }
    return 0;
}
