/* Transcripts of a playthrough: the path replayed step by step on a fresh engine, so each
 * step lists the choices that were open at that moment, the pick, the outcome and its source. */
#include "crossings/transcript.h"

#include "crossings/code.h"
#include "crossings/messages.h"

#include <cjson/cJSON.h>
#include <string.h>

/* The labels of a record, looked up in the language's catalogue (po/LANG.po) in the context
 * "record": English is the message id, and a language without a catalogue prints English. */
crs_labels crs_labels_for(const char *code)
{
    crs_labels L = {
        .source = crs_msgc("record", "Source", code),
        .figure = crs_msgc("record", "Figure", code),
        .year = crs_msgc("record", "Year", code),
        /* TRANSLATORS: who was counted by a documented figure (Korean 대상) */
        .population = crs_msgc("record", "Population", code),
        /* TRANSLATORS: labels a chance that no documented figure gives */
        .illustrative = crs_msgc("record", "Illustrative", code),
        /* TRANSLATORS: begin with your translation of "Illustrative" and a colon: exports
           drop that start when the label already stands before it. */
        .illustrative_long =
            crs_msgc("record", "Illustrative: no documented figure gives this chance.", code),
        .what_happened = crs_msgc("record", "What happened", code),
        /* TRANSLATORS: "You chose 2: <the choice>" in a transcript */
        .you_chose = crs_msgc("record", "You chose", code),
        .ending = crs_msgc("record", "Ending", code),
        /* TRANSLATORS: a stage of the route ("Stage 2: ..."), never stepping back */
        .stage = crs_msgc("record", "Stage", code),
        .persona = crs_msgc("record", "Persona", code),
        .seed = crs_msgc("record", "Seed", code),
        .facts = crs_msgc("record", "Documented facts", code),
        .where = crs_msgc("record", "at", code),
        .code = crs_msgc("record", "Session code", code),
        .content_note = crs_msgc("record", "Content note", code),
        .caveat = crs_msgc("record", "Caveat", code),
    };
    return L;
}

static const char *lang_of(const crs_scenario *s, int lang)
{
    return lang >= 0 && lang < s->nlangs ? s->langs[lang].code : "en";
}

static crs_labels labels_of(const crs_scenario *s, int lang)
{
    return crs_labels_for(lang_of(s, lang));
}

void crs_cite_body(const crs_scenario *s, const crs_cite *c, int lang, crs_buf *out)
{
    const crs_labels L = labels_of(s, lang);
    const crs_source *src = &s->sources[c->source];
    crs_buf_printf(out, "%s, \"%s\" (%s)", crs_text_get(&src->author, lang),
                   crs_text_get(&src->title, lang), crs_text_get(&src->year, lang));
    if (crs_text_present(&c->where)) crs_buf_printf(out, ", %s", crs_text_get(&c->where, lang));
    crs_buf_printf(out, ". %s: %s. %s: %s. %s: %s.", L.figure, crs_text_get(&c->figure, lang),
                   L.year, crs_text_get(&c->year, lang), L.population,
                   crs_text_get(&c->population, lang));
    /* The doubts travel with the figure wherever it is cited, not only in notes. */
    if (crs_text_present(&c->caveat))
        crs_buf_printf(out, " %s: %s", L.caveat, crs_text_get(&c->caveat, lang));
    if (crs_text_present(&src->caveat))
        crs_buf_printf(out, " %s: %s", L.caveat, crs_text_get(&src->caveat, lang));
}

void crs_cite_format(const crs_scenario *s, const crs_cite *c, int lang, crs_buf *out)
{
    crs_buf_printf(out, "%s: ", labels_of(s, lang).source);
    crs_cite_body(s, c, lang, out);
}

