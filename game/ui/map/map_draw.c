/* The route map's drawing: fitting a lon/lat box into a rectangle, views that pre-build pixel
 * geometry once, and drawing land, strokes and routes with SDL_RenderGeometryRaw. */
#include "map/map_internal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

/* Allocations go through SDL_malloc (counted by test_map); drawing itself allocates nothing. */

static void view_error(char *err, size_t cap, const char *msg)
{
    if (err && cap) snprintf(err, cap, "map view: %s", msg);
}

/* ===== Fitting ============================================================================== */

static float clampf(float x, float lo, float hi)
{
    return x < lo ? lo : x > hi ? hi : x;
}

/* The box's extent in isotropic map units (u * aspect, v), from points along its outline
 * since parallels are arcs in a conic projection. */
static int box_bounds(const crs_map *m, const crs_map_box *b, float r[4])
{
    float a = crs_map_aspect(m), u, v;
    if (!(b->lon_min < b->lon_max && b->lat_min < b->lat_max && b->lon_max - b->lon_min <= 360 &&
          b->lat_min >= -89 && b->lat_max <= 89))
        return -1;
    r[0] = r[1] = 1e9f, r[2] = r[3] = -1e9f;
    for (int i = 0; i <= 64; i++) {
        double f = i / 64.0, lon = b->lon_min + f * (b->lon_max - b->lon_min);
        double lat = b->lat_min + f * (b->lat_max - b->lat_min);
        double pts[4][2] = {
            {lon, b->lat_min}, {lon, b->lat_max}, {b->lon_min, lat}, {b->lon_max, lat}};
        for (int k = 0; k < 4; k++) {
            crs_map_project(m, pts[k][0], pts[k][1], &u, &v);
            r[0] = fminf(r[0], u * a), r[1] = fminf(r[1], v);
            r[2] = fmaxf(r[2], u * a), r[3] = fmaxf(r[3], v);
        }
    }
    float pad = 0.04f * fmaxf(r[2] - r[0], r[3] - r[1]);
    r[0] = fmaxf(r[0] - pad, 0), r[1] = fmaxf(r[1] - pad, 0);
    r[2] = fminf(r[2] + pad, a), r[3] = fminf(r[3] + pad, 1);
    return r[2] - r[0] > 1e-4f && r[3] - r[1] > 1e-4f ? 0 : -1;
}

int crs_map_fit(const crs_map *m, SDL_FRect dst, const crs_map_box *box, crs_map_fit_result *out)
{
    if (!m || !out || !(dst.w >= 1 && dst.h >= 1 && dst.w <= 65536 && dst.h <= 65536) ||
        !isfinite(dst.x) || !isfinite(dst.y))
        return -1;
    float a = crs_map_aspect(m), r[4] = {0, 0, a, 1};
    if (box && box_bounds(m, box, r)) return -1;
    float ww = r[2] - r[0], wh = r[3] - r[1], cx = (r[0] + r[2]) / 2, cy = (r[1] + r[3]) / 2;
    /* Grow the box to dst's shape; where the map runs out, letterbox instead. */
    if (ww / wh < dst.w / dst.h)
        ww = fminf(wh * dst.w / dst.h, a);
    else
        wh = fminf(ww * dst.h / dst.w, 1);
    cx = clampf(cx, ww / 2, a - ww / 2), cy = clampf(cy, wh / 2, 1 - wh / 2);
    float s = fminf(dst.w / ww, dst.h / wh);
    float px = dst.x + (dst.w - ww * s) / 2, py = dst.y + (dst.h - wh * s) / 2;
    out->sx = a * s, out->sy = s;
    out->ox = px - (cx - ww / 2) * s, out->oy = py - (cy - wh / 2) * s;
    out->area = (SDL_FRect){px, py, ww * s, wh * s};
    return 0;
}

/* ===== Views: pixel geometry built once per rectangle ======================================= */

typedef struct {
    float *xy; /* quads (wide strokes) ... */
    int *idx;
    int nv, ni;
    SDL_FPoint *pts; /* ... or polylines drawn as 1-pixel lines */
    int *runs;       /* start, count pairs into pts */
    int nruns;
} stroke;

struct crs_map_view {
    const crs_map *map;
    crs_map_fit_result fit;
    float k;
    float *fill_xy;
    unsigned char *highlight;
    stroke layers[LAYER_COUNT];
    float *dot_xy;
    int *dot_idx;
    int ndot_v, ndot_i;
};

#define DOT_SEGS 12

