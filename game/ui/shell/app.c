/* The app: window and renderer, the screen stack, and the event-driven loop that sleeps in
 * SDL_WaitEventTimeout when nothing animates and draws only when something changed. */
#include "shell/ui.h"

#include "shell/png_file.h"
#include "crossings/start.h"

#include <stdlib.h>
#include <string.h>

/* ===== layers ===== */

/* Runs a hook of every active layer that has it, in registration order. */
#define EACH_LAYER(a, hook, l)                                                                     \
    for (const crs_layer *l = (a)->layers; l < (a)->layers + (a)->nlayers; l++)                    \
        if (l->ops->hook)

void *crs_app_layer(const crs_app *a, const crs_layer_ops *ops)
{
    for (int i = 0; i < a->nlayers; i++)
        if (a->layers[i].ops == ops) return a->layers[i].self;
    return NULL;
}

void (*crs_app_map_drawer(const crs_app *a))(void *app, SDL_Rect r)
{
    EACH_LAYER(a, map_draw, l) return l->ops->map_draw;
    return crs_ui_map_draw;
}

/* ===== settings that change the layout ===== */

static const float text_scales[3] = {1.0f, 1.2f, 1.45f};

static void measure(crs_app *a)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(a->ren, &w, &h) != 0 || w <= 0 || h <= 0) {
        w = 1280;
        h = 720;
    }
    a->out_w = w;
    a->out_h = h;
    /* 1280x720 is one unit per pixel; larger and portrait screens scale with the short side. */
    int short_side = w < h ? w : h;
    a->scale = (float)short_side / 720.0f;
    if (w < h && (float)w / 760.0f < a->scale) a->scale = (float)w / 760.0f;
    if (a->scale < 0.5f) a->scale = 0.5f;
    crs_text_set_scale(a->ts, a->scale, text_scales[a->text_step]);
    crs_theme_get(&a->theme, a->high_contrast);
}

crs_page *crs_app_page(crs_app *a)
{
    return &a->pages[a->depth - 1];
}

static void build(crs_app *a, int level)
{
    crs_page_ctx ctx = {a->ts, a->gfx, &a->theme, a->out_w, a->out_h, a->scale};
    crs_page *p = &a->pages[level];
    p->ctx = ctx;
    a->stack[level]->build(a, p);
    crs_page_end(p);
}

void crs_app_relayout(crs_app *a)
{
    measure(a);
    for (int i = 0; i < a->depth; i++) build(a, i);
    a->relayout = 0;
    a->dirty = 1;
}

/* ===== navigation ===== */

static void open_screen(crs_app *a, const crs_screen *s, int level, int show_focus)
{
    crs_page *p = &a->pages[level];
    p->focus = -1;
    p->scroll = 0;
    p->hover = p->pressed = -1;
    p->show_focus = show_focus;
    a->stack[level] = s;
    if (s->enter) s->enter(a);
    build(a, level);
    a->fade = a->reduced_motion ? 0.0f : 1.0f;
    a->dirty = 1;
    SDL_Log("crossings: screen %s", s->name);
}

static int top_show_focus(const crs_app *a)
{
    return a->depth > 0 ? a->pages[a->depth - 1].show_focus : 0;
}

void crs_app_goto(crs_app *a, const crs_screen *s)
{
    EACH_LAYER(a, before_goto, l) l->ops->before_goto(a, l->self, s);
    int sf = top_show_focus(a);
    while (a->depth > 0) {
        a->depth--;
        if (a->stack[a->depth]->leave) a->stack[a->depth]->leave(a);
    }
    a->depth = 1;
    open_screen(a, s, 0, sf);
}

void crs_app_push(crs_app *a, const crs_screen *s)
{
    if (a->depth >= CRS_STACK) return;
    int sf = top_show_focus(a);
    a->depth++;
    open_screen(a, s, a->depth - 1, sf);
}