/* Writes what the player saw at one step: node text, open choices, the pick, the outcome. */
static void text_step(const crs_engine *replay, const crs_step *st, int lang, crs_buf *out)
{
    const crs_scenario *s = crs_engine_scenario(replay);
    const crs_labels L = labels_of(s, lang);
    const crs_node *n = &s->nodes[st->node];
    crs_buf_wrap(out, crs_text_get(&n->text, lang), 78, 0);
    int open[16], nopen = crs_engine_available(replay, open, 16), picked = 0;
    crs_buf_puts(out, "\n");
    for (int i = 0; i < nopen && i < 16; i++) {
        crs_buf_printf(out, "  %d) %s\n", i + 1, crs_text_get(&n->choices[open[i]].label, lang));
        if (open[i] == st->choice) picked = i + 1;
    }
    crs_buf_printf(out, "> %s %d: %s\n", L.you_chose, picked,
                   crs_text_get(&n->choices[st->choice].label, lang));
    if (st->replayed)
        crs_buf_printf(out, "  [%s]\n",
                       crs_msgc("record", "replayed by a stage jump: not the player's choice",
                                lang_of(s, lang)));
    if (st->outcome < 0) return;
    const crs_outcome *o = &n->choices[st->choice].outcomes[st->outcome];
    crs_buf_printf(out, "\n%s:\n", L.what_happened);
    crs_buf_wrap(out, crs_text_get(&o->text, lang), 78, 2);
    if (o->has_cite) {
        crs_buf cite = {0};
        crs_cite_format(s, &o->cite, lang, &cite);
        crs_buf_wrap(out, crs_buf_str(&cite), 78, 4);
        out->oom |= cite.oom; /* text lost for want of memory is an error */
        crs_buf_free(&cite);
    }
    if (o->illustrative) {
        const char *note = crs_text_get(&o->illustrative_note, lang);
        crs_buf line = {0};
        if (note[0])
            crs_buf_printf(&line, "[%s] %s", L.illustrative, note);
        else
            crs_buf_puts(&line, L.illustrative_long);
        crs_buf_wrap(out, crs_buf_str(&line), 78, 4);
        out->oom |= line.oom;
        crs_buf_free(&line);
    }
}

/* An engine at e's start (the persona's, or one --start placed), for replaying its path. */
static crs_engine *fresh_copy(const crs_engine *e)
{
    crs_engine *c = crs_engine_clone(e);
    if (c) crs_engine_reset(c);
    return c;
}

static void text_stage(const crs_scenario *s, int stage, int lang, crs_buf *out)
{
    const crs_stage *st = &s->stages[stage];
    crs_buf_printf(out, "\n== %s %d: %s", labels_of(s, lang).stage, stage + 1,
                   crs_text_get(&st->title, lang));
    if (st->has_map) crs_buf_printf(out, " (%s)", crs_text_get(&st->place, lang));
    crs_buf_puts(out, " ==\n");
    const char *intro = crs_text_get(&st->intro, lang);
    if (intro[0]) crs_buf_wrap(out, intro, 78, 0);
}

static void text_ending(const crs_scenario *s, int ending, int lang, crs_buf *out)
{
    const crs_labels L = labels_of(s, lang);
    const crs_ending *en = &s->endings[ending];
    crs_buf_printf(out, "\n== %s: %s [%s] ==\n", L.ending, crs_text_get(&en->title, lang),
                   crs_ending_kind_name(en->kind));
    crs_buf_wrap(out, crs_text_get(&en->text, lang), 78, 0);
    if (en->nfacts) crs_buf_printf(out, "\n%s:\n", L.facts);
    for (int f = 0; f < en->nfacts; f++) {
        crs_buf fact = {0};
        crs_buf_printf(&fact, "- %s", crs_text_get(&en->facts[f].text, lang));
        if (en->facts[f].has_cite) {
            crs_buf_puts(&fact, " ");
            crs_cite_format(s, &en->facts[f].cite, lang, &fact);
        }
        crs_buf_wrap(out, crs_buf_str(&fact), 78, 2);
        out->oom |= fact.oom;
        crs_buf_free(&fact);
    }
}

static void text_header(const crs_engine *e, int lang, crs_buf *out)
{
    const crs_scenario *s = crs_engine_scenario(e);
    const crs_labels L = labels_of(s, lang);
    const crs_persona *p = &s->personas[crs_engine_persona(e)];
    crs_buf_printf(out, "%s (%s %s)\n", crs_text_get(&s->title, lang), s->id, s->version);
    crs_buf_printf(out, "%s: %s. %s: %llu\n", L.persona, crs_text_get(&p->name, lang), L.seed,
                   (unsigned long long)crs_engine_seed(e));
    if (crs_engine_placed(e)) { /* --start, --set: say so, the path is not a whole journey */
        const crs_step *first = crs_engine_history(e, 0);
        int at = first ? first->node : crs_engine_node(e);
        /* TRANSLATORS: %s is a node's id in the scenario file, kept as written */
        const char *fmt =
            crs_msgc("record", "Test start: node \"%s\" (--start, --set)", lang_of(s, lang));
        const char *at_s = strstr(fmt, "%s"); /* substituted by hand: a catalogue is data */
        if (!at_s) fmt = "Test start: node \"%s\" (--start, --set)", at_s = strstr(fmt, "%s");
        crs_buf_printf(out, "%.*s%s%s\n", (int)(at_s - fmt), fmt, at >= 0 ? s->nodes[at].id : "?",
                       at_s + 2);
    }
    crs_buf cn = {0};
    crs_buf_printf(&cn, "%s: %s", L.content_note, crs_text_get(&s->content_note, lang));
    crs_buf_wrap(out, crs_buf_str(&cn), 78, 0);
    out->oom |= cn.oom;
    crs_buf_free(&cn);
}

