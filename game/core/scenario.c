/* Read-only helpers over a loaded scenario: language and id lookups, kind names, statistics.
 * Loading and freeing live in load.c; nothing here allocates. */
#include "crossings/scenario.h"

#include <string.h>

static const char *const stage_names[CRS_STAGE__COUNT] = {
    "departure", "border", "china", "transit", "arrival", "resettlement",
};

static const char *const ending_names[CRS_END__COUNT] = {
    "resettled_south_korea", "settled_third_country", "staying_in_china",
    "returned_north_korea",  "repatriated",           "still_in_transit",
};

const char *crs_stage_kind_name(crs_stage_kind k)
{
    return (k >= 0 && k < CRS_STAGE__COUNT) ? stage_names[k] : "unknown";
}

const char *crs_ending_kind_name(crs_ending_kind k)
{
    return (k >= 0 && k < CRS_END__COUNT) ? ending_names[k] : "unknown";
}

static int parse_name(const char *const *names, int n, const char *name)
{
    for (int i = 0; name && i < n; i++)
        if (strcmp(names[i], name) == 0) return i;
    return -1;
}

int crs_stage_kind_parse(const char *name)
{
    return parse_name(stage_names, CRS_STAGE__COUNT, name);
}

int crs_ending_kind_parse(const char *name)
{
    return parse_name(ending_names, CRS_END__COUNT, name);
}

int crs_scenario_lang(const crs_scenario *s, const char *code)
{
    for (int i = 0; code && i < s->nlangs; i++)
        if (strcmp(s->langs[i].code, code) == 0) return i;
    return -1;
}

const char *crs_text_get(const crs_text *t, int lang)
{
    if (lang >= 0 && lang < CRS_MAX_LANGS && t->s[lang]) return t->s[lang];
    for (int i = 0; i < CRS_MAX_LANGS; i++)
        if (t->s[i]) return t->s[i];
    return "";
}

int crs_text_present(const crs_text *t)
{
    for (int i = 0; i < CRS_MAX_LANGS; i++)
        if (t->s[i]) return 1;
    return 0;
}

/* The id lookups are linear: they serve command-line options, not inner loops. */
#define FIND_BY_ID(array, count, id)                                                               \
    do {                                                                                           \
        for (int i_ = 0; (id) && i_ < (count); i_++)                                               \
            if (strcmp((array)[i_].id, (id)) == 0) return i_;                                      \
        return -1;                                                                                 \
    } while (0)

int crs_scenario_node(const crs_scenario *s, const char *id)
{
    FIND_BY_ID(s->nodes, s->nnodes, id);
}

int crs_scenario_persona(const crs_scenario *s, const char *id)
{
    FIND_BY_ID(s->personas, s->npersonas, id);
}

int crs_scenario_ending(const crs_scenario *s, const char *id)
{
    FIND_BY_ID(s->endings, s->nendings, id);
}

int crs_scenario_var(const crs_scenario *s, const char *id)
{
    FIND_BY_ID(s->vars, s->nvars, id);
}

static void each_cite(const crs_cite *c, crs_text_fn fn, void *ctx)
{
    fn(&c->where, ctx);
    fn(&c->figure, ctx);
    fn(&c->year, ctx);
    fn(&c->population, ctx);
    fn(&c->caveat, ctx);
}

static void each_source_text(const crs_source *src, crs_text_fn fn, void *ctx)
{
    fn(&src->author, ctx);
    fn(&src->title, ctx);
    fn(&src->publisher, ctx);
    fn(&src->year, ctx);
    fn(&src->section, ctx);
    fn(&src->caveat, ctx);
}

static void each_node_text(const crs_node *n, crs_text_fn fn, void *ctx)
{
    fn(&n->text, ctx);
    if (n->ntags) fn(&n->summary, ctx);
    for (int c = 0; c < n->nchoices; c++) {
        const crs_choice *ch = &n->choices[c];
        fn(&ch->label, ctx);
        for (int o = 0; o < ch->noutcomes; o++) {
            const crs_outcome *oc = &ch->outcomes[o];
            fn(&oc->text, ctx);
            if (oc->has_cite) each_cite(&oc->cite, fn, ctx);
            if (oc->illustrative) fn(&oc->illustrative_note, ctx);
        }
    }
}

