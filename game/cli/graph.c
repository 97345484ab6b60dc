/* `crossings graph`: writes a scenario as a Graphviz DOT graph on stdout — stages as clusters,
 * choices, weighted outcomes with their shares, endings coloured by kind — for `dot -Tsvg`. */
#include "cli.h"

#include "crossings/engine.h"

#include <math.h>
#include <string.h>
#include "crossings/buf.h"

int crs_cli_graph(int argc, char **argv); /* dispatched from main.c */

static const char graph_help[] =
    "Usage: crossings graph FILE [--lang CODE]\n"
    "Write the scenario's graph in Graphviz DOT on stdout: stages as boxes (clusters), nodes\n"
    "with their id and the start of their text, choices, weighted outcomes with their weight\n"
    "and share (in the variables' initial state), endings coloured by kind, and a legend.\n"
    "Illustrative outcomes (no documented figure) are dashed. Render it with, e.g.:\n"
    "  crossings graph scenarios/FILE.json | dot -Tsvg -o graph.svg\n\n"
    "  --lang CODE   language of the labels (default: the scenario's first)\n\n"
    "Exit status: 0 written, 1 scenario errors, 2 usage error or unreadable file.\n";

/* Fill colours by ending kind, in crs_ending_kind order (light, so black text stays legible). */
static const char *const kind_colour[CRS_END__COUNT] = {
    "#a0cbe8", "#8cd17d", "#ffbe7d", "#d4a6c8", "#ff9d9a", "#d7d2cc",
};

/* ===== Labels =========================================================================== */

/* Appends s escaped for a DOT quoted string: quotes and backslashes escaped, a newline becomes
 * a centred line break, other control characters a space. */
static void escape(crs_buf *b, const char *s)
{
    for (; *s; s++) {
        if (*s == '"' || *s == '\\')
            crs_buf_printf(b, "\\%c", *s);
        else if (*s == '\n')
            crs_buf_puts(b, "\\n");
        else if ((unsigned char)*s < 0x20 || *s == 0x7f)
            crs_buf_puts(b, " ");
        else
            crs_buf_append(b, s, 1);
    }
}

/* Length of the UTF-8 sequence starting at p. */
static size_t seq_len(const char *p)
{
    unsigned char c = (unsigned char)*p;
    size_t n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4;
    for (size_t i = 1; i < n; i++)
        if (!p[i]) return i;
    return n;
}

/* The start of s: at most max characters (never splitting one), broken into lines of about
 * `line` characters at spaces, with "..." when cut. */
static void shorten(crs_buf *b, const char *s, int max, int line)
{
    int chars = 0, col = 0;
    crs_buf tmp = {0};
    while (*s && chars < max) {
        size_t n = seq_len(s);
        if (*s == ' ' && col >= line) {
            crs_buf_puts(&tmp, "\n");
            col = 0;
        } else {
            crs_buf_append(&tmp, s, n);
            col++;
        }
        s += n;
        chars++;
    }
    if (*s) crs_buf_puts(&tmp, "...");
    escape(b, crs_buf_str(&tmp));
    crs_buf_free(&tmp);
}

/* ===== The graph ======================================================================== */

static void ending_node(crs_buf *b, const crs_scenario *s, int i, int lang)
{
    const crs_ending *e = &s->endings[i];
    crs_buf_printf(b,
                   "    \"e:%s\" [shape=box, style=\"rounded,filled,bold\", fillcolor=\"%s\", "
                   "label=\"",
                   e->id, kind_colour[e->kind]);
    escape(b, e->id);
    crs_buf_puts(b, "\\n");
    shorten(b, crs_text_get(&e->title, lang), 60, 24);
    crs_buf_printf(b, "\\n(%s)\"];\n", crs_ending_kind_name(e->kind));
}

/* "2. Pay the guide (if)": the choice's number, the start of its label, and whether it has a
 * condition. Escaped for DOT. */
static void choice_label(crs_buf *b, const crs_choice *ch, int c, int lang)
{
    crs_buf_printf(b, "%d. ", c + 1);
    shorten(b, crs_text_get(&ch->label, lang), 40, 20);
    if (ch->cond) crs_buf_puts(b, " (if)");
}

