/* The kiosk's idle screens: the attract loop (the route map drawing each scenario's route in
 * turn, the title and an invitation to touch in both languages) and a calm "out of order" page. */
#include "kiosk/kiosk.h"

#include <string.h>

#define DRAW_S     9.0 /* a route draws itself in this long */
#define HOLD_S     5.0 /* then rests */
#define MAX_ROUTES 64

/* ===== layout ===== */

/* Moves everything in the body down by dy pixels (to centre a block vertically). */
static void shift(crs_page *p, int from_item, int from_button, int dy)
{
    for (int i = from_item; i < p->nitems; i++) p->items[i].r.y += dy;
    for (int i = from_button; i < p->nbuttons; i++) p->buttons[i].r.y += dy;
    p->y += dy;
}

/* Title, tagline and the invitation, first language first; centred in [top, bottom). */
static void words(crs_app *a, crs_page *p, int top, int bottom, int invite)
{
    int first = a->ko ? 1 : 0, second = !first;
    int i0 = p->nitems, b0 = p->nbuttons;
    p->y = top;
    crs_page_text(p, CRS_FONT_TITLE, CRS_COL_INK, crs_str_get(S_APP_TITLE, first));
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_MUTED, crs_str_get(S_APP_TITLE, second));
    crs_page_gap(p, 18);
    crs_page_rule(p);
    crs_page_gap(p, 18);
    crs_page_text(p, CRS_FONT_LEAD, CRS_COL_INK, crs_str_get(S_TAGLINE, first));
    crs_page_gap(p, 4);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_str_get(S_TAGLINE, second));
    crs_page_gap(p, 44);
    static const char *const touch[2] = {"Touch the screen to begin", "화면을 눌러 시작하세요"};
    static const char *const rest[2] = {
        "This exhibit is resting for a moment. Please come back a little later.",
        "지금은 잠시 이용할 수 없습니다. 조금 뒤에 다시 이용해 주세요."};
    const char *const *line = invite ? touch : rest;
    crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_ACCENT, line[first]);
    crs_page_gap(p, 4);
    crs_page_text(p, CRS_FONT_LEAD, CRS_COL_INK, line[second]);
    crs_page_card_end(p);
    int h = p->y - top;
    if (bottom - top > h) shift(p, i0, b0, (bottom - top - h) / 2);
}

static void build_screen(crs_app *a, crs_page *p, int invite)
{
    int wide = p->ctx.w * 10 > p->ctx.h * 12;
    crs_page_begin(p, &p->ctx, wide ? 1600 : 900); /* no top bar: nothing to press but the screen */
    int m = crs_page_px(p, 40);
    if (wide) {
        int x0 = p->col_x, w0 = p->col_w, gap = crs_page_px(p, 56);
        p->col_w = w0 * 56 / 100;
        p->y = m;
        crs_page_map(p, (float)(p->ctx.h - 2 * m) / p->ctx.scale);
        p->col_x = x0 + p->col_w + gap;
        p->col_w = w0 - p->col_w - gap;
        words(a, p, m, p->ctx.h - m, invite);
        p->col_x = x0;
        p->col_w = w0;
    } else {
        p->y = m;
        crs_page_map(p, (float)(p->ctx.h * 52 / 100) / p->ctx.scale);
        int top = p->y;
        words(a, p, top, p->ctx.h - m, invite);
    }
    p->y = p->ctx.h - crs_page_px(p, 60); /* never scrolls */
}

/* ===== the attract loop ===== */

static void attract_enter(crs_app *a)
{
    a->kiosk->anim_start = crs_app_ticks(a);
}

static void attract_build(crs_app *a, crs_page *p)
{
    build_screen(a, p, 1);
}

/* Any touch, click or key begins: the title screen, where the language can be changed. */
static int attract_handle(crs_app *a, const crs_action *act)
{
    if (act->kind == CRS_ACT_POINTER_DOWN || act->kind == CRS_ACT_POINTER_MOVE) return 1;
    if (act->kind == CRS_ACT_POINTER_UP || act->kind == CRS_ACT_ACTIVATE ||
        act->kind == CRS_ACT_CHOOSE) {
        crs_app_goto(a, &crs_screen_title);
        return 1;
    }
    return act->kind != CRS_ACT_LANGUAGE && act->kind != CRS_ACT_RESIZE;
}

