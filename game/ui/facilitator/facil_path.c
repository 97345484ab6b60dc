/* Breadth-first search over engine states for the facilitator's stage jump. A state is the
 * node plus every variable, so a path found is one the engine will accept when replayed. */
#include "facilitator/facil_path.h"

#include <stdlib.h>
#include <string.h>

#define MAX_STATES 20000
#define HASH_SLOTS 32768 /* power of two, above MAX_STATES */

typedef struct {
    crs_engine *e; /* the state itself, kept to the end; NULL for the caller's engine */
    int parent, node;
    crs_move mv;
    uint32_t hash;
} state;

typedef struct {
    state *st;
    int n;
    int *slots; /* index into st, or -1 */
    int nvars;
    const crs_engine *root;
} search;

static uint32_t hash_state(const crs_engine *e, int nvars)
{
    uint32_t h = 2166136261u ^ (uint32_t)crs_engine_node(e);
    const int32_t *v = crs_engine_vars(e);
    for (int i = 0; i < nvars; i++) h = (h ^ (uint32_t)v[i]) * 16777619u;
    return h;
}

static const crs_engine *engine_of(const search *s, int i)
{
    return i == 0 ? s->root : s->st[i].e;
}

/* Whether the state is new; if so it is entered in the table under index idx. */
static int visit(search *s, const crs_engine *e, uint32_t h, int idx)
{
    unsigned at = h & (HASH_SLOTS - 1);
    for (; s->slots[at] >= 0; at = (at + 1) & (HASH_SLOTS - 1)) {
        const state *o = &s->st[s->slots[at]];
        const crs_engine *oe = engine_of(s, s->slots[at]);
        if (o->hash == h && o->node == crs_engine_node(e) &&
            (!oe ||
             !memcmp(crs_engine_vars(oe), crs_engine_vars(e), sizeof(int32_t) * (size_t)s->nvars)))
            return 0;
    }
    s->slots[at] = idx;
    return 1;
}

static int path_length(const search *s, int i, crs_move *out, int cap)
{
    int len = 0;
    for (int j = i; j > 0; j = s->st[j].parent) len++;
    if (len > cap) return -1;
    for (int j = i, k = len - 1; j > 0; j = s->st[j].parent, k--) out[k] = s->st[j].mv;
    return len;
}

/* Tries one move from state i; returns the new state's index, -1 when it adds nothing, or
 * -2 when the state table is full or memory ran out. */
static int try_move(search *s, int i, int choice, int outcome)
{
    if (s->n >= MAX_STATES) return -2;
    crs_engine *c = crs_engine_clone(engine_of(s, i));
    if (!c) return -2;
    if (crs_engine_choose_outcome(c, choice, outcome, NULL, NULL) != 0 || crs_engine_ended(c)) {
        crs_engine_free(c);
        return -1;
    }
    uint32_t h = hash_state(c, s->nvars);
    s->st[s->n] = (state){c, i, crs_engine_node(c), {choice, outcome}, h};
    if (!visit(s, c, h, s->n)) {
        crs_engine_free(c);
        return -1;
    }
    return s->n++;
}

/* Expands state i; returns the index of a state on the target stage, -1 if none, -2 on
 * exhaustion. */
static int expand(search *s, int i, int stage)
{
    const crs_engine *e = engine_of(s, i);
    const crs_scenario *sc = crs_engine_scenario(e);
    const crs_node *n = &sc->nodes[crs_engine_node(e)];
    int open[64];
    int k = crs_engine_available(e, open, 64);
    for (int c = 0; c < k && c < 64; c++) {
        const crs_choice *ch = &n->choices[open[c]];
        for (int o = ch->noutcomes > 0 ? 0 : -1; o < ch->noutcomes; o++) {
            if (o >= 0 && crs_engine_outcome_weight(e, open[c], o) <= 0) continue;
            int j = try_move(s, i, open[c], o);
            if (j == -2) return -2;
            if (j >= 0 && sc->nodes[s->st[j].node].stage == stage) return j;
        }
    }
    return -1;
}

static void release(search *s)
{
    for (int i = 1; i < s->n; i++) crs_engine_free(s->st[i].e);
    free(s->st);
    free(s->slots);
}

/* One search; nvars 0 treats states at the same node as one (variables ignored). */
static int run(const crs_engine *e, int stage, crs_move *out, int cap, int nvars)
{
    search s = {malloc(sizeof(state) * MAX_STATES), 0, malloc(sizeof(int) * HASH_SLOTS), nvars, e};
    if (!s.st || !s.slots) {
        release(&s);
        return -1;
    }
    memset(s.slots, 0xff, sizeof(int) * HASH_SLOTS);
    uint32_t h = hash_state(e, s.nvars);
    s.st[0] = (state){NULL, -1, crs_engine_node(e), {-1, -1}, h};
    visit(&s, e, h, 0);
    s.n = 1;
    int found = -1;
    for (int i = 0; i < s.n && found == -1; i++) found = expand(&s, i, stage);
    int len = found >= 0 ? path_length(&s, found, out, cap) : -1;
    release(&s);
    return len;
}

int crs_facil_path_to_stage(const crs_engine *e, int stage, crs_move *out, int cap)
{
    if (crs_engine_ended(e)) return -1;
    const crs_scenario *sc = crs_engine_scenario(e);
    if (sc->nodes[crs_engine_node(e)].stage == stage) return 0;
    /* Counters (money, months) multiply the states: search by node alone first, which finds
     * nearly every stage fast, then by the full state for a stage only some values open. */
    int n = run(e, stage, out, cap, 0);
    return n >= 0 ? n : run(e, stage, out, cap, sc->nvars);
}
