/* Input in one place: SDL events (keyboard, mouse, touch, window) become plain actions, so
 * screens never see an SDL event and tests and scripts can feed actions directly. */
#ifndef CRS_UI_INPUT_H
#define CRS_UI_INPUT_H

#include <SDL.h>

typedef enum {
    CRS_ACT_NONE,
    CRS_ACT_UP,
    CRS_ACT_DOWN,
    CRS_ACT_NEXT, /* Tab */
    CRS_ACT_PREV, /* Shift+Tab */
    CRS_ACT_ACTIVATE,
    CRS_ACT_BACK,
    CRS_ACT_CHOOSE, /* n = 1..9 */
    CRS_ACT_POINTER_DOWN,
    CRS_ACT_POINTER_MOVE,
    CRS_ACT_POINTER_UP,
    CRS_ACT_SCROLL, /* dy in logical px, positive scrolls the content up */
    CRS_ACT_PAGE_UP,
    CRS_ACT_PAGE_DOWN,
    CRS_ACT_HOME,
    CRS_ACT_END,
    CRS_ACT_HELP,
    CRS_ACT_SETTINGS,
    CRS_ACT_HISTORY,
    CRS_ACT_LANGUAGE, /* switch to the other language */
    CRS_ACT_SCREENSHOT,
    CRS_ACT_QUIT,
    CRS_ACT_RESIZE, /* the window or its pixel size changed */
    CRS_ACT_REDRAW, /* exposed: draw again, nothing else changed */
    CRS_ACT_FACIL,  /* a facilitator-mode key: n is its character (j b n v e r w 0 + -) */
    CRS_ACT_PAUSE,  /* P: the pause panel */
    CRS_ACT_CHAR    /* any other letter or digit (typing a session code: see ch) */
} crs_action_kind;

typedef struct crs_action {
    crs_action_kind kind;
    int n;      /* CHOOSE: 1..9; FACIL: the key; BACK: 1 for Backspace */
    float x, y; /* pointer actions: logical coordinates */
    float dy;   /* SCROLL */
    int touch;  /* pointer action came from a finger */
    int ch;     /* key actions: the key's ASCII character (lower case, '\b' Backspace), or 0 */
} crs_action;

/* How window and touch coordinates map to logical ones. */
typedef struct crs_input_map {
    int win_w, win_h; /* window size in screen coordinates (mouse events use these) */
    int out_w, out_h; /* renderer output size in pixels (fingers are normalised to it) */
    float scale;      /* pixels per logical unit */
} crs_input_map;

/* Turns one SDL event into an action; returns 0 when the event means nothing to the game
 * (including mouse events that SDL synthesised from touches, so a tap counts once). */
int crs_input_translate(const SDL_Event *ev, const crs_input_map *m, crs_action *out);
/* Short stable name of an action kind, for logs and scripts. */
const char *crs_action_name(crs_action_kind k);

#endif
