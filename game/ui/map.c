/* The route map: loading and validating route-map.json, the equidistant conic projection, fitting
 * into a rectangle, pre-built pixel geometry per view, and drawing with SDL_RenderGeometryRaw. */
#include "map.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Every allocation goes through SDL_malloc so a test can count them with SDL's memory hooks. */
#define RAD          (3.14159265358979323846 / 180.0)
#define MAP_FILE_MAX (8L * 1024 * 1024)
#define MAP_ITEMS    200000 /* no array in the file may be longer: bounds every allocation */
#define NAME_MAX     256

typedef struct {
    char id[8];
    const char *name[2]; /* en, ko */
    int on_route;
    int vert0, nvert, idx0, nidx;
} country;

enum { LAYER_COAST, LAYER_BORDER, LAYER_RIVER, LAYER_COUNT };

typedef struct {
    int layer, p0, n; /* points p0 .. p0 + n - 1 in line_uv */
} polyline;

typedef struct {
    const char *text[2];
    float u, v;
    int kind;
} label;

struct crs_map {
    double lon0, cone_n, cone_g, radius, rho0, x0, y0, x1, y1, grid;
    country *countries;
    int ncountries, ccountries;
    float *uv; /* polygon vertices, u v pairs; nuv counts pairs, cuv floats */
    int nuv, cuv;
    int *idx;
    int nidx, cidx;
    float *line_uv; /* nline_uv counts pairs, cline_uv floats */
    int nline_uv, cline_uv;
    polyline *lines;
    int nlines, clines;
    label *labels;
    int nlabels, clabels;
    char **strings;
    int nstrings, cstrings;
};

/* ===== Errors and small helpers ============================================================= */

typedef struct {
    char *err;
    size_t cap;
    const char *file;
} ctx;

static int fail(ctx *c, const char *fmt, ...)
{
    if (c->err && c->cap > 0) {
        va_list ap;
        int n = snprintf(c->err, c->cap, "%s: ", c->file);
        va_start(ap, fmt);
        if (n >= 0 && (size_t)n < c->cap) vsnprintf(c->err + n, c->cap - (size_t)n, fmt, ap);
        va_end(ap);
    }
    return -1;
}

/* Grows *p to hold `need` elements; capacities double so loading stays linear. */
static int grow(void **p, int *cap, int need, size_t elem)
{
    if (need <= *cap) return 0;
    int ncap = *cap ? *cap : 16;
    while (ncap < need) ncap *= 2;
    void *q = SDL_realloc(*p, (size_t)ncap * elem);
    if (!q) return -1;
    *p = q;
    *cap = ncap;
    return 0;
}
#define GROW(c, arr, n, cap, need)                                                                 \
    (grow((void **)&(arr), &(cap), (need), sizeof *(arr)) ? fail((c), "out of memory") : 0)

/* cJSON accepts invalid UTF-8; the text cache would render it as garbage, so refuse it here. */
static int utf8_ok(const unsigned char *s)
{
    while (*s) {
        int n = *s < 0x80             ? 0
                : (*s & 0xE0) == 0xC0 ? 1
                : (*s & 0xF0) == 0xE0 ? 2
                : (*s & 0xF8) == 0xF0 ? 3
                                      : -1;
        if (n < 0 || (n == 1 && *s < 0xC2)) return 0;
        for (int i = 1; i <= n; i++)
            if ((s[i] & 0xC0) != 0x80) return 0;
        s += n + 1;
    }
    return 1;
}

static const cJSON *item(const cJSON *o, const char *key)
{
    return cJSON_GetObjectItemCaseSensitive(o, key);
}

static int get_num(ctx *c, const cJSON *o, const char *key, const char *where, double lo, double hi,
                   double *out)
{
    const cJSON *it = item(o, key);
    if (!cJSON_IsNumber(it) || !isfinite(it->valuedouble) || it->valuedouble < lo ||
        it->valuedouble > hi)
        return fail(c, "%s.%s: expected a number in [%g, %g]", where, key, lo, hi);
    *out = it->valuedouble;
    return 0;
}

static int get_arr(ctx *c, const cJSON *o, const char *key, const char *where, int min,
                   const cJSON **out, int *n)
{
    const cJSON *it = item(o, key);
    int len = cJSON_IsArray(it) ? cJSON_GetArraySize(it) : -1;
    if (len < min || len > MAP_ITEMS)
        return fail(c, "%s.%s: expected an array of %d to %d items", where, key, min, MAP_ITEMS);
    *out = it;
    *n = len;
    return 0;
}

