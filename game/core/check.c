/* Whole-scenario checks after a clean load: every node reachable from a persona's start and with a
 * way to an ending (errors), and the warnings about unused endings, variables and sources.
 * Choices whose condition can never hold within the variables' declared ranges are left out of
 * the graph, so a loop whose only exit is such a choice is found; a persona whose start has no
 * open choice, and a node none of whose choices can ever be open, are errors too. */
#include "load.h"

#include <stdint.h>
#include <string.h>

#include "crossings/engine.h"

/* Reports at the "id" member of item i of list key. */
static void at_item(ld *L, crs_severity sev, crs_code code, const char *key, int i, const char *fmt,
                    const char *id)
{
    size_t mark = ld_push_key(L, key);
    ld_push_index(L, i);
    ld_push_key(L, "id");
    ld_report(L, sev, code, LD_AT_VALUE, fmt, id ? id : "?");
    ld_pop(L, mark);
}

/* ===== can a condition ever hold? ===== */

/* Narrowed ranges of a few variables (the rest keep their declared range). Past BOX_MAX
 * narrowings the box stops narrowing: the answer errs towards "can hold". */
#define BOX_MAX 32
typedef struct box {
    int n, var[BOX_MAX];
    int64_t lo[BOX_MAX], hi[BOX_MAX];
} box;

static int box_slot(const crs_scenario *s, box *b, int var)
{
    for (int i = 0; i < b->n; i++)
        if (b->var[i] == var) return i;
    if (b->n == BOX_MAX) return -1;
    b->var[b->n] = var;
    b->lo[b->n] = s->vars[var].min;
    b->hi[b->n] = s->vars[var].max;
    return b->n++;
}

static crs_cmp negate(crs_cmp c)
{
    static const crs_cmp neg[] = {CRS_CMP_NE, CRS_CMP_EQ, CRS_CMP_GE,
                                  CRS_CMP_GT, CRS_CMP_LE, CRS_CMP_LT};
    return neg[c];
}

/* Narrows b to the values where "var cmp v" holds; 0 when none is left. */
static int narrow(const crs_scenario *s, box *b, int var, crs_cmp cmp, int64_t v)
{
    int i = box_slot(s, b, var);
    if (i < 0) return 1;
    int64_t *lo = &b->lo[i], *hi = &b->hi[i];
    if (s->vars[var].type == CRS_VAR_BOOL && cmp <= CRS_CMP_NE) { /* true is any non-zero */
        if (v != 0) cmp = cmp == CRS_CMP_EQ ? CRS_CMP_NE : CRS_CMP_EQ;
        v = 0;
    }
    switch (cmp) {
    case CRS_CMP_EQ:
        if (v > *lo) *lo = v;
        if (v < *hi) *hi = v;
        break;
    case CRS_CMP_NE:
        if (*lo == v) ++*lo;
        if (*hi == v) --*hi;
        break;
    case CRS_CMP_LT:
        if (v - 1 < *hi) *hi = v - 1;
        break;
    case CRS_CMP_LE:
        if (v < *hi) *hi = v;
        break;
    case CRS_CMP_GT:
        if (v + 1 > *lo) *lo = v + 1;
        break;
    case CRS_CMP_GE:
        if (v > *lo) *lo = v;
        break;
    }
    return *lo <= *hi;
}

static int can_hold(const crs_scenario *s, const crs_cond *c, int neg, box b, int depth);

/* Looks through NOTs: the condition and its polarity that decide. */
static const crs_cond *unwrap(const crs_cond *c, int *neg)
{
    for (int i = 0; c->op == CRS_COND_NOT && c->nkids > 0 && i < 64; i++) {
        c = &c->kids[0];
        *neg = !*neg;
    }
    return c;
}

/* For a condition that needs all its kids (ALL, or a negated ANY): narrows b by every
 * comparison it needs, through nested ones; 0 when nothing is left. */
static int narrow_all(const crs_scenario *s, const crs_cond *c, int neg, box *b, int depth)
{
    for (int i = 0; i < c->nkids && depth < 64; i++) {
        int kn = neg;
        const crs_cond *k = unwrap(&c->kids[i], &kn);
        if (k->op == CRS_COND_CMP && !narrow(s, b, k->var, kn ? negate(k->cmp) : k->cmp, k->value))
            return 0;
        if (k->op != CRS_COND_CMP && (k->op == CRS_COND_ALL) != kn &&
            !narrow_all(s, k, kn, b, depth + 1))
            return 0;
    }
    return 1;
}

