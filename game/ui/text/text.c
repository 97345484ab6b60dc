/* Word wrapping and the line-texture cache. Korean breaks at spaces like English; a run with
 * no space that does not fit is split between code points (syllables); no line starts with
 * closing punctuation. Each rendered line is one texture, kept in a bounded LRU cache. */
#include "text/text.h"

#include <SDL_ttf.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef CRS_SYSTEM_FONT_DIR
#define CRS_SYSTEM_FONT_DIR "/usr/share/fonts/truetype/nanum"
#endif
#define MAX_FONTS 16
#define CACHE_CAP 768
/* Texture memory the cache may hold: one and a half screens' worth of pixels, at least 8 MiB.
 * A frame draws only the lines on screen (plus a partly hidden line under each bar), so what a
 * frame needs always fits and no steady-state frame rasterises (test_layout draws the densest
 * screens twice to show it), while a kiosk that shows hundreds of different screens a day holds
 * about one screen of text (a byte bound of 96 MiB once let four playthroughs hold 39 MB). */
#define CACHE_MIN_BYTES ((size_t)8 * 1024 * 1024)
#define MEASURE_MAX     8192

typedef struct {
    int bold, px;
    TTF_Font *font;
} open_font;

typedef struct {
    int used;
    uint32_t hash;
    char *s;
    size_t len;
    int font;
    uint32_t rgba;
    SDL_Texture *tex; /* NULL when TTF failed: a placeholder is drawn */
    int w, h;
    size_t bytes;
    unsigned long stamp;
} entry;

struct crs_textsys {
    SDL_Renderer *r;
    char path[2][1024];
    /* The font files mapped once: FreeType then reads glyphs from memory instead of seeking
     * and reading the file for every new glyph and size, and only touched pages are resident. */
    void *map[2];
    size_t maplen[2];
    float scale, text_scale;
    int max_tex_w;
    open_font fonts[MAX_FONTS];
    int nfonts;
    entry cache[CACHE_CAP];
    size_t bytes, cap_bytes;
    unsigned long frame, created;
    char buf[MEASURE_MAX + 1];
};

static const struct {
    int base, bold, display;
} roles[CRS_FONT__COUNT] = {
    {16, 0, 0}, {16, 1, 0}, {20, 0, 0}, {20, 1, 0}, {22, 0, 0}, {29, 1, 1}, {52, 1, 1},
};

/* ===== fonts ===== */

static int role_px(const crs_textsys *t, crs_font f)
{
    /* Display sizes grow half as fast with the user's text size: they are large already. */
    float ts = roles[f].display ? 1.0f + (t->text_scale - 1.0f) * 0.5f : t->text_scale;
    int px = (int)(roles[f].base * t->scale * ts + 0.5f);
    return px < 6 ? 6 : px;
}

static TTF_Font *font_for(crs_textsys *t, crs_font f)
{
    int bold = roles[f].bold, px = role_px(t, f);
    for (int i = 0; i < t->nfonts; i++)
        if (t->fonts[i].bold == bold && t->fonts[i].px == px) return t->fonts[i].font;
    TTF_Font *font = TTF_OpenFontRW(SDL_RWFromConstMem(t->map[bold], (int)t->maplen[bold]), 1, px);
    if (!font) {
        SDL_Log("crossings: cannot open font %s at %d px: %s", t->path[bold], px, TTF_GetError());
        return NULL;
    }
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
    if (t->nfonts == MAX_FONTS) {
        TTF_CloseFont(t->fonts[0].font);
        memmove(t->fonts, t->fonts + 1, sizeof t->fonts[0] * (MAX_FONTS - 1));
        t->nfonts--;
    }
    t->fonts[t->nfonts++] = (open_font){bold, px, font};
    return font;
}

static void close_fonts(crs_textsys *t)
{
    for (int i = 0; i < t->nfonts; i++) TTF_CloseFont(t->fonts[i].font);
    t->nfonts = 0;
}

/* ===== cache ===== */

static void drop_entry(crs_textsys *t, entry *e)
{
    if (e->tex) SDL_DestroyTexture(e->tex);
    free(e->s);
    t->bytes -= e->bytes;
    memset(e, 0, sizeof *e);
}

static void clear_cache(crs_textsys *t)
{
    for (int i = 0; i < CACHE_CAP; i++)
        if (t->cache[i].used) drop_entry(t, &t->cache[i]);
}