static int keep_str(ctx *c, crs_map *m, const cJSON *s, const char *where, const char **out)
{
    if (!cJSON_IsString(s) || !s->valuestring[0] || strlen(s->valuestring) > NAME_MAX ||
        !utf8_ok((const unsigned char *)s->valuestring))
        return fail(c, "%s: expected a non-empty UTF-8 string of at most %d bytes", where,
                    NAME_MAX);
    if (GROW(c, m->strings, m->nstrings, m->cstrings, m->nstrings + 1)) return -1;
    char *dup = SDL_strdup(s->valuestring);
    if (!dup) return fail(c, "out of memory");
    m->strings[m->nstrings++] = dup;
    *out = dup;
    return 0;
}

static int get_names(ctx *c, crs_map *m, const cJSON *o, const char *where, const char *out[2])
{
    const cJSON *name = item(o, "name");
    char w[96];
    snprintf(w, sizeof w, "%s.name.en", where);
    if (keep_str(c, m, item(name, "en"), w, &out[0])) return -1;
    snprintf(w, sizeof w, "%s.name.ko", where);
    return keep_str(c, m, item(name, "ko"), w, &out[1]);
}

/* ===== Projection =========================================================================== */

static void project_xy(const crs_map *m, double lon, double lat, double *x, double *y)
{
    if (lon < m->lon0 - 180.0) lon += 360.0; /* Natural Earth cuts Russia at the antimeridian */
    double rho = m->radius * (m->cone_g - lat * RAD);
    double t = m->cone_n * (lon - m->lon0) * RAD;
    *x = rho * sin(t);
    *y = m->rho0 - rho * cos(t);
}

void crs_map_project(const crs_map *m, double lon, double lat, float *u, float *v)
{
    double x, y;
    project_xy(m, lon, lat, &x, &y);
    *u = (float)((x - m->x0) / (m->x1 - m->x0));
    *v = (float)((m->y1 - y) / (m->y1 - m->y0));
}

float crs_map_aspect(const crs_map *m)
{
    return (float)((m->x1 - m->x0) / (m->y1 - m->y0));
}

static int load_projection(ctx *c, crs_map *m, const cJSON *p)
{
    double lat0, lat1, lat2, ext[4];
    const cJSON *e = item(p, "extent_km");
    const cJSON *type = item(p, "type");
    if (!cJSON_IsString(type) || strcmp(type->valuestring, "equidistant-conic") != 0)
        return fail(c, "projection.type: expected \"equidistant-conic\"");
    if (get_num(c, p, "lon0", "projection", -180, 180, &m->lon0) ||
        get_num(c, p, "lat0", "projection", -89, 89, &lat0) ||
        get_num(c, p, "lat1", "projection", -89, 89, &lat1) ||
        get_num(c, p, "lat2", "projection", -89, 89, &lat2) ||
        get_num(c, p, "radius_km", "projection", 1, 1e5, &m->radius) ||
        get_num(c, p, "grid", "projection", 1, 1e6, &m->grid))
        return -1;
    if (cJSON_GetArraySize(e) != 4 || !cJSON_IsArray(e))
        return fail(c, "projection.extent_km: expected [x0, y0, x1, y1]");
    for (int i = 0; i < 4; i++) {
        const cJSON *v = cJSON_GetArrayItem(e, i);
        if (!cJSON_IsNumber(v) || !isfinite(v->valuedouble) || fabs(v->valuedouble) > 1e5)
            return fail(c, "projection.extent_km[%d]: expected a number of kilometres", i);
        ext[i] = v->valuedouble;
    }
    m->cone_n = (cos(lat1 * RAD) - cos(lat2 * RAD)) / ((lat2 - lat1) * RAD);
    if (!(fabs(m->cone_n) > 1e-6) || !(ext[2] - ext[0] > 1) || !(ext[3] - ext[1] > 1))
        return fail(c, "projection: standard parallels or extent make no map");
    m->cone_g = cos(lat1 * RAD) / m->cone_n + lat1 * RAD;
    m->rho0 = m->radius * (m->cone_g - lat0 * RAD);
    m->x0 = ext[0], m->y0 = ext[1], m->x1 = ext[2], m->y1 = ext[3];
    return 0;
}

