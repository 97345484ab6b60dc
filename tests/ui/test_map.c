/* Route map tests: the shipped asset loads with the expected countries and labels, projections
 * land where geography says, pixels show land and sea, bad files fail cleanly, drawing never
 * allocates. */
#include "check.h"
#include "map/map.h"

#include <stdlib.h>
#include <unistd.h>

#define ASSET CRS_SOURCE_DIR "/assets/map/route-map.json"

/* ---- Counting SDL's allocations (the map module allocates only through SDL_malloc) ---------- */
static SDL_malloc_func real_malloc;
static SDL_calloc_func real_calloc;
static SDL_realloc_func real_realloc;
static SDL_free_func real_free;
static long allocs;

static void *count_malloc(size_t n)
{
    allocs++;
    return real_malloc(n);
}
static void *count_calloc(size_t n, size_t s)
{
    allocs++;
    return real_calloc(n, s);
}
static void *count_realloc(void *p, size_t n)
{
    allocs++;
    return real_realloc(p, n);
}
static void count_free(void *p)
{
    real_free(p);
}

/* ---- Helpers ------------------------------------------------------------------------------ */
typedef struct {
    SDL_Surface *s;
    SDL_Renderer *r;
} canvas;

static canvas canvas_new(int w, int h)
{
    canvas c;
    c.s = SDL_CreateRGBSurfaceWithFormat(0, w, h, 32, SDL_PIXELFORMAT_RGB888);
    c.r = c.s ? SDL_CreateSoftwareRenderer(c.s) : NULL;
    if (c.r) {
        SDL_SetRenderDrawColor(c.r, 255, 0, 255, 255); /* magenta: "never drawn" */
        SDL_RenderClear(c.r);
    }
    return c;
}

static void canvas_free(canvas c)
{
    SDL_DestroyRenderer(c.r);
    SDL_FreeSurface(c.s);
}

static SDL_Color pixel(const canvas *c, float x, float y)
{
    SDL_Color out = {0, 0, 0, 0};
    int ix = (int)x, iy = (int)y;
    if (ix < 0 || iy < 0 || ix >= c->s->w || iy >= c->s->h) return out;
    Uint32 p = ((const Uint32 *)c->s->pixels)[iy * (c->s->pitch / 4) + ix];
    SDL_GetRGB(p, c->s->format, &out.r, &out.g, &out.b);
    out.a = 255;
    return out;
}

static int same(SDL_Color a, SDL_Color b)
{
    return a.r == b.r && a.g == b.g && a.b == b.b;
}

static void lonlat_px(const crs_map *m, const crs_map_view *vw, double lon, double lat, float *x,
                      float *y)
{
    float u, v, x2, y2;
    crs_map_project(m, lon, lat, &u, &v);
    crs_map_view_to_px(vw, u, v, x, y);
    crs_map_view_lonlat_to_px(vw, lon, lat, &x2, &y2);
    CHECK(*x == x2 && *y == y2); /* the shortcut agrees with the two steps */
}

static int find_country(const crs_map *m, const char *want)
{
    for (int i = 0; i < crs_map_country_count(m); i++) {
        const char *id;
        if (crs_map_country(m, i, &id, NULL, NULL) == 0 && strcmp(id, want) == 0) return i;
    }
    return -1;
}

static int point_in_triangles(const float *uv, const int *idx, int ni, float u, float v)
{
    for (int j = 0; j + 2 < ni; j += 3) {
        const float *a = uv + 2 * idx[j], *b = uv + 2 * idx[j + 1], *c = uv + 2 * idx[j + 2];
        float d1 = (u - b[0]) * (a[1] - b[1]) - (a[0] - b[0]) * (v - b[1]);
        float d2 = (u - c[0]) * (b[1] - c[1]) - (b[0] - c[0]) * (v - c[1]);
        float d3 = (u - a[0]) * (c[1] - a[1]) - (c[0] - a[0]) * (v - a[1]);
        if ((d1 >= 0 && d2 >= 0 && d3 >= 0) || (d1 <= 0 && d2 <= 0 && d3 <= 0)) return 1;
    }
    return 0;
}

static crs_map *load_asset(void)
{
    char err[256];
    crs_map *m = crs_map_load(ASSET, err, sizeof err);
    if (!m) fprintf(stderr, "cannot load %s: %s\n", ASSET, err);
    return m;
}