void crs_app_pop(crs_app *a)
{
    if (a->depth <= 1) return;
    int sf = top_show_focus(a);
    a->depth--;
    if (a->stack[a->depth]->leave) a->stack[a->depth]->leave(a);
    /* The screen below may depend on what the overlay changed (undo, language). */
    build(a, a->depth - 1);
    a->pages[a->depth - 1].show_focus = sf;
    a->fade = 0.0f;
    a->dirty = 1;
    SDL_Log("crossings: screen %s", a->stack[a->depth - 1]->name);
}

static void toggle_overlay(crs_app *a, const crs_screen *s)
{
    const crs_screen *top = a->stack[a->depth - 1];
    if (top == s) {
        crs_app_pop(a);
        return;
    }
    if (top->overlay) crs_app_pop(a);
    crs_app_push(a, s);
}

/* ===== text helpers ===== */

const crs_scenario *crs_app_scenario(const crs_app *a)
{
    return a->cur >= 0 && a->cur < a->nentries ? a->entries[a->cur].s : NULL;
}

/* The scenario's text in the interface language when the scenario declares it, else in
 * English, else in its first language. */
static int scenario_lang(const crs_app *a, const crs_scenario *s)
{
    int i = crs_scenario_lang(s, crs_app_lang(a));
    if (i < 0) i = crs_scenario_lang(s, "en");
    return i < 0 ? 0 : i;
}

int crs_app_lang_index(const crs_app *a)
{
    const crs_scenario *s = crs_app_scenario(a);
    if (!s) return 0;
    return scenario_lang(a, s);
}

const char *crs_app_text(const crs_app *a, const crs_text *t)
{
    const char *text = crs_text_get(t, crs_app_lang_index(a));
    EACH_LAYER(a, text, l) text = l->ops->text(a, l->self, t, text);
    return text;
}

const char *crs_app_text_of(const crs_app *a, const crs_scenario *s, const crs_text *t)
{
    return crs_text_get(t, scenario_lang(a, s));
}

int crs_app_game_back(crs_app *a, const crs_action *act)
{
    if (act->kind != CRS_ACT_BACK) return 0;
    crs_app_push(a, &crs_screen_history);
    return 1;
}

static int is_draft(const crs_lang *l)
{
    return l->status && strcmp(l->status, "draft") == 0;
}

/* The top bar's draft badge while the language on screen is a draft: "Korean draft" when that
 * is the only one, else the draft languages by name ("Draft: English, 한국어"). Named are the
 * language on screen and the scenario's first language, the original every translation comes
 * from (a translation of a draft is provisional twice over); other drafts are not on screen, and
 * naming them all would overflow a portrait top bar once a scenario has several. */
static const char *draft_marker(crs_app *a, const crs_scenario *s, char *buf, size_t cap)
{
    int shown = crs_app_lang_index(a);
    if (!is_draft(&s->langs[shown])) return NULL;
    int n = 0, only_ko = 1;
    size_t len = 0;
    char names[300];
    names[0] = 0;
    for (int i = 0; i < s->nlangs; i++) {
        if ((i != 0 && i != shown) || !is_draft(&s->langs[i])) continue;
        only_ko &= strcmp(s->langs[i].code, "ko") == 0;
        len += (size_t)SDL_snprintf(names + len, len < sizeof names ? sizeof names - len : 0,
                                    "%s%s", n++ ? ", " : "", s->langs[i].name);
        if (len >= sizeof names) len = sizeof names - 1;
    }
    if (only_ko) return crs_tr(a, "Korean draft");
    /* TRANSLATORS: %s is a list of language names, e.g. "English, 한국어" */
    SDL_snprintf(buf, cap, crs_tr(a, "Draft: %s"), names);
    return buf;
}

void crs_app_begin_page(crs_app *a, crs_page *p, int col_w, const char *label, int in_game)
{
    crs_page_begin(p, &p->ctx, col_w);
    const crs_scenario *s = crs_app_scenario(a);
    char mk[300];
    const char *marker = s && in_game >= 0 ? draft_marker(a, s, mk, sizeof mk) : NULL;
    char bufs[2][600]; /* a layer's label may be built from the one before it */
    int turn = 0;
    EACH_LAYER(a, topbar, l)
    {
        label = l->ops->topbar(a, l->self, p, in_game, label, bufs[turn], sizeof bufs[turn]);
        turn = !turn;
    }
    crs_page_topbar(p, label, marker, in_game > 0 && a->eng);
    EACH_LAYER(a, page_top, l) l->ops->page_top(a, l->self, p);
}