/* ===== Loading ============================================================================== */

/* Appends grid integers (u v pairs) as floats in 0..1, checking each. */
static int load_grid(ctx *c, const crs_map *m, const cJSON *arr, const char *where, float *out)
{
    int i = 0;
    const cJSON *v;
    cJSON_ArrayForEach(v, arr)
    {
        double d = cJSON_IsNumber(v) ? v->valuedouble : -1;
        if (!(d >= 0 && d <= m->grid) || d != floor(d))
            return fail(c, "%s[%d]: expected an integer in [0, %g]", where, i, m->grid);
        out[i++] = (float)(d / m->grid);
    }
    return 0;
}

static int add_label(ctx *c, crs_map *m, const char *text[2], double lon, double lat, int kind)
{
    if (GROW(c, m->labels, m->nlabels, m->clabels, m->nlabels + 1)) return -1;
    label *l = &m->labels[m->nlabels++];
    l->text[0] = text[0], l->text[1] = text[1], l->kind = kind;
    crs_map_project(m, lon, lat, &l->u, &l->v);
    return 0;
}

static int lonlat_pair(ctx *c, const cJSON *a, const char *where, double *lon, double *lat)
{
    const cJSON *x = cJSON_GetArrayItem(a, 0), *y = cJSON_GetArrayItem(a, 1);
    if (!cJSON_IsArray(a) || cJSON_GetArraySize(a) != 2 || !cJSON_IsNumber(x) ||
        !cJSON_IsNumber(y) || !(fabs(x->valuedouble) <= 360) || !(fabs(y->valuedouble) <= 90))
        return fail(c, "%s: expected [lon, lat] in degrees", where);
    *lon = x->valuedouble, *lat = y->valuedouble;
    return 0;
}

static int load_triangles(ctx *c, crs_map *m, const cJSON *o, const char *w, country *k)
{
    const cJSON *tris;
    int nt, i = 0;
    if (get_arr(c, o, "triangles", w, 3, &tris, &nt)) return -1;
    if (nt % 3) return fail(c, "%s.triangles: length %d is not a multiple of 3", w, nt);
    if (GROW(c, m->idx, m->nidx, m->cidx, m->nidx + nt)) return -1;
    const cJSON *t;
    cJSON_ArrayForEach(t, tris)
    {
        double d = cJSON_IsNumber(t) ? t->valuedouble : -1;
        if (!(d >= 0 && d < k->nvert) || d != floor(d))
            return fail(c, "%s.triangles[%d]: expected a vertex index below %d", w, i, k->nvert);
        m->idx[m->nidx + i++] = (int)d;
    }
    k->idx0 = m->nidx, k->nidx = nt;
    m->nidx += nt;
    return 0;
}

static int load_country(ctx *c, crs_map *m, const cJSON *o, int i)
{
    char w[64];
    const cJSON *verts, *id = item(o, "id"), *role = item(o, "role"), *lab = item(o, "label");
    int nv;
    snprintf(w, sizeof w, "countries[%d]", i);
    if (GROW(c, m->countries, m->ncountries, m->ccountries, m->ncountries + 1)) return -1;
    country *k = &m->countries[m->ncountries];
    memset(k, 0, sizeof *k);
    if (!cJSON_IsString(id) || strlen(id->valuestring) < 1 || strlen(id->valuestring) > 7)
        return fail(c, "%s.id: expected a short string", w);
    strcpy(k->id, id->valuestring);
    if (!cJSON_IsString(role) ||
        (strcmp(role->valuestring, "route") != 0 && strcmp(role->valuestring, "context") != 0))
        return fail(c, "%s.role: expected \"route\" or \"context\"", w);
    k->on_route = role->valuestring[0] == 'r';
    if (get_names(c, m, o, w, k->name) || get_arr(c, o, "vertices", w, 6, &verts, &nv)) return -1;
    if (nv % 2) return fail(c, "%s.vertices: odd length %d", w, nv);
    if (GROW(c, m->uv, m->nuv, m->cuv, 2 * m->nuv + nv)) return -1;
    snprintf(w, sizeof w, "countries[%d].vertices", i);
    if (load_grid(c, m, verts, w, m->uv + 2 * m->nuv)) return -1;
    snprintf(w, sizeof w, "countries[%d]", i);
    k->vert0 = m->nuv, k->nvert = nv / 2;
    m->nuv += nv / 2;
    if (load_triangles(c, m, o, w, k)) return -1;
    if (!cJSON_IsNull(lab) && lab) {
        double lon, lat;
        if (lonlat_pair(c, lab, w, &lon, &lat) ||
            add_label(c, m, k->name, lon, lat, CRS_MAP_LABEL_COUNTRY))
            return -1;
    }
    m->ncountries++;
    return 0;
}