/* Seconds into the loop (the app clock, so tests and slow frames agree). */
static double loop_t(const crs_app *a)
{
    return (double)(crs_app_ticks(a) - a->kiosk->anim_start) / 1000.0;
}

static int attract_update(crs_app *a, double dt)
{
    (void)dt;
    return crs_kiosk_animating(a);
}

/* The stops of entry e's route (stages with a place on the map). */
static int route(const crs_app *a, int e, double *lonlat)
{
    const crs_scenario *s = a->entries[e].s;
    int n = 0;
    for (int i = 0; s && i < s->nstages && n < CRS_MAP_PATH_MAX; i++)
        if (s->stages[i].has_map) {
            lonlat[2 * n] = s->stages[i].lon;
            lonlat[2 * n + 1] = s->stages[i].lat;
            n++;
        }
    return n;
}

int crs_kiosk_animating(const crs_app *a)
{
    if (!a->kiosk || a->reduced_motion || a->depth < 1 ||
        a->stack[a->depth - 1] != &crs_screen_attract || !a->kiosk->map || a->nentries < 1)
        return 0;
    double t = loop_t(a);
    double in_cycle = t - (double)(long)(t / (DRAW_S + HOLD_S)) * (DRAW_S + HOLD_S);
    return in_cycle < DRAW_S; /* resting between routes costs nothing */
}

int crs_kiosk_attract_wait(const crs_app *a, int wait)
{
    if (!a->kiosk || a->reduced_motion || !a->kiosk->map || a->nentries < 1) return wait;
    double t = loop_t(a), cycle = DRAW_S + HOLD_S;
    double in_cycle = t - (double)(long)(t / cycle) * cycle;
    if (in_cycle < DRAW_S) return wait;
    int ms = (int)((cycle - in_cycle) * 1000.0) + 1; /* wake for the next route, on time */
    return ms < wait || wait < 0 ? ms : wait;
}

const crs_screen crs_screen_attract = {"attract", attract_enter,  attract_build, attract_handle,
                                       NULL,      attract_update, NULL,          0};

/* ===== out of order ===== */

static void ooo_build(crs_app *a, crs_page *p)
{
    build_screen(a, p, 0);
}

static int ooo_handle(crs_app *a, const crs_action *act)
{
    (void)a;
    return act->kind != CRS_ACT_RESIZE; /* nothing to do but wait for the retry */
}

const crs_screen crs_screen_out_of_order = {"out-of-order", NULL, ooo_build, ooo_handle,
                                            NULL,           NULL, NULL,      0};

/* ===== the map ===== */

/* The part of the map entry e's route crosses, with a margin; 0 when it has no stops. */
static int route_box(const crs_app *a, int e, crs_map_box *b)
{
    double ll[2 * CRS_MAP_PATH_MAX];
    int n = route(a, e, ll);
    for (int i = 0; i < n; i++) {
        double lon = ll[2 * i], lat = ll[2 * i + 1];
        if (!i || lon < b->lon_min) b->lon_min = lon;
        if (!i || lon > b->lon_max) b->lon_max = lon;
        if (!i || lat < b->lat_min) b->lat_min = lat;
        if (!i || lat > b->lat_max) b->lat_max = lat;
    }
    if (n == 0) return 0;
    /* Room around the stops, and never closer than a region (a route along one river). */
    double mlon = (b->lon_max - b->lon_min) * 0.25 + 4.0;
    double mlat = (b->lat_max - b->lat_min) * 0.25 + 4.0;
    b->lon_min -= mlon;
    b->lon_max += mlon;
    b->lat_min -= mlat;
    b->lat_max += mlat;
    return 1;
}

