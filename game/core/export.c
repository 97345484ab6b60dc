/* Workshop exports. One walk over the path feeds two writers (Markdown and HTML) through a
 * small table of callbacks, so both always carry the same content. */
#include "crossings/export.h"

#include <string.h>
#include "crossings/code.h"
#include "crossings/messages.h"
#include "crossings/transcript.h"

typedef struct writer writer;
struct writer {
    void (*heading)(crs_buf *b, int level, const char *text);
    void (*para)(crs_buf *b, const char *text);
    void (*item)(crs_buf *b, const char *text); /* a list item; lists open and close around */
    void (*list)(crs_buf *b, int open);
    void (*note)(crs_buf *b, const char *label, const char *text); /* a labelled small print */
};

/* ---- Markdown ---- */
static void md_escape(crs_buf *b, const char *s)
{
    for (; *s; s++) {
        if (strchr("\\`*_[]<>#|", *s)) crs_buf_append(b, "\\", 1);
        crs_buf_append(b, s, 1);
    }
}
static void md_heading(crs_buf *b, int level, const char *t)
{
    crs_buf_printf(b, "\n%.*s ", level, "######");
    md_escape(b, t);
    crs_buf_puts(b, "\n\n");
}
static void md_para(crs_buf *b, const char *t)
{
    md_escape(b, t);
    crs_buf_puts(b, "\n\n");
}
static void md_item(crs_buf *b, const char *t)
{
    crs_buf_puts(b, "- ");
    md_escape(b, t);
    crs_buf_puts(b, "\n");
}
static void md_list(crs_buf *b, int open)
{
    if (!open) crs_buf_puts(b, "\n");
}
static void md_note(crs_buf *b, const char *label, const char *t)
{
    crs_buf_puts(b, "> **");
    md_escape(b, label);
    crs_buf_puts(b, ":** ");
    md_escape(b, t);
    crs_buf_puts(b, "\n\n");
}
static const writer md = {md_heading, md_para, md_item, md_list, md_note};

/* ---- HTML ---- */
static void html_escape(crs_buf *b, const char *s)
{
    for (; *s; s++) {
        switch (*s) {
        case '&':
            crs_buf_puts(b, "&amp;");
            break;
        case '<':
            crs_buf_puts(b, "&lt;");
            break;
        case '>':
            crs_buf_puts(b, "&gt;");
            break;
        case '"':
            crs_buf_puts(b, "&quot;");
            break;
        default:
            crs_buf_append(b, s, 1);
        }
    }
}
static void html_heading(crs_buf *b, int level, const char *t)
{
    crs_buf_printf(b, "<h%d>", level);
    html_escape(b, t);
    crs_buf_printf(b, "</h%d>\n", level);
}
static void html_para(crs_buf *b, const char *t)
{
    crs_buf_puts(b, "<p>");
    html_escape(b, t);
    crs_buf_puts(b, "</p>\n");
}
static void html_item(crs_buf *b, const char *t)
{
    crs_buf_puts(b, "<li>");
    html_escape(b, t);
    crs_buf_puts(b, "</li>\n");
}
static void html_list(crs_buf *b, int open)
{
    crs_buf_puts(b, open ? "<ul>\n" : "</ul>\n");
}
static void html_note(crs_buf *b, const char *label, const char *t)
{
    crs_buf_puts(b, "<p class=\"cite\"><b>");
    html_escape(b, label);
    crs_buf_puts(b, ":</b> ");
    html_escape(b, t);
    crs_buf_puts(b, "</p>\n");
}
static const writer html = {html_heading, html_para, html_item, html_list, html_note};

/* ---- the walk ---- */
static const char *lang_code(const crs_scenario *s, int lang)
{
    return s->langs[lang].code;
}

static void cite_note(const writer *w, crs_buf *b, const crs_scenario *s, const crs_cite *c,
                      int lang)
{
    crs_buf line = {0};
    crs_cite_body(s, c, lang, &line);
    w->note(b, crs_labels_for(lang_code(s, lang)).source, crs_buf_str(&line));
    crs_buf_free(&line);
}

/* The long illustrative label without its leading "Illustrative: ", which the note's own
 * label already says (else the record reads "Illustrative: Illustrative: ..."). */
static const char *illustrative_reason(const crs_labels *L)
{
    size_t k = strlen(L->illustrative);
    const char *t = L->illustrative_long;
    /* a full-width colon (Chinese, Japanese) ends the label as well as an ASCII one */
    if (!strncmp(t, L->illustrative, k) && t[k] == ':')
        t += k + 1;
    else if (!strncmp(t, L->illustrative, k) && !strncmp(t + k, "\xEF\xBC\x9A", 3))
        t += k + 3;
    return *t == ' ' ? t + 1 : t;
}

static void outcome_part(const writer *w, crs_buf *b, const crs_scenario *s, const crs_outcome *o,
                         int lang)
{
    const crs_labels L = crs_labels_for(lang_code(s, lang));
    w->para(b, crs_text_get(&o->text, lang));
    if (o->has_cite) cite_note(w, b, s, &o->cite, lang);
    if (o->illustrative) {
        const char *note = crs_text_get(&o->illustrative_note, lang);
        w->note(b, L.illustrative, note[0] ? note : illustrative_reason(&L));
    }
}

