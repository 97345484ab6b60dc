/* The engine: one playthrough as a pure state machine over an immutable scenario.
 * All state lives in the crs_engine value (variables, RNG, path), so engines never interfere. */
#include "crossings/engine.h"

#include <math.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* What a step changed, so undo can restore the exact earlier state. */
typedef struct {
    crs_step step;
    crs_rng rng_before;
    int32_t *vars_before; /* nvars values, in the engine's snapshot block */
} record;

struct crs_engine {
    const crs_scenario *s;
    int persona;
    uint64_t seed;
    crs_rng rng;
    int node, ending;
    int32_t *vars;
    record *hist;
    size_t nhist, caphist;
    int32_t *snap; /* caphist * nvars values backing record.vars_before */
};

void crs_engine_reset(crs_engine *e)
{
    const crs_persona *p = &e->s->personas[e->persona];
    for (int i = 0; i < e->s->nvars; i++) e->vars[i] = p->init ? p->init[i] : e->s->vars[i].initial;
    /* The stream is fixed so that a seed alone names a run. */
    crs_rng_seed(&e->rng, e->seed, 0x63726f7373696e67ULL);
    e->node = p->start;
    e->ending = -1;
    e->nhist = 0;
}

crs_engine *crs_engine_new(const crs_scenario *s, int persona, uint64_t seed, crs_diag *err)
{
    if (!s || persona < 0 || persona >= s->npersonas) {
        crs_diag_set(err, CRS_E_VALUE, "no such persona");
        return NULL;
    }
    crs_engine *e = calloc(1, sizeof *e);
    if (!e) goto oom;
    e->s = s;
    e->persona = persona;
    e->seed = seed;
    e->vars = calloc((size_t)s->nvars + 1, sizeof *e->vars);
    if (!e->vars) goto oom;
    crs_engine_reset(e);
    return e;
oom:
    free(e);
    crs_diag_set(err, CRS_E_MEMORY, "out of memory");
    return NULL;
}

void crs_engine_free(crs_engine *e)
{
    if (!e) return;
    free(e->vars);
    free(e->hist);
    free(e->snap);
    free(e);
}

/* Makes room for one more record; re-points the snapshots if the block moved. */
static int reserve(crs_engine *e, size_t want)
{
    if (want <= e->caphist) return 0;
    size_t cap = e->caphist ? e->caphist * 2 : 16;
    while (cap < want) cap *= 2;
    size_t nv = (size_t)e->s->nvars + 1;
    record *h = realloc(e->hist, cap * sizeof *h);
    if (!h) return -1;
    e->hist = h;
    int32_t *snap = realloc(e->snap, cap * nv * sizeof *snap);
    if (!snap) return -1;
    e->snap = snap;
    e->caphist = cap;
    for (size_t i = 0; i < e->nhist; i++) e->hist[i].vars_before = e->snap + i * nv;
    return 0;
}

crs_engine *crs_engine_clone(const crs_engine *src)
{
    crs_engine *e = crs_engine_new(src->s, src->persona, src->seed, NULL);
    if (!e) return NULL;
    if (reserve(e, src->nhist) != 0) {
        crs_engine_free(e);
        return NULL;
    }
    size_t nv = (size_t)src->s->nvars + 1;
    memcpy(e->vars, src->vars, nv * sizeof *e->vars);
    e->rng = src->rng;
    e->node = src->node;
    e->ending = src->ending;
    e->nhist = src->nhist;
    for (size_t i = 0; i < src->nhist; i++) {
        e->hist[i] = src->hist[i];
        e->hist[i].vars_before = e->snap + i * nv;
        memcpy(e->hist[i].vars_before, src->hist[i].vars_before, nv * sizeof *e->snap);
    }
    return e;
}

const crs_scenario *crs_engine_scenario(const crs_engine *e)
{
    return e->s;
}
int crs_engine_persona(const crs_engine *e)
{
    return e->persona;
}
uint64_t crs_engine_seed(const crs_engine *e)
{
    return e->seed;
}
int crs_engine_node(const crs_engine *e)
{
    return e->ending >= 0 ? -1 : e->node;
}
int crs_engine_ended(const crs_engine *e)
{
    return e->ending >= 0;
}
int crs_engine_ending(const crs_engine *e)
{
    return e->ending;
}
const int32_t *crs_engine_vars(const crs_engine *e)
{
    return e->vars;
}

