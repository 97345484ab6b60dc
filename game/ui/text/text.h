/* Text with SDL2_ttf: a font chain chosen per code point (NanumGothic, then Noto Sans CJK),
 * our own line breaking (the Unicode algorithm, measured with TTF_SizeUTF8 run by run) and a
 * bounded LRU cache of one texture per line, so text is rasterised once, never per frame. */
#ifndef CRS_UI_TEXT_H
#define CRS_UI_TEXT_H

#include <SDL.h>
#include <stddef.h>

typedef enum {
    CRS_FONT_SMALL,
    CRS_FONT_SMALL_BOLD,
    CRS_FONT_BODY,
    CRS_FONT_BOLD,
    CRS_FONT_LEAD, /* larger body text for the main passage */
    CRS_FONT_HEADING,
    CRS_FONT_TITLE,
    CRS_FONT__COUNT
} crs_font;

typedef struct crs_textsys crs_textsys;

typedef struct crs_line {
    size_t off, len; /* a line is s[off, off+len) */
} crs_line;

/* Writes into path (cap bytes) where the font file name (e.g. "NanumGothic.ttf") is:
 * data_dir/assets/fonts/name when that is a file (the build tree, `cmake --install`), else in
 * $CROSSINGS_FONT_DIR when set, else the system's copy in CRS_SYSTEM_FONT_DIR (Debian's
 * fonts-nanum, which the .deb depends on instead of shipping the same files again). */
const char *crs_text_font_path(const char *data_dir, const char *name, char *path, size_t cap);
/* The CJK font of the fallback chain (Noto Sans CJK SC, regular or bold): the data folder's
 * subset assets/fonts/NotoSansCJKsc-{Regular,Bold}.otf when there is one (the browser's data),
 * else Debian's fonts-noto-cjk collection in $CROSSINGS_CJK_FONT_DIR or CRS_SYSTEM_CJK_FONT_DIR,
 * whose face *index is the Simplified Chinese one. */
const char *crs_text_cjk_font_path(const char *data_dir, int bold, char *path, size_t cap,
                                   long *index);
/* Adds the CJK font (crs_text_cjk_font_path) to t's chain; logs and returns -1 when it is
 * not there, which leaves Chinese and Japanese characters without a glyph. */
int crs_text_add_cjk(crs_textsys *t, const char *data_dir);
/* Opens both font files once to check them. Returns NULL and writes a message into err when a
 * file is missing or unreadable; free with crs_text_free (NULL is fine). */
crs_textsys *crs_text_new(SDL_Renderer *r, const char *regular_path, const char *bold_path,
                          char *err, size_t errcap);
void crs_text_free(crs_textsys *t);
/* Adds a font (both weights, face index inside a collection) to the chain: a code point the
 * fonts before it lack is drawn with it. Returns 0, or -1 with a message in err when a file
 * is missing or unreadable (the chain is then unchanged). */
int crs_text_add_fallback(crs_textsys *t, const char *regular_path, const char *bold_path,
                          long index, char *err, size_t errcap);
/* Reads the fallback fonts' files again, since they were replaced (the browser writes the CJK
 * subset over the few characters its first frame needed): their fonts reopen at each size's
 * next use, the cache is emptied, and characters reported missing may be reported again.
 * Returns 0, or -1 when a file can no longer be read: that font and those after it leave the
 * chain, and the message is logged. */
int crs_text_reload_fallbacks(crs_textsys *t);
/* Pixels per logical unit and the user's text size factor; changing either empties the cache. */
void crs_text_set_scale(crs_textsys *t, float px_per_unit, float text_scale);
/* Line height in pixels. */
int crs_text_line_h(crs_textsys *t, crs_font f);
/* Width in pixels of s[0, len). */
int crs_text_width(crs_textsys *t, crs_font f, const char *s, size_t len);
/* Wraps s into lines no wider than max_w pixels (and never wider than the renderer's maximum
 * texture width); '\n' breaks a line. Stores up to cap lines; returns how many there are. */
int crs_text_wrap(crs_textsys *t, crs_font f, const char *s, int max_w, crs_line *out, int cap);
/* Draws s[0, len) with its top-left at (x, y), from the cache. A line TTF cannot render is
 * logged once and drawn as an outlined placeholder. */
void crs_text_draw(crs_textsys *t, crs_font f, const char *s, size_t len, int x, int y,
                   SDL_Color c);
/* Marks the start of a frame (for LRU ageing). */
void crs_text_frame(crs_textsys *t);
/* Textures created since start: a steady-state frame must not change it. */
unsigned long crs_text_textures_created(const crs_textsys *t);
/* Texture bytes the cache holds now; *cap (when not NULL) gets its bound, one and a half
 * screens' worth of the renderer's output and at least 8 MiB. */
size_t crs_text_bytes(const crs_textsys *t, size_t *cap);
/* Entries in the cache now. */
int crs_text_cached(const crs_textsys *t);
/* Whether some font of the chain has a glyph for every code point of s. A code point none has
 * is left out when drawing (and logged once), never drawn as a box. */
int crs_text_has_glyphs(crs_textsys *t, const char *s);

#endif