static void to_px(const crs_map_fit_result *f, float u, float v, float *x, float *y)
{
    *x = f->ox + u * f->sx;
    *y = f->oy + v * f->sy;
}

/* A segment as a quad, lengthened by half the width at both ends so joints close. Its two
 * triangles share no vertex index: SDL 2.26's software renderer turns index-sharing pairs that
 * form an upright rectangle into a blended fill and leaves blending on for the rest of the call,
 * which allocates a surface per triangle from then on. */
static void quad(float *xy, int *idx, int base, const float a[2], const float b[2], float w)
{
    float dx = b[0] - a[0], dy = b[1] - a[1], len = sqrtf(dx * dx + dy * dy);
    float tx = dx / len * w / 2, ty = dy / len * w / 2;
    float p[12] = {a[0] - tx - ty, a[1] - ty + tx, a[0] - tx + ty, a[1] - ty - tx,
                   b[0] + tx + ty, b[1] + ty - tx, a[0] - tx - ty, a[1] - ty + tx,
                   b[0] + tx + ty, b[1] + ty - tx, b[0] + tx - ty, b[1] + ty + tx};
    memcpy(xy, p, sizeof p);
    for (int i = 0; i < 6; i++) idx[i] = base + i;
}

static void circle(float *xy, int *idx, int base, float cx, float cy, float r, int segs)
{
    xy[0] = cx, xy[1] = cy;
    for (int i = 0; i < segs; i++) {
        float t = (float)(i * 2 * 3.14159265358979 / segs);
        xy[2 + 2 * i] = cx + r * cosf(t), xy[3 + 2 * i] = cy + r * sinf(t);
        idx[3 * i] = base, idx[3 * i + 1] = base + 1 + i;
        idx[3 * i + 2] = base + 1 + (i + 1) % segs;
    }
}

/* Thin strokes stay 1-pixel lines: software-rasterised quads under 1.5 px break into dots. */
static int build_stroke(crs_map_view *vw, int layer, float w)
{
    const crs_map *m = vw->map;
    stroke *s = &vw->layers[layer];
    int npts = 0, nseg = 0, nruns = 0;
    for (int i = 0; i < m->nlines; i++)
        if (m->lines[i].layer == layer) npts += m->lines[i].n, nseg += m->lines[i].n - 1, nruns++;
    int thin = w < 1.5f;
    s->pts = thin ? SDL_malloc(sizeof *s->pts * (size_t)(npts + 1)) : NULL;
    s->runs = thin ? SDL_malloc(sizeof *s->runs * (size_t)(2 * nruns + 1)) : NULL;
    s->xy = thin ? NULL : SDL_malloc(sizeof *s->xy * (size_t)(12 * nseg + 1));
    s->idx = thin ? NULL : SDL_malloc(sizeof *s->idx * (size_t)(6 * nseg + 1));
    if (thin ? !s->pts || !s->runs : !s->xy || !s->idx) return -1;
    for (int i = 0, p = 0; i < m->nlines; i++) {
        const polyline *l = &m->lines[i];
        if (l->layer != layer) continue;
        if (thin) s->runs[2 * s->nruns] = p, s->runs[2 * s->nruns++ + 1] = l->n;
        float prev[2], cur[2];
        for (int j = 0; j < l->n; j++, p++) {
            const float *uv = m->line_uv + 2 * (l->p0 + j);
            to_px(&vw->fit, uv[0], uv[1], &cur[0], &cur[1]);
            if (thin) s->pts[p] = (SDL_FPoint){cur[0], cur[1]};
            if (!thin && j > 0 && (cur[0] != prev[0] || cur[1] != prev[1])) {
                quad(s->xy + 2 * s->nv, s->idx + s->ni, s->nv, prev, cur, w);
                s->nv += 6, s->ni += 6;
            }
            prev[0] = cur[0], prev[1] = cur[1];
        }
    }
    return 0;
}

static int build_dots(crs_map_view *vw)
{
    const crs_map *m = vw->map;
    int n = 0;
    for (int i = 0; i < m->nlabels; i++)
        n += m->labels[i].kind == CRS_MAP_LABEL_CAPITAL || m->labels[i].kind == CRS_MAP_LABEL_CITY;
    vw->dot_xy = SDL_malloc(sizeof(float) * 2 * (size_t)(n * (DOT_SEGS + 1) + 1));
    vw->dot_idx = SDL_malloc(sizeof(int) * (size_t)(n * 3 * DOT_SEGS + 1));
    if (!vw->dot_xy || !vw->dot_idx) return -1;
    for (int i = 0; i < m->nlabels; i++) {
        const label *l = &m->labels[i];
        if (l->kind != CRS_MAP_LABEL_CAPITAL && l->kind != CRS_MAP_LABEL_CITY) continue;
        float x, y, r = (l->kind == CRS_MAP_LABEL_CAPITAL ? 3.0f : 2.2f) * vw->k;
        to_px(&vw->fit, l->u, l->v, &x, &y);
        circle(vw->dot_xy + 2 * vw->ndot_v, vw->dot_idx + vw->ndot_i, vw->ndot_v, x, y, r,
               DOT_SEGS);
        vw->ndot_v += DOT_SEGS + 1, vw->ndot_i += 3 * DOT_SEGS;
    }
    return 0;
}