/* ---- Cases -------------------------------------------------------------------------------- */
static void test_counts(void)
{
    static const char *const route[] = {"KP", "KR", "CN", "MN", "RU", "LA", "VN", "TH", "MM", "KH"};
    int kinds[5] = {0}, on_route = 0;
    crs_map *m = load_asset();
    CHECK(m != NULL);
    if (!m) return;
    for (int i = 0; i < 10; i++) {
        int k = find_country(m, route[i]), r = 0;
        CHECK(k >= 0);
        if (k >= 0) crs_map_country(m, k, NULL, NULL, &r);
        on_route += r;
    }
    CHECK_INT(on_route, 10);
    for (int i = 0; i < crs_map_label_count(m); i++) {
        int kind = -1;
        CHECK_INT(crs_map_label(m, i, "en", NULL, NULL, NULL, &kind), 0);
        if (kind >= 0 && kind < 5) kinds[kind]++;
    }
    CHECK_INT(kinds[CRS_MAP_LABEL_COUNTRY], 10);
    CHECK_INT(kinds[CRS_MAP_LABEL_REGION], 3);
    CHECK_INT(kinds[CRS_MAP_LABEL_RIVER], 3);
    CHECK_INT(kinds[CRS_MAP_LABEL_CAPITAL], 6);
    CHECK_INT(kinds[CRS_MAP_LABEL_CITY], 7);
    CHECK_INT(crs_map_label(m, crs_map_label_count(m), "en", NULL, NULL, NULL, NULL), -1);
    crs_map_free(m);
}

static void test_labels_both_languages(void)
{
    crs_map *m = load_asset();
    int found = 0;
    for (int i = 0; m && i < crs_map_label_count(m); i++) {
        const char *en, *ko;
        float u, v, u2, v2;
        crs_map_label(m, i, "en", &en, &u, &v, NULL);
        crs_map_label(m, i, "ko", &ko, &u2, &v2, NULL);
        CHECK(u == u2 && v == v2 && u >= 0 && u <= 1 && v >= 0 && v <= 1);
        if (strcmp(en, "Seoul") == 0) {
            CHECK_STR(ko, "서울");
            found++;
        }
        if (strcmp(en, "Tumen (Duman) River") == 0) {
            CHECK_STR(ko, "두만강");
            found++;
        }
        if (strcmp(en, "Yalu (Amnok) River") == 0) {
            CHECK_STR(ko, "압록강");
            found++;
        }
    }
    CHECK_INT(found, 3);
    crs_map_free(m);
}

static void test_geography(void)
{
    crs_map *m = load_asset();
    float su, sv, yu, yv, pu, pv;
    const float *uv;
    const int *idx;
    int nv, ni, kr, kp;
    CHECK(m != NULL);
    if (!m) return;
    crs_map_project(m, 126.978, 37.566, &su, &sv); /* Seoul */
    kr = find_country(m, "KR"), kp = find_country(m, "KP");
    CHECK_INT(crs_map_country_triangles(m, kr, &uv, &nv, &idx, &ni), 0);
    CHECK(point_in_triangles(uv, idx, ni, su, sv));
    CHECK_INT(crs_map_country_triangles(m, kp, &uv, &nv, &idx, &ni), 0);
    CHECK(!point_in_triangles(uv, idx, ni, su, sv));
    crs_map_project(m, 129.514, 42.905, &yu, &yv); /* Yanji */
    crs_map_project(m, 125.762, 39.039, &pu, &pv); /* Pyongyang */
    CHECK(yu > pu && yv < pv);                     /* north-east: right and up */
    CHECK_STR(crs_map_country_at(m, 125.762, 39.039), "KP");
    CHECK_STR(crs_map_country_at(m, 129.514, 42.905), "CN");
    CHECK_STR(crs_map_country_at(m, 102.633, 17.976), "LA");
    CHECK_STR(crs_map_country_at(m, 100.502, 13.900), "TH");
    CHECK_STR(crs_map_country_at(m, 106.906, 47.886), "MN");
    CHECK(crs_map_country_at(m, 123.5, 35.5) == NULL); /* Yellow Sea */
    crs_map_free(m);
}