/* ===== the journey ===== */

void crs_app_leave_journey(crs_app *a)
{
    crs_app_goto(a, &crs_screen_title);
    crs_engine_free(a->eng);
    a->eng = NULL;
}

int crs_app_place_start(const crs_app *a, crs_engine *e, crs_diag *err)
{
    const crs_scenario *s = crs_engine_scenario(e);
    crs_start st;
    crs_start_init(&st);
    if (a->o.start_node && crs_start_node(s, a->o.start_node, &st, err) != 0) return -1;
    for (int i = 0; i < a->o.nstart_sets; i++)
        if (crs_start_set(s, a->o.start_sets[i], &st, err) != 0) return -1;
    return crs_start_apply(&st, e, err);
}

void crs_app_start_journey(crs_app *a, int persona)
{
    const crs_scenario *s = crs_app_scenario(a);
    crs_engine_free(a->eng);
    a->eng = NULL;
    if (!s) return;
    crs_diag err;
    a->eng = crs_engine_new(s, persona, a->seed, &err);
    if (!a->eng || crs_app_place_start(a, a->eng, &err) != 0) {
        SDL_Log("crossings: cannot start: %s", err.message);
        crs_engine_free(a->eng);
        a->eng = NULL;
        return;
    }
    memset(&a->last, 0, sizeof a->last);
    a->last.outcome = -1;
    crs_app_goto(a, &crs_screen_stage);
}

void crs_app_advance(crs_app *a, int from_outcome)
{
    if (!a->eng) return;
    if (!from_outcome && a->last.outcome >= 0)
        crs_app_goto(a, &crs_screen_outcome);
    else if (crs_engine_ended(a->eng))
        crs_app_goto(a, &crs_screen_ending);
    else if (a->last.stage_after != a->last.stage_before)
        crs_app_goto(a, &crs_screen_stage);
    else
        crs_app_goto(a, &crs_screen_node);
}

void crs_app_stage_label(const crs_app *a, int stage, char *buf, size_t cap)
{
    const crs_scenario *s = crs_app_scenario(a);
    int li = crs_app_lang_index(a); /* the top bar stays in one language, even with both shown */
    int st = stage >= 0 ? stage : a->eng ? crs_engine_stage(a->eng) : -1;
    if (!s || st < 0 || st >= s->nstages) {
        SDL_snprintf(buf, cap, "%s", s ? crs_text_get(&s->title, li) : "");
        return;
    }
    SDL_snprintf(buf, cap, "%s  ·  %d / %d  ·  %s", crs_text_get(&s->title, li), st + 1, s->nstages,
                 crs_text_get(&s->stages[st].title, li));
}

/* ===== actions ===== */

static int in_game(const crs_app *a)
{
    for (int i = 0; i < a->depth; i++)
        if (a->stack[i] == &crs_screen_stage || a->stack[i] == &crs_screen_node ||
            a->stack[i] == &crs_screen_outcome || a->stack[i] == &crs_screen_ending)
            return a->eng != NULL;
    return 0;
}

static void save_screenshot(crs_app *a)
{
    static unsigned n;
    char path[1200];
    SDL_snprintf(path, sizeof path, "%s/crossings-%s-%03u.png", a->shot_dir,
                 a->stack[a->depth - 1]->name, ++n);
    if (crs_app_screenshot(a, path) == 0)
        SDL_Log("crossings: saved %s", path);
    else
        SDL_Log("crossings: cannot save %s", path);
}

static void activate(crs_app *a, int id)
{
    switch (id) {
    case CRS_ID_SETTINGS:
        toggle_overlay(a, &crs_screen_settings);
        break;
    case CRS_ID_HELP:
        toggle_overlay(a, &crs_screen_help);
        break;
    case CRS_ID_HISTORY:
        toggle_overlay(a, &crs_screen_history);
        break;
    default:
        EACH_LAYER(a, activate, l) if (l->ops->activate(a, l->self, id)) return;
        if (a->stack[a->depth - 1]->activate) a->stack[a->depth - 1]->activate(a, id);
    }
}