int crs_transcript_text(const crs_engine *e, int lang, crs_buf *out)
{
    const crs_scenario *s = crs_engine_scenario(e);
    crs_engine *replay = fresh_copy(e); /* from the same start, placed or not */
    if (!replay) { /* out of memory: say so through the buffer, as every failure here does */
        out->oom = 1;
        return -1;
    }
    text_header(e, lang, out);
    int stage = -1;
    for (size_t i = 0; i < crs_engine_history_len(e); i++) {
        const crs_step *st = crs_engine_history(e, i);
        if (s->nodes[st->node].stage != stage) {
            stage = s->nodes[st->node].stage;
            text_stage(s, stage, lang, out);
        }
        crs_buf_puts(out, "\n");
        text_step(replay, st, lang, out);
        if (crs_engine_choose_outcome(replay, st->choice, st->outcome, NULL, NULL) != 0)
            out->oom = 1; /* the replay fell behind: the next steps would list wrong choices */
    }
    if (crs_engine_ended(e)) text_ending(s, crs_engine_ending(e), lang, out);
    char code[CRS_CODE_MAX];
    crs_diag cerr = {0};
    if (crs_code_encode(e, code, sizeof code, &cerr) == 0)
        crs_buf_printf(out, "\n%s: %s\n", labels_of(s, lang).code, code);
    else if (cerr.code == CRS_E_MEMORY)
        out->oom = 1; /* a code left out for want of memory, not because the path is too long */
    crs_engine_free(replay);
    return out->oom ? -1 : 0;
}

static cJSON *json_cite(const crs_scenario *s, const crs_cite *c, int lang)
{
    cJSON *j = cJSON_CreateObject();
    const crs_source *src = &s->sources[c->source];
    cJSON_AddStringToObject(j, "source", src->id);
    cJSON_AddStringToObject(j, "author", crs_text_get(&src->author, lang));
    cJSON_AddStringToObject(j, "title", crs_text_get(&src->title, lang));
    cJSON_AddStringToObject(j, "source_year", crs_text_get(&src->year, lang));
    if (crs_text_present(&c->where))
        cJSON_AddStringToObject(j, "where", crs_text_get(&c->where, lang));
    cJSON_AddStringToObject(j, "figure", crs_text_get(&c->figure, lang));
    cJSON_AddStringToObject(j, "year", crs_text_get(&c->year, lang));
    cJSON_AddStringToObject(j, "population", crs_text_get(&c->population, lang));
    if (c->derivation) cJSON_AddStringToObject(j, "derivation", c->derivation);
    if (crs_text_present(&c->caveat))
        cJSON_AddStringToObject(j, "caveat", crs_text_get(&c->caveat, lang));
    if (crs_text_present(&src->caveat))
        cJSON_AddStringToObject(j, "source_caveat", crs_text_get(&src->caveat, lang));
    return j;
}

static cJSON *json_outcome(const crs_scenario *s, const crs_outcome *o, int lang)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "id", o->id);
    cJSON_AddStringToObject(j, "text", crs_text_get(&o->text, lang));
    cJSON_AddBoolToObject(j, "illustrative", o->illustrative != 0);
    if (o->has_cite)
        cJSON_AddItemToObject(j, "cite", json_cite(s, &o->cite, lang));
    else
        cJSON_AddNullToObject(j, "cite");
    return j;
}

