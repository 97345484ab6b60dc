/* Facilitator mode's stage list (J): every stage of the scenario with how far it is, and a
 * plain statement that going there replays a path whose figures the screen then follows. */
#include "shell/ui.h"

#include <stdio.h>

enum { ID_CLOSE = 1, ID_STAGE = 100 };

/* How far the stage is: "You are here", "3 choices ahead", "From the start: 2 choices". */
static void distance(crs_app *a, int i, int here, char *buf, size_t cap, int *reachable)
{
    int from_start = 0, n = i == here ? 0 : crs_facil_jump_cost(a, i, &from_start);
    *reachable = n >= 0;
    crs_str id = i == here              ? F_JUMP_HERE
                 : n < 0                ? F_JUMP_NONE
                 : from_start && n == 0 ? F_JUMP_START
                 : from_start && n == 1 ? F_JUMP_FROM_START_1
                 : from_start           ? F_JUMP_FROM_START
                 : n == 1               ? F_JUMP_AHEAD_1
                                        : F_JUMP_AHEAD;
    SDL_snprintf(buf, cap, crs_app_str(a, id), n);
}

static void stage_button(crs_app *a, crs_page *p, const crs_scenario *s, int i, int here)
{
    char dist[256], sub[768];
    int reachable;
    distance(a, i, here, dist, sizeof dist, &reachable);
    const crs_stage *st = &s->stages[i];
    if (st->has_map)
        SDL_snprintf(sub, sizeof sub, "%s  ·  %s", dist, crs_app_text(a, &st->place));
    else
        SDL_snprintf(sub, sizeof sub, "%s", dist);
    crs_btn_style style = i == here    ? CRS_BTN_PRIMARY
                          : !reachable ? CRS_BTN_SECONDARY
                                       : CRS_BTN_CHOICE;
    crs_page_button(p, ID_STAGE + i, style, crs_app_text(a, &st->title), sub, i < 9 ? i + 1 : 0);
}

/* Two columns, read down then across, so a whole route fits on one projected screen. */
static void grid(crs_app *a, crs_page *p, const crs_scenario *s, int here)
{
    int n = s->nstages < 100 ? s->nstages : 100, rows = (n + 1) / 2;
    int x0 = p->col_x, w0 = p->col_w, gap = crs_page_px(p, 20), y0 = p->y, bottom = y0;
    p->col_w = (w0 - gap) / 2;
    for (int i = 0; i < n; i++) {
        if (i == rows) {
            p->col_x = x0 + p->col_w + gap;
            p->y = y0;
        }
        stage_button(a, p, s, i, here);
        if (p->y > bottom) bottom = p->y;
    }
    p->col_x = x0;
    p->col_w = w0;
    p->y = bottom;
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    int fresh = p->focus < 0;
    crs_app_begin_page(a, p, 1160, s ? crs_app_text(a, &s->title) : "", 0);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, F_JUMP_TITLE));
    crs_page_gap(p, 6);
    /* Plain words in the warning colour, not a card: eight stages still fit on one screen. */
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_WARN, crs_app_str(a, F_JUMP_NOTE));
    crs_page_gap(p, 18);
    int here = -1;
    if (a->eng && !crs_engine_ended(a->eng)) here = crs_engine_stage(a->eng);
    if (s && a->eng) grid(a, p, s, here);
    crs_ui_close_footer(a, p, ID_CLOSE, CRS_BTN_SECONDARY);
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