static int layers_take(crs_app *a, const crs_action *act)
{
    EACH_LAYER(a, action, l) if (l->ops->action(a, l->self, act)) return 1;
    return 0;
}

static void dispatch(crs_app *a, const crs_action *act)
{
    const crs_screen *top = a->stack[a->depth - 1];
    if (layers_take(a, act)) { /* before the app's keys: pause, speak, a mode's own keys */
        a->dirty = 1;
        return;
    }
    switch (act->kind) {
    case CRS_ACT_QUIT:
        a->quit = 1;
        return;
    case CRS_ACT_RESIZE:
        a->relayout = 1;
        return;
    case CRS_ACT_REDRAW:
        a->dirty = 1;
        return;
    case CRS_ACT_SCREENSHOT:
        save_screenshot(a);
        return;
    case CRS_ACT_HELP:
        toggle_overlay(a, &crs_screen_help);
        return;
    case CRS_ACT_SETTINGS:
        toggle_overlay(a, &crs_screen_settings);
        return;
    case CRS_ACT_HISTORY:
        if (in_game(a)) toggle_overlay(a, &crs_screen_history);
        return;
    case CRS_ACT_LANGUAGE:
        crs_app_set_lang(a, (a->lang + 1) % a->nlangs); /* L: the next language */
        return;
    default:
        break;
    }
    if (top->handle && top->handle(a, act)) {
        a->dirty = 1;
        return;
    }
    int id = -1;
    if (crs_page_handle(crs_app_page(a), act, &id)) a->dirty = 1;
    if (id >= 0) {
        activate(a, id);
        a->dirty = 1;
    } else if (act->kind == CRS_ACT_BACK && top->overlay) {
        crs_app_pop(a);
    }
}

static void input_map(const crs_app *a, crs_input_map *m)
{
    m->out_w = a->out_w;
    m->out_h = a->out_h;
    m->win_w = a->out_w;
    m->win_h = a->out_h;
    if (a->win) SDL_GetWindowSize(a->win, &m->win_w, &m->win_h);
    m->scale = a->scale;
}

static void handle_event(crs_app *a, const SDL_Event *ev)
{
    crs_input_map m;
    crs_action act;
    EACH_LAYER(a, event, l) if (l->ops->event(a, l->self, ev)) return;
    input_map(a, &m);
    if (!crs_input_translate(ev, &m, &act)) return;
    if (act.kind != CRS_ACT_RESIZE && act.kind != CRS_ACT_REDRAW) a->last_input = crs_app_ticks(a);
    dispatch(a, &act);
    EACH_LAYER(a, after_action, l) l->ops->after_action(a, l->self);
}

/* A kiosk left in the middle of a journey goes back to the title for the next visitor. */
static int idle_reset(crs_app *a, Uint64 now)
{
    if (a->o.idle_reset <= 0 || a->stack[0] == &crs_screen_title) return -1;
    if (a->paused) { /* extras: a pause stops the clock; it restarts on continuing */
        a->last_input = now;
        return -1;
    }
    Uint64 due = a->last_input + (Uint64)a->o.idle_reset * 1000u;
    if (now < due) return (int)(due - now);
    SDL_Log("crossings: no input for %d s: back to the title", a->o.idle_reset);
    crs_app_leave_journey(a);
    a->cur = -1;
    a->last_input = now;
    return -1;
}

/* ===== the loop ===== */

int crs_app_animating(const crs_app *a)
{
    if (a->reduced_motion) return 0;
    EACH_LAYER(a, animating, l) if (l->ops->animating(a, l->self)) return 1;
    return a->fade > 0.0f || (a->stack[a->depth - 1] == &crs_screen_stage && a->path_t < 1.0f);
}

static void update(crs_app *a, double dt)
{
    if (a->fade > 0.0f) {
        a->fade -= (float)(dt / 0.22);
        if (a->fade < 0.0f) a->fade = 0.0f;
        a->dirty = 1;
    }
    const crs_screen *top = a->stack[a->depth - 1];
    if (top->update && top->update(a, dt)) a->dirty = 1;
    if (a->reduced_motion) a->fade = 0.0f;
}

