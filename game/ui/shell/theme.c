/* The two palettes: warm paper with dark ink and one teal accent, and a black, white and
 * yellow high-contrast theme that keeps every text/background pair above 7:1. */
#include "shell/theme.h"

static SDL_Color rgb(unsigned v)
{
    SDL_Color c = {(Uint8)(v >> 16), (Uint8)(v >> 8), (Uint8)v, 255};
    return c;
}

void crs_theme_get(crs_theme *t, int high_contrast)
{
    static const unsigned paper[CRS_COL__COUNT] = {
        0xF4EFE6, /* bg: warm paper */
        0xFBF8F2, /* surface */
        0x2A2926, /* ink */
        0x625D55, /* muted */
        0x2D6A6E, /* accent: deep teal */
        0xFFFFFF, /* on accent */
        0xD8CFBF, /* rule */
        0xEAE3D6, /* button */
        0xE0D7C6, /* button hover */
        0xB4541C, /* focus: burnt orange, distinct from the accent */
        0xB9CBC8, /* bar */
        0x8A4B12, /* warn */
        0xF6E7CF, /* warn background */
        0xE6DFD2, /* map */
    };
    static const unsigned contrast[CRS_COL__COUNT] = {
        0x000000, 0x111111, 0xFFFFFF, 0xE6E6E6, 0xFFD400, 0x000000, 0xFFFFFF,
        0x1A1A1A, 0x333333, 0x00E5FF, 0x8A8A8A, 0xFFD400, 0x2A2300, 0x1A1A1A,
    };
    const unsigned *src = high_contrast ? contrast : paper;
    for (int i = 0; i < CRS_COL__COUNT; i++) t->c[i] = rgb(src[i]);
}