/* A small node per weighted choice, inside its node's stage, so its outcomes fan out from it. */
static void choice_nodes(crs_buf *b, const crs_node *n, int lang)
{
    for (int c = 0; c < n->nchoices; c++) {
        if (n->choices[c].noutcomes == 0) continue;
        crs_buf_printf(b,
                       "    \"c:%s:%s\" [shape=box, style=\"filled\", fillcolor=\"#f2f2f2\", "
                       "fontsize=9, label=\"",
                       n->id, n->choices[c].id);
        choice_label(b, &n->choices[c], c, lang);
        crs_buf_puts(b, "\"];\n");
    }
}

static void text_node(crs_buf *b, const crs_scenario *s, int i, int lang)
{
    const crs_node *n = &s->nodes[i];
    crs_buf_printf(b, "    \"n:%s\" [label=\"", n->id);
    escape(b, n->id);
    crs_buf_puts(b, "\\n");
    shorten(b, crs_text_get(&n->text, lang), 60, 24);
    crs_buf_printf(b, "\"%s];\n", n->ntags ? ", color=\"#777777\", penwidth=2" : "");
    choice_nodes(b, n, lang);
}

static void stage_cluster(crs_buf *b, const crs_scenario *s, int st, int lang)
{
    crs_buf_printf(b, "  subgraph \"cluster_%s\" {\n    label=\"", s->stages[st].id);
    escape(b, crs_text_get(&s->stages[st].title, lang));
    crs_buf_printf(b, " (%s)\";\n    style=\"rounded\"; color=\"#999999\";\n",
                   crs_stage_kind_name(s->stages[st].kind));
    for (int i = 0; i < s->nnodes; i++)
        if (s->nodes[i].stage == st) text_node(b, s, i, lang);
    for (int i = 0; i < s->nendings; i++)
        if (s->endings[i].stage == st) ending_node(b, s, i, lang);
    crs_buf_puts(b, "  }\n");
}

/* The target of a next/ending pair as a DOT node name. */
static void target(crs_buf *b, const crs_scenario *s, int next, int ending)
{
    if (ending >= 0)
        crs_buf_printf(b, "\"e:%s\"", s->endings[ending].id);
    else
        crs_buf_printf(b, "\"n:%s\"", s->nodes[next].id);
}

static void outcome_edges(crs_buf *b, const crs_scenario *s, const char *from, const crs_choice *ch,
                          const int32_t *init)
{
    double total = 0;
    for (int o = 0; o < ch->noutcomes; o++)
        total += crs_weight_value(&ch->outcomes[o].weight, init);
    for (int o = 0; o < ch->noutcomes; o++) {
        const crs_outcome *oc = &ch->outcomes[o];
        double w = crs_weight_value(&oc->weight, init);
        double share = total > 0 && isfinite(total) ? 100 * w / total : 100.0 / ch->noutcomes;
        crs_buf_printf(b, "  \"%s\" -> ", from);
        target(b, s, oc->next, oc->ending);
        crs_buf_puts(b, " [label=\"");
        escape(b, oc->id);
        crs_buf_printf(b, "\\nw %g%s (%.1f%%)%s\"%s];\n", oc->weight.base,
                       oc->weight.nadj ? " adj." : "", share,
                       oc->illustrative ? "\\nillustrative" : "",
                       oc->illustrative ? ", style=dashed, color=\"#888888\"" : "");
    }
}

static void choice_edges(crs_buf *b, const crs_scenario *s, int i, int lang, const int32_t *init)
{
    const crs_node *n = &s->nodes[i];
    for (int c = 0; c < n->nchoices; c++) {
        const crs_choice *ch = &n->choices[c];
        if (ch->noutcomes == 0) {
            crs_buf_printf(b, "  \"n:%s\" -> ", n->id);
            target(b, s, ch->next, ch->ending);
            crs_buf_puts(b, " [label=\"");
            choice_label(b, ch, c, lang);
            crs_buf_puts(b, "\"];\n");
        } else {
            char from[200];
            snprintf(from, sizeof from, "c:%s:%s", n->id, ch->id);
            crs_buf_printf(b, "  \"n:%s\" -> \"%s\" [arrowhead=none];\n", n->id, from);
            outcome_edges(b, s, from, ch, init);
        }
    }
}

