/* Facilitator mode's notes (N): the current stage's notes for the facilitator and its
 * discussion questions, hidden until asked for since the wall shows everything. */
#include "shell/ui.h"

#include <stdio.h>

enum { ID_CLOSE = 1 };

int crs_facil_notes_stage(const crs_app *a)
{
    int below_outcome = a->depth >= 2 && a->stack[a->depth - 2] == &crs_screen_outcome;
    if (below_outcome && a->last.stage_before >= 0) return a->last.stage_before;
    return a->eng ? crs_engine_stage(a->eng) : -1;
}

void crs_facil_notes_body(crs_app *a, crs_page *p, int st)
{
    const crs_scenario *s = crs_app_scenario(a);
    if (!s || st < 0 || st >= s->nstages) return;
    const crs_stage *stage = &s->stages[st];
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, crs_app_str(a, F_NOTES_TITLE));
    crs_page_gap(p, 4);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_text(a, &stage->title));
    crs_page_gap(p, 14);
    const char *notes = crs_app_text(a, &stage->notes);
    crs_page_text(p, CRS_FONT_BODY, notes[0] ? CRS_COL_INK : CRS_COL_MUTED,
                  notes[0] ? notes : crs_app_str(a, F_NOTES_NONE));
    if (stage->nquestions > 0) {
        crs_page_gap(p, 26);
        crs_page_rule(p);
        crs_page_gap(p, 18);
        crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_str(a, F_NOTES_QUESTIONS));
        crs_page_gap(p, 10);
    }
    for (int i = 0; i < stage->nquestions; i++) {
        char q[1600];
        snprintf(q, sizeof q, "%d.  %s", i + 1, crs_app_text(a, &stage->questions[i]));
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, q);
        crs_page_gap(p, 10);
    }
}

static void build(crs_app *a, crs_page *p)
{
    char label[512];
    int st = crs_facil_notes_stage(a);
    crs_app_stage_label(a, st, label, sizeof label);
    crs_app_begin_page(a, p, 1060, label, 0);
    crs_facil_notes_body(a, p, st);
    crs_ui_close_footer(a, p, ID_CLOSE, CRS_BTN_PRIMARY);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CLOSE) crs_app_pop(a);
}

const crs_screen crs_screen_notes = {"notes", NULL, build, NULL, activate, NULL, NULL, 1};