static int add_line(ctx *c, crs_map *m, int layer, int npts)
{
    if (GROW(c, m->lines, m->nlines, m->clines, m->nlines + 1) ||
        GROW(c, m->line_uv, m->nline_uv, m->cline_uv, 2 * (m->nline_uv + npts)))
        return -1;
    m->lines[m->nlines].layer = layer;
    m->lines[m->nlines].p0 = m->nline_uv;
    m->lines[m->nlines].n = npts;
    return 0;
}

static int load_line(ctx *c, crs_map *m, const cJSON *o, int i)
{
    char w[48];
    const cJSON *pts, *kind = item(o, "kind");
    int n;
    snprintf(w, sizeof w, "lines[%d]", i);
    if (!cJSON_IsString(kind) ||
        (strcmp(kind->valuestring, "coast") != 0 && strcmp(kind->valuestring, "border") != 0))
        return fail(c, "%s.kind: expected \"coast\" or \"border\"", w);
    if (get_arr(c, o, "points", w, 4, &pts, &n)) return -1;
    if (n % 2) return fail(c, "%s.points: odd length %d", w, n);
    int layer = kind->valuestring[0] == 'c' ? LAYER_COAST : LAYER_BORDER;
    snprintf(w, sizeof w, "lines[%d].points", i);
    if (add_line(c, m, layer, n / 2) || load_grid(c, m, pts, w, m->line_uv + 2 * m->nline_uv))
        return -1;
    m->nline_uv += n / 2;
    m->nlines++;
    return 0;
}

static int load_river(ctx *c, crs_map *m, const cJSON *o, int i)
{
    char w[48];
    const char *names[2];
    const cJSON *pts, *p;
    double lon, lat;
    int n, j = 0;
    snprintf(w, sizeof w, "rivers[%d]", i);
    if (get_names(c, m, o, w, names) || get_arr(c, o, "points", w, 2, &pts, &n) ||
        lonlat_pair(c, item(o, "label"), w, &lon, &lat) ||
        add_label(c, m, names, lon, lat, CRS_MAP_LABEL_RIVER) || add_line(c, m, LAYER_RIVER, n))
        return -1;
    cJSON_ArrayForEach(p, pts)
    {
        float *uv = m->line_uv + 2 * (m->nline_uv + j++);
        if (lonlat_pair(c, p, w, &lon, &lat)) return -1;
        crs_map_project(m, lon, lat, &uv[0], &uv[1]);
    }
    m->nline_uv += n;
    m->nlines++;
    return 0;
}

static int load_place(ctx *c, crs_map *m, const cJSON *o, int i)
{
    static const char *const kinds[] = {"region", "capital", "city"};
    static const int kind_ids[] = {CRS_MAP_LABEL_REGION, CRS_MAP_LABEL_CAPITAL, CRS_MAP_LABEL_CITY};
    char w[48];
    const char *names[2];
    const cJSON *kind = item(o, "kind");
    double lon, lat;
    snprintf(w, sizeof w, "places[%d]", i);
    for (int k = 0; k < 3; k++) {
        if (!cJSON_IsString(kind) || strcmp(kind->valuestring, kinds[k]) != 0) continue;
        if (get_names(c, m, o, w, names) || get_num(c, o, "lon", w, -180, 360, &lon) ||
            get_num(c, o, "lat", w, -90, 90, &lat))
            return -1;
        return add_label(c, m, names, lon, lat, kind_ids[k]);
    }
    return fail(c, "%s.kind: expected \"region\", \"capital\" or \"city\"", w);
}

typedef int (*load_fn)(ctx *c, crs_map *m, const cJSON *o, int i);