static void legend(crs_buf *b)
{
    crs_buf_puts(b, "  subgraph \"cluster_legend\" {\n    label=\"Legend: ending kinds\";\n"
                    "    style=\"dashed\"; color=\"#999999\";\n");
    for (int k = 0; k < CRS_END__COUNT; k++)
        crs_buf_printf(b,
                       "    \"legend:%d\" [shape=box, style=\"rounded,filled\", fillcolor=\"%s\", "
                       "label=\"%s\"];\n",
                       k, kind_colour[k], crs_ending_kind_name((crs_ending_kind)k));
    crs_buf_puts(b, "    \"legend:cited\" [shape=plaintext, label=\"cited outcome\"];\n"
                    "    \"legend:illus\" [shape=plaintext, label=\"illustrative outcome\"];\n"
                    "    \"legend:cited\" -> \"legend:illus\" [label=\"w weight (share)\"];\n"
                    "    \"legend:illus\" -> \"legend:0\" [style=dashed, color=\"#888888\"];\n"
                    "  }\n");
}

static void write_graph(crs_buf *b, const crs_scenario *s, int lang, const int32_t *init)
{
    crs_buf_printf(b,
                   "digraph \"%s\" {\n  graph [fontname=\"NanumGothic\", labelloc=t, "
                   "label=\"",
                   s->id);
    escape(b, crs_text_get(&s->title, lang));
    crs_buf_printf(b, " (%s %s)\"];\n", s->id, s->version);
    crs_buf_puts(b, "  node [fontname=\"NanumGothic\", shape=box, style=\"rounded\", "
                    "fontsize=10];\n  edge [fontname=\"NanumGothic\", fontsize=9];\n");
    for (int st = 0; st < s->nstages; st++) stage_cluster(b, s, st, lang);
    for (int i = 0; i < s->nendings; i++)
        if (s->endings[i].stage < 0) ending_node(b, s, i, lang);
    for (int i = 0; i < s->nnodes; i++) choice_edges(b, s, i, lang, init);
    for (int p = 0; p < s->npersonas; p++) {
        crs_buf_printf(b, "  \"p:%s\" [shape=plaintext, label=\"", s->personas[p].id);
        escape(b, crs_text_get(&s->personas[p].name, lang));
        crs_buf_printf(b, "\"];\n  \"p:%s\" -> \"n:%s\" [style=bold];\n", s->personas[p].id,
                       s->nodes[s->personas[p].start].id);
    }
    legend(b);
    crs_buf_puts(b, "}\n");
}

int crs_cli_graph(int argc, char **argv)
{
    const char *file = NULL, *lang_code = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return fputs(graph_help, stdout), 0;
        if (strcmp(argv[i], "--lang") == 0 && i + 1 < argc)
            lang_code = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1])
            return crs_cli_usage_error("graph", "unknown option or missing value '%s'", argv[i]);
        else if (file)
            return crs_cli_usage_error("graph", "more than one scenario file given");
        else
            file = argv[i];
    }
    if (!file) return crs_cli_usage_error("graph", "no scenario file given");
    int st = 0;
    crs_scenario *s = crs_cli_load(file, &st);
    if (!s) return st;
    int lang = lang_code ? crs_scenario_lang(s, lang_code) : 0;
    if (lang < 0) {
        crs_scenario_free(s);
        return crs_cli_usage_error("graph", "the scenario has no language \"%s\"", lang_code);
    }
    int32_t init[CRS_LIMIT_VARS + 1];
    for (int i = 0; i < s->nvars && i < CRS_LIMIT_VARS; i++) init[i] = s->vars[i].initial;
    crs_buf b = {0};
    write_graph(&b, s, lang, init);
    crs_cli_write(stdout, crs_buf_str(&b));
    st = b.oom ? 1 : 0;
    crs_buf_free(&b);
    crs_scenario_free(s);
    return st;
}