/* Maps one font file and checks that SDL_ttf can read it; 0 on success. */
static int map_font(crs_textsys *t, int i, const char *path, char *err, size_t errcap)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a FIFO must not block start-up */
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
        st.st_size > INT32_MAX) {
        SDL_snprintf(err, errcap, "cannot open font %s: not a readable font file", path);
        if (fd >= 0) close(fd);
        return -1;
    }
    void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
    close(fd);
    if (m == MAP_FAILED) {
        SDL_snprintf(err, errcap, "cannot open font %s: cannot map it", path);
        return -1;
    }
    t->map[i] = m;
    t->maplen[i] = (size_t)st.st_size;
    TTF_Font *probe = TTF_OpenFontRW(SDL_RWFromConstMem(m, (int)st.st_size), 1, 12);
    if (!probe) {
        SDL_snprintf(err, errcap, "cannot open font %s: %s", path, TTF_GetError());
        return -1;
    }
    TTF_CloseFont(probe);
    return 0;
}

/* The byte bound for the renderer's present output size. */
static size_t cap_for_output(SDL_Renderer *r)
{
    int w = 0, h = 0;
    if (SDL_GetRendererOutputSize(r, &w, &h) != 0 || w <= 0 || h <= 0) return CACHE_MIN_BYTES;
    size_t screens = (size_t)w * (size_t)h * 4 * 3 / 2;
    return screens > CACHE_MIN_BYTES ? screens : CACHE_MIN_BYTES;
}

const char *crs_text_font_path(const char *data_dir, const char *name, char *path, size_t cap)
{
    struct stat st;
    SDL_snprintf(path, cap, "%s/assets/fonts/%s", data_dir, name);
    /* Only a missing file falls through to the font folder: a FIFO or a directory in its
     * place is the data folder's mistake, reported by map_font rather than hidden. */
    if (stat(path, &st) == 0) return path;
    const char *dir = SDL_getenv("CROSSINGS_FONT_DIR");
    SDL_snprintf(path, cap, "%s/%s", dir && dir[0] ? dir : CRS_SYSTEM_FONT_DIR, name);
    return path;
}

crs_textsys *crs_text_new(SDL_Renderer *r, const char *regular_path, const char *bold_path,
                          char *err, size_t errcap)
{
    if (!TTF_WasInit() && TTF_Init() != 0) {
        SDL_snprintf(err, errcap, "cannot start SDL_ttf: %s", TTF_GetError());
        return NULL;
    }
    const char *paths[2] = {regular_path, bold_path};
    crs_textsys *t = calloc(1, sizeof *t);
    if (!t) {
        SDL_snprintf(err, errcap, "out of memory");
        return NULL;
    }
    for (int i = 0; i < 2; i++) {
        if (map_font(t, i, paths[i], err, errcap) != 0) {
            crs_text_free(t);
            return NULL;
        }
    }
    t->r = r;
    t->cap_bytes = cap_for_output(r);
    SDL_strlcpy(t->path[0], regular_path, sizeof t->path[0]);
    SDL_strlcpy(t->path[1], bold_path, sizeof t->path[1]);
    t->scale = t->text_scale = 1.0f;
    SDL_RendererInfo info;
    t->max_tex_w = 8192;
    if (SDL_GetRendererInfo(r, &info) == 0 && info.max_texture_width > 0)
        t->max_tex_w = info.max_texture_width;
    return t;
}

void crs_text_free(crs_textsys *t)
{
    if (!t) return;
    clear_cache(t);
    close_fonts(t);
    for (int i = 0; i < 2; i++)
        if (t->map[i]) munmap(t->map[i], t->maplen[i]);
    free(t);
}

void crs_text_set_scale(crs_textsys *t, float px_per_unit, float text_scale)
{
    t->cap_bytes = cap_for_output(t->r); /* the window may have changed size, not the scale */
    if (t->scale == px_per_unit && t->text_scale == text_scale) return;
    t->scale = px_per_unit;
    t->text_scale = text_scale;
    clear_cache(t);
    close_fonts(t);
}

int crs_text_line_h(crs_textsys *t, crs_font f)
{
    int px = role_px(t, f);
    return roles[f].display ? px * 13 / 10 : px * 3 / 2;
}