crs_map_view *crs_map_view_create(const crs_map *m, SDL_FRect dst, const crs_map_box *box,
                                  float ui_scale, char *err, size_t errcap)
{
    crs_map_view *vw = m ? SDL_calloc(1, sizeof *vw) : NULL;
    if (!m) return view_error(err, errcap, "no map"), NULL;
    if (!vw) return view_error(err, errcap, "out of memory"), NULL;
    vw->map = m;
    vw->k = ui_scale > 0 && isfinite(ui_scale) ? ui_scale : dst.h / 720.0f;
    if (crs_map_fit(m, dst, box, &vw->fit) || !(vw->k > 0 && vw->k < 64)) {
        crs_map_view_free(vw);
        return view_error(err, errcap, "empty destination, bad scale or a box outside the map"),
               NULL;
    }
    vw->fill_xy = SDL_malloc(sizeof(float) * 2 * (size_t)(m->nuv + 1));
    vw->highlight = SDL_calloc((size_t)m->ncountries + 1, 1);
    if (!vw->fill_xy || !vw->highlight || build_stroke(vw, LAYER_COAST, 1.0f * vw->k) ||
        build_stroke(vw, LAYER_BORDER, 1.0f * vw->k) ||
        build_stroke(vw, LAYER_RIVER, 1.75f * vw->k) || build_dots(vw)) {
        crs_map_view_free(vw);
        return view_error(err, errcap, "out of memory"), NULL;
    }
    for (int i = 0; i < m->nuv; i++)
        to_px(&vw->fit, m->uv[2 * i], m->uv[2 * i + 1], &vw->fill_xy[2 * i],
              &vw->fill_xy[2 * i + 1]);
    return vw;
}

void crs_map_view_free(crs_map_view *vw)
{
    if (!vw) return;
    for (int i = 0; i < LAYER_COUNT; i++) {
        SDL_free(vw->layers[i].xy), SDL_free(vw->layers[i].idx);
        SDL_free(vw->layers[i].pts), SDL_free(vw->layers[i].runs);
    }
    SDL_free(vw->fill_xy), SDL_free(vw->highlight);
    SDL_free(vw->dot_xy), SDL_free(vw->dot_idx);
    SDL_free(vw);
}

const crs_map_fit_result *crs_map_view_fit(const crs_map_view *vw)
{
    return vw ? &vw->fit : NULL;
}

int crs_map_view_to_px(const crs_map_view *vw, float u, float v, float *x, float *y)
{
    if (!vw) return *x = *y = 0, 0;
    const SDL_FRect *a = &vw->fit.area;
    to_px(&vw->fit, u, v, x, y);
    return *x >= a->x && *y >= a->y && *x <= a->x + a->w && *y <= a->y + a->h;
}

int crs_map_view_highlight(crs_map_view *vw, const char *id, int on)
{
    for (int i = 0; vw && id && i < vw->map->ncountries; i++)
        if (strcmp(vw->map->countries[i].id, id) == 0) return vw->highlight[i] = !!on, 0;
    return -1;
}

int crs_map_view_lonlat_to_px(const crs_map_view *vw, double lon, double lat, float *x, float *y)
{
    float u, v;
    if (!vw) return *x = *y = 0, 0;
    crs_map_project(vw->map, lon, lat, &u, &v);
    return crs_map_view_to_px(vw, u, v, x, y);
}

int crs_map_view_highlight_points(crs_map_view *vw, const double *lonlat, int n)
{
    int hits = 0;
    for (int i = 0; vw && lonlat && i < n; i++) {
        const char *id = crs_map_country_at(vw->map, lonlat[2 * i], lonlat[2 * i + 1]);
        if (id) hits += crs_map_view_highlight(vw, id, 1) == 0;
    }
    return hits;
}

void crs_map_view_highlight_clear(crs_map_view *vw)
{
    if (vw) memset(vw->highlight, 0, (size_t)vw->map->ncountries);
}

