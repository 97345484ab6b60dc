/* The route map's data: loading and validating route-map.json, the equidistant conic projection,
 * and the label, country and style queries. Drawing lives in map_draw.c. */
#include "map/map_internal.h"
#include "crossings/fileio.h"

#include <cjson/cJSON.h>
#include <math.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* Every allocation goes through SDL_malloc so a test can count them with SDL's memory hooks. */
#define RAD          CRS_MAP_RAD
#define MAP_FILE_MAX (8L * 1024 * 1024)
#define MAP_ITEMS    200000 /* no array in the file may be longer: bounds every allocation */
#define MAP_NAME_MAX 256

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
#define GROW(c, arr, cap, need)                                                                    \
    (grow((void **)&(arr), &(cap), (need), sizeof *(arr)) ? fail((c), "out of memory") : 0)

/* cJSON accepts invalid UTF-8; the text cache would render it as garbage, so refuse it here:
 * no stray continuation bytes, overlong forms, surrogates or code points past U+10FFFF. */
static int utf8_ok(const unsigned char *s)
{
    while (*s) {
        int n = *s < 0x80 ? 0 : *s < 0xC2 ? -1 : *s < 0xE0 ? 1 : *s < 0xF0 ? 2 : *s < 0xF5 ? 3 : -1;
        unsigned lo = 0x80, hi = 0xBF; /* the allowed range of the second byte */
        if (*s == 0xE0) lo = 0xA0;
        if (*s == 0xED) hi = 0x9F;
        if (*s == 0xF0) lo = 0x90;
        if (*s == 0xF4) hi = 0x8F;
        if (n < 0 || (n > 0 && (s[1] < lo || s[1] > hi))) return 0;
        for (int i = 2; i <= n; i++)
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
    if (!cJSON_IsString(s) || !s->valuestring[0] || strlen(s->valuestring) > MAP_NAME_MAX ||
        !utf8_ok((const unsigned char *)s->valuestring))
        return fail(c, "%s: expected a non-empty UTF-8 string of at most %d bytes", where,
                    MAP_NAME_MAX);
    if (GROW(c, m->strings, m->cstrings, m->nstrings + 1)) return -1;
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
    if (!m) {
        *u = *v = 0;
        return;
    }
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
    double lat0 = 0, lat1 = 0, lat2 = 0, ext[4] = {0};
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
    if (GROW(c, m->labels, m->clabels, m->nlabels + 1)) return -1;
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
    int nt = 0, i = 0;
    if (get_arr(c, o, "triangles", w, 3, &tris, &nt)) return -1;
    if (nt % 3) return fail(c, "%s.triangles: length %d is not a multiple of 3", w, nt);
    if (GROW(c, m->idx, m->cidx, m->nidx + nt)) return -1;
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
    int nv = 0;
    snprintf(w, sizeof w, "countries[%d]", i);
    if (GROW(c, m->countries, m->ccountries, m->ncountries + 1)) return -1;
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
    if (GROW(c, m->uv, m->cuv, 2 * m->nuv + nv)) return -1;
    snprintf(w, sizeof w, "countries[%d].vertices", i);
    if (load_grid(c, m, verts, w, m->uv + 2 * m->nuv)) return -1;
    snprintf(w, sizeof w, "countries[%d]", i);
    k->vert0 = m->nuv, k->nvert = nv / 2;
    m->nuv += nv / 2;
    if (load_triangles(c, m, o, w, k)) return -1;
    if (!cJSON_IsNull(lab) && lab) {
        double lon = 0, lat = 0;
        if (lonlat_pair(c, lab, w, &lon, &lat) ||
            add_label(c, m, k->name, lon, lat, CRS_MAP_LABEL_COUNTRY))
            return -1;
    }
    m->ncountries++;
    return 0;
}

static int add_line(ctx *c, crs_map *m, int layer, int npts)
{
    if (GROW(c, m->lines, m->clines, m->nlines + 1) ||
        GROW(c, m->line_uv, m->cline_uv, 2 * (m->nline_uv + npts)))
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
    int n = 0;
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
    double lon = 0, lat = 0;
    int n = 0, j = 0;
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
    double lon = 0, lat = 0;
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
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    char *buf = NULL;
    if (!f) return fail(c, "cannot open the file (%s)", why), NULL;
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