static void test_pixels(int w, int h, int high_contrast)
{
    crs_map *m = load_asset();
    canvas c = canvas_new(w, h);
    crs_map_style st;
    float x, y;
    if (high_contrast)
        crs_map_style_high_contrast(&st);
    else
        crs_map_style_default(&st);
    st.place.a = 0; /* no city dot over Seoul's own pixel */
    crs_map_view *vw =
        m ? crs_map_view_create(m, (SDL_FRect){0, 0, (float)w, (float)h}, NULL, 0, NULL, 0) : NULL;
    CHECK(vw != NULL && c.r != NULL);
    if (vw && c.r) {
        CHECK_INT(crs_map_draw(m, c.r, vw, &st), 0);
        lonlat_px(m, vw, 126.978, 37.566, &x, &y);
        CHECK(same(pixel(&c, x, y), st.land));
        lonlat_px(m, vw, 123.5, 35.5, &x, &y);
        CHECK(same(pixel(&c, x, y), st.sea));
        /* The map is about square: the strips beside it stay the caller's. */
        const SDL_FRect *a = &crs_map_view_fit(vw)->area;
        CHECK(a->x > 1 && a->w < (float)w - 2 && a->h >= (float)h - 1);
        CHECK(same(pixel(&c, 1, (float)h / 2), (SDL_Color){255, 0, 255, 255}));
        CHECK(same(pixel(&c, a->x + 2, a->y + 2), st.sea) == 0); /* Russia at top left */
    }
    crs_map_view_free(vw);
    canvas_free(c);
    crs_map_free(m);
}

static void test_pixels_720(void)
{
    test_pixels(1280, 720, 0);
}
static void test_pixels_1440_high_contrast(void)
{
    test_pixels(2560, 1440, 1);
}

static int near_colour(const canvas *c, float x, float y, int radius, SDL_Color want)
{
    for (int dy = -radius; dy <= radius; dy++)
        for (int dx = -radius; dx <= radius; dx++)
            if (same(pixel(c, x + (float)dx, y + (float)dy), want)) return 1;
    return 0;
}

static void test_zoom_and_highlight(void)
{
    crs_map *m = load_asset();
    canvas c = canvas_new(1280, 720);
    crs_map_style st;
    crs_map_box ne = {118, 36, 134, 46};
    float x, y;
    crs_map_style_default(&st);
    crs_map_view *vw =
        m ? crs_map_view_create(m, (SDL_FRect){0, 0, 1280, 720}, &ne, 1, NULL, 0) : NULL;
    CHECK(vw != NULL);
    if (!vw) goto out;
    const SDL_FRect *a = &crs_map_view_fit(vw)->area;
    CHECK(a->x == 0 && a->y == 0 && a->w == 1280 && a->h == 720); /* room to fill: no bars */
    CHECK_INT(crs_map_view_highlight(vw, "KP", 1), 0);
    CHECK_INT(crs_map_view_highlight(vw, "XX", 1), -1);
    CHECK_INT(crs_map_draw(m, c.r, vw, &st), 0);
    lonlat_px(m, vw, 127.0, 40.3, &x, &y);
    CHECK(same(pixel(&c, x, y), st.land_highlight));
    lonlat_px(m, vw, 127.5, 36.5, &x, &y);
    CHECK(same(pixel(&c, x, y), st.land));
    lonlat_px(m, vw, 129.78, 42.55, &x, &y); /* the Tumen between Hoeryong and Namyang */
    CHECK(near_colour(&c, x, y, 4, st.river));
    lonlat_px(m, vw, 125.762, 39.039, &x, &y); /* Pyongyang's dot */
    CHECK(same(pixel(&c, x, y), st.place));
    /* Shenyang is left of Yanji and both lie inside the zoomed area */
    float sx, sy, yx, yy;
    lonlat_px(m, vw, 123.432, 41.806, &sx, &sy);
    lonlat_px(m, vw, 129.514, 42.905, &yx, &yy);
    CHECK(sx > 0 && yx < 1280 && sx < yx && yy < sy);
    crs_map_box bad = {10, 10, 5, 20};
    CHECK(crs_map_view_create(m, (SDL_FRect){0, 0, 100, 100}, &bad, 1, NULL, 0) == NULL);
    CHECK(crs_map_view_create(m, (SDL_FRect){0, 0, 0, 100}, NULL, 1, NULL, 0) == NULL);
out:
    crs_map_view_free(vw);
    canvas_free(c);
    crs_map_free(m);
}