/* After narrow_all: the kids that need only one of theirs (ANY, a negated ALL), each tried in
 * the narrowed box. */
static int rest_can_hold(const crs_scenario *s, const crs_cond *c, int neg, const box *b, int depth)
{
    for (int i = 0; i < c->nkids && depth < 64; i++) {
        int kn = neg;
        const crs_cond *k = unwrap(&c->kids[i], &kn);
        if (k->op == CRS_COND_CMP) continue;
        int ok = (k->op == CRS_COND_ALL) != kn ? rest_can_hold(s, k, kn, b, depth + 1)
                                               : can_hold(s, k, kn, *b, depth + 1);
        if (!ok) return 0;
    }
    return 1;
}

/* 0 only when c (negated when neg) holds for no values within b: exact for comparisons and
 * their conjunctions, and errs towards 1 for the rest. */
static int can_hold(const crs_scenario *s, const crs_cond *c, int neg, box b, int depth)
{
    c = unwrap(c, &neg);
    if (depth > 64 || c->op == CRS_COND_NOT) return 1;
    if (c->op == CRS_COND_CMP)
        return narrow(s, &b, c->var, neg ? negate(c->cmp) : c->cmp, c->value);
    if ((c->op == CRS_COND_ALL) != neg) /* NOT(ANY) is ALL of NOTs */
        return narrow_all(s, c, neg, &b, depth) && rest_can_hold(s, c, neg, &b, depth);
    for (int i = 0; i < c->nkids; i++)
        if (can_hold(s, &c->kids[i], neg, b, depth + 1)) return 1;
    return 0;
}

static int choice_can_open(const crs_scenario *s, const crs_choice *ch)
{
    box b = {0};
    return !ch->cond || can_hold(s, ch->cond, 0, b, 0);
}

/* Writes the nodes that nd leads to directly into out; returns how many. */
static int targets(const crs_scenario *s, const crs_node *nd, int *out)
{
    int n = 0;
    for (int c = 0; c < nd->nchoices; c++) {
        const crs_choice *ch = &nd->choices[c];
        if (!choice_can_open(s, ch)) continue;
        if (ch->next >= 0) out[n++] = ch->next;
        for (int o = 0; o < ch->noutcomes; o++)
            if (ch->outcomes[o].next >= 0) out[n++] = ch->outcomes[o].next;
    }
    return n;
}

static int ends_here(const crs_scenario *s, const crs_node *nd)
{
    for (int c = 0; c < nd->nchoices; c++) {
        const crs_choice *ch = &nd->choices[c];
        if (!choice_can_open(s, ch)) continue;
        if (ch->ending >= 0) return 1;
        for (int o = 0; o < ch->noutcomes; o++)
            if (ch->outcomes[o].ending >= 0) return 1;
    }
    return 0;
}

static int edges_of(const crs_node *nd)
{
    int n = 0;
    for (int c = 0; c < nd->nchoices; c++) n += 1 + nd->choices[c].noutcomes;
    return n;
}

typedef struct graph {
    int n;
    int *off, *edge;   /* forward edges in CSR form */
    int *roff, *redge; /* reverse edges */
    int *queue;
    char *seen;
} graph;

static int build_graph(ld *L, graph *g)
{
    const crs_scenario *s = L->s;
    long total = 0;
    g->n = s->nnodes;
    for (int i = 0; i < s->nnodes; i++) total += edges_of(&s->nodes[i]);
    size_t n1 = (size_t)g->n + 1, e = (size_t)total + 1;
    g->off = crs_arena_array(L->tmp, n1, sizeof(int));
    g->roff = crs_arena_array(L->tmp, n1 + 1, sizeof(int));
    g->edge = crs_arena_array(L->tmp, e, sizeof(int));
    g->redge = crs_arena_array(L->tmp, e, sizeof(int));
    g->queue = crs_arena_array(L->tmp, n1, sizeof(int));
    g->seen = crs_arena_alloc(L->tmp, n1);
    if (!g->off || !g->roff || !g->edge || !g->redge || !g->queue || !g->seen) return -1;
    int k = 0;
    for (int i = 0; i < g->n; i++) {
        g->off[i] = k;
        k += targets(s, &s->nodes[i], g->edge + k);
    }
    g->off[g->n] = k;
    for (int j = 0; j < k; j++) g->roff[g->edge[j] + 2]++;
    for (int i = 0; i < g->n; i++) g->roff[i + 2] += g->roff[i + 1];
    for (int i = 0; i < g->n; i++)
        for (int j = g->off[i]; j < g->off[i + 1]; j++) g->redge[g->roff[g->edge[j] + 1]++] = i;
    return 0;
}

