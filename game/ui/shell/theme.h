/* Colours of the interface: a calm paper-and-ink palette and a high-contrast one.
 * Screens name colours by role, never by value, so a theme switch changes everything at once. */
#ifndef CRS_UI_THEME_H
#define CRS_UI_THEME_H

#include <SDL.h>

typedef enum {
    CRS_COL_BG,        /* page background */
    CRS_COL_SURFACE,   /* cards and panels */
    CRS_COL_INK,       /* body text */
    CRS_COL_MUTED,     /* secondary text */
    CRS_COL_ACCENT,    /* primary buttons, path, highlights */
    CRS_COL_ON_ACCENT, /* text on accent */
    CRS_COL_RULE,      /* hairlines, borders */
    CRS_COL_BUTTON,    /* secondary buttons */
    CRS_COL_BUTTON_HOVER,
    CRS_COL_FOCUS, /* keyboard focus ring */
    CRS_COL_BAR,   /* bars of a chart */
    CRS_COL_WARN,  /* "illustrative" labels, draft marker */
    CRS_COL_WARN_BG,
    CRS_COL_MAP, /* map placeholder */
    CRS_COL__COUNT
} crs_colour;

typedef struct crs_theme {
    SDL_Color c[CRS_COL__COUNT];
} crs_theme;

/* Fills t with the standard (high_contrast 0) or high-contrast palette. */
void crs_theme_get(crs_theme *t, int high_contrast);

#endif