static int load_each(ctx *c, crs_map *m, const cJSON *root, const char *key, int min, load_fn f)
{
    const cJSON *arr, *o;
    int n, i = 0;
    if (get_arr(c, root, key, "map", min, &arr, &n)) return -1;
    cJSON_ArrayForEach(o, arr)
    {
        if (!cJSON_IsObject(o)) return fail(c, "%s[%d]: expected an object", key, i);
        if (f(c, m, o, i++)) return -1;
    }
    return 0;
}

static int load_root(ctx *c, crs_map *m, const cJSON *root)
{
    const cJSON *fmt = item(root, "format"), *ver = item(root, "version");
    if (!cJSON_IsString(fmt) || strcmp(fmt->valuestring, "crossings-route-map") != 0)
        return fail(c, "format: expected \"crossings-route-map\"");
    if (!cJSON_IsNumber(ver) || ver->valuedouble != 1)
        return fail(c, "version: only version 1 is understood");
    if (load_projection(c, m, item(root, "projection"))) return -1;
    /* Order matters for crs_map_label: countries, rivers, then places. */
    return load_each(c, m, root, "countries", 1, load_country) ||
                   load_each(c, m, root, "lines", 0, load_line) ||
                   load_each(c, m, root, "rivers", 0, load_river) ||
                   load_each(c, m, root, "places", 0, load_place)
               ? -1
               : 0;
}

static char *read_file(ctx *c, const char *path, long *len)
{
    FILE *f = fopen(path, "rb");
    char *buf = NULL;
    if (!f) return fail(c, "cannot open the file"), NULL;
    if (fseek(f, 0, SEEK_END) == 0 && (*len = ftell(f)) >= 0 && *len <= MAP_FILE_MAX &&
        fseek(f, 0, SEEK_SET) == 0 && (buf = SDL_malloc((size_t)*len + 1)) != NULL &&
        fread(buf, 1, (size_t)*len, f) == (size_t)*len) {
        buf[*len] = '\0'; /* cJSON reads past unterminated buffers (cJSON #800) */
    } else {
        fail(c, "cannot read the file (or it is larger than %ld bytes)", MAP_FILE_MAX);
        SDL_free(buf);
        buf = NULL;
    }
    fclose(f);
    return buf;
}

crs_map *crs_map_load(const char *path, char *err, size_t errcap)
{
    ctx c = {err, errcap, path ? path : "(null)"};
    long len = 0;
    const char *end = NULL;
    if (err && errcap) err[0] = '\0';
    if (!path) return fail(&c, "no path given"), NULL;
    char *buf = read_file(&c, path, &len);
    if (!buf) return NULL;
    cJSON *root = cJSON_ParseWithLengthOpts(buf, (size_t)len + 1, &end, 1);
    crs_map *m = root ? SDL_calloc(1, sizeof *m) : NULL;
    if (!root) {
        long off = end ? (long)(end - buf) : 0, line = 1;
        for (long i = 0; i < off && i < len; i++) line += buf[i] == '\n';
        fail(&c, "invalid JSON near byte %ld (line %ld)", off, line);
    } else if (!m) {
        fail(&c, "out of memory");
    } else if (load_root(&c, m, root)) {
        crs_map_free(m);
        m = NULL;
    }
    cJSON_Delete(root);
    SDL_free(buf);
    return m;
}

