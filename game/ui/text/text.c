/* Word wrapping and the line-texture cache. Lines break where the Unicode line-breaking
 * algorithm allows (breaks.c: at spaces in English and Korean, between most characters in
 * Chinese and Japanese, never before closing punctuation); a run with no break that does not
 * fit is split between code points. Each code point is drawn by the first font of the chain
 * that has it (NanumGothic, then Noto Sans CJK), a line in runs of one font each composited on
 * one baseline. Each rendered line is one texture, kept in a bounded LRU cache. */
#include "text/text.h"

#include "text/breaks.h"

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
#ifndef CRS_SYSTEM_CJK_FONT_DIR
#define CRS_SYSTEM_CJK_FONT_DIR "/usr/share/fonts/opentype/noto"
#endif
#define MAX_FONTS   24
#define FACES       2 /* the chain: 0 NanumGothic, 1 the CJK font */
#define MAX_MISSING 64
#define CACHE_CAP   768
/* Texture memory the cache may hold: one and a half screens' worth of pixels, at least 8 MiB.
 * A frame draws only the lines on screen (plus a partly hidden line under each bar), so what a
 * frame needs always fits and no steady-state frame rasterises (test_layout draws the densest
 * screens twice to show it), while a kiosk that shows hundreds of different screens a day holds
 * about one screen of text (a byte bound of 96 MiB once let four playthroughs hold 39 MB). */
#define CACHE_MIN_BYTES ((size_t)8 * 1024 * 1024)
#define MEASURE_MAX     8192

typedef struct {
    int face, bold, px;
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
    int w, h, dy;     /* dy: from the line's top to the texture's */
    int blank;        /* no font has any of its code points: nothing to draw */
    size_t bytes;
    unsigned long stamp;
} entry;

