/* Layers: the modes over the game (kiosk, facilitator, accessibility, the test script, live
 * preview). The app holds the active layers in a list and calls each hook in list order at
 * fixed points of its loop; it never names a mode. A layer is a struct of function pointers,
 * like a screen (ui.h); every hook may be NULL. What a layer may do: keep its own state (the
 * pointer create returns), read and change the app through ui.h, open its own screens, and
 * swallow events and actions before the app sees them. What it may not: include another
 * layer's headers, or be named by the shell. Layers are registered in one place,
 * modes/modes.c. */
#ifndef CRS_UI_LAYER_H
#define CRS_UI_LAYER_H

#include <SDL.h>
#include <stddef.h>
#include "shell/app.h"
#include "shell/input.h"
#include "page/page.h"

struct crs_screen;

typedef struct crs_layer_ops {
    const char *name;
    /* Created before the window opens (it may change the window's options, as the kiosk's
     * full screen does); the others are created once the window and fonts are there. */
    int early;
    /* The layer's state, or NULL: with err empty the layer is off (its options did not ask
     * for it, or it runs without itself when memory is short); with err set the app fails. */
    void *(*create)(crs_app *a, char *err, size_t cap);
    void (*free)(void *self);
    /* After the window opens (not on a test's surface): 0, or -1 with err set. */
    int (*open_video)(crs_app *a, void *self, char *err, size_t cap);
    /* Once the first screen is shown. */
    void (*begin)(crs_app *a, void *self);

    /* Input, in this order: every SDL event (1 = swallowed), then every action before the
     * app's own keys (1 = consumed), every activated button id before the top screen's (1 =
     * handled), and after_action once the app has handled an action. */
    int (*event)(crs_app *a, void *self, const SDL_Event *ev);
    int (*action)(crs_app *a, void *self, const crs_action *act);
    int (*activate)(crs_app *a, void *self, int id);
    void (*after_action)(crs_app *a, void *self);
    /* Before crs_app_goto replaces the screen stack with s. */
    void (*before_goto)(crs_app *a, void *self, const struct crs_screen *s);

    /* The loop: poll runs due work and returns ms until it is due again (-1: nothing); tick
     * sees the wait the loop chose and returns the one to use; animating keeps frames coming. */
    int (*poll)(crs_app *a, void *self);
    int (*tick)(crs_app *a, void *self, int timeout_ms);
    int (*animating)(const crs_app *a, const void *self);
    /* Once per loop iteration, after drawing. */
    void (*after_step)(crs_app *a, void *self);

    /* Pages: a scenario text as shown (primary is the current language's); the top bar's
     * label (write a new one into buf and return it, or return label) before the bar is laid
     * out; page_top after it. */
    const char *(*text)(const crs_app *a, const void *self, const crs_text *t, const char *primary);
    const char *(*topbar)(crs_app *a, void *self, crs_page *p, int in_game, const char *label,
                          char *buf, size_t cap);
    void (*page_top)(crs_app *a, void *self, crs_page *p);

    /* Drawing: draw_under before the top page (what lies beneath a panel), after_frame once a
     * frame is presented (mirrors, voices); map_draw replaces the route map's slot drawing. */
    void (*draw_under)(crs_app *a, void *self);
    void (*after_frame)(crs_app *a, void *self);
    void (*map_draw)(void *app, SDL_Rect r);
} crs_layer_ops;

typedef struct crs_layer {
    const crs_layer_ops *ops;
    void *self;
} crs_layer;

#define CRS_MAX_LAYERS 8

/* The registered layers, in the order their hooks run (modes/modes.c). */
extern const crs_layer_ops *const crs_ui_layers[];
extern const int crs_ui_nlayers;

/* A layer's state when it is active in this app, else NULL. */
void *crs_app_layer(const crs_app *a, const crs_layer_ops *ops);
/* The route map slot's drawing: a layer's (the kiosk's attract loop) or the app's own. */
void (*crs_app_map_drawer(const crs_app *a))(void *app, SDL_Rect r);

#endif
