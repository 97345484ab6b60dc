/* Facilitator mode's stage list (J): every stage of the scenario with how far it is, and a
 * plain statement that going there replays a path whose figures the screen then follows. */
#include "ui.h"

#include <stdio.h>

enum { ID_CLOSE = 1, ID_STAGE = 100 };

static void stage_button(crs_app *a, crs_page *p, const crs_scenario *s, int i, int here)
{
    char sub[256];
    int from_start = 0, n = i == here ? 0 : crs_facil_jump_cost(a, i, &from_start);
    if (i == here)
        SDL_snprintf(sub, sizeof sub, "%s", crs_app_str(a, F_JUMP_HERE));
    else if (n < 0)
        SDL_snprintf(sub, sizeof sub, "%s", crs_app_str(a, F_JUMP_NONE));
    else if (from_start && n == 0)
        SDL_snprintf(sub, sizeof sub, "%s", crs_app_str(a, F_JUMP_START));
    else
        SDL_snprintf(sub, sizeof sub, crs_app_str(a, from_start ? F_JUMP_FROM_START : F_JUMP_AHEAD),
                     n);
    const crs_stage *st = &s->stages[i];
    char label[512];
    if (st->has_map)
        SDL_snprintf(label, sizeof label, "%s  ·  %s", crs_app_text(a, &st->title),
                     crs_app_text(a, &st->place));
    else
        SDL_snprintf(label, sizeof label, "%s", crs_app_text(a, &st->title));
    crs_btn_style style = i == here ? CRS_BTN_TOGGLE_ON
                          : n < 0   ? CRS_BTN_SECONDARY
                                    : CRS_BTN_CHOICE;
    crs_page_button(p, ID_STAGE + i, style, label, sub, i < 9 ? i + 1 : 0);
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    int fresh = p->focus < 0;
    crs_app_begin_page(a, p, 860, s ? crs_app_text(a, &s->title) : "", 0);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, F_JUMP_TITLE));
    crs_page_gap(p, 10);
    crs_page_card_begin(p, CRS_COL_WARN_BG, CRS_COL_WARN_BG);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, F_JUMP_NOTE));
    crs_page_card_end(p);
    int here = -1;
    if (a->eng && !crs_engine_ended(a->eng)) here = crs_engine_stage(a->eng);
    for (int i = 0; s && a->eng && i < s->nstages && i < 100; i++) stage_button(a, p, s, i, here);
    static const int ids[1] = {ID_CLOSE};
    const char *labels[1] = {crs_app_str(a, S_CLOSE)};
    static const crs_btn_style styles[1] = {CRS_BTN_SECONDARY};
    crs_page_footer(p, ids, labels, styles, 1);
    if (fresh && here >= 0) {
        crs_page_end(p);
        crs_page_focus_id(p, ID_STAGE + here);
    }
}

static void activate(crs_app *a, int id)
{
    const crs_scenario *s = crs_app_scenario(a);
    if (id == ID_CLOSE) {
        crs_app_pop(a);
    } else if (s && id >= ID_STAGE && id < ID_STAGE + s->nstages) {
        if (a->eng && !crs_engine_ended(a->eng) && crs_engine_stage(a->eng) == id - ID_STAGE)
            crs_app_pop(a);
        else
            crs_facil_jump(a, id - ID_STAGE);
    }
}

const crs_screen crs_screen_jump = {"jump", NULL, build, NULL, activate, NULL, NULL, 1};
