/* The route map on screen: one map view per size, scenario and language (geometry and label
 * layout built once), drawn through an SDL viewport so scrolling moves it without rebuilding;
 * the path so far comes from the engine's history. */
#include "map/mapview.h"

#include <stdlib.h>
#include <string.h>
#include "map/map.h"

#define MAX_LABELS 96

typedef struct {
    const char *text;
    crs_font font;
    int x, y, kind;
} label;

struct crs_mapview {
    char path[1200];
    int load_failed; /* logged once; the map slot then stays empty */
    crs_map *map;    /* parsed on first draw: most start-ups show the title, not a map */
    crs_map_view *view;
    /* what the view was built for */
    int w, h, high_contrast;
    float scale;
    const crs_scenario *scen;
    crs_map_box box;
    int has_box;
    char lang[8];
    label labels[MAX_LABELS];
    int nlabels;
};

crs_mapview *crs_mapview_new(const char *path, char *err, size_t errcap)
{
    /* A missing map is a broken install: say so at start-up, not on the first stage. */
    SDL_RWops *probe = SDL_RWFromFile(path, "rb");
    if (!probe) {
        SDL_snprintf(err, errcap, "%s", SDL_GetError());
        return NULL;
    }
    SDL_RWclose(probe);
    crs_mapview *mv = calloc(1, sizeof *mv);
    if (!mv) {
        SDL_snprintf(err, errcap, "out of memory");
        return NULL;
    }
    SDL_strlcpy(mv->path, path, sizeof mv->path);
    return mv;
}

/* Parses the map file the first time it is needed; 0 when ready. */
static int ensure_loaded(crs_mapview *mv)
{
    if (mv->map) return 0;
    if (mv->load_failed) return -1;
    char why[400];
    mv->map = crs_map_load(mv->path, why, sizeof why);
    if (!mv->map) {
        SDL_Log("crossings: cannot load the route map %s: %s", mv->path, why);
        mv->load_failed = 1;
        return -1;
    }
    return 0;
}

const crs_map *crs_mapview_map(crs_mapview *mv)
{
    return mv && ensure_loaded(mv) == 0 ? mv->map : NULL;
}

void crs_mapview_free(crs_mapview *mv)
{
    if (!mv) return;
    crs_map_view_free(mv->view);
    crs_map_free(mv->map);
    free(mv);
}

static int add_stop(const crs_scenario *s, int stage, double *ll, int n, int cap)
{
    if (stage < 0 || stage >= s->nstages || !s->stages[stage].has_map || n >= cap) return n;
    double lon = s->stages[stage].lon, lat = s->stages[stage].lat;
    if (n > 0 && ll[2 * n - 2] == lon && ll[2 * n - 1] == lat) return n;
    ll[2 * n] = lon;
    ll[2 * n + 1] = lat;
    return n + 1;
}

int crs_mapview_path(const crs_scenario *s, const crs_engine *e, double *lonlat, int cap,
                     int *current)
{
    int n = 0;
    size_t len = e ? crs_engine_history_len(e) : 0;
    for (size_t i = 0; i < len; i++) {
        const crs_step *st = crs_engine_history(e, i);
        n = add_stop(s, st->stage_before, lonlat, n, cap);
        n = add_stop(s, st->stage_after, lonlat, n, cap);
    }
    if (e) n = add_stop(s, crs_engine_stage(e), lonlat, n, cap);
    *current = n - 1;
    return n;
}

/* The region every stage of the scenario lies in (before margins). */
static int scenario_box(const crs_scenario *s, crs_map_box *b)
{
    int any = 0;
    for (int i = 0; s && i < s->nstages; i++) {
        if (!s->stages[i].has_map) continue;
        double lon = s->stages[i].lon, lat = s->stages[i].lat;
        if (!any) *b = (crs_map_box){lon, lat, lon, lat};
        any = 1;
        if (lon < b->lon_min) b->lon_min = lon;
        if (lon > b->lon_max) b->lon_max = lon;
        if (lat < b->lat_min) b->lat_min = lat;
        if (lat > b->lat_max) b->lat_max = lat;
    }
    return any;
}

/* A margin around the places, and at least 9 by 6 degrees so a short route still shows its
 * region (the river, the provinces on both sides). */
static void widen(crs_map_box *b)
{
    double cx = (b->lon_min + b->lon_max) / 2, cy = (b->lat_min + b->lat_max) / 2;
    double hw = (b->lon_max - b->lon_min) / 2 * 1.25 + 1.5;
    double hh = (b->lat_max - b->lat_min) / 2 * 1.25 + 1.5;
    if (hw < 4.5) hw = 4.5;
    if (hh < 3.0) hh = 3.0;
    *b = (crs_map_box){cx - hw, cy - hh, cx + hw, cy + hh};
}

static int overlaps(const SDL_Rect *a, const SDL_Rect *rs, int n)
{
    for (int i = 0; i < n; i++)
        if (SDL_HasIntersection(a, &rs[i])) return 1;
    return 0;
}