static void each_stage_text(const crs_stage *st, crs_text_fn fn, void *ctx)
{
    fn(&st->title, ctx);
    fn(&st->intro, ctx);
    fn(&st->notes, ctx);
    if (st->has_map) fn(&st->place, ctx);
    for (int q = 0; q < st->nquestions; q++) fn(&st->questions[q], ctx);
}

static void each_ending_text(const crs_ending *en, crs_text_fn fn, void *ctx)
{
    fn(&en->title, ctx);
    fn(&en->text, ctx);
    for (int f = 0; f < en->nfacts; f++) {
        fn(&en->facts[f].text, ctx);
        if (en->facts[f].has_cite) each_cite(&en->facts[f].cite, fn, ctx);
    }
}

static void each_dist_text(const crs_distribution *d, crs_text_fn fn, void *ctx)
{
    fn(&d->title, ctx);
    fn(&d->note, ctx);
    each_cite(&d->cite, fn, ctx);
    for (int b = 0; b < d->nbars; b++) fn(&d->bars[b].label, ctx);
}

void crs_scenario_each_text(const crs_scenario *s, crs_text_fn fn, void *ctx)
{
    fn(&s->title, ctx);
    fn(&s->summary, ctx);
    fn(&s->audience, ctx);
    fn(&s->content_note, ctx);
    for (int i = 0; i < s->nvars; i++) fn(&s->vars[i].label, ctx);
    for (int i = 0; i < s->npersonas; i++) {
        fn(&s->personas[i].name, ctx);
        fn(&s->personas[i].description, ctx);
    }
    for (int i = 0; i < s->nstages; i++) each_stage_text(&s->stages[i], fn, ctx);
    for (int i = 0; i < s->nnodes; i++) each_node_text(&s->nodes[i], fn, ctx);
    for (int i = 0; i < s->nendings; i++) each_ending_text(&s->endings[i], fn, ctx);
    for (int i = 0; i < s->ndists; i++) each_dist_text(&s->dists[i], fn, ctx);
    for (int i = 0; i < s->nquestions; i++) fn(&s->questions[i], ctx);
    for (int i = 0; i < s->nsources; i++) each_source_text(&s->sources[i], fn, ctx);
}

typedef struct {
    crs_scenario_stats *st;
    int nlangs;
} stats_ctx;

static void count_text(const crs_text *t, void *p)
{
    stats_ctx *c = p;
    int any = 0;
    for (int l = 0; l < c->nlangs; l++) any |= t->s[l] != NULL;
    if (!any) return; /* an optional text the author left out is not a slot */
    c->st->text_total++;
    for (int l = 0; l < c->nlangs; l++)
        if (t->s[l] && t->s[l][0]) c->st->text_present[l]++;
}

void crs_scenario_get_stats(const crs_scenario *s, crs_scenario_stats *out)
{
    memset(out, 0, sizeof *out);
    out->nodes = s->nnodes;
    out->endings = s->nendings;
    out->sources = s->nsources;
    for (int n = 0; n < s->nnodes; n++) {
        out->choices += s->nodes[n].nchoices;
        for (int c = 0; c < s->nodes[n].nchoices; c++) {
            const crs_choice *ch = &s->nodes[n].choices[c];
            out->outcomes += ch->noutcomes;
            for (int o = 0; o < ch->noutcomes; o++) {
                out->cited += ch->outcomes[o].has_cite != 0;
                out->illustrative += ch->outcomes[o].illustrative != 0;
            }
        }
    }
    for (int e = 0; e < s->nendings; e++) out->endings_by_kind[s->endings[e].kind]++;
    stats_ctx ctx = {out, s->nlangs};
    crs_scenario_each_text(s, count_text, &ctx);
}

int crs_bar_matches(const crs_scenario *s, const crs_bar *b, int ending, const int32_t *vars)
{
    if (ending < 0 || ending >= s->nendings) return 0;
    switch (b->match) {
    case CRS_MATCH_ENDINGS:
        for (int i = 0; i < b->nendings; i++)
            if (b->endings[i] == ending) return 1;
        return 0;
    case CRS_MATCH_KINDS:
        return (b->kinds >> s->endings[ending].kind) & 1u;
    case CRS_MATCH_VAR:
        return b->var >= 0 && b->var < s->nvars && vars[b->var] >= b->min && vars[b->var] <= b->max;
    }
    return 0;
}