static void draw(crs_app *a)
{
    crs_text_frame(a->ts);
    EACH_LAYER(a, draw_under, l) l->ops->draw_under(a, l->self);
    crs_page_draw(crs_app_page(a), crs_app_map_drawer(a), a);
    if (a->fade > 0.0f) {
        SDL_Color bg = a->theme.c[CRS_COL_BG];
        bg.a = (Uint8)(a->fade * 255.0f);
        crs_gfx_fill(a->gfx, (SDL_Rect){0, 0, a->out_w, a->out_h}, bg);
    }
    a->frames++;
}

/* The first frame: the title, drawn before anything else is read; input waits for the next
 * step, when the scenarios are there to act on. */
static void first_frame(crs_app *a)
{
    update(a, 0.0);
    if (a->relayout) crs_app_relayout(a);
    a->dirty = 0;
    draw(a);
    SDL_RenderPresent(a->ren);
    EACH_LAYER(a, after_frame, l) l->ops->after_frame(a, l->self);
#ifndef __EMSCRIPTEN__
    /* A browser shows the frame only once this step has returned: web.c reads them next. */
    crs_app_load_entries(a);
#endif
}

int crs_app_step(crs_app *a, int timeout_ms)
{
    if (!a->entries_loaded) {
        first_frame(a);
        return !a->quit;
    }
    int next = -1; /* the soonest of the layers' due work and the idle reset */
    EACH_LAYER(a, poll, l)
    {
        int due = l->ops->poll(a, l->self);
        if (due >= 0 && (next < 0 || due < next)) next = due;
    }
    int next_reset = idle_reset(a, crs_app_ticks(a));
    if (next_reset >= 0 && (next < 0 || next_reset < next)) next = next_reset;
    if (timeout_ms < 0) {
        timeout_ms = crs_app_animating(a) ? 15 : 1000;
        if (next >= 0 && next < timeout_ms) timeout_ms = next;
    }
    EACH_LAYER(a, tick, l) timeout_ms = l->ops->tick(a, l->self, timeout_ms);
    SDL_Event ev;
    if (!a->dirty && !a->relayout && SDL_WaitEventTimeout(&ev, timeout_ms)) handle_event(a, &ev);
    while (SDL_PollEvent(&ev)) handle_event(a, &ev);
    Uint64 now = crs_app_ticks(a);
    double dt = (double)(now - a->last_tick) / 1000.0;
    if (dt > 0.1) dt = 0.1;
    a->last_tick = now;
    update(a, dt);
    if (a->relayout) crs_app_relayout(a);
    if (a->dirty) {
        a->dirty = 0;
        draw(a);
        SDL_RenderPresent(a->ren);
        EACH_LAYER(a, after_frame, l) l->ops->after_frame(a, l->self);
    }
    EACH_LAYER(a, after_step, l) l->ops->after_step(a, l->self);
    return !a->quit;
}

Uint64 crs_app_ticks(const crs_app *a)
{
    return a->o.clock ? a->o.clock(a->o.clock_ud) : SDL_GetTicks64();
}

/* ===== frames out ===== */

uint8_t *crs_app_read_rgb(crs_app *a, int *w, int *h)
{
    /* A window's back buffer is undefined after a present: draw again, read, then present. */
    draw(a);
    uint8_t *buf = malloc((size_t)a->out_w * (size_t)a->out_h * 3);
    if (buf && SDL_RenderReadPixels(a->ren, NULL, SDL_PIXELFORMAT_RGB24, buf, a->out_w * 3)) {
        SDL_Log("crossings: cannot read pixels: %s", SDL_GetError());
        free(buf);
        buf = NULL;
    }
    SDL_RenderPresent(a->ren);
    *w = a->out_w;
    *h = a->out_h;
    return buf;
}

int crs_app_screenshot(crs_app *a, const char *path)
{
    int w, h;
    uint8_t *rgb = crs_app_read_rgb(a, &w, &h);
    int rc = rgb ? crs_png_write(path, rgb, w, h) : -1;
    free(rgb);
    return rc;
}