static void tally_part(const writer *w, crs_buf *b, const crs_step *st, const char *lang)
{
    int any = 0;
    for (int i = 0; i < 9; i++) any |= st->tally[i] != 0;
    if (!any) return;
    crs_buf line = {0};
    for (int i = 0; i < 9; i++)
        if (st->tally[i])
            crs_buf_printf(&line, "%s%d: %d", line.len ? ", " : "", i + 1, st->tally[i]);
    w->note(b, crs_msgc("record", "Group vote", lang), crs_buf_str(&line));
    crs_buf_free(&line);
}

static void path_part(const writer *w, crs_buf *b, const crs_engine *e, int lang)
{
    const crs_scenario *s = crs_engine_scenario(e);
    const char *code = lang_code(s, lang);
    const crs_labels L = crs_labels_for(code);
    int stage = -1;
    for (size_t i = 0; i < crs_engine_history_len(e); i++) {
        const crs_step *st = crs_engine_history(e, i);
        const crs_node *n = &s->nodes[st->node];
        if (n->stage != stage) {
            stage = n->stage;
            w->heading(b, 2, crs_text_get(&s->stages[stage].title, lang));
        }
        w->para(b, crs_text_get(&n->text, lang));
        crs_buf chose = {0};
        crs_buf_printf(&chose, "%s", crs_text_get(&n->choices[st->choice].label, lang));
        w->note(b,
                st->replayed ? crs_msgc("record", "Replayed by a stage jump", code) : L.you_chose,
                crs_buf_str(&chose));
        if (st->replayed)
            w->para(b, crs_msgc("record",
                                "This step was not the group's choice: the facilitator's jump "
                                "to a stage replayed it.",
                                code));
        crs_buf_free(&chose);
        tally_part(w, b, st, code);
        if (st->outcome >= 0)
            outcome_part(w, b, s, &n->choices[st->choice].outcomes[st->outcome], lang);
    }
}

/* What each ending kind is called in a record (the game's own words for them). */
static const char *kind_label(crs_ending_kind k, const char *lang)
{
    static const char *const en[CRS_END__COUNT] = {
        NC_("record", "Resettled in South Korea"), NC_("record", "Settled in a third country"),
        NC_("record", "Staying in China"),         NC_("record", "Returned to North Korea"),
        NC_("record", "Forcibly repatriated"),     NC_("record", "Still in transit")};
    return k < CRS_END__COUNT ? crs_msgc("record", en[k], lang) : "";
}

static void ending_part(const writer *w, crs_buf *b, const crs_engine *e, int lang)
{
    const crs_scenario *s = crs_engine_scenario(e);
    const char *code = lang_code(s, lang);
    if (!crs_engine_ended(e)) {
        /* A record exported mid-journey says so, and where the group stopped. */
        w->heading(b, 2, crs_msgc("record", "Journey not finished", code));
        w->para(b, crs_msgc("record",
                            "This record was exported before the journey ended. The group "
                            "stopped at this stage:",
                            code));
        w->para(b, crs_text_get(&s->stages[crs_engine_stage(e)].title, lang));
        return;
    }
    const crs_ending *en = &s->endings[crs_engine_ending(e)];
    w->heading(b, 2, crs_text_get(&en->title, lang));
    w->note(b, crs_msgc("record", "Kind of ending", code), kind_label(en->kind, code));
    w->para(b, crs_text_get(&en->text, lang));
    for (int f = 0; f < en->nfacts; f++) {
        w->para(b, crs_text_get(&en->facts[f].text, lang));
        if (en->facts[f].has_cite) cite_note(w, b, s, &en->facts[f].cite, lang);
    }
}

static void debrief_part(const writer *w, crs_buf *b, const crs_engine *e, int lang)
{
    const crs_scenario *s = crs_engine_scenario(e);
    int ended = crs_engine_ended(e);
    for (int d = 0; d < s->ndists; d++) {
        const crs_distribution *dist = &s->dists[d];
        w->heading(b, 3, crs_text_get(&dist->title, lang));
        w->list(b, 1);
        for (int i = 0; i < dist->nbars; i++) {
            crs_buf item = {0};
            crs_buf_printf(&item, "%s: %.1f%%", crs_text_get(&dist->bars[i].label, lang),
                           dist->bars[i].value);
            /* Where the group's own ending falls among the documented shares. */
            if (ended &&
                crs_bar_matches(s, &dist->bars[i], crs_engine_ending(e), crs_engine_vars(e)))
                crs_buf_printf(&item, " (%s)",
                               crs_msgc("record", "your ending", lang_code(s, lang)));
            w->item(b, crs_buf_str(&item));
            crs_buf_free(&item);
        }
        w->list(b, 0);
        cite_note(w, b, s, &dist->cite, lang);
        const char *note = crs_text_get(&dist->note, lang);
        if (note[0]) w->para(b, note);
    }
}

