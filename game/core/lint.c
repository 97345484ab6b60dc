/* Content warnings after a clean load. The walk follows the file's own layout (the same JSON
 * paths the loader reads), so every warning points at the line and column of the text at
 * fault. Nothing here rejects a file: these are what a careful reader would query. */
#include "crossings/lint.h"

#include "arena.h"
#include "load.h"

#include <ctype.h>
#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ===== content-tag topics ===== */

/* Words that suggest each topic. Kept short and specific: a warning must be worth reading, so
 * everyday words ("caught", "sold vegetables") stay out. Korean stems match inside words. */
static const char *const w_violence[] = {"violence", "violent", "beat", "beaten", "assault",
                                         "rape",     "abuse",   "폭력", "폭행",   "구타",
                                         "때리",     "때렸",    "성폭", NULL};
static const char *const w_trafficking[] = {
    "traffick", "sold you", "sold her", "sold him", "sold them", "sold to", "forced marriage",
    "인신매매", "팔려",     "팔았",     "팔아",     "강제 결혼", NULL};
static const char *const w_arrest[] = {"arrest", "police", "handcuff", "체포",
                                       "경찰",   "붙잡",   NULL};
static const char *const w_family[] = {"separated from", "left behind", "never saw", "헤어졌",
                                       "헤어진",         "생이별",      NULL};
static const char *const w_death[] = {"died", "death", "dead", "killed", "drowned",
                                      "사망", "죽었",  "죽은", "숨졌",   NULL};
static const char *const w_detention[] = {"detention",   "detained",   "prison", "jail",
                                          "labour camp", "labor camp", "구금",   "수용소",
                                          "감옥",        "교화소",     "구류",   NULL};

static const struct {
    const char *tag;
    const char *const *words;
} topics[] = {{"violence", w_violence}, {"trafficking", w_trafficking},
              {"arrest", w_arrest},     {"family_separation", w_family},
              {"death", w_death},       {"detention", w_detention}};
enum { NTOPICS = sizeof topics / sizeof topics[0] };

const char *const *crs_lint_topic_words(const char *tag)
{
    for (int i = 0; tag && i < NTOPICS; i++)
        if (!strcmp(topics[i].tag, tag)) return topics[i].words;
    return NULL;
}

/* Whether word occurs in s: ASCII words case-insensitively at the start of a word. */
static int has_word(const char *s, const char *word)
{
    size_t n = strlen(word);
    int ascii = (unsigned char)word[0] < 0x80;
    for (const char *p = s; *p; p++) {
        if (ascii && p > s && isalpha((unsigned char)p[-1])) continue;
        size_t i = 0;
        while (i < n && p[i] && (ascii ? tolower((unsigned char)p[i]) == word[i] : p[i] == word[i]))
            i++;
        if (i == n) return 1;
    }
    return 0;
}

/* The tags that cover a text: its own and those of what holds it (a node covers its choices
 * and outcomes, an ending its facts). */
typedef struct cover {
    const char *const *a, *const *b;
    int na, nb;
    int topics; /* 0: the text is not checked for topics (notes, summaries, citations) */
} cover;

static int covered(const cover *cv, const char *tag)
{
    for (int i = 0; i < cv->na; i++)
        if (cv->a[i] && !strcmp(cv->a[i], tag)) return 1;
    for (int i = 0; i < cv->nb; i++)
        if (cv->b[i] && !strcmp(cv->b[i], tag)) return 1;
    return 0;
}

/* ===== one text ===== */

static int blank(const char *s)
{
    for (; *s; s++)
        if (!isspace((unsigned char)*s)) return 0;
    return 1;
}

/* Worth comparing across languages: a phrase (a space and a few letters), not a name or a
 * number that rightly reads the same in both. */
static int phrase(const char *s)
{
    int letters = 0, space = 0;
    for (; *s; s++) {
        letters += isalpha((unsigned char)*s) != 0;
        space |= *s == ' ';
    }
    return space && letters >= 6;
}

/* One warning per topic a text mentions that its tags do not cover, at the first language
 * that mentions it. */
static void topic_check(ld *L, const char *key, const crs_text *t, const cover *cv)
{
    const crs_scenario *s = L->s;
    for (int k = 0; k < NTOPICS; k++) {
        if (covered(cv, topics[k].tag)) continue;
        for (int li = 0; li < s->nlangs; li++) {
            const char *const *w = topics[k].words;
            while (*w && !(t->s[li] && has_word(t->s[li], *w))) w++;
            if (!*w) continue;
            size_t mark = ld_push_key(L, key);
            ld_push_key(L, s->langs[li].code);
            ld_warn(L, CRS_E_VALUE, LD_AT_VALUE,
                    "%s: the \"%s\" text mentions %s (\"%s\") but no \"%s\" content tag covers "
                    "it, so short-summary mode shows it in full",
                    L->what, key, topics[k].tag, *w, topics[k].tag);
            ld_pop(L, mark);
            break;
        }
    }
}

