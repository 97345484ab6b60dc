/* Drawing primitives on top of SDL_Renderer: filled and outlined rounded rectangles with
 * antialiased corners (one cached white disc texture per radius, tinted), and small icons. */
#ifndef CRS_UI_GFX_H
#define CRS_UI_GFX_H

#include <SDL.h>

typedef struct crs_gfx crs_gfx;

/* NULL when out of memory; free with crs_gfx_free (NULL is fine). */
crs_gfx *crs_gfx_new(SDL_Renderer *r);
void crs_gfx_free(crs_gfx *g);
void crs_gfx_fill(crs_gfx *g, SDL_Rect r, SDL_Color c);
/* Rounded rectangle of corner radius rad (pixels). */
void crs_gfx_round(crs_gfx *g, SDL_Rect r, int rad, SDL_Color c);
/* Rounded rectangle with a border of width bw in colour edge around fill. */
void crs_gfx_round_border(crs_gfx *g, SDL_Rect r, int rad, int bw, SDL_Color edge, SDL_Color fill);
/* A filled disc centred at (cx, cy). */
void crs_gfx_disc(crs_gfx *g, int cx, int cy, int rad, SDL_Color c);
/* Icons drawn in a square box: a gear (settings), a list (history). */
void crs_gfx_gear(crs_gfx *g, SDL_Rect box, SDL_Color c, SDL_Color hole);
void crs_gfx_list(crs_gfx *g, SDL_Rect box, SDL_Color c);
/* Textures this module created (corner discs): counted with the text cache's. */
unsigned long crs_gfx_textures_created(const crs_gfx *g);

#endif