static void questions_part(const writer *w, crs_buf *b, const crs_engine *e, int lang)
{
    const crs_scenario *s = crs_engine_scenario(e);
    unsigned char seen[256] = {0};
    w->list(b, 1);
    for (size_t i = 0; i < crs_engine_history_len(e); i++) {
        int st = s->nodes[crs_engine_history(e, i)->node].stage;
        if (st < 256 && seen[st]++) continue;
        for (int q = 0; q < s->stages[st].nquestions; q++)
            w->item(b, crs_text_get(&s->stages[st].questions[q], lang));
    }
    for (int q = 0; q < s->nquestions; q++) w->item(b, crs_text_get(&s->questions[q], lang));
    w->list(b, 0);
}

static void sources_part(const writer *w, crs_buf *b, const crs_scenario *s, int lang)
{
    w->list(b, 1);
    for (int i = 0; i < s->nsources; i++) {
        const crs_source *src = &s->sources[i];
        crs_buf item = {0};
        crs_buf_printf(&item, "%s, \"%s\"", crs_text_get(&src->author, lang),
                       crs_text_get(&src->title, lang));
        if (crs_text_present(&src->publisher))
            crs_buf_printf(&item, ", %s", crs_text_get(&src->publisher, lang));
        crs_buf_printf(&item, " (%s)", crs_text_get(&src->year, lang));
        if (crs_text_present(&src->section))
            crs_buf_printf(&item, ", %s", crs_text_get(&src->section, lang));
        if (src->url) crs_buf_printf(&item, ", %s", src->url);
        if (crs_text_present(&src->caveat))
            crs_buf_printf(&item, ". %s: %s", crs_labels_for(lang_code(s, lang)).caveat,
                           crs_text_get(&src->caveat, lang));
        w->item(b, crs_buf_str(&item));
        crs_buf_free(&item);
    }
    w->list(b, 0);
}

/* What identifies the session: scenario and version, seed, session code, date and time. */
static void session_part(const writer *w, crs_buf *b, const crs_engine *e, int lang,
                         const char *when)
{
    const crs_scenario *s = crs_engine_scenario(e);
    const char *code = lang_code(s, lang);
    const crs_labels L = crs_labels_for(code);
    crs_buf line = {0};
    crs_buf_printf(&line, "%s %s", s->id, s->version);
    w->note(b, crs_msgc("record", "Scenario", code), crs_buf_str(&line));
    line.len = 0;
    crs_buf_printf(&line, "%llu", (unsigned long long)crs_engine_seed(e));
    w->note(b, L.seed, crs_buf_str(&line));
    char scode[CRS_CODE_MAX];
    if (crs_code_encode(e, scode, sizeof scode, NULL) == 0) w->note(b, L.code, scode);
    if (when && *when) w->note(b, crs_msgc("record", "Date and time", code), when);
    crs_buf_free(&line);
}

static void body(const writer *w, crs_buf *b, const crs_engine *e, int lang, const char *when)
{
    const crs_scenario *s = crs_engine_scenario(e);
    const crs_persona *p = &s->personas[crs_engine_persona(e)];
    const char *code = lang_code(s, lang);
    const crs_labels L = crs_labels_for(code);
    w->heading(b, 1, crs_text_get(&s->title, lang));
    session_part(w, b, e, lang, when);
    w->note(b, L.persona, crs_text_get(&p->name, lang));
    w->para(b, crs_text_get(&p->description, lang));
    w->note(b, L.content_note, crs_text_get(&s->content_note, lang));
    path_part(w, b, e, lang);
    ending_part(w, b, e, lang);
    w->heading(b, 2, crs_msgc("record", "Compared with the documented figures", code));
    debrief_part(w, b, e, lang);
    w->heading(b, 2, crs_msgc("record", "Discussion questions", code));
    questions_part(w, b, e, lang);
    w->heading(b, 2, crs_msgc("record", "Sources", code));
    sources_part(w, b, s, lang);
}

int crs_export_markdown(const crs_engine *e, int lang, const char *when, crs_buf *out)
{
    body(&md, out, e, lang, when);
    return out->oom ? -1 : 0;
}

int crs_export_html(const crs_engine *e, int lang, const char *when, crs_buf *out)
{
    const crs_scenario *s = crs_engine_scenario(e);
    crs_buf_printf(out,
                   "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n"
                   "<title>",
                   lang_code(s, lang));
    html_escape(out, crs_text_get(&s->title, lang));
    crs_buf_puts(out, "</title>\n<style>\n"
                      "body{font:16px/1.5 'NanumGothic',sans-serif;max-width:46em;margin:2em auto;"
                      "padding:0 1em;color:#222;background:#fdfbf7}\n"
                      "h1,h2,h3{line-height:1.2}h2{border-top:1px solid #ccc;padding-top:.6em}\n"
                      ".cite{font-size:.9em;color:#444;border-left:3px solid #b9825a;"
                      "padding-left:.7em}\n"
                      "@media print{body{background:#fff;margin:0}}\n</style>\n</head>\n<body>\n");
    body(&html, out, e, lang, when);
    crs_buf_puts(out, "</body>\n</html>\n");
    return out->oom ? -1 : 0;
}