/* The checks of one text: topics only under check --topics, else empty and untranslated. */
static void text_at(ld *L, const char *key, const crs_text *t, const cover *cv)
{
    const crs_scenario *s = L->s;
    if (L->topics_only) {
        if (cv->topics) topic_check(L, key, t, cv);
        return;
    }
    size_t mark = ld_push_key(L, key);
    for (int li = 0; li < s->nlangs; li++) {
        const char *v = t->s[li];
        if (!v) continue;
        size_t m2 = ld_push_key(L, s->langs[li].code);
        if (blank(v))
            ld_warn(L, CRS_E_VALUE, LD_AT_VALUE, "%s: the \"%s\" text of \"%s\" is empty", L->what,
                    s->langs[li].code, key);
        else if (li > 0 && t->s[0] && !strcmp(v, t->s[0]) && phrase(v))
            ld_warn(L, CRS_E_VALUE, LD_AT_VALUE,
                    "%s: the \"%s\" text of \"%s\" is the same as the \"%s\" one (not yet "
                    "translated?)",
                    L->what, s->langs[li].code, key, s->langs[0].code);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static const cover plain = {NULL, NULL, 0, 0, 0};
static const cover open_text = {NULL, NULL, 0, 0, 1};

/* ===== the walk ===== */

static void cite_at(ld *L, const char *key, const crs_cite *c)
{
    size_t mark = ld_push_key(L, key);
    text_at(L, "figure", &c->figure, &plain);
    text_at(L, "population", &c->population, &plain);
    ld_pop(L, mark);
}

/* An outcome's share stated by its citation ("derive": {"share": 33.2}) against the share its
 * base weight gives among the choice's outcomes. */
static void share_check(ld *L, const crs_choice *ch, int o)
{
    const crs_outcome *out = &ch->outcomes[o];
    if (L->topics_only || !out->has_cite || !out->cite.has_share) return;
    double total = 0;
    for (int k = 0; k < ch->noutcomes; k++) total += ch->outcomes[k].weight.base;
    double got = total > 0 ? 100.0 * out->weight.base / total : 0;
    if (fabs(got - out->cite.share) <= 0.5) return;
    size_t mark = ld_push_key(L, "weight");
    ld_warn(L, CRS_E_VALUE, LD_AT_VALUE,
            "%s: its weight gives %.1f%% of the choice's outcomes (%g of %g), but its citation "
            "derives %.1f%% (\"derive\": {\"share\": %g}): a weight or the figure changed?",
            L->what, got, out->weight.base, total, out->cite.share, out->cite.share);
    ld_pop(L, mark);
}

static void choice_at(ld *L, const crs_node *nd, int c)
{
    const crs_choice *ch = &nd->choices[c];
    cover cv = {nd->tags, NULL, nd->ntags, 0, 1};
    size_t mark = ld_push_key(L, "choices");
    ld_push_index(L, c);
    text_at(L, "label", &ch->label, &cv);
    size_t m2 = ld_push_key(L, "outcomes");
    for (int o = 0; o < ch->noutcomes; o++) {
        const crs_outcome *out = &ch->outcomes[o];
        size_t m3 = ld_push_index(L, o);
        ld_what sv;
        ld_what_set(L, &sv, "outcome %s%s%s of node \"%s\"", out->id ? "\"" : "#",
                    out->id ? out->id : "", out->id ? "\"" : "", nd->id);
        if (!out->id) ld_what_set(L, &sv, "outcome #%d of node \"%s\"", o + 1, nd->id);
        cover oc = {nd->tags, out->tags, nd->ntags, out->ntags, 1};
        text_at(L, "text", &out->text, &oc);
        text_at(L, "summary", &out->summary, &plain);
        text_at(L, "illustrative_note", &out->illustrative_note, &plain);
        if (out->has_cite) cite_at(L, "cite", &out->cite);
        share_check(L, ch, o);
        ld_what_restore(L, &sv);
        ld_pop(L, m3);
    }
    ld_pop(L, m2);
    ld_pop(L, mark);
}

static void nodes(ld *L)
{
    const crs_scenario *s = L->s;
    size_t mark = ld_push_key(L, "nodes");
    for (int i = 0; i < s->nnodes; i++) {
        const crs_node *nd = &s->nodes[i];
        size_t m2 = ld_push_index(L, i);
        ld_what sv;
        ld_what_set(L, &sv, "node \"%s\"", nd->id);
        cover cv = {nd->tags, NULL, nd->ntags, 0, 1};
        text_at(L, "text", &nd->text, &cv);
        text_at(L, "summary", &nd->summary, &plain);
        for (int c = 0; c < nd->nchoices; c++) choice_at(L, nd, c);
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void endings(ld *L)
{
    const crs_scenario *s = L->s;
    size_t mark = ld_push_key(L, "endings");
    for (int i = 0; i < s->nendings; i++) {
        const crs_ending *en = &s->endings[i];
        size_t m2 = ld_push_index(L, i);
        ld_what sv;
        ld_what_set(L, &sv, "ending \"%s\"", en->id);
        cover cv = {en->tags, NULL, en->ntags, 0, 1};
        text_at(L, "title", &en->title, &cv);
        text_at(L, "text", &en->text, &cv);
        text_at(L, "summary", &en->summary, &plain);
        size_t m3 = ld_push_key(L, "facts");
        for (int f = 0; f < en->nfacts; f++) {
            const crs_fact *fa = &en->facts[f];
            size_t m4 = ld_push_index(L, f);
            cover fc = {en->tags, fa->tags, en->ntags, fa->ntags, 1};
            text_at(L, "text", &fa->text, &fc);
            text_at(L, "summary", &fa->summary, &plain);
            if (fa->has_cite) cite_at(L, "cite", &fa->cite);
            ld_pop(L, m4);
        }
        ld_pop(L, m3);
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void stages(ld *L)
{
    const crs_scenario *s = L->s;
    size_t mark = ld_push_key(L, "stages");
    for (int i = 0; i < s->nstages; i++) {
        const crs_stage *st = &s->stages[i];
        size_t m2 = ld_push_index(L, i);
        ld_what sv;
        ld_what_set(L, &sv, "stage \"%s\"", st->id);
        text_at(L, "title", &st->title, &open_text);
        text_at(L, "intro", &st->intro, &open_text);
        text_at(L, "notes", &st->notes, &plain);
        size_t m3 = ld_push_key(L, "questions");
        for (int q = 0; q < st->nquestions; q++) {
            char key[16];
            snprintf(key, sizeof key, "%d", q);
            text_at(L, key, &st->questions[q], &plain);
        }
        ld_pop(L, m3);
        if (st->has_map) {
            size_t m4 = ld_push_key(L, "map");
            text_at(L, "place", &st->place, &plain);
            ld_pop(L, m4);
        }
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void personas(ld *L)
{
    const crs_scenario *s = L->s;
    size_t mark = ld_push_key(L, "personas");
    for (int i = 0; i < s->npersonas; i++) {
        size_t m2 = ld_push_index(L, i);
        ld_what sv;
        ld_what_set(L, &sv, "persona \"%s\"", s->personas[i].id);
        text_at(L, "name", &s->personas[i].name, &plain);
        text_at(L, "description", &s->personas[i].description, &open_text);
        ld_what_restore(L, &sv);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

/* A distribution is one set of shares of one population: over 100% counts someone twice. */
static void distribution(ld *L, const crs_distribution *d)
{
    double sum = 0;
    text_at(L, "title", &d->title, &plain);
    text_at(L, "note", &d->note, &plain);
    cite_at(L, "cite", &d->cite);
    size_t mark = ld_push_key(L, "bars");
    for (int b = 0; b < d->nbars; b++) {
        sum += d->bars[b].value;
        size_t m2 = ld_push_index(L, b);
        text_at(L, "label", &d->bars[b].label, &plain);
        ld_pop(L, m2);
    }
    if (sum > 100.05 && !L->topics_only)
        ld_warn(L, CRS_E_VALUE, LD_AT_VALUE,
                "%s: its bars add up to %.1f%%, more than 100 (is a share counted twice, or a "
                "figure mistyped?)",
                L->what, sum);
    ld_pop(L, mark);
}

static void debrief(ld *L)
{
    const crs_scenario *s = L->s;
    if (!s->ndists && !s->nquestions) return;
    size_t mark = ld_push_key(L, "debrief");
    size_t m2 = ld_push_key(L, "questions");
    for (int q = 0; q < s->nquestions; q++) {
        char key[16];
        snprintf(key, sizeof key, "%d", q);
        text_at(L, key, &s->questions[q], &plain);
    }
    ld_pop(L, m2);
    m2 = ld_push_key(L, "distributions");
    for (int i = 0; i < s->ndists; i++) {
        size_t m3 = ld_push_index(L, i);
        ld_what sv;
        ld_what_set(L, &sv, "distribution \"%s\"", s->dists[i].id);
        distribution(L, &s->dists[i]);
        ld_what_restore(L, &sv);
        ld_pop(L, m3);
    }
    ld_pop(L, m2);
    ld_pop(L, mark);
}

static void walk(ld *L)
{
    const crs_scenario *s = L->s;
    ld_what sv;
    ld_what_set(L, &sv, "the scenario");
    text_at(L, "title", &s->title, &plain);
    text_at(L, "summary", &s->summary, &plain);
    text_at(L, "audience", &s->audience, &plain);
    text_at(L, "content_note", &s->content_note, &plain); /* names the topics by design */
    ld_what_restore(L, &sv);
    personas(L);
    stages(L);
    nodes(L);
    endings(L);
    debrief(L);
}

void crs_lint_scenario(ld *L)
{
    walk(L);
}

int crs_lint_topics(const crs_scenario *s, const char *path, crs_diags *d)
{
    size_t len = 0; /* the same safe open and size limit as the load that came before */
    char *text = ld_read_file(path, &len, d);
    if (!text) return -1;
    ld L;
    memset(&L, 0, sizeof L);
    L.file = path;
    L.text = text;
    L.len = len;
    L.d = d;
    L.nth = 1;
    L.s = (crs_scenario *)s; /* read only: the walk reports, it never writes the model */
    L.topics_only = 1;
    size_t before = d->warnings;
    walk(&L);
    crs_free(text);
    return L.oom ? -1 : (int)(d->warnings - before);
}