int crs_engine_stage(const crs_engine *e)
{
    if (e->ending >= 0 && e->s->endings[e->ending].stage >= 0)
        return e->s->endings[e->ending].stage;
    return e->s->nodes[e->node].stage;
}

static int compare(int32_t a, crs_cmp cmp, int32_t b)
{
    switch (cmp) {
    case CRS_CMP_EQ:
        return a == b;
    case CRS_CMP_NE:
        return a != b;
    case CRS_CMP_LT:
        return a < b;
    case CRS_CMP_LE:
        return a <= b;
    case CRS_CMP_GT:
        return a > b;
    case CRS_CMP_GE:
        return a >= b;
    }
    return 0;
}

/* Recursion depth is bounded by the loader's nesting limit. */
int crs_cond_holds(const crs_cond *c, const int32_t *vars)
{
    switch (c->op) {
    case CRS_COND_CMP:
        return compare(vars[c->var], c->cmp, c->value);
    case CRS_COND_NOT:
        return c->nkids > 0 && !crs_cond_holds(&c->kids[0], vars);
    case CRS_COND_ALL:
        for (int i = 0; i < c->nkids; i++)
            if (!crs_cond_holds(&c->kids[i], vars)) return 0;
        return 1;
    case CRS_COND_ANY:
        for (int i = 0; i < c->nkids; i++)
            if (crs_cond_holds(&c->kids[i], vars)) return 1;
        return 0;
    }
    return 0;
}

static int choice_open(const crs_engine *e, const crs_choice *ch)
{
    return !ch->cond || crs_cond_holds(ch->cond, e->vars);
}

int crs_engine_available(const crs_engine *e, int *out, int cap)
{
    if (e->ending >= 0) return 0;
    const crs_node *n = &e->s->nodes[e->node];
    int count = 0;
    for (int i = 0; i < n->nchoices; i++) {
        if (!choice_open(e, &n->choices[i])) continue;
        if (count < cap) out[count] = i;
        count++;
    }
    return count;
}

double crs_weight_value(const crs_weight *w, const int32_t *vars)
{
    double v = w->base;
    for (int i = 0; i < w->nadj; i++) {
        const crs_weight_adj *a = &w->adj[i];
        if (a->cond && !crs_cond_holds(a->cond, vars)) continue;
        v = a->op == CRS_ADJ_ADD ? v + a->value : v * a->value;
        /* Capped at every step, so a long product can never reach infinity (and then NaN). */
        if (v > CRS_WEIGHT_MAX) v = CRS_WEIGHT_MAX;
        if (v < -CRS_WEIGHT_MAX) v = -CRS_WEIGHT_MAX;
    }
    return v > 0 && v <= CRS_WEIGHT_MAX ? v : v > 0 ? CRS_WEIGHT_MAX : 0;
}

double crs_engine_outcome_weight(const crs_engine *e, int choice, int outcome)
{
    if (e->ending >= 0) return 0;
    const crs_node *n = &e->s->nodes[e->node];
    if (choice < 0 || choice >= n->nchoices) return 0;
    const crs_choice *ch = &n->choices[choice];
    if (outcome < 0 || outcome >= ch->noutcomes) return 0;
    return crs_weight_value(&ch->outcomes[outcome].weight, e->vars);
}

static void apply(crs_engine *e, const crs_effect *fx, int n)
{
    for (int i = 0; i < n; i++) {
        const crs_var *v = &e->s->vars[fx[i].var];
        int64_t x = fx[i].op == CRS_EFF_ADD ? (int64_t)e->vars[fx[i].var] + fx[i].value
                                            : (int64_t)fx[i].value;
        if (v->type == CRS_VAR_BOOL)
            x = x != 0;
        else if (x < v->min)
            x = v->min;
        else if (x > v->max)
            x = v->max;
        e->vars[fx[i].var] = (int32_t)x;
    }
}

/* Weights are read in the state at the moment of choosing, before the choice's effects. */
static int pick_outcome(crs_engine *e, const crs_choice *ch)
{
    if (ch->noutcomes == 1) return 0;
    double total = 0;
    for (int i = 0; i < ch->noutcomes; i++)
        total += crs_weight_value(&ch->outcomes[i].weight, e->vars);
    /* Weights are finite and capped; should one ever not be, draw evenly rather than let NaN
     * pick the last outcome every time. */
    if (!(total > 0) || !isfinite(total))
        return (int)crs_rng_below(&e->rng, (uint32_t)ch->noutcomes);
    double r = crs_rng_unit(&e->rng) * total;
    for (int i = 0; i < ch->noutcomes; i++) {
        double w = crs_weight_value(&ch->outcomes[i].weight, e->vars);
        if (r < w) return i;
        r -= w;
    }
    return ch->noutcomes - 1; /* rounding left r just past the last weight */
}