static const double route[] = {128.178, 41.402,  129.514, 42.905,  123.432, 41.806,  116.407,
                               39.904,  102.718, 25.039,  102.633, 17.976,  100.502, 13.756};

static void test_path(void)
{
    crs_map *m = load_asset();
    canvas c = canvas_new(1280, 720);
    crs_map_style st;
    float x, y, x2, y2;
    crs_map_style_default(&st);
    crs_map_view *vw =
        m ? crs_map_view_create(m, (SDL_FRect){0, 0, 1280, 720}, NULL, 1, NULL, 0) : NULL;
    CHECK(vw != NULL);
    if (!vw) goto out;
    /* Hyesan is in North Korea; the others in China, Laos and Thailand. */
    CHECK_INT(crs_map_view_highlight_points(vw, route, 7), 7);
    crs_map_draw(m, c.r, vw, &st);
    lonlat_px(m, vw, 126.978, 37.566, &x, &y); /* Seoul: South Korea is not on this route */
    CHECK(same(pixel(&c, x + 3, y + 3), st.land));
    lonlat_px(m, vw, 101.0, 15.5, &x, &y); /* Thailand is */
    CHECK(same(pixel(&c, x, y), st.land_highlight));
    CHECK_INT(crs_map_draw_path(m, c.r, vw, &st, route, 7, 0.5f, 3), 0);
    lonlat_px(m, vw, 116.407, 39.904, &x, &y); /* Beijing: the current stop */
    CHECK(same(pixel(&c, x, y), st.marker_current));
    lonlat_px(m, vw, 102.718, 25.039, &x, &y); /* Kunming: not reached at 0.5 */
    lonlat_px(m, vw, 102.633, 17.976, &x2, &y2);
    CHECK(!same(pixel(&c, (x + x2) / 2, (y + y2) / 2), st.route));
    lonlat_px(m, vw, 116.407, 39.904, &x2, &y2); /* the middle of Shenyang-Beijing: drawn */
    lonlat_px(m, vw, 123.432, 41.806, &x, &y);
    CHECK(same(pixel(&c, (x + x2) / 2, (y + y2) / 2), st.route));
    CHECK_INT(crs_map_draw_path(m, c.r, vw, &st, route, 7, 1.0f, -1), 0);
    lonlat_px(m, vw, 102.718, 25.039, &x, &y);
    lonlat_px(m, vw, 102.633, 17.976, &x2, &y2);
    CHECK(same(pixel(&c, (x + x2) / 2, (y + y2) / 2), st.route));
    CHECK_INT(crs_map_draw_path(m, c.r, vw, &st, route, CRS_MAP_PATH_MAX + 1, 1, 0), -1);
    CHECK_INT(crs_map_draw_path(m, c.r, vw, &st, route, 0, 1, 0), -1);
out:
    crs_map_view_free(vw);
    canvas_free(c);
    crs_map_free(m);
}

static void test_draw_does_not_allocate(void)
{
    crs_map *m = load_asset();
    canvas c = canvas_new(1280, 720);
    crs_map_style st;
    crs_map_style_default(&st);
    crs_map_view *vw =
        m ? crs_map_view_create(m, (SDL_FRect){0, 0, 1280, 720}, NULL, 2, NULL, 0) : NULL;
    CHECK(vw != NULL);
    if (!vw) goto out;
    /* One warm-up frame lets SDL size its command and vertex buffers. */
    for (int frame = 0; frame < 3; frame++) {
        long before = allocs;
        CHECK_INT(crs_map_draw(m, c.r, vw, &st), 0);
        CHECK_INT(crs_map_draw_path(m, c.r, vw, &st, route, 7, 0.4f + 0.1f * frame, 2), 0);
        SDL_RenderPresent(c.r);
        if (frame > 0) CHECK_INT(allocs - before, 0);
    }
out:
    crs_map_view_free(vw);
    canvas_free(c);
    crs_map_free(m);
}

