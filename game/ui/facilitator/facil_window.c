/* The facilitator's notes window: a second window (the laptop screen, while the projector
 * shows the game) with the current stage's notes and questions, redrawn when they change. */
#include "shell/ui.h"

#include <stdlib.h>

struct crs_facil_win {
    SDL_Window *win;
    SDL_Renderer *ren;
    crs_textsys *ts;
    crs_gfx *gfx;
    crs_theme theme;
    crs_page page;
    Uint32 id;
    int stage, ko, scenario, dirty;
};

void crs_facil_window_free(crs_facil_win *w)
{
    if (!w) return;
    crs_page_free(&w->page);
    crs_text_free(w->ts);
    crs_gfx_free(w->gfx);
    if (w->ren) SDL_DestroyRenderer(w->ren);
    if (w->win) SDL_DestroyWindow(w->win);
    free(w);
}

int crs_facil_window_open(crs_app *a)
{
    crs_facil_win **slot = crs_facil_window_slot(a);
    if (*slot) return 0;
    if (!a->win) return -1; /* drawing into a surface (tests): no windows at all */
    crs_facil_win *w = calloc(1, sizeof *w);
    char reg[1200], bold[1200], err[256] = "";
    crs_text_font_path(a->data_dir, "NanumGothic.ttf", reg, sizeof reg);
    crs_text_font_path(a->data_dir, "NanumGothicBold.ttf", bold, sizeof bold);
    /* On the display the game is not on, when there are two (laptop and projector). */
    int nd = SDL_GetNumVideoDisplays(), gd = SDL_GetWindowDisplayIndex(a->win);
    int d = nd > 1 ? (gd == 0 ? 1 : 0) : 0;
    if (w)
        w->win = SDL_CreateWindow(crs_app_str(a, F_NOTES_TITLE), SDL_WINDOWPOS_CENTERED_DISPLAY(d),
                                  SDL_WINDOWPOS_CENTERED_DISPLAY(d), 960, 720,
                                  SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
    if (w && w->win) w->ren = SDL_CreateRenderer(w->win, -1, SDL_RENDERER_SOFTWARE);
    if (w && w->ren) w->ts = crs_text_new(w->ren, reg, bold, err, sizeof err);
    if (w && w->ts) w->gfx = crs_gfx_new(w->ren);
    if (!w || !w->gfx) {
        SDL_Log("crossings: cannot open the notes window: %s", err[0] ? err : SDL_GetError());
        crs_facil_window_free(w);
        return -1;
    }
    w->id = SDL_GetWindowID(w->win);
    SDL_Log("crossings: notes window open on display %d of %d", d + 1, nd);
    w->stage = -2;
    w->dirty = 1;
    *slot = w;
    return 0;
}

void crs_facil_window_close(crs_app *a)
{
    crs_facil_win **slot = crs_facil_window_slot(a);
    if (!*slot) return;
    SDL_Log("crossings: notes window closed");
    crs_facil_window_free(*slot);
    *slot = NULL;
    /* Without a window manager (a bare X server) nobody hands the keyboard back when the
     * focused window goes, and keys would go nowhere: give it to the game's window. */
    if (a->win) {
        SDL_RaiseWindow(a->win);
        SDL_SetWindowInputFocus(a->win);
    }
}

/* Events of the notes window: closing it, redrawing, scrolling. Keys pass on to the game, so
 * the facilitator can keep playing with the notes window in front. */
int crs_facil_window_event(crs_app *a, const SDL_Event *ev)
{
    crs_facil_win *w = *crs_facil_window_slot(a);
    if (!w) return 0;
    if (ev->type == SDL_WINDOWEVENT && ev->window.windowID != w->id) {
        /* With two windows SDL sends no quit when the game's window closes: quit here. */
        if (ev->window.event == SDL_WINDOWEVENT_CLOSE) a->quit = 1;
        return 0;
    }
    if (ev->type == SDL_WINDOWEVENT) {
        if (ev->window.event == SDL_WINDOWEVENT_CLOSE)
            crs_facil_window_close(a);
        else
            w->dirty = 1;
        return 1;
    }
    if (ev->type == SDL_MOUSEWHEEL && ev->wheel.windowID == w->id) {
        crs_action act = {.kind = CRS_ACT_SCROLL, .dy = (float)-ev->wheel.y * 60.0f};
        int id;
        w->dirty |= crs_page_handle(&w->page, &act, &id);
        return 1;
    }
    if ((ev->type == SDL_MOUSEBUTTONDOWN || ev->type == SDL_MOUSEBUTTONUP) &&
        ev->button.windowID == w->id)
        return 1;
    if (ev->type == SDL_MOUSEMOTION && ev->motion.windowID == w->id) return 1;
    return 0;
}

static void layout(crs_app *a, crs_facil_win *w, int stage)
{
    int pw = 960, ph = 720;
    if (SDL_GetRendererOutputSize(w->ren, &pw, &ph) != 0 || pw <= 0 || ph <= 0) pw = 960;
    float scale = (float)(pw < ph ? pw : ph) / 720.0f;
    if (scale < 0.5f) scale = 0.5f;
    crs_text_set_scale(w->ts, scale, 1.0f);
    crs_theme_get(&w->theme, a->high_contrast);
    crs_page_ctx ctx = {w->ts, w->gfx, &w->theme, pw, ph, scale};
    char label[512];
    crs_app_stage_label(a, stage, label, sizeof label);
    crs_page_begin(&w->page, &ctx, 860);
    crs_page_text(&w->page, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED,
                  stage < 0 ? crs_app_str(a, F_MODE) : label);
    crs_page_gap(&w->page, 16);
    crs_facil_notes_body(a, &w->page, stage);
    crs_page_end(&w->page);
}

void crs_facil_window_update(crs_app *a)
{
    if (crs_facil_window_wanted(a)) crs_facil_window_open(a);
    crs_facil_win *w = *crs_facil_window_slot(a);
    if (!w) return;
    int stage = a->eng ? crs_facil_notes_stage(a) : -1;
    if (stage != w->stage || a->ko != w->ko || a->cur != w->scenario) w->dirty = 2;
    if (!w->dirty) return;
    if (w->dirty == 2) w->page.scroll = 0; /* a new stage starts at its top */
    w->stage = stage;
    w->ko = a->ko;
    w->scenario = a->cur;
    layout(a, w, stage);
    crs_text_frame(w->ts);
    crs_page_draw(&w->page, NULL, NULL);
    SDL_RenderPresent(w->ren);
    w->dirty = 0;
}