/* The view for rect r zoomed on entry e's route (rebuilt when either changes). */
static int ensure_view(crs_app *a, SDL_Rect r, int e)
{
    crs_kiosk *k = a->kiosk;
    char err[256];
    if (!k->map) {
        /* The same parsed map the journey's screens draw (one copy in memory). */
        if (k->map_failed) return 0;
        k->map = crs_mapview_map(a->map);
        if (!k->map) {
            k->map_failed = 1;
            crs_kiosk_log(a, "route map unavailable (see the log for why)");
            return 0;
        }
    }
    if (k->view && SDL_RectEquals(&r, &k->view_rect) && k->view_contrast == a->high_contrast &&
        k->view_route == e)
        return 1;
    crs_map_view_free(k->view);
    SDL_FRect fr = {(float)r.x, (float)r.y, (float)r.w, (float)r.h};
    crs_map_box box;
    int zoom = e >= 0 && e < a->nentries && route_box(a, e, &box);
    k->view = crs_map_view_create(k->map, fr, zoom ? &box : NULL, a->scale, err, sizeof err);
    k->view_rect = r;
    k->view_route = e;
    k->view_contrast = a->high_contrast;
    return k->view != NULL;
}

static void draw_map(crs_app *a, SDL_Rect r)
{
    crs_kiosk *k = a->kiosk;
    crs_gfx_round(a->gfx, r, (int)(14 * a->scale), a->theme.c[CRS_COL_MAP]);
    if (a->nentries < 1) return;
    double t = a->reduced_motion ? 0.0 : loop_t(a), cycle = DRAW_S + HOLD_S;
    int e = (int)((long)(t / cycle) % a->nentries);
    if (!ensure_view(a, r, e)) return;
    crs_map_style st;
    if (a->high_contrast)
        crs_map_style_high_contrast(&st);
    else
        crs_map_style_default(&st);
    double lonlat[2 * CRS_MAP_PATH_MAX];
    int n = route(a, e, lonlat);
    double in_cycle = t - (double)(long)(t / cycle) * cycle;
    float progress =
        a->reduced_motion ? 1.0f : (float)(in_cycle >= DRAW_S ? 1.0 : in_cycle / DRAW_S);
    crs_map_view_highlight_clear(k->view);
    if (n > 0) crs_map_view_highlight_points(k->view, lonlat, n);
    crs_map_draw(k->map, a->ren, k->view, &st);
    if (n >= 2) {
        int cur = (int)(progress * (float)(n - 1) + 0.001f);
        crs_map_draw_path(k->map, a->ren, k->view, &st, lonlat, n, progress, cur);
    }
    /* The scenario whose route is drawn, on a label in the corner of the map. */
    const crs_scenario *s = a->entries[e].s;
    const char *title = crs_app_text_of(a, s, &s->title);
    size_t len = strlen(title);
    int pad = (int)(16 * a->scale), px = (int)(12 * a->scale), py = (int)(6 * a->scale);
    int lh = crs_text_line_h(a->ts, CRS_FONT_BOLD),
        tw = crs_text_width(a->ts, CRS_FONT_BOLD, title, len);
    SDL_Rect pill = {r.x + pad, r.y + r.h - pad - lh - 2 * py, tw + 2 * px, lh + 2 * py};
    crs_gfx_round_border(a->gfx, pill, (int)(8 * a->scale), 1, a->theme.c[CRS_COL_RULE],
                         a->theme.c[CRS_COL_SURFACE]);
    crs_text_draw(a->ts, CRS_FONT_BOLD, title, len, pill.x + px, pill.y + py,
                  a->theme.c[CRS_COL_INK]);
}

void crs_kiosk_map_draw(void *app, SDL_Rect r)
{
    crs_app *a = app;
    const crs_screen *top = a->depth > 0 ? a->stack[a->depth - 1] : NULL;
    if (top == &crs_screen_attract || top == &crs_screen_out_of_order) {
        if (top == &crs_screen_out_of_order) {
            crs_gfx_round(a->gfx, r, (int)(14 * a->scale), a->theme.c[CRS_COL_MAP]);
            if (ensure_view(a, r, -1)) {
                crs_map_style st;
                crs_map_style_default(&st);
                crs_map_draw(a->kiosk->map, a->ren, a->kiosk->view, &st);
            }
            return;
        }
        draw_map(a, r);
        return;
    }
    crs_ui_map_draw(app, r);
}