static void test_no_leak(void)
{
    int before = SDL_GetNumAllocations();
    crs_map *m = load_asset();
    crs_map_view *vw = crs_map_view_create(m, (SDL_FRect){0, 0, 640, 360}, NULL, 1, NULL, 0);
    CHECK(m != NULL && vw != NULL && SDL_GetNumAllocations() > before);
    crs_map_view_free(vw);
    crs_map_free(m);
    CHECK_INT(SDL_GetNumAllocations(), before);
}

/* ---- Bad files ---------------------------------------------------------------------------- */
#define MINI_HEAD                                                                                  \
    "{\"format\":\"crossings-route-map\",\"version\":1,\"projection\":{\"type\":"                  \
    "\"equidistant-conic\",\"lon0\":112.5,\"lat0\":30,\"lat1\":15,\"lat2\":45,\"radius_km\":6371," \
    "\"grid\":100,\"extent_km\":[-2500,-2400,2500,2700]},\"countries\":[{\"id\":\"KR\","           \
    "\"role\":\"route\",\"label\":[128,36],\"name\":{\"en\":\"South Korea\",\"ko\":"

static crs_map *load_text(const char *text, char *err, size_t cap)
{
    char path[] = "/tmp/crs_map_test_XXXXXX";
    int fd = mkstemp(path);
    crs_map *m = NULL;
    if (fd < 0) return NULL;
    FILE *f = fdopen(fd, "wb");
    if (f && fputs(text, f) >= 0 && fclose(f) == 0) m = crs_map_load(path, err, cap);
    unlink(path);
    return m;
}

static void expect_error(const char *text, const char *needle)
{
    char err[256] = "";
    crs_map *m = load_text(text, err, sizeof err);
    CHECK(m == NULL);
    CHECK_CONTAINS(err, needle);
    crs_map_free(m);
}

static void test_bad_files(void)
{
    char err[256] = "";
    CHECK(crs_map_load("/nonexistent/route-map.json", err, sizeof err) == NULL);
    CHECK_CONTAINS(err, "cannot open");
    CHECK(crs_map_load(NULL, err, sizeof err) == NULL);
    CHECK(crs_map_load("/nonexistent", NULL, 0) == NULL); /* no error buffer: still no crash */
    /* The minimal valid map loads, so each variant below fails for its own reason. */
    crs_map *ok = load_text(MINI_HEAD "\"한국\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":"
                                      "[0,1,2]}],\"lines\":[],\"rivers\":[],\"places\":[]}\n",
                            err, sizeof err);
    CHECK(ok != NULL);
    if (!ok) fprintf(stderr, "minimal map: %s\n", err);
    crs_map_free(ok);
    expect_error("{\"format\": [1, 2", "invalid JSON");
    expect_error("", "invalid JSON");
    expect_error("{\"format\":\"crossings-route-map\",\"version\":2}", "version");
    expect_error(MINI_HEAD "\"한국\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":[0,1,3]}]}",
                 "triangles[2]");
    expect_error(MINI_HEAD "\"한국\"},\"vertices\":[0,0,100,0,0,100,5],\"triangles\":[0,1,2]}]}",
                 "odd length");
    expect_error(MINI_HEAD "\"한국\"},\"vertices\":[0,0,100,0,0,1e9],\"triangles\":[0,1,2]}]}",
                 "vertices[5]");
    expect_error(MINI_HEAD "\"\xff\xfe\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":[0,1,2]}]}",
                 "UTF-8");
    expect_error(MINI_HEAD
                 "\"\xed\xa0\x80\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":[0,1,2]}]}",
                 "name.ko"); /* a UTF-16 surrogate written as UTF-8 */
    expect_error(MINI_HEAD
                 "\"\xe0\x80\xaf\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":[0,1,2]}]}",
                 "name.ko"); /* an overlong '/' */
    expect_error(MINI_HEAD "\"한국\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":[0,1,2]}],"
                           "\"lines\":[],\"rivers\":[{\"name\":{\"en\":\"A\",\"ko\":\"B\"},"
                           "\"label\":[1,2],\"points\":[[1,2],[\"x\",3]]}],\"places\":[]}",
                 "rivers[0]");
    expect_error(MINI_HEAD "\"한국\"},\"vertices\":[0,0,100,0,0,100],\"triangles\":[0,1,2]}],"
                           "\"lines\":[],\"rivers\":[],\"places\":[]} trailing",
                 "invalid JSON");
}