static cJSON *json_step(const crs_engine *replay, const crs_step *st, int lang)
{
    const crs_scenario *s = crs_engine_scenario(replay);
    const crs_node *n = &s->nodes[st->node];
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "stage", s->stages[n->stage].id);
    cJSON_AddStringToObject(j, "node", n->id);
    cJSON_AddStringToObject(j, "text", crs_text_get(&n->text, lang));
    cJSON *choices = cJSON_AddArrayToObject(j, "choices");
    int open[16], nopen = crs_engine_available(replay, open, 16);
    for (int i = 0; i < nopen && i < 16; i++) {
        cJSON *c = cJSON_CreateObject();
        cJSON_AddNumberToObject(c, "number", i + 1);
        cJSON_AddStringToObject(c, "id", n->choices[open[i]].id);
        cJSON_AddStringToObject(c, "label", crs_text_get(&n->choices[open[i]].label, lang));
        cJSON_AddItemToArray(choices, c);
        if (open[i] == st->choice) cJSON_AddNumberToObject(j, "chose", i + 1);
    }
    cJSON_AddStringToObject(j, "choice", n->choices[st->choice].id);
    if (st->replayed) cJSON_AddBoolToObject(j, "replayed", 1);
    if (st->outcome >= 0)
        cJSON_AddItemToObject(j, "outcome",
                              json_outcome(s, &n->choices[st->choice].outcomes[st->outcome], lang));
    return j;
}

static cJSON *json_ending(const crs_scenario *s, int ending, int lang)
{
    const crs_ending *en = &s->endings[ending];
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "id", en->id);
    cJSON_AddStringToObject(j, "kind", crs_ending_kind_name(en->kind));
    cJSON_AddStringToObject(j, "title", crs_text_get(&en->title, lang));
    cJSON_AddStringToObject(j, "text", crs_text_get(&en->text, lang));
    cJSON *facts = cJSON_AddArrayToObject(j, "facts");
    for (int f = 0; f < en->nfacts; f++) {
        cJSON *fj = cJSON_CreateObject();
        cJSON_AddStringToObject(fj, "text", crs_text_get(&en->facts[f].text, lang));
        if (en->facts[f].has_cite)
            cJSON_AddItemToObject(fj, "cite", json_cite(s, &en->facts[f].cite, lang));
        cJSON_AddItemToArray(facts, fj);
    }
    return j;
}

static cJSON *json_vars(const crs_engine *e)
{
    const crs_scenario *s = crs_engine_scenario(e);
    cJSON *j = cJSON_CreateObject();
    for (int i = 0; i < s->nvars; i++) {
        if (s->vars[i].type == CRS_VAR_BOOL)
            cJSON_AddBoolToObject(j, s->vars[i].id, crs_engine_vars(e)[i] != 0);
        else
            cJSON_AddNumberToObject(j, s->vars[i].id, crs_engine_vars(e)[i]);
    }
    return j;
}

int crs_transcript_json(const crs_engine *e, int lang, crs_buf *out)
{
    const crs_scenario *s = crs_engine_scenario(e);
    crs_engine *replay = fresh_copy(e); /* from the same start, placed or not */
    cJSON *root = cJSON_CreateObject();
    if (!replay || !root) goto fail;
    cJSON_AddStringToObject(root, "scenario", s->id);
    cJSON_AddStringToObject(root, "version", s->version);
    cJSON_AddStringToObject(root, "persona", s->personas[crs_engine_persona(e)].id);
    cJSON_AddNumberToObject(root, "seed", (double)crs_engine_seed(e));
    cJSON_AddStringToObject(root, "lang", s->langs[lang].code);
    cJSON *steps = cJSON_AddArrayToObject(root, "steps");
    for (size_t i = 0; i < crs_engine_history_len(e); i++) {
        const crs_step *st = crs_engine_history(e, i);
        cJSON_AddItemToArray(steps, json_step(replay, st, lang));
        crs_engine_choose_outcome(replay, st->choice, st->outcome, NULL, NULL);
    }
    if (crs_engine_ended(e))
        cJSON_AddItemToObject(root, "ending", json_ending(s, crs_engine_ending(e), lang));
    else
        cJSON_AddNullToObject(root, "ending");
    cJSON_AddItemToObject(root, "state", json_vars(e));
    char code[CRS_CODE_MAX];
    if (crs_code_encode(e, code, sizeof code, NULL) == 0)
        cJSON_AddStringToObject(root, "code", code);
    char *text = cJSON_Print(root);
    if (!text) goto fail;
    crs_buf_puts(out, text);
    crs_buf_puts(out, "\n");
    cJSON_free(text);
    cJSON_Delete(root);
    crs_engine_free(replay);
    return out->oom ? -1 : 0;
fail:
    cJSON_Delete(root);
    crs_engine_free(replay);
    return -1;
}