int crs_text_width(crs_textsys *t, crs_font f, const char *s, size_t len)
{
    TTF_Font *font = font_for(t, f);
    if (!font || len == 0) return 0;
    if (len > MEASURE_MAX) len = MEASURE_MAX;
    memcpy(t->buf, s, len);
    t->buf[len] = 0;
    int w = 0, h = 0;
    if (TTF_SizeUTF8(font, t->buf, &w, &h) != 0) return (int)len * role_px(t, f) / 2;
    return w;
}

/* ===== wrapping ===== */

static size_t next_cp(const char *s, size_t i, size_t end)
{
    i++;
    while (i < end && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

static uint32_t decode_cp(const char *s, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t n = end - i;
    if (u[0] < 0x80) return u[0];
    if ((u[0] & 0xE0) == 0xC0 && n >= 2) return (uint32_t)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    if ((u[0] & 0xF0) == 0xE0 && n >= 3)
        return (uint32_t)(u[0] & 0x0F) << 12 | (uint32_t)(u[1] & 0x3F) << 6 | (u[2] & 0x3F);
    if ((u[0] & 0xF8) == 0xF0 && n >= 4)
        return (uint32_t)(u[0] & 0x07) << 18 | (uint32_t)(u[1] & 0x3F) << 12 |
               (uint32_t)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
    return 0xFFFD;
}

static int is_closing(uint32_t c)
{
    static const uint32_t set[] = {')',    ']',    '}',    ',',    '.',    ';',    ':',    '!',
                                   '?',    '%',    0x2019, 0x201D, 0x3001, 0x3002, 0x300D, 0x300F,
                                   0x3009, 0x300B, 0xFF09, 0xFF0C, 0xFF0E, 0x2026, 0xFF01, 0xFF1F};
    for (size_t i = 0; i < sizeof set / sizeof set[0]; i++)
        if (set[i] == c) return 1;
    return 0;
}

static int fits(crs_textsys *t, crs_font f, const char *s, size_t a, size_t b, int max_w)
{
    return crs_text_width(t, f, s + a, b - a) <= max_w;
}

/* Longest prefix of [a, end) that fits, cut between code points; at least one code point, and
 * the cut is moved back so that the next line does not start with closing punctuation. */
static size_t cut_run(crs_textsys *t, crs_font f, const char *s, size_t a, size_t end, int max_w)
{
    size_t e = next_cp(s, a, end), prev = a;
    while (e < end) {
        size_t n = next_cp(s, e, end);
        if (!fits(t, f, s, a, n, max_w)) break;
        e = n;
    }
    for (size_t i = a; i < e; i = next_cp(s, i, end)) prev = i;
    if (e < end && is_closing(decode_cp(s, e, end)) && prev > a) e = prev;
    return e;
}

/* End of the line starting at a within [a, end): at the last space that fits, else cut_run. */
static size_t line_end(crs_textsys *t, crs_font f, const char *s, size_t a, size_t end, int max_w)
{
    if (fits(t, f, s, a, end, max_w)) return end;
    size_t best = a;
    for (size_t i = a + 1; i < end; i++) {
        if (s[i] != ' ' || s[i - 1] == ' ') continue;
        size_t after = i;
        while (after < end && s[after] == ' ') after++;
        if (after < end && is_closing(decode_cp(s, after, end))) continue;
        if (!fits(t, f, s, a, i, max_w)) break;
        best = i;
    }
    return best > a ? best : cut_run(t, f, s, a, end, max_w);
}

int crs_text_wrap(crs_textsys *t, crs_font f, const char *s, int max_w, crs_line *out, int cap)
{
    int n = 0;
    size_t len = strlen(s), p = 0;
    if (max_w > t->max_tex_w) max_w = t->max_tex_w;
    if (max_w < 1) max_w = 1;
    while (p <= len) {
        size_t pend = p;
        while (pend < len && s[pend] != '\n') pend++;
        size_t a = p;
        do {
            while (a < pend && s[a] == ' ') a++;
            size_t e = a < pend ? line_end(t, f, s, a, pend, max_w) : pend;
            size_t trim = e;
            while (trim > a && s[trim - 1] == ' ') trim--;
            if (n < cap) out[n] = (crs_line){a, trim - a};
            n++;
            a = e;
            while (a < pend && s[a] == ' ') a++;
        } while (a < pend);
        p = pend + 1;
    }
    return n;
}

/* ===== drawing ===== */

static uint32_t hash_of(const char *s, size_t len, int font, uint32_t rgba)
{
    uint32_t h = 2166136261u ^ (uint32_t)font ^ rgba * 16777619u;
    for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 16777619u;
    return h;
}

static entry *lookup(crs_textsys *t, const char *s, size_t len, int font, uint32_t rgba, uint32_t h)
{
    for (int i = 0; i < CACHE_CAP; i++) {
        entry *e = &t->cache[i];
        if (e->used && e->hash == h && e->len == len && e->font == font && e->rgba == rgba &&
            memcmp(e->s, s, len) == 0)
            return e;
    }
    return NULL;
}

/* A free slot, evicting least recently used entries while over the count or byte bound. */
static entry *free_slot(crs_textsys *t, size_t need)
{
    for (;;) {
        entry *lru = NULL, *empty = NULL;
        for (int i = 0; i < CACHE_CAP; i++) {
            entry *e = &t->cache[i];
            if (!e->used) {
                if (!empty) empty = e;
            } else if (!lru || e->stamp < lru->stamp) {
                lru = e;
            }
        }
        if (empty && t->bytes + need <= t->cap_bytes) return empty;
        if (!lru) return empty;
        drop_entry(t, lru);
    }
}

static void rasterise(crs_textsys *t, entry *e, crs_font f, SDL_Color c)
{
    TTF_Font *font = font_for(t, f);
    SDL_Surface *surf = NULL;
    if (font) surf = TTF_RenderUTF8_Blended(font, e->s, c);
    if (!surf) {
        SDL_Log("crossings: cannot render text \"%.40s\": %s", e->s, TTF_GetError());
        e->w = crs_text_width(t, f, e->s, e->len);
        e->h = role_px(t, f);
        return;
    }
    e->tex = SDL_CreateTextureFromSurface(t->r, surf);
    e->w = surf->w;
    e->h = surf->h;
    SDL_FreeSurface(surf);
    if (!e->tex) {
        SDL_Log("crossings: cannot create a text texture: %s", SDL_GetError());
        return;
    }
    t->created++;
    e->bytes = (size_t)e->w * (size_t)e->h * 4;
    t->bytes += e->bytes;
}

void crs_text_draw(crs_textsys *t, crs_font f, const char *s, size_t len, int x, int y, SDL_Color c)
{
    if (len == 0) return;
    uint32_t rgba = (uint32_t)c.r << 24 | (uint32_t)c.g << 16 | (uint32_t)c.b << 8 | c.a;
    uint32_t h = hash_of(s, len, (int)f, rgba);
    entry *e = lookup(t, s, len, (int)f, rgba, h);
    if (!e) {
        e = free_slot(t, (size_t)crs_text_width(t, f, s, len) * (size_t)role_px(t, f) * 6);
        if (!e) return;
        e->s = malloc(len + 1);
        if (!e->s) return;
        memcpy(e->s, s, len);
        e->s[len] = 0;
        e->used = 1;
        e->hash = h;
        e->len = len;
        e->font = (int)f;
        e->rgba = rgba;
        rasterise(t, e, f, c);
    }
    e->stamp = t->frame;
    int dy = (crs_text_line_h(t, f) - e->h) / 2;
    SDL_Rect dst = {x, y + dy, e->w, e->h};
    if (e->tex) {
        SDL_RenderCopy(t->r, e->tex, NULL, &dst);
    } else {
        SDL_SetRenderDrawColor(t->r, c.r, c.g, c.b, 96);
        SDL_RenderDrawRect(t->r, &dst);
    }
}

void crs_text_frame(crs_textsys *t)
{
    t->frame++;
}

unsigned long crs_text_textures_created(const crs_textsys *t)
{
    return t->created;
}

size_t crs_text_bytes(const crs_textsys *t, size_t *cap)
{
    if (cap) *cap = t->cap_bytes;
    return t->bytes;
}

int crs_text_cached(const crs_textsys *t)
{
    int n = 0;
    for (int i = 0; i < CACHE_CAP; i++) n += t->cache[i].used;
    return n;
}

int crs_text_has_glyphs(crs_textsys *t, const char *s)
{
    TTF_Font *font = font_for(t, CRS_FONT_BODY);
    size_t len = strlen(s);
    if (!font) return 0;
    for (size_t i = 0; i < len; i = next_cp(s, i, len)) {
        uint32_t c = decode_cp(s, i, len);
        if (c != '\n' && !TTF_GlyphIsProvided32(font, c)) return 0;
    }
    return 1;
}