/* Every prefix of the real file is a broken map: each must fail cleanly, never crash. */
static void test_truncated_asset(void)
{
    FILE *f = fopen(ASSET, "rb");
    static char buf[1 << 19];
    size_t len = f ? fread(buf, 1, sizeof buf - 1, f) : 0;
    int refused = 0, cuts = 0;
    if (f) fclose(f);
    CHECK(len > 1000 && len < sizeof buf - 1);
    for (size_t cut = 1; len > 0 && cut < len - 2; cut += len / 97 + 1) {
        char keep = buf[cut], err[256] = "";
        buf[cut] = '\0';
        crs_map *m = load_text(buf, err, sizeof err);
        refused += m == NULL && err[0] != '\0';
        cuts++;
        crs_map_free(m);
        buf[cut] = keep;
    }
    CHECK(cuts > 90);
    CHECK_INT(refused, cuts);
}

/* ---- Pictures to look at (only when CRS_MAP_SHOTS names a directory) ---------------------- */
static void shoot(const char *dir, const char *name, int w, int h, const crs_map_box *box, int hc)
{
    crs_map *m = load_asset();
    canvas c = canvas_new(w, h);
    crs_map_style st;
    char path[512];
    hc ? crs_map_style_high_contrast(&st) : crs_map_style_default(&st);
    crs_map_view *vw =
        m ? crs_map_view_create(m, (SDL_FRect){0, 0, (float)w, (float)h}, box, 0, NULL, 0) : NULL;
    if (vw) {
        SDL_SetRenderDrawColor(c.r, hc ? 0 : 250, hc ? 0 : 248, hc ? 0 : 244, 255);
        SDL_RenderClear(c.r);
        crs_map_view_highlight(vw, "KP", 1), crs_map_view_highlight(vw, "CN", 1);
        crs_map_view_highlight(vw, "LA", 1), crs_map_view_highlight(vw, "TH", 1);
        crs_map_draw(m, c.r, vw, &st);
        crs_map_draw_path(m, c.r, vw, &st, route, 7, 0.55f, 3);
        SDL_RenderPresent(c.r);
        snprintf(path, sizeof path, "%s/%s.bmp", dir, name);
        SDL_SaveBMP(c.s, path);
    }
    crs_map_view_free(vw);
    canvas_free(c);
    crs_map_free(m);
}

static void shots(const char *dir)
{
    crs_map_box ne = {118, 36.5, 134, 46};
    shoot(dir, "map-720", 1280, 720, NULL, 0);
    shoot(dir, "map-1440", 2560, 1440, NULL, 0);
    shoot(dir, "map-720-hc", 1280, 720, NULL, 1);
    shoot(dir, "map-1440-hc", 2560, 1440, NULL, 1);
    shoot(dir, "map-ne-720", 1280, 720, &ne, 0);
    shoot(dir, "map-ne-1440-hc", 2560, 1440, &ne, 1);
    shoot(dir, "map-1080", 1920, 1080, NULL, 0);
    shoot(dir, "map-2160", 3840, 2160, NULL, 0);
}

int main(void)
{
    static const check_case cases[] = {
        {"counts", test_counts},
        {"labels_both_languages", test_labels_both_languages},
        {"geography", test_geography},
        {"pixels_720", test_pixels_720},
        {"pixels_1440_high_contrast", test_pixels_1440_high_contrast},
        {"zoom_and_highlight", test_zoom_and_highlight},
        {"path", test_path},
        {"draw_does_not_allocate", test_draw_does_not_allocate},
        {"no_leak", test_no_leak},
        {"bad_files", test_bad_files},
        {"truncated_asset", test_truncated_asset},
    };
    /* Must precede every SDL allocation. */
    SDL_GetMemoryFunctions(&real_malloc, &real_calloc, &real_realloc, &real_free);
    SDL_SetMemoryFunctions(count_malloc, count_calloc, count_realloc, count_free);
    if (getenv("CRS_MAP_SHOTS")) shots(getenv("CRS_MAP_SHOTS"));
    return check_run("map", cases, sizeof cases / sizeof cases[0]);
}