struct crs_textsys {
    SDL_Renderer *r;
    char path[FACES][2][1024];
    /* The font files mapped once: FreeType then reads glyphs from memory instead of seeking
     * and reading the file for every new glyph and size, and only touched pages are resident. */
    void *map[FACES][2];
    size_t maplen[FACES][2];
    long index[FACES]; /* the face inside a collection (.ttc) */
    /* The font map_font checked each file with, kept for the first size face_for needs:
     * opening a face again costs as much as the check (tables read, charmap chosen). */
    TTF_Font *spare[FACES][2];
    int nfaces;
    unsigned long missing[MAX_MISSING]; /* code points no font has, each reported once */
    int nmissing;
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

static TTF_Font *face_for(crs_textsys *t, int face, crs_font f)
{
    int bold = roles[f].bold, px = role_px(t, f);
    for (int i = 0; i < t->nfonts; i++)
        if (t->fonts[i].face == face && t->fonts[i].bold == bold && t->fonts[i].px == px)
            return t->fonts[i].font;
    TTF_Font *font = t->spare[face][bold];
    t->spare[face][bold] = NULL;
    if (font && TTF_SetFontSize(font, px) != 0) {
        TTF_CloseFont(font);
        font = NULL;
    }
    if (!font)
        font =
            TTF_OpenFontIndexRW(SDL_RWFromConstMem(t->map[face][bold], (int)t->maplen[face][bold]),
                                1, px, t->index[face]);
    if (!font) {
        SDL_Log("crossings: cannot open font %s at %d px: %s", t->path[face][bold], px,
                TTF_GetError());
        return NULL;
    }
#ifdef __EMSCRIPTEN__
    /* The browser's CJK faces are TrueType outlines without hinting programs
     * (scripts/cff_to_glyf.py), which light hinting would give to FreeType's autohinter: its
     * CJK module, compiled and set up on first use, cost the title's first frame about 20 ms
     * for the four hanzi of a language name. Han strokes at these sizes read as well
     * unhinted, as a browser draws them. */
    TTF_SetFontHinting(font, face > 0 ? TTF_HINTING_NONE : TTF_HINTING_LIGHT);
#else
    TTF_SetFontHinting(font, TTF_HINTING_LIGHT);
#endif
    if (t->nfonts == MAX_FONTS) {
        TTF_CloseFont(t->fonts[0].font);
        memmove(t->fonts, t->fonts + 1, sizeof t->fonts[0] * (MAX_FONTS - 1));
        t->nfonts--;
    }
    t->fonts[t->nfonts++] = (open_font){face, bold, px, font};
    return font;
}

static TTF_Font *font_for(crs_textsys *t, crs_font f)
{
    return face_for(t, 0, f);
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

/* A font file's bytes in memory, read-only. Natively a mapping: only the pages FreeType touches
 * become resident. The browser's mmap is a heap block zeroed and then filled from the in-memory
 * file system, so there the file is read into a block instead: one pass over the bytes, not
 * two (the start-up reads 1.7 MB of fonts). */
static void *map_file(int fd, size_t len)
{
#ifdef __EMSCRIPTEN__
    unsigned char *m = malloc(len);
    size_t got = 0;
    while (m && got < len) {
        ssize_t n = read(fd, m + got, len - got);
        if (n <= 0) break;
        got += (size_t)n;
    }
    if (m && got == len) return m;
    free(m);
    return MAP_FAILED;
#else
    return mmap(NULL, len, PROT_READ, MAP_PRIVATE, fd, 0);
#endif
}

static void unmap_file(void *m, size_t len)
{
#ifdef __EMSCRIPTEN__
    (void)len;
    free(m);
#else
    munmap(m, len);
#endif
}

/* Maps one font file and checks that SDL_ttf can read it; 0 on success. */
static int map_font(crs_textsys *t, int face, int i, const char *path, char *err, size_t errcap)
{
    int fd = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC); /* a FIFO must not block start-up */
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode) || st.st_size <= 0 ||
        st.st_size > INT32_MAX) {
        SDL_snprintf(err, errcap, "cannot open font %s: not a readable font file", path);
        if (fd >= 0) close(fd);
        return -1;
    }
    void *m = map_file(fd, (size_t)st.st_size);
    close(fd);
    if (m == MAP_FAILED) {
        SDL_snprintf(err, errcap, "cannot open font %s: cannot map it", path);
        return -1;
    }
    t->map[face][i] = m;
    t->maplen[face][i] = (size_t)st.st_size;
    TTF_Font *probe =
        TTF_OpenFontIndexRW(SDL_RWFromConstMem(m, (int)st.st_size), 1, 12, t->index[face]);
    if (!probe) {
        SDL_snprintf(err, errcap, "cannot open font %s: %s", path, TTF_GetError());
        return -1;
    }
    t->spare[face][i] = probe;
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
        if (map_font(t, 0, i, paths[i], err, errcap) != 0) {
            crs_text_free(t);
            return NULL;
        }
    }
    t->r = r;
    t->cap_bytes = cap_for_output(r);
    t->nfaces = 1;
    SDL_strlcpy(t->path[0][0], regular_path, sizeof t->path[0][0]);
    SDL_strlcpy(t->path[0][1], bold_path, sizeof t->path[0][1]);
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
    for (int f = 0; f < FACES; f++)
        for (int i = 0; i < 2; i++) {
            if (t->spare[f][i]) TTF_CloseFont(t->spare[f][i]);
            if (t->map[f][i]) unmap_file(t->map[f][i], t->maplen[f][i]);
        }
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

/* ===== the font chain ===== */

static void report_missing(crs_textsys *t, unsigned long c)
{
    for (int i = 0; i < t->nmissing; i++)
        if (t->missing[i] == c) return;
    if (t->nmissing < MAX_MISSING) t->missing[t->nmissing++] = c;
    SDL_Log("crossings: no font has U+%04lX; it is left out of the text", c);
}

/* Han ideographs, kana, bopomofo, CJK punctuation and fullwidth forms. NanumGothic has the
 * Hanja of Korean's standard (traditional forms) and some of the punctuation, drawn to go with
 * Hangul; taking them from it would set a Chinese line in two designs, character by character,
 * so the CJK font, when there is one, draws all of these. */