/* Breadth-first search from the queued nodes along off/edge; marks g->seen. */
static void search(graph *g, int head, int tail, const int *off, const int *edge)
{
    while (head < tail) {
        int v = g->queue[head++];
        for (int j = off[v]; j < off[v + 1]; j++) {
            int w = edge[j];
            if (!g->seen[w]) {
                g->seen[w] = 1;
                g->queue[tail++] = w;
            }
        }
    }
}

static void reachability(ld *L, graph *g, char *reached_ending)
{
    const crs_scenario *s = L->s;
    int tail = 0;
    for (int i = 0; i < g->n; i++) g->seen[i] = 0;
    for (int p = 0; p < s->npersonas; p++) {
        int st = s->personas[p].start;
        if (st >= 0 && !g->seen[st]) {
            g->seen[st] = 1;
            g->queue[tail++] = st;
        }
    }
    search(g, 0, tail, g->off, g->edge);
    for (int i = 0; i < g->n; i++) {
        if (!g->seen[i]) {
            at_item(L, CRS_SEV_ERROR, CRS_E_GRAPH, "nodes", i,
                    "node \"%s\" cannot be reached from any persona's start", s->nodes[i].id);
            continue;
        }
        for (int c = 0; c < s->nodes[i].nchoices; c++) {
            const crs_choice *ch = &s->nodes[i].choices[c];
            if (ch->ending >= 0) reached_ending[ch->ending] = 1;
            for (int o = 0; o < ch->noutcomes; o++)
                if (ch->outcomes[o].ending >= 0) reached_ending[ch->outcomes[o].ending] = 1;
        }
    }
}

/* Backwards from the nodes that can end: the rest have no way to an ending. */
static void way_out(ld *L, graph *g)
{
    const crs_scenario *s = L->s;
    int tail = 0;
    for (int i = 0; i < g->n; i++) g->seen[i] = 0;
    for (int i = 0; i < g->n; i++) {
        if (ends_here(s, &s->nodes[i])) {
            g->seen[i] = 1;
            g->queue[tail++] = i;
        }
    }
    search(g, 0, tail, g->roff, g->redge);
    for (int i = 0; i < g->n; i++)
        if (!g->seen[i])
            at_item(L, CRS_SEV_ERROR, CRS_E_GRAPH, "nodes", i,
                    "node \"%s\" has no way to an ending (every path from it goes round without "
                    "ending)",
                    s->nodes[i].id);
}

static void stage_warnings(ld *L)
{
    for (int i = 0; i < L->s->nstages; i++) {
        const crs_stage *st = &L->s->stages[i];
        int notes = st->notes.s[0] != NULL, qs = st->nquestions > 0;
        if (notes && qs) continue;
        at_item(L, CRS_SEV_WARNING, CRS_E_MISSING, "stages", i,
                !notes && !qs ? "stage \"%s\" has no facilitator \"notes\" and no \"questions\""
                : !notes      ? "stage \"%s\" has no facilitator \"notes\""
                              : "stage \"%s\" has no discussion \"questions\"",
                st->id);
    }
}

static void guarded_nodes(ld *L)
{
    for (int i = 0; i < L->s->nnodes; i++) {
        const crs_node *nd = &L->s->nodes[i];
        int open = 0;
        for (int c = 0; c < nd->nchoices; c++) open |= nd->choices[c].cond == NULL;
        if (!open && nd->nchoices > 0)
            at_item(L, CRS_SEV_WARNING, CRS_E_GRAPH, "nodes", i,
                    "every choice of node \"%s\" has a condition: if none holds, the player is "
                    "stuck there",
                    nd->id);
    }
}