/* ===== Drawing ============================================================================== */

typedef struct {
    SDL_Rect clip;
    SDL_bool clipped;
    Uint8 r, g, b, a;
    SDL_BlendMode blend;
} saved_state;

/* Clips to the map's area within the caller's own clip, remembering what to restore. */
static void begin(SDL_Renderer *r, const SDL_FRect *area, saved_state *s)
{
    SDL_Rect mine = {(int)floorf(area->x), (int)floorf(area->y), 0, 0};
    mine.w = (int)ceilf(area->x + area->w) - mine.x;
    mine.h = (int)ceilf(area->y + area->h) - mine.y;
    s->clipped = SDL_RenderIsClipEnabled(r);
    SDL_RenderGetClipRect(r, &s->clip);
    SDL_GetRenderDrawColor(r, &s->r, &s->g, &s->b, &s->a);
    SDL_GetRenderDrawBlendMode(r, &s->blend);
    if (s->clipped && !SDL_IntersectRect(&s->clip, &mine, &mine)) mine.w = mine.h = 0;
    SDL_RenderSetClipRect(r, &mine);
}

static void end(SDL_Renderer *r, const saved_state *s)
{
    SDL_RenderSetClipRect(r, s->clipped ? &s->clip : NULL);
    SDL_SetRenderDrawColor(r, s->r, s->g, s->b, s->a);
    SDL_SetRenderDrawBlendMode(r, s->blend);
}

/* Geometry without a texture takes the renderer's blend mode: blend only what is translucent. */
static int use_color(SDL_Renderer *r, SDL_Color c)
{
    return SDL_SetRenderDrawBlendMode(r, c.a < 255 ? SDL_BLENDMODE_BLEND : SDL_BLENDMODE_NONE) |
           SDL_SetRenderDrawColor(r, c.r, c.g, c.b, c.a);
}

/* One colour for every vertex: SDL reads the colour with stride 0 (checked by test_map). */
static int fill(SDL_Renderer *r, const float *xy, int nv, const int *idx, int ni, SDL_Color c)
{
    if (c.a == 0 || ni == 0) return 0;
    if (use_color(r, c)) return -1;
    return SDL_RenderGeometryRaw(r, NULL, xy, 2 * sizeof(float), &c, 0, NULL, 0, nv, idx, ni, 4);
}

static int draw_stroke(SDL_Renderer *r, const stroke *s, SDL_Color c)
{
    int rc = 0;
    if (c.a == 0) return 0;
    if (!s->pts) return fill(r, s->xy, s->nv, s->idx, s->ni, c);
    rc |= use_color(r, c);
    for (int i = 0; i < s->nruns; i++)
        rc |= SDL_RenderDrawLinesF(r, s->pts + s->runs[2 * i], s->runs[2 * i + 1]);
    return rc ? -1 : 0;
}

static int draw_countries(SDL_Renderer *r, const crs_map_view *vw, const crs_map_style *st)
{
    const crs_map *m = vw->map;
    int rc = 0;
    /* Context first, so route countries' fills win along shared borders. */
    for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < m->ncountries; i++) {
            const country *k = &m->countries[i];
            if (k->on_route != pass) continue;
            SDL_Color c = !k->on_route       ? st->land_context
                          : vw->highlight[i] ? st->land_highlight
                                             : st->land;
            rc |= fill(r, vw->fill_xy + 2 * k->vert0, k->nvert, m->idx + k->idx0, k->nidx, c);
        }
    }
    return rc;
}

int crs_map_draw(const crs_map *m, SDL_Renderer *r, const crs_map_view *vw, const crs_map_style *st)
{
    saved_state s;
    int rc = 0;
    if (!m || !r || !vw || !st || vw->map != m) return -1;
    begin(r, &vw->fit.area, &s);
    if (st->sea.a) rc |= use_color(r, st->sea) | SDL_RenderFillRectF(r, &vw->fit.area);
    rc |= draw_countries(r, vw, st);
    rc |= draw_stroke(r, &vw->layers[LAYER_COAST], st->coast);
    rc |= draw_stroke(r, &vw->layers[LAYER_BORDER], st->border);
    rc |= draw_stroke(r, &vw->layers[LAYER_RIVER], st->river);
    rc |= fill(r, vw->dot_xy, vw->ndot_v, vw->dot_idx, vw->ndot_i, st->place);
    end(r, &s);
    return rc ? -1 : 0;
}

/* ===== Routes =============================================================================== */

#define BATCH_V 1024
#define SEGS    24

