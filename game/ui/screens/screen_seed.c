/* Facilitator mode's seed screen (R before a journey starts): the seed shown large, digits
 * to type another (so a group can replay a path), or a new one drawn from the clock. */
#include "shell/ui.h"

#include <stdio.h>
#include <stdlib.h>

enum { ID_DONE = 1, ID_NEW };

static void enter(crs_app *a)
{
    size_t cap;
    char *buf = crs_facil_seed_buf(a, &cap);
    buf[0] = 0; /* typing starts a new number; the current seed shows until then */
}

static void build(crs_app *a, crs_page *p)
{
    size_t cap;
    const char *typed = crs_facil_seed_buf(a, &cap);
    char shown[32];
    SDL_snprintf(shown, sizeof shown, "%llu", (unsigned long long)a->seed);
    crs_app_begin_page(a, p, 860, crs_app_str(a, F_MODE), 0);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, F_SEED_TITLE));
    crs_page_gap(p, 10);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_app_str(a, F_SEED_HINT));
    crs_page_gap(p, 24);
    crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_ACCENT);
    crs_page_text(p, CRS_FONT_TITLE, CRS_COL_ACCENT, typed[0] ? typed : shown);
    crs_page_card_end(p);
    crs_page_button(p, ID_NEW, CRS_BTN_SECONDARY, crs_app_str(a, F_SEED_NEW), NULL, 0);
    static const int ids[1] = {ID_DONE};
    const char *labels[1] = {crs_app_str(a, F_DONE)};
    static const crs_btn_style styles[1] = {CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 1);
}

/* The typed number becomes the seed (0 is not a seed: the option means "from the clock"). */
static void commit(crs_app *a)
{
    size_t cap;
    char *buf = crs_facil_seed_buf(a, &cap);
    unsigned long long v = buf[0] ? strtoull(buf, NULL, 10) : 0;
    if (v) a->seed = v;
    buf[0] = 0;
}

static void activate(crs_app *a, int id)
{
    size_t cap;
    char *buf = crs_facil_seed_buf(a, &cap);
    if (id == ID_NEW) {
        buf[0] = 0;
        a->seed = (SDL_GetPerformanceCounter() % 999983u) + 1u; /* short enough to read out */
        a->relayout = 1;
    } else if (id == ID_DONE) {
        commit(a);
        crs_app_pop(a);
    }
}

static int type_digit(crs_app *a, int d)
{
    size_t cap;
    char *buf = crs_facil_seed_buf(a, &cap);
    size_t n = SDL_strlen(buf);
    if (n + 1 >= cap || n >= 12 || (n == 0 && d == 0)) return 1;
    buf[n] = (char)('0' + d);
    buf[n + 1] = 0;
    a->relayout = 1;
    return 1;
}

static int handle(crs_app *a, const crs_action *act)
{
    size_t cap;
    char *buf = crs_facil_seed_buf(a, &cap);
    if (act->kind == CRS_ACT_CHOOSE) return type_digit(a, act->n);
    if (act->kind == CRS_ACT_FACIL && act->n == '0') return type_digit(a, 0);
    if (act->kind == CRS_ACT_BACK && act->n == 1 && buf[0]) {
        buf[SDL_strlen(buf) - 1] = 0;
        a->relayout = 1;
        return 1;
    }
    const crs_page *p = crs_app_page(a);
    if (act->kind == CRS_ACT_ACTIVATE && !(p->show_focus && crs_page_focused_id(p) == ID_NEW)) {
        activate(a, ID_DONE);
        return 1;
    }
    if (act->kind == CRS_ACT_BACK) {
        buf[0] = 0; /* Esc leaves the seed as it was */
        crs_app_pop(a);
        return 1;
    }
    return 0;
}

const crs_screen crs_screen_seed = {"seed", enter, build, handle, activate, NULL, NULL, 1};