static int check_choice(const crs_engine *e, int choice, crs_diag *err)
{
    if (e->ending >= 0) {
        crs_diag_set(err, CRS_E_STATE, "the playthrough has ended");
        return -1;
    }
    const crs_node *n = &e->s->nodes[e->node];
    if (choice < 0 || choice >= n->nchoices) {
        crs_diag_set(err, CRS_E_VALUE, "no such choice at this point");
        return -1;
    }
    if (!choice_open(e, &n->choices[choice])) {
        crs_diag_set(err, CRS_E_STATE, "that choice is not available now");
        return -1;
    }
    return 0;
}

static int take(crs_engine *e, int choice, int outcome, crs_step *step, crs_diag *err)
{
    if (reserve(e, e->nhist + 1) != 0) {
        crs_diag_set(err, CRS_E_MEMORY, "out of memory");
        return -1;
    }
    size_t nv = (size_t)e->s->nvars + 1;
    record *rec = &e->hist[e->nhist];
    rec->vars_before = e->snap + e->nhist * nv;
    memcpy(rec->vars_before, e->vars, nv * sizeof *e->vars);
    rec->rng_before = e->rng;

    const crs_choice *ch = &e->s->nodes[e->node].choices[choice];
    crs_step st = {.node = e->node,
                   .choice = choice,
                   .outcome = -1,
                   .next = ch->next,
                   .ending = ch->ending,
                   .stage_before = crs_engine_stage(e)};
    if (ch->noutcomes > 0) {
        int o = outcome >= 0 ? outcome : pick_outcome(e, ch);
        apply(e, ch->effects, ch->neffects);
        apply(e, ch->outcomes[o].effects, ch->outcomes[o].neffects);
        st.outcome = o;
        st.next = ch->outcomes[o].next;
        st.ending = ch->outcomes[o].ending;
    } else {
        apply(e, ch->effects, ch->neffects);
    }
    if (st.ending >= 0)
        e->ending = st.ending;
    else
        e->node = st.next;
    st.stage_after = crs_engine_stage(e);
    rec->step = st;
    e->nhist++;
    if (step) *step = st;
    return 0;
}

int crs_engine_choose(crs_engine *e, int choice, crs_step *step, crs_diag *err)
{
    if (check_choice(e, choice, err) != 0) return -1;
    return take(e, choice, -1, step, err);
}

int crs_engine_choose_outcome(crs_engine *e, int choice, int outcome, crs_step *step, crs_diag *err)
{
    if (check_choice(e, choice, err) != 0) return -1;
    const crs_choice *ch = &e->s->nodes[e->node].choices[choice];
    if (ch->noutcomes == 0 ? outcome != -1 : (outcome < 0 || outcome >= ch->noutcomes)) {
        crs_diag_set(err, CRS_E_VALUE, "no such outcome for this choice");
        return -1;
    }
    return take(e, choice, outcome, step, err);
}

void crs_engine_set_tally(crs_engine *e, const int *tally, int n)
{
    if (e->nhist == 0) return;
    crs_step *st = &e->hist[e->nhist - 1].step;
    memset(st->tally, 0, sizeof st->tally);
    for (int i = 0; i < n && i < 9; i++) st->tally[i] = tally[i] < 0 ? 0 : tally[i];
}

void crs_engine_mark_replayed(crs_engine *e)
{
    if (e->nhist > 0) e->hist[e->nhist - 1].step.replayed = 1;
}

size_t crs_engine_history_len(const crs_engine *e)
{
    return e->nhist;
}

const crs_step *crs_engine_history(const crs_engine *e, size_t i)
{
    return i < e->nhist ? &e->hist[i].step : NULL;
}

int crs_engine_undo(crs_engine *e)
{
    if (e->nhist == 0) return -1;
    record *rec = &e->hist[--e->nhist];
    memcpy(e->vars, rec->vars_before, ((size_t)e->s->nvars + 1) * sizeof *e->vars);
    e->rng = rec->rng_before;
    e->node = rec->step.node;
    e->ending = -1;
    return 0;
}