typedef struct {
    float xy[2 * BATCH_V];
    int idx[3 * BATCH_V];
    int nv, ni, rc;
    SDL_Renderer *r;
    SDL_Color c;
} batch;

static void flush(batch *b)
{
    b->rc |= fill(b->r, b->xy, b->nv, b->idx, b->ni, b->c);
    b->nv = b->ni = 0;
}

static void add_quad(batch *b, const float a[2], const float c[2], float w)
{
    if (a[0] == c[0] && a[1] == c[1]) return;
    if (b->nv + 6 > BATCH_V) flush(b);
    quad(b->xy + 2 * b->nv, b->idx + b->ni, b->nv, a, c, w);
    b->nv += 6, b->ni += 6;
}

static void add_circle(batch *b, const float p[2], float radius)
{
    if (b->nv + SEGS + 1 > BATCH_V) flush(b);
    circle(b->xy + 2 * b->nv, b->idx + b->ni, b->nv, p[0], p[1], radius, SEGS);
    b->nv += SEGS + 1, b->ni += 3 * SEGS;
}

/* The way still ahead, as dashes along each leg. */
static void dashes(batch *b, const float a[2], const float c[2], float w, float dash)
{
    float dx = c[0] - a[0], dy = c[1] - a[1], len = sqrtf(dx * dx + dy * dy);
    for (float t = 0; t < len; t += 2 * dash) {
        float t1 = fminf(t + dash, len);
        float p[2] = {a[0] + dx * t / len, a[1] + dy * t / len};
        float q[2] = {a[0] + dx * t1 / len, a[1] + dy * t1 / len};
        add_quad(b, p, q, w);
    }
}

static void route_line(batch *b, float (*px)[2], int n, float pos, float k)
{
    int full = (int)pos;
    float f = pos - (float)full, w = 3.5f * k;
    for (int i = 0; i < n - 1 && i <= full; i++) {
        float *a = px[i], *c = px[i + 1];
        float head[2] = {a[0] + (c[0] - a[0]) * f, a[1] + (c[1] - a[1]) * f};
        add_circle(b, a, w / 2);
        if (i < full) {
            add_quad(b, a, c, w);
        } else if (f > 0) {
            add_quad(b, a, head, w);
            add_circle(b, head, w / 2);
        }
    }
}

static void markers(batch *b, float (*px)[2], int n, float pos, int current, int which, float k)
{
    for (int i = 0; i < n; i++) {
        int reached = (float)i <= pos + 1e-4f, cur = i == current;
        if (which == 0) add_circle(b, px[i], (cur ? 9.0f : reached ? 5.5f : 4.0f) * k);
        if (which == 1 && reached && !cur) add_circle(b, px[i], 4.0f * k);
        if (which == 2 && !reached && !cur) add_circle(b, px[i], 2.5f * k);
        if (which == 3 && cur) add_circle(b, px[i], 6.5f * k);
    }
}

int crs_map_draw_path(const crs_map *m, SDL_Renderer *r, const crs_map_view *vw,
                      const crs_map_style *st, const double *lonlat, int n, float progress,
                      int current)
{
    float px[CRS_MAP_PATH_MAX][2], u, v;
    batch b;
    saved_state s;
    if (!m || !r || !vw || !st || vw->map != m || !lonlat || n < 1 || n > CRS_MAP_PATH_MAX)
        return -1;
    for (int i = 0; i < n; i++) {
        if (!isfinite(lonlat[2 * i]) || !(fabs(lonlat[2 * i + 1]) <= 89)) return -1;
        crs_map_project(m, lonlat[2 * i], lonlat[2 * i + 1], &u, &v);
        to_px(&vw->fit, u, v, &px[i][0], &px[i][1]);
    }
    float pos = clampf(isfinite(progress) ? progress : 0, 0, 1) * (float)(n - 1);
    const SDL_Color cols[4] = {st->marker_ring, st->marker, st->route_ahead, st->marker_current};
    b.r = r, b.nv = b.ni = b.rc = 0;
    begin(r, &vw->fit.area, &s);
    b.c = st->route_ahead;
    for (int i = 0; i < n - 1; i++) dashes(&b, px[i], px[i + 1], 1.5f * vw->k, 5.0f * vw->k);
    flush(&b);
    b.c = st->route;
    route_line(&b, px, n, pos, vw->k);
    flush(&b);
    for (int which = 0; which < 4; which++) {
        b.c = cols[which];
        markers(&b, px, n, pos, current, which, vw->k);
        flush(&b);
    }
    end(r, &s);
    return b.rc ? -1 : 0;
}