/* Places labels once per view: inside the map, not over one another. */
static void layout_labels(crs_mapview *mv, crs_textsys *ts)
{
    SDL_Rect taken[MAX_LABELS], marks[MAX_LABELS];
    int ntaken = 0, nmarks = 0;
    mv->nlabels = 0;
    /* Keep clear of every place a route marker can stand on. */
    int rad = (int)(12 * mv->scale);
    for (int i = 0; mv->scen && i < mv->scen->nstages && nmarks < MAX_LABELS; i++) {
        const crs_stage *st = &mv->scen->stages[i];
        float x, y;
        if (st->has_map && crs_map_view_lonlat_to_px(mv->view, st->lon, st->lat, &x, &y))
            marks[nmarks++] = (SDL_Rect){(int)x - rad, (int)y - rad, 2 * rad, 2 * rad};
    }
    int n = crs_map_label_count(mv->map);
    for (int i = 0; i < n && mv->nlabels < MAX_LABELS; i++) {
        const char *text;
        float u, v, x, y;
        int kind;
        if (crs_map_label(mv->map, i, mv->lang, &text, &u, &v, &kind) != 0 || !text || !*text)
            continue;
        if (!crs_map_view_to_px(mv->view, u, v, &x, &y)) continue;
        crs_font f = kind == CRS_MAP_LABEL_COUNTRY ? CRS_FONT_SMALL_BOLD : CRS_FONT_SMALL;
        int w = crs_text_width(ts, f, text, strlen(text)), h = crs_text_line_h(ts, f);
        int dot = kind == CRS_MAP_LABEL_CAPITAL || kind == CRS_MAP_LABEL_CITY;
        /* A place's name sits beside its dot, clear of a route marker standing on it. */
        SDL_Rect r = {dot ? (int)x + rad : (int)x - w / 2, (int)y - h / 2, w, h};
        if (r.x < 0 || r.y < 0 || r.x + w > mv->w || r.y + h > mv->h) continue;
        if (overlaps(&r, taken, ntaken) || (!dot && overlaps(&r, marks, nmarks))) continue;
        taken[ntaken++] = r;
        mv->labels[mv->nlabels++] = (label){text, f, r.x, r.y, kind};
    }
}

/* The box around the stops of a path, with the same margins and minimum as scenario_box. */
static int path_box(const double *ll, int n, crs_map_box *b)
{
    if (n <= 0) return 0;
    *b = (crs_map_box){ll[0], ll[1], ll[0], ll[1]};
    for (int i = 1; i < n; i++) {
        if (ll[2 * i] < b->lon_min) b->lon_min = ll[2 * i];
        if (ll[2 * i] > b->lon_max) b->lon_max = ll[2 * i];
        if (ll[2 * i + 1] < b->lat_min) b->lat_min = ll[2 * i + 1];
        if (ll[2 * i + 1] > b->lat_max) b->lat_max = ll[2 * i + 1];
    }
    return 1;
}

static int same_box(const crs_map_box *a, const crs_map_box *b)
{
    return a->lon_min == b->lon_min && a->lat_min == b->lat_min && a->lon_max == b->lon_max &&
           a->lat_max == b->lat_max;
}

static int prepare(crs_mapview *mv, crs_textsys *ts, SDL_Rect dst, float scale, const char *lang,
                   const crs_scenario *s, const crs_map_box *box)
{
    if (mv->view && mv->w == dst.w && mv->h == dst.h && mv->scale == scale && mv->scen == s &&
        strcmp(mv->lang, lang) == 0 && mv->has_box == (box != NULL) &&
        (!box || same_box(box, &mv->box)))
        return 0;
    crs_map_view_free(mv->view);
    char err[160];
    mv->view = crs_map_view_create(mv->map, (SDL_FRect){0, 0, (float)dst.w, (float)dst.h}, box,
                                   scale, err, sizeof err);
    if (!mv->view) {
        SDL_Log("crossings: map view: %s", err);
        return -1;
    }
    mv->w = dst.w;
    mv->h = dst.h;
    mv->scale = scale;
    mv->scen = s;
    mv->has_box = box != NULL;
    if (box) mv->box = *box;
    SDL_strlcpy(mv->lang, lang, sizeof mv->lang);
    layout_labels(mv, ts);
    return 0;
}

void crs_mapview_draw(crs_mapview *mv, SDL_Renderer *r, crs_textsys *ts, const crs_theme *th,
                      int high_contrast, SDL_Rect dst, float scale, const char *lang,
                      const crs_scenario *s, const crs_engine *e, float progress, int fit_path)
{
    double ll[2 * CRS_MAP_PATH_MAX];
    int cur, n = s ? crs_mapview_path(s, e, ll, CRS_MAP_PATH_MAX, &cur) : 0;
    crs_map_box box;
    int has_box = fit_path ? path_box(ll, n, &box) : scenario_box(s, &box);
    if (has_box) widen(&box);
    if (dst.w <= 0 || dst.h <= 0 || ensure_loaded(mv) != 0 ||
        prepare(mv, ts, dst, scale, lang, s, has_box ? &box : NULL))
        return;
    crs_map_style st;
    if (high_contrast)
        crs_map_style_high_contrast(&st);
    else
        crs_map_style_default(&st);
    SDL_Rect old;
    SDL_RenderGetViewport(r, &old);
    SDL_RenderSetViewport(r, &dst);
    crs_map_draw(mv->map, r, mv->view, &st);
    for (int i = 0; i < mv->nlabels; i++) {
        const label *l = &mv->labels[i];
        crs_colour c = l->kind == CRS_MAP_LABEL_COUNTRY ? CRS_COL_MUTED : CRS_COL_INK;
        crs_text_draw(ts, l->font, l->text, strlen(l->text), l->x, l->y, th->c[c]);
    }
    if (n > 0) {
        /* The legs before the last are complete; progress draws the last one in. */
        float p = n > 1 ? ((float)(n - 2) + progress) / (float)(n - 1) : 1.0f;
        crs_map_draw_path(mv->map, r, mv->view, &st, ll, n, p, cur);
    }
    SDL_RenderSetViewport(r, &old);
}
