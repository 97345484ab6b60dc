/* The game window: options, the event-driven loop and the screen stack.
 * main() calls crs_app_main; tests create an app on an offscreen surface and step it. */
#ifndef CRS_UI_APP_H
#define CRS_UI_APP_H

#include <SDL.h>
#include <stdint.h>
#include "crossings/engine.h"
#include "crossings/scenario.h"
#include "access/access_opts.h"

typedef struct crs_app crs_app;

typedef enum { CRS_RENDER_AUTO, CRS_RENDER_SOFTWARE, CRS_RENDER_ACCELERATED } crs_render_mode;

/* Zero means default for every field. */
typedef struct crs_app_opts {
    const char *data_dir;     /* holds assets/ and scenarios/; NULL: crs_data_dir() */
    const char *lang;         /* "en" (default) or "ko" */
    const char *const *files; /* scenario files; none: every .json file in data_dir/scenarios */
    int nfiles;
    crs_scenario *const *preloaded; /* scenarios the caller owns (tests); used instead */
    int npreloaded;
    int width, height; /* window size; default 1280x720 */
    int fullscreen;
    crs_render_mode render;
    const char *screenshot_dir; /* F12 saves a PNG here; default "." */
    const char *script;         /* file of timed actions (automation, smoke tests) */
    SDL_Surface *target;        /* draw into this surface, no window (tests) */
    uint64_t seed;              /* 0: from the clock */
    int text_step;              /* 0..2 */
    int text_step_set;          /* given on the command line (facilitator mode defaults to 1) */
    int high_contrast, reduced_motion;
    int summaries;                 /* show the short summary of nodes with content tags */
    int hide_random_shares;        /* looking back without the shares under random choices */
    const char *watch;             /* --watch: reload this scenario file whenever it is saved */
    const char *start_node;        /* --start: journeys begin at this node (testing a passage) */
    const char *const *start_sets; /* --set VAR=VALUE, nstart_sets of them */
    int nstart_sets;
    int idle_reset; /* seconds without input before an unattended game returns to the title; 0 off
                     */

    /* Each mode's options (shell/layer.h): NULL leaves the mode off. */
    const struct crs_kiosk_opts *kiosk; /* museum kiosk (kiosk/kiosk.h) */
    const struct crs_facil_opts *facil; /* workshop facilitator (facilitator/facil.h) */
    crs_access_opts access;             /* accessibility, always on (access/access_opts.h) */
    /* the app's clock in ms (tests mock it); NULL: SDL_GetTicks64 */
    uint64_t (*clock)(void *ud);
    void *clock_ud;
    const char *settled_term; /* shown for {탈북민} in Korean text; NULL: the default, 탈북민 */
    /* Sizes the new window to where it is shown before the renderer makes its framebuffer
     * (the browser: the canvas's box in device pixels); NULL: the window keeps its size. */
    void (*fit_window)(SDL_Window *win);
} crs_app_opts;

/* Parses argv (argv[0] is the program) and runs the game. Returns the exit status: 0, 1 on a
 * failed script expectation, 2 on bad options or missing fonts/assets. */
int crs_app_main(int argc, char **argv);

/* Creates the app. Returns NULL with a message in err (and *status 2) on failure. Free with
 * crs_app_free (NULL is fine). */
crs_app *crs_app_new(const crs_app_opts *o, char *err, size_t errcap, int *status);
void crs_app_free(crs_app *a);
/* One loop iteration: waits up to timeout_ms for events (0: don't wait; -1: the loop's own
 * choice), handles them, updates animations and draws if anything changed. Returns 0 once the
 * app has been asked to quit. */
int crs_app_step(crs_app *a, int timeout_ms);
/* Exit status the app asks for (0, or 1 after a failed script expectation). */
int crs_app_status(const crs_app *a);

/* For tests and automation. */
const char *crs_app_screen_name(const crs_app *a);
const crs_engine *crs_app_engine(const crs_app *a);
/* Text and shape textures created so far: a steady-state frame must not change it. */
unsigned long crs_app_textures_created(const crs_app *a);
unsigned long crs_app_frames_drawn(const crs_app *a);
/* Whether an animation is running (the loop then draws every frame). */
int crs_app_animating(const crs_app *a);
/* Saves the last drawn frame as a PNG. Returns 0 or -1. */
int crs_app_screenshot(crs_app *a, const char *path);
/* The last drawn frame as RGB bytes (w*h*3), caller frees; NULL on failure. */
uint8_t *crs_app_read_rgb(crs_app *a, int *w, int *h);
/* Centre, in window coordinates, of the button with this id on the top screen; 0 if none. */
int crs_app_button_pos(const crs_app *a, int id, int *x, int *y);
/* Id of the top screen's focused button (the one Enter would press), or -1. */
int crs_app_focused_button(const crs_app *a);
/* 1 when passages with content tags show their neutral summary instead of the full text. */
int crs_app_showing_summaries(const crs_app *a);
/* Current interface language's code: "en", "ko", or any catalogue's. */
const char *crs_app_lang(const crs_app *a);
/* The index of language code among the app's languages, or -1. */
int crs_app_lang_find(const crs_app *a, const char *code);
/* Switches the interface (and the scenario text, where the scenario has it) to language i. */
void crs_app_set_lang(crs_app *a, int i);

#endif