/* Reports at /k1/i/k2[/j/k3] (j < 0: two levels). */
static void at_path(ld *L, crs_severity sev, const char *k1, int i, const char *k2, int j,
                    const char *k3, const char *fmt, const char *a, const char *b)
{
    size_t mark = ld_push_key(L, k1);
    ld_push_index(L, i);
    ld_push_key(L, k2);
    if (j >= 0) {
        ld_push_index(L, j);
        ld_push_key(L, k3);
    }
    ld_report(L, sev, CRS_E_GRAPH, LD_AT_VALUE, fmt, a, b);
    ld_pop(L, mark);
}

/* Choices that can never be open (a warning each), nodes with no choice that can ever be open,
 * and persona starts where no choice is open at the start (errors: the player is stuck). */
static void trap_checks(ld *L)
{
    const crs_scenario *s = L->s;
    for (int i = 0; i < s->nnodes; i++) {
        const crs_node *nd = &s->nodes[i];
        int possible = 0;
        for (int c = 0; c < nd->nchoices; c++) {
            if (choice_can_open(s, &nd->choices[c])) {
                possible++;
                continue;
            }
            at_path(L, CRS_SEV_WARNING, "nodes", i, "choices", c, "if",
                    "choice \"%s\" of node \"%s\" can never be open: its condition asks for "
                    "values outside the variables' declared ranges",
                    nd->choices[c].id ? nd->choices[c].id : "?", nd->id);
        }
        if (nd->nchoices > 0 && possible == 0)
            at_item(L, CRS_SEV_ERROR, CRS_E_GRAPH, "nodes", i,
                    "no choice of node \"%s\" can ever be open within the variables' declared "
                    "ranges: a player who gets there is stuck",
                    nd->id);
    }
    for (int p = 0; p < s->npersonas; p++) {
        const crs_persona *pe = &s->personas[p];
        if (pe->start < 0) continue;
        const crs_node *nd = &s->nodes[pe->start];
        int32_t *vars = crs_arena_array(L->tmp, (size_t)s->nvars + 1, sizeof *vars);
        if (!vars) return;
        for (int v = 0; v < s->nvars; v++) vars[v] = pe->init ? pe->init[v] : s->vars[v].initial;
        int open = 0;
        for (int c = 0; c < nd->nchoices; c++)
            open += !nd->choices[c].cond || crs_cond_holds(nd->choices[c].cond, vars);
        if (open == 0 && nd->nchoices > 0)
            at_path(L, CRS_SEV_ERROR, "personas", p, "start", -1, NULL,
                    "persona \"%s\" starts at node \"%s\", where no choice is open: the player "
                    "is stuck from the first screen",
                    pe->id, nd->id);
    }
}

static void usage_warnings(ld *L, const char *reached_ending)
{
    const crs_scenario *s = L->s;
    for (int i = 0; i < s->nendings; i++)
        if (!reached_ending[i])
            at_item(L, CRS_SEV_WARNING, CRS_E_GRAPH, "endings", i,
                    "ending \"%s\" is never reached (no reachable choice or outcome leads to it)",
                    s->endings[i].id);
    for (int i = 0; i < s->nvars; i++)
        if (!L->var_used[i])
            at_item(L, CRS_SEV_WARNING, CRS_E_REFERENCE, "variables", i,
                    "variable \"%s\" is never used (no condition, effect or debrief bar names it)",
                    s->vars[i].id);
    for (int i = 0; i < s->nsources; i++)
        if (!L->source_cited[i])
            at_item(L, CRS_SEV_WARNING, CRS_E_REFERENCE, "sources", i,
                    "source \"%s\" is never cited", s->sources[i].id);
}

void crs_check_scenario(ld *L)
{
    graph g;
    char *reached = crs_arena_alloc(L->tmp, (size_t)L->s->nendings + 1);
    if (!reached || build_graph(L, &g)) {
        ld_oom(L);
        return;
    }
    trap_checks(L);
    reachability(L, &g, reached);
    way_out(L, &g);
    stage_warnings(L);
    guarded_nodes(L);
    usage_warnings(L, reached);
}
