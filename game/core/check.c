/* Whole-scenario checks after a clean load: every node reachable from a persona's start and with a
 * way to an ending (errors), and the warnings about unused endings, variables and sources. */
#include "load.h"

#include <stdio.h>
#include <string.h>

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

/* One error at node r's id for r and the count nodes stranded with it (the first named). */
static void report_stranded(ld *L, int r, int count, const char *names)
{
    size_t mark = ld_push_key(L, "nodes");
    ld_push_index(L, r);
    ld_push_key(L, "id");
    ld_err(L, CRS_E_GRAPH, LD_AT_VALUE,
           "node \"%s\" cannot be reached from any persona's start, and %d more node%s reached "
           "only through it (%s%s): a link to \"%s\" (a choice's or outcome's \"next\") "
           "would bring %s back",
           L->s->nodes[r].id, count, count == 1 ? " is" : "s are", names, count > 4 ? ", ..." : "",
           L->s->nodes[r].id, count == 1 ? "both" : "them all");
    ld_pop(L, mark);
}

/* Writes the nodes that nd leads to directly into out; returns how many. */
static int targets(const crs_node *nd, int *out)
{
    int n = 0;
    for (int c = 0; c < nd->nchoices; c++) {
        const crs_choice *ch = &nd->choices[c];
        if (ch->next >= 0) out[n++] = ch->next;
        for (int o = 0; o < ch->noutcomes; o++)
            if (ch->outcomes[o].next >= 0) out[n++] = ch->outcomes[o].next;
    }
    return n;
}

static int ends_here(const crs_node *nd)
{
    for (int c = 0; c < nd->nchoices; c++) {
        const crs_choice *ch = &nd->choices[c];
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
        k += targets(&s->nodes[i], g->edge + k);
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

/* Unreachable nodes reported by what they hang from: one edit (a renamed target, a deleted
 * choice) strands a node and everything only it leads to, and one message naming that node
 * says more than a line per stranded node. Roots are unreachable nodes nothing leads to (or the
 * first of a closed loop); each reports the nodes reached only through it. */
static void stranded(ld *L, graph *g)
{
    const crs_scenario *s = L->s;
    int *group = crs_arena_array(L->tmp, (size_t)g->n + 1, sizeof(int));
    int *queue = crs_arena_array(L->tmp, (size_t)g->n + 1, sizeof(int));
    if (!group || !queue) {
        ld_oom(L);
        return;
    }
    for (int i = 0; i < g->n; i++) group[i] = g->seen[i] ? -2 : -1;
    for (int pass = 0; pass < 2; pass++) /* roots first, then loops that have none */
        for (int r = 0; r < g->n; r++) {
            if (group[r] != -1 || (pass == 0 && g->roff[r + 1] > g->roff[r])) continue;
            int head = 0, tail = 0, count = 0;
            char names[200] = "";
            size_t len = 0;
            group[r] = r;
            queue[tail++] = r;
            while (head < tail) {
                int v = queue[head++];
                for (int j = g->off[v]; j < g->off[v + 1]; j++) {
                    int w = g->edge[j];
                    if (group[w] != -1) continue;
                    group[w] = r;
                    queue[tail++] = w;
                    if (count++ < 4 && len < sizeof names)
                        len += (size_t)snprintf(names + len, sizeof names - len, "%s\"%s\"",
                                                count > 1 ? ", " : "", s->nodes[w].id);
                }
            }
            if (count == 0)
                at_item(L, CRS_SEV_ERROR, CRS_E_GRAPH, "nodes", r,
                        "node \"%s\" cannot be reached from any persona's start", s->nodes[r].id);
            else
                report_stranded(L, r, count, names);
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
        if (!g->seen[i]) continue; /* reported by stranded() below */
        for (int c = 0; c < s->nodes[i].nchoices; c++) {
            const crs_choice *ch = &s->nodes[i].choices[c];
            if (ch->ending >= 0) reached_ending[ch->ending] = 1;
            for (int o = 0; o < ch->noutcomes; o++)
                if (ch->outcomes[o].ending >= 0) reached_ending[ch->outcomes[o].ending] = 1;
        }
    }
    stranded(L, g);
}

/* Backwards from the nodes that can end: the rest have no way to an ending. */
static void way_out(ld *L, graph *g)
{
    const crs_scenario *s = L->s;
    int tail = 0;
    for (int i = 0; i < g->n; i++) g->seen[i] = 0;
    for (int i = 0; i < g->n; i++) {
        if (ends_here(&s->nodes[i])) {
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
    reachability(L, &g, reached);
    way_out(L, &g);
    stage_warnings(L);
    guarded_nodes(L);
    usage_warnings(L, reached);
}