void crs_map_free(crs_map *m)
{
    if (!m) return;
    for (int i = 0; i < m->nstrings; i++) SDL_free(m->strings[i]);
    SDL_free(m->strings);
    SDL_free(m->countries);
    SDL_free(m->uv);
    SDL_free(m->idx);
    SDL_free(m->line_uv);
    SDL_free(m->lines);
    SDL_free(m->labels);
    SDL_free(m);
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
    if (!m || !out || !(dst.w >= 1 && dst.h >= 1) || !isfinite(dst.x) || !isfinite(dst.y))
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
    ctx c = {err, errcap, "map view"};
    crs_map_view *vw = m ? SDL_calloc(1, sizeof *vw) : NULL;
    if (!m) return fail(&c, "no map"), NULL;
    if (!vw) return fail(&c, "out of memory"), NULL;
    vw->map = m;
    vw->k = ui_scale > 0 && isfinite(ui_scale) ? ui_scale : dst.h / 720.0f;
    if (crs_map_fit(m, dst, box, &vw->fit) || !(vw->k > 0 && vw->k < 64)) {
        crs_map_view_free(vw);
        return fail(&c, "empty destination, bad scale or a box outside the map"), NULL;
    }
    vw->fill_xy = SDL_malloc(sizeof(float) * 2 * (size_t)(m->nuv + 1));
    vw->highlight = SDL_calloc((size_t)m->ncountries + 1, 1);
    if (!vw->fill_xy || !vw->highlight || build_stroke(vw, LAYER_COAST, 1.0f * vw->k) ||
        build_stroke(vw, LAYER_BORDER, 1.0f * vw->k) ||
        build_stroke(vw, LAYER_RIVER, 1.75f * vw->k) || build_dots(vw)) {
        crs_map_view_free(vw);
        return fail(&c, "out of memory"), NULL;
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

/* ===== Labels, countries, styles ============================================================ */

int crs_map_label_count(const crs_map *m)
{
    return m ? m->nlabels : 0;
}

int crs_map_label(const crs_map *m, int i, const char *lang, const char **text, float *u, float *v,
                  int *kind)
{
    if (!m || i < 0 || i >= m->nlabels) return -1;
    const label *l = &m->labels[i];
    if (text) *text = l->text[lang && strcmp(lang, "ko") == 0];
    if (u) *u = l->u;
    if (v) *v = l->v;
    if (kind) *kind = l->kind;
    return 0;
}

int crs_map_country_count(const crs_map *m)
{
    return m ? m->ncountries : 0;
}

int crs_map_country(const crs_map *m, int i, const char **id, const char **name_en, int *on_route)
{
    if (!m || i < 0 || i >= m->ncountries) return -1;
    if (id) *id = m->countries[i].id;
    if (name_en) *name_en = m->countries[i].name[0];
    if (on_route) *on_route = m->countries[i].on_route;
    return 0;
}

int crs_map_country_triangles(const crs_map *m, int i, const float **uv, int *nverts,
                              const int **indices, int *nindices)
{
    if (!m || i < 0 || i >= m->ncountries) return -1;
    const country *k = &m->countries[i];
    *uv = m->uv + 2 * k->vert0, *nverts = k->nvert;
    *indices = m->idx + k->idx0, *nindices = k->nidx;
    return 0;
}

static int in_triangle(const float *a, const float *b, const float *c, double u, double v)
{
    double d1 = (u - b[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (v - b[1]);
    double d2 = (u - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (v - c[1]);
    double d3 = (u - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (v - a[1]);
    return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

const char *crs_map_country_at(const crs_map *m, double lon, double lat)
{
    float u, v;
    if (!m) return NULL;
    crs_map_project(m, lon, lat, &u, &v);
    for (int i = 0; i < m->ncountries; i++) {
        const country *k = &m->countries[i];
        const float *uv = m->uv + 2 * k->vert0;
        const int *t = m->idx + k->idx0;
        for (int j = 0; j < k->nidx; j += 3)
            if (in_triangle(uv + 2 * t[j], uv + 2 * t[j + 1], uv + 2 * t[j + 2], u, v))
                return k->id;
    }
    return NULL;
}

void crs_map_style_default(crs_map_style *s)
{
    *s = (crs_map_style){
        .sea = {214, 226, 232, 255},
        .land = {241, 236, 224, 255},
        .land_context = {232, 231, 226, 255},
        .land_highlight = {233, 218, 188, 255},
        .coast = {132, 151, 163, 255},
        .border = {178, 164, 150, 255},
        .river = {104, 150, 190, 255},
        .place = {86, 86, 96, 255},
        .route = {190, 84, 58, 255},
        .route_ahead = {168, 120, 104, 255},
        .marker = {190, 84, 58, 255},
        .marker_current = {150, 52, 30, 255},
        .marker_ring = {255, 252, 246, 255},
    };
}

void crs_map_style_high_contrast(crs_map_style *s)
{
    *s = (crs_map_style){
        .sea = {0, 0, 0, 255},
        .land = {48, 48, 48, 255},
        .land_context = {28, 28, 28, 255},
        .land_highlight = {76, 68, 30, 255},
        .coast = {255, 255, 255, 255},
        .border = {200, 200, 200, 255},
        .river = {90, 200, 255, 255},
        .place = {255, 255, 255, 255},
        .route = {255, 214, 0, 255},
        .route_ahead = {255, 214, 0, 255},
        .marker = {255, 214, 0, 255},
        .marker_current = {255, 255, 255, 255},
        .marker_ring = {0, 0, 0, 255},
    };
}
