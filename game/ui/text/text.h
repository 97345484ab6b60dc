/* Text with SDL2_ttf: our own word wrapping (measured with TTF_SizeUTF8) and a bounded LRU
 * cache of one texture per line, so text is rasterised once, never per frame. */
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
/* Opens both font files once to check them. Returns NULL and writes a message into err when a
 * file is missing or unreadable; free with crs_text_free (NULL is fine). */
crs_textsys *crs_text_new(SDL_Renderer *r, const char *regular_path, const char *bold_path,
                          char *err, size_t errcap);
void crs_text_free(crs_textsys *t);
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
/* Whether the regular font has a glyph for every code point of s. */
int crs_text_has_glyphs(crs_textsys *t, const char *s);

#endif
