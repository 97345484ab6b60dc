/* Where the journey ends: its kind (an ending, never "game over"), what the life that follows
 * can look like, and the documented facts behind it. */
#include "shell/ui.h"

enum { ID_DEBRIEF = 1 };

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    crs_app_begin_page(a, p, 800, s ? crs_app_text(a, &s->title) : "", 1);
    int e = a->eng ? crs_engine_ending(a->eng) : -1;
    if (!s || e < 0 || e >= s->nendings) return;
    const crs_ending *en = &s->endings[e];
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, crs_app_str(a, S_JOURNEY_ENDS));
    crs_page_gap(p, 4);
    crs_page_pill(p, crs_ui_ending_kind(a, en->kind), CRS_COL_ON_ACCENT, CRS_COL_ACCENT);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_text(a, &en->title));
    crs_page_gap(p, 10);
    crs_ui_passage(a, p, CRS_FONT_LEAD, &en->text, &en->summary, en->ntags > 0, 1);
    if (en->nfacts > 0) {
        crs_page_gap(p, 24);
        crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_str(a, S_FACTS));
        crs_page_gap(p, 8);
    }
    for (int i = 0; i < en->nfacts; i++) {
        const crs_fact *fa = &en->facts[i];
        crs_ui_passage(a, p, CRS_FONT_BODY, &fa->text, &fa->summary, fa->ntags > 0 || en->ntags > 0,
                       0);
        crs_page_gap(p, 8);
        if (en->facts[i].has_cite)
            crs_ui_cite(a, p, &en->facts[i].cite);
        else
            crs_page_gap(p, 8);
    }
    static const int ids[1] = {ID_DEBRIEF};
    const char *labels[1] = {crs_app_str(a, S_SEE_DEBRIEF)};
    static const crs_btn_style styles[1] = {CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 1);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_DEBRIEF) crs_app_goto(a, &crs_screen_debrief);
}

const crs_screen crs_screen_ending = {"ending", NULL, build, crs_app_game_back,
                                      activate, NULL, NULL,  0};
