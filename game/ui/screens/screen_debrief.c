/* Looking back: the whole path on the map and stage by stage, each documented distribution as
 * a bar chart with the player's ending highlighted, the sources, and questions to discuss. */
#include "access/extras.h"
#include "shell/ui.h"

#include <stdio.h>
#include <string.h>
#include "crossings/sim.h"

enum { ID_TITLE = 1 };

static void path(crs_app *a, crs_page *p, const crs_scenario *s)
{
    char buf[1200];
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_str(a, S_YOUR_PATH));
    crs_page_gap(p, 10);
    int stage = -1;
    size_t n = crs_engine_history_len(a->eng);
    for (size_t i = 0; i < n; i++) {
        const crs_step *st = crs_engine_history(a->eng, i);
        const crs_node *node = &s->nodes[st->node];
        if (node->stage != stage) {
            stage = node->stage;
            crs_page_gap(p, 6);
            crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT,
                          crs_app_text(a, &s->stages[stage].title));
        }
        crs_page_item(p, CRS_FONT_BODY, CRS_COL_INK, "•",
                      crs_app_text(a, &node->choices[st->choice].label), 22);
    }
    int e = crs_engine_ending(a->eng);
    if (e >= 0) {
        snprintf(buf, sizeof buf, "%s (%s)", crs_app_text(a, &s->endings[e].title),
                 crs_ui_ending_kind(a, s->endings[e].kind));
        crs_page_gap(p, 6);
        crs_page_item(p, CRS_FONT_BOLD, CRS_COL_INK, "→", buf, 22);
    }
    crs_page_gap(p, 24);
}

/* 2,000 random playthroughs of this scenario and persona (a few milliseconds), kept until
 * another scenario or persona reaches the debrief; NULL if the simulation failed. */
static const crs_sim_result *simulated(crs_app *a, const crs_scenario *s)
{
    int persona = crs_engine_persona(a->eng);
    if (a->debrief_sim && a->debrief_sim_for == s && a->debrief_sim_persona == persona)
        return a->debrief_sim;
    crs_sim_result_free(a->debrief_sim);
    a->debrief_sim = NULL;
    crs_sim_opts o = {.runs = 2000, .seed = 1, .persona = persona, .policy = CRS_SIM_RANDOM};
    crs_diag err;
    if (crs_sim_run(s, &o, &a->debrief_sim, &err) != 0) {
        SDL_Log("crossings: no simulated comparison for the debrief: %s", err.message);
        return NULL;
    }
    a->debrief_sim_for = s;
    a->debrief_sim_persona = persona;
    return a->debrief_sim;
}

static void charts(crs_app *a, crs_page *p, const crs_scenario *s)
{
    if (s->ndists == 0) return;
    /* On a projector the random-choice shares read as findings: they say so, and a setting
     * hides them. */
    const crs_sim_result *sim = a->hide_sim ? NULL : simulated(a, s);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_COMPARE));
    if (sim) crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_app_str(a, S_SIM_LEGEND_RANDOM));
    crs_page_gap(p, 12);
    for (int i = 0; i < s->ndists; i++) {
        const crs_distribution *d = &s->dists[i];
        crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_text(a, &d->title));
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_app_text(a, &d->note));
        crs_page_gap(p, 10);
        for (int b = 0; b < d->nbars; b++) {
            crs_page_bar(
                p, crs_app_text(a, &d->bars[b].label), d->bars[b].value,
                crs_bar_matches(s, &d->bars[b], crs_engine_ending(a->eng), crs_engine_vars(a->eng)),
                /* a bar over a variable counts the path, not where it ended */
                crs_app_str(a,
                            d->bars[b].match == CRS_MATCH_VAR ? S_YOUR_BAR_PATH : S_YOUR_ENDING));
            if (sim && i < sim->ndists && b < sim->dists[i].nbars)
                crs_page_subbar(p, 100.0 * sim->dists[i].bars[b].sim.share,
                                crs_app_str(a, S_SIM_RANDOM));
        }
        crs_page_gap(p, 4);
        crs_ui_cite(a, p, &d->cite);
        crs_page_gap(p, 10);
    }
}

static void sources(crs_app *a, crs_page *p, const crs_scenario *s)
{
    char buf[1600];
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_SOURCES));
    crs_page_gap(p, 8);
    for (int i = 0; i < s->nsources; i++) {
        const crs_source *src = &s->sources[i];
        int pub = crs_text_present(&src->publisher);
        snprintf(buf, sizeof buf, "%s, “%s”%s%s, %s%s%s", crs_app_text(a, &src->author),
                 crs_app_text(a, &src->title), pub ? ", " : "",
                 pub ? crs_app_text(a, &src->publisher) : "", crs_app_text(a, &src->year),
                 src->url ? ". " : "", src->url ? src->url : "");
        if (crs_text_present(&src->caveat)) {
            size_t n = strlen(buf);
            snprintf(buf + n, sizeof buf - n, ". %s: %s", crs_app_str(a, S_CAVEAT),
                     crs_app_text(a, &src->caveat));
        }
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, buf);
        crs_page_gap(p, 8);
    }
    crs_page_gap(p, 16);
}

static void questions(crs_app *a, crs_page *p, const crs_scenario *s)
{
    char buf[1600];
    if (s->nquestions == 0) return;
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_QUESTIONS));
    crs_page_gap(p, 8);
    for (int i = 0; i < s->nquestions; i++) {
        snprintf(buf, sizeof buf, "%d.", i + 1);
        crs_page_item(p, CRS_FONT_BODY, CRS_COL_INK, buf, crs_app_text(a, &s->questions[i]), 28);
        crs_page_gap(p, 8);
    }
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    crs_app_begin_page(a, p, 860, s ? crs_app_text(a, &s->title) : "", 0);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_DEBRIEF));
    crs_page_gap(p, 12);
    if (s && a->eng) {
        crs_extras_debrief(a, p); /* the session code */
        crs_page_map(p, 320);
        path(a, p, s);
        charts(a, p, s);
        crs_extras_others_endings(a, p); /* where other visitors' journeys ended */
        sources(a, p, s);
        questions(a, p, s);
    }
    /* Facilitator mode adds Export on the left (handled by crs_facil_activate). */
    const int ids[2] = {a->facil ? CRS_ID_F_EXPORT : -1, ID_TITLE};
    const char *labels[2] = {crs_app_str(a, F_EXPORT), crs_app_str(a, S_TO_TITLE)};
    static const crs_btn_style styles[2] = {CRS_BTN_SECONDARY, CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 2);
}

static void activate(crs_app *a, int id)
{
    if (id != ID_TITLE) return;
    crs_app_leave_journey(a);
}

const crs_screen crs_screen_debrief = {"debrief", NULL, build, NULL, activate, NULL, NULL, 0};