static int prefers_cjk(unsigned long c)
{
    return (c >= 0x2E80 && c <= 0x2FDF) || (c >= 0x3000 && c <= 0x30FF) ||
           (c >= 0x3100 && c <= 0x312F) || (c >= 0x31C0 && c <= 0x31FF) ||
           (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
           (c >= 0xF900 && c <= 0xFAFF) || (c >= 0xFF00 && c <= 0xFFEF) ||
           (c >= 0x20000 && c <= 0x3FFFF);
}

/* The face that draws c: the first of the chain that has it (the CJK font first for the
 * characters it is meant for), or -1. */
static int face_of(crs_textsys *t, crs_font f, unsigned long c)
{
    if (c >= 0x20 && c < 0x7F) return 0; /* printable ASCII: NanumGothic has it all */
    if (t->nfaces > 1 && prefers_cjk(c)) {
        TTF_Font *font = face_for(t, 1, f);
        if (font && TTF_GlyphIsProvided32(font, (Uint32)c)) return 1;
    }
    for (int i = 0; i < t->nfaces; i++) {
        TTF_Font *font = face_for(t, i, f);
        if (font && TTF_GlyphIsProvided32(font, (Uint32)c)) return i;
    }
    return -1;
}

/* The end of the run of code points of one face that starts at s[i]; *face gets the face. */
static size_t run_end(crs_textsys *t, crs_font f, const char *s, size_t i, size_t len, int *face)
{
    *face = face_of(t, f, crs_utf8_at(s, i, len));
    size_t e = crs_utf8_next(s, i, len);
    while (e < len && face_of(t, f, crs_utf8_at(s, e, len)) == *face) e = crs_utf8_next(s, e, len);
    return e;
}

/* Width of one run in one face, measured as SDL_ttf will draw it. */
static int run_width(crs_textsys *t, int face, crs_font f, const char *s, size_t len)
{
    TTF_Font *font = face_for(t, face, f);
    if (!font) return 0;
    if (len > MEASURE_MAX) len = MEASURE_MAX;
    memcpy(t->buf, s, len);
    t->buf[len] = 0;
    int w = 0, h = 0;
    if (TTF_SizeUTF8(font, t->buf, &w, &h) != 0) return (int)len * role_px(t, f) / 2;
    return w;
}

int crs_text_width(crs_textsys *t, crs_font f, const char *s, size_t len)
{
    if (len == 0) return 0;
    if (len > MEASURE_MAX) len = MEASURE_MAX;
    int w = 0;
    for (size_t i = 0; i < len;) {
        int face;
        size_t e = run_end(t, f, s, i, len, &face);
        if (face >= 0) w += run_width(t, face, f, s + i, e - i);
        i = e;
    }
    return w;
}

/* ===== wrapping ===== */

/* The one piece of the old breaker kept: a line that cannot break must still be cut somewhere,
 * and the cut never puts closing punctuation at the start of the next line. */
static int is_closing(unsigned long c)
{
    static const unsigned long set[] = {')',    ']',    '}',    ',',    '.',    ';',
                                        ':',    '!',    '?',    '%',    0x2019, 0x201D,
                                        0x3001, 0x3002, 0x300D, 0x300F, 0x3009, 0x300B,
                                        0xFF09, 0xFF0C, 0xFF0E, 0x2026, 0xFF01, 0xFF1F};
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
    size_t e = crs_utf8_next(s, a, end), prev = a;
    while (e < end) {
        size_t n = crs_utf8_next(s, e, end);
        if (!fits(t, f, s, a, n, max_w)) break;
        e = n;
    }
    for (size_t i = a; i < e; i = crs_utf8_next(s, i, end)) prev = i;
    if (e < end && is_closing(crs_utf8_at(s, e, end)) && prev > a) e = prev;
    return e;
}

/* End of the line starting at a within [a, end): the last break opportunity (brk, indexed
 * from base; NULL for none) whose line, less its trailing spaces, fits; else cut_run. */
static size_t line_end(crs_textsys *t, crs_font f, const char *s, size_t a, size_t end, int max_w,
                       const char *brk, size_t base)
{
    if (fits(t, f, s, a, end, max_w)) return end;
    size_t best = a;
    for (size_t i = a + 1; brk && i < end; i++) {
        if (!brk[i - base]) continue;
        size_t trim = i;
        while (trim > a && s[trim - 1] == ' ') trim--;
        if (trim == a) continue;
        if (!fits(t, f, s, a, trim, max_w)) break;
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
    char *brk = malloc(len + 1);
    while (p <= len) {
        size_t pend = p;
        while (pend < len && s[pend] != '\n') pend++;
        /* Out of memory: no opportunities, so every line is cut where it is full. */
        if (brk) crs_linebreaks(s + p, pend - p, brk);
        size_t a = p;
        do {
            while (a < pend && s[a] == ' ') a++;
            size_t e = a < pend ? line_end(t, f, s, a, pend, max_w, brk, p) : pend;
            size_t trim = e;
            while (trim > a && s[trim - 1] == ' ') trim--;
            if (n < cap) out[n] = (crs_line){a, trim - a};
            n++;
            a = e;
            while (a < pend && s[a] == ' ') a++;
        } while (a < pend);
        p = pend + 1;
    }
    free(brk);
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

/* Whether s is one run of the first face: drawn as it always was, in one call. */
static int first_face_only(crs_textsys *t, crs_font f, const char *s, size_t len)
{
    int face;
    return run_end(t, f, s, 0, len, &face) == len && face == 0;
}

/* A line of several runs, or of the CJK font alone: each run rendered in its face and blitted
 * at its x on one shared baseline, which sits where NanumGothic's sits in a line of its own,
 * so mixed and plain lines of one size align. *dy gets the texture's offset in the line. */
static SDL_Surface *render_runs(crs_textsys *t, crs_font f, const char *s, size_t len, SDL_Color c,
                                int *dy)
{
    int w = 0, asc = 0, below = 0;
    if (len > MEASURE_MAX) len = MEASURE_MAX;
    for (size_t i = 0; i < len;) { /* first pass: the canvas's size */
        int face;
        size_t e = run_end(t, f, s, i, len, &face);
        TTF_Font *font = face >= 0 ? face_for(t, face, f) : NULL;
        if (font) {
            w += run_width(t, face, f, s + i, e - i);
            if (TTF_FontAscent(font) > asc) asc = TTF_FontAscent(font);
            if (TTF_FontHeight(font) - TTF_FontAscent(font) > below)
                below = TTF_FontHeight(font) - TTF_FontAscent(font);
        }
        for (size_t k = i; face < 0 && k < e; k = crs_utf8_next(s, k, e))
            report_missing(t, crs_utf8_at(s, k, e));
        i = e;
    }
    if (w <= 0 || asc + below <= 0) return NULL;
    SDL_Surface *canvas =
        SDL_CreateRGBSurfaceWithFormat(0, w, asc + below, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!canvas) return NULL;
    /* Transparent pixels of the text's own colour: blending the runs onto it then keeps the
     * colour of anti-aliased edges instead of darkening them towards black. */
    SDL_FillRect(canvas, NULL, SDL_MapRGBA(canvas->format, c.r, c.g, c.b, 0));
    int x = 0;
    for (size_t i = 0; i < len;) {
        int face;
        size_t e = run_end(t, f, s, i, len, &face);
        TTF_Font *font = face >= 0 ? face_for(t, face, f) : NULL;
        if (font) {
            int rw = run_width(t, face, f, s + i, e - i); /* copies the run into t->buf */
            SDL_Surface *run = TTF_RenderUTF8_Blended(font, t->buf, c);
            if (run) {
                SDL_Rect at = {x, asc - TTF_FontAscent(font), run->w, run->h};
                SDL_BlitSurface(run, NULL, canvas, &at);
                SDL_FreeSurface(run);
            }
            x += rw;
        }
        i = e;
    }
    TTF_Font *first = font_for(t, f);
    int line_h = crs_text_line_h(t, f);
    *dy = first ? (line_h - TTF_FontHeight(first)) / 2 + TTF_FontAscent(first) - asc
                : (line_h - canvas->h) / 2;
    return canvas;
}

static void rasterise(crs_textsys *t, entry *e, crs_font f, SDL_Color c)
{
    TTF_Font *font = font_for(t, f);
    SDL_Surface *surf = NULL;
    int dy = 0;
    if (first_face_only(t, f, e->s, e->len)) {
        if (font) surf = TTF_RenderUTF8_Blended(font, e->s, c);
        if (surf) dy = (crs_text_line_h(t, f) - surf->h) / 2;
    } else {
        surf = render_runs(t, f, e->s, e->len, c, &dy);
        e->blank = !surf && crs_text_width(t, f, e->s, e->len) == 0;
    }
    if (e->blank) return; /* reported by render_runs; a box would say nothing more */
    if (!surf) {
        SDL_Log("crossings: cannot render text \"%.40s\": %s", e->s, TTF_GetError());
        e->w = crs_text_width(t, f, e->s, e->len);
        e->h = role_px(t, f);
        e->dy = (crs_text_line_h(t, f) - e->h) / 2;
        return;
    }
    e->tex = SDL_CreateTextureFromSurface(t->r, surf);
    e->w = surf->w;
    e->h = surf->h;
    e->dy = dy;
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
    SDL_Rect dst = {x, y + e->dy, e->w, e->h};
    if (e->tex) {
        SDL_RenderCopy(t->r, e->tex, NULL, &dst);
    } else if (!e->blank) {
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
    size_t len = strlen(s);
    if (!font_for(t, CRS_FONT_BODY)) return 0;
    for (size_t i = 0; i < len; i = crs_utf8_next(s, i, len)) {
        unsigned long c = crs_utf8_at(s, i, len);
        if (c != '\n' && face_of(t, CRS_FONT_BODY, c) < 0) return 0;
    }
    return 1;
}

const char *crs_text_cjk_font_path(const char *data_dir, int bold, char *path, size_t cap,
                                   long *index)
{
    struct stat st;
    /* The browser's data: a subset of the SC face alone, a font of its own. */
    SDL_snprintf(path, cap, "%s/assets/fonts/NotoSansCJKsc-%s.otf", data_dir,
                 bold ? "Bold" : "Regular");
    *index = 0;
    if (stat(path, &st) == 0) return path;
    const char *dir = SDL_getenv("CROSSINGS_CJK_FONT_DIR");
    SDL_snprintf(path, cap, "%s/NotoSansCJK-%s.ttc", dir && dir[0] ? dir : CRS_SYSTEM_CJK_FONT_DIR,
                 bold ? "Bold" : "Regular");
    *index = 2; /* Debian's collection: JP, KR, SC, TC, HK, then the monospaced five */
    return path;
}

/* Lets go of a face's two files: its spare fonts closed, its bytes released. */
static void release_face(crs_textsys *t, int face)
{
    for (int k = 0; k < 2; k++) {
        if (t->spare[face][k]) TTF_CloseFont(t->spare[face][k]);
        t->spare[face][k] = NULL;
        if (t->map[face][k]) unmap_file(t->map[face][k], t->maplen[face][k]);
        t->map[face][k] = NULL;
    }
}

int crs_text_add_fallback(crs_textsys *t, const char *regular_path, const char *bold_path,
                          long index, char *err, size_t errcap)
{
    if (t->nfaces >= FACES) {
        SDL_snprintf(err, errcap, "no room for another font");
        return -1;
    }
    int face = t->nfaces;
    const char *paths[2] = {regular_path, bold_path};
    t->index[face] = index;
    for (int i = 0; i < 2; i++) {
        if (map_font(t, face, i, paths[i], err, errcap) != 0) {
            release_face(t, face);
            return -1;
        }
        SDL_strlcpy(t->path[face][i], paths[i], sizeof t->path[face][i]);
    }
    t->nfaces++;
    clear_cache(t); /* lines drawn before may have left characters out */
    return 0;
}

int crs_text_reload_fallbacks(crs_textsys *t)
{
    int kept = 0, rc = 0;
    for (int i = 0; i < t->nfonts; i++) {
        if (t->fonts[i].face > 0)
            TTF_CloseFont(t->fonts[i].font);
        else
            t->fonts[kept++] = t->fonts[i];
    }
    t->nfonts = kept;
    for (int face = 1; face < t->nfaces; face++) {
        release_face(t, face);
        char err[1400];
        for (int i = 0; i < 2 && rc == 0; i++)
            rc = map_font(t, face, i, t->path[face][i], err, sizeof err);
        if (rc != 0) { /* this face and those after it leave the chain */
            SDL_Log("crossings: %s", err);
            for (int f = face; f < t->nfaces; f++) release_face(t, f);
            t->nfaces = face;
        }
    }
    clear_cache(t);
    t->nmissing = 0; /* what was missing may be there now, or be reported again */
    return rc;
}

int crs_text_add_cjk(crs_textsys *t, const char *data_dir)
{
    char reg[1200], bold[1200], err[1400];
    long ri, bi;
    crs_text_cjk_font_path(data_dir, 0, reg, sizeof reg, &ri);
    crs_text_cjk_font_path(data_dir, 1, bold, sizeof bold, &bi);
    /* One index for both: the subset files pair with each other, the collections too. */
    if (ri == bi && crs_text_add_fallback(t, reg, bold, ri, err, sizeof err) == 0) return 0;
    /* The game runs without it: Chinese and Japanese characters are then reported missing. */
    SDL_Log("crossings: no CJK font (%s); Chinese and Japanese text cannot be shown",
            ri == bi ? err : "the regular and bold files are of different kinds");
    return -1;
}
