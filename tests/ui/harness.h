/* The one way the interface tests open and drive an app: an app drawing onto an RGB888 surface
 * with the software renderer, SDL events pushed through the real queue, what the top page says
 * (as the text mirror writes it), and golden-image comparison. Every helper is static inline,
 * so a test uses what it needs without unused-function warnings. kiosk_harness.h adds the
 * kiosk's clock, configuration and log folder on top of it.
 * Set CRS_UPDATE_GOLDEN=1 to rewrite the golden PNGs (then look at every one before committing). */
#ifndef CRS_TEST_UI_HARNESS_H
#define CRS_TEST_UI_HARNESS_H

#include <stdlib.h>
#include <string.h>
#include "access/mirror.h"
#include "shell/ui.h"
#include "check.h"
#include "crossings/messages.h"
#include "shell/png_file.h"

typedef struct {
    SDL_Surface *surf;
    crs_app *app;
} harness;

/* Opens an app drawing onto a new w x hgt surface with the options in base (seed, motion,
 * modes, clock...), the source tree's data unless base names a data folder, the n scenarios in
 * scen when scen is not NULL (else base's files) and lang when not NULL. A failure to open is a
 * failed check (so callers just return) and -1. */
static inline int harness_open_opts(harness *h, int w, int hgt, const crs_app_opts *base,
                                    crs_scenario *const *scen, int n, const char *lang)
{
    crs_app_opts o = *base;
    h->app = NULL;
    h->surf = SDL_CreateRGBSurfaceWithFormat(0, w, hgt, 32, SDL_PIXELFORMAT_RGB888);
    CHECK(h->surf != NULL);
    if (!h->surf) return -1;
    o.target = h->surf;
    if (!o.data_dir) o.data_dir = CRS_SOURCE_DIR;
    if (scen) {
        o.preloaded = scen;
        o.npreloaded = n;
    }
    if (lang) o.lang = lang;
    /* the compiled catalogues of the build tree, as main() points the game at its data's */
    crs_msg_set_dir(CRS_LOCALE_DIR);
    char err[512];
    int status;
    h->app = crs_app_new(&o, err, sizeof err, &status);
    CHECK(h->app != NULL);
    if (h->app) return 0;
    fprintf(stderr, "cannot create the app: %s\n", err);
    SDL_FreeSurface(h->surf);
    h->surf = NULL;
    return -1;
}

/* The usual app: seed 7 and no motion (golden frames must not depend on timing). */
static inline int harness_open(harness *h, int w, int hgt, crs_scenario *const *scen, int n,
                               const char *lang)
{
    crs_app_opts o = {.seed = 7, .reduced_motion = 1};
    return harness_open_opts(h, w, hgt, &o, scen, n, lang);
}

/* The top screen's name and the journey's engine (NULL before a journey). */
static inline const char *screen(harness *h)
{
    return crs_app_screen_name(h->app);
}

static inline const crs_engine *eng(harness *h)
{
    return crs_app_engine(h->app);
}

/* The text of the top page as the text mirror writes it: a malloc'd copy (caller frees), or
 * NULL when out of memory. */
static inline char *mirror_of(harness *h)
{
    crs_page *p = crs_app_page(h->app);
    size_t n = crs_mirror_page(p, NULL, NULL, NULL, 0);
    char *s = malloc(n + 1);
    if (s) crs_mirror_page(p, NULL, NULL, s, n + 1);
    return s;
}

static inline void harness_close(harness *h)
{
    crs_app_free(h->app);
    SDL_FreeSurface(h->surf);
    h->app = NULL;
    h->surf = NULL;
}

/* Runs loop iterations until the event queue is empty and nothing is left to draw. */
static inline void pump(harness *h)
{
    for (int i = 0; i < 8; i++) crs_app_step(h->app, 0);
}

static inline void key(harness *h, SDL_Keycode k)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = k;
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
    pump(h);
}

/* Presses L (the language key, which steps through every language with a catalogue) until the
 * interface speaks lang; 0 when it never does. Tests name the language they want rather than
 * count presses, so they hold however many catalogues the build has. */
static inline int switch_lang(harness *h, const char *lang)
{
    for (int i = 0; i < 16; i++) {
        key(h, SDLK_l);
        if (strcmp(crs_app_lang(h->app), lang) == 0) return 1;
    }
    return 0;
}

static inline void click_at(harness *h, int x, int y)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.x = x;
    ev.button.y = y;
    SDL_PushEvent(&ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
    pump(h);
}

/* A finger tap as SDL delivers it: the finger events plus the mouse events it synthesises
 * (marked SDL_TOUCH_MOUSEID), which must not count a second time. */
static inline void tap_at(harness *h, int x, int y)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.x = (float)x / (float)h->surf->w;
    ev.tfinger.y = (float)y / (float)h->surf->h;
    SDL_PushEvent(&ev);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.which = SDL_TOUCH_MOUSEID;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    SDL_PushEvent(&ev);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_FINGERUP;
    ev.tfinger.x = (float)x / (float)h->surf->w;
    ev.tfinger.y = (float)y / (float)h->surf->h;
    SDL_PushEvent(&ev);
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.which = SDL_TOUCH_MOUSEID;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.x = x;
    ev.button.y = y;
    SDL_PushEvent(&ev);
    pump(h);
}

static inline int click_button(harness *h, int id, int touch)
{
    int x, y;
    if (!crs_app_button_pos(h->app, id, &x, &y)) return 0;
    if (touch)
        tap_at(h, x, y);
    else
        click_at(h, x, y);
    return 1;
}

/* Compares the current frame with tests/ui/golden/NAME.png: a pixel differs when a channel is
 * off by more than 24, and at most 0.05% of pixels may differ (font rasteriser versions). Also
 * writes the frame to NAME.png in the working directory for inspection. */
static inline int golden(harness *h, const char *name)
{
    char path[1024], out[512];
    int w, hh;
    uint8_t *rgb = crs_app_read_rgb(h->app, &w, &hh);
    if (!rgb) return 0;
    snprintf(out, sizeof out, "%s.png", name);
    crs_png_write(out, rgb, w, hh);
    snprintf(path, sizeof path, "%s/tests/ui/golden/%s.png", CRS_SOURCE_DIR, name);
    const char *upd = getenv("CRS_UPDATE_GOLDEN");
    if (upd && *upd == '1') {
        int rc = crs_png_write(path, rgb, w, hh);
        free(rgb);
        return rc == 0;
    }
    uint8_t *want = NULL;
    int gw = 0, gh = 0;
    if (crs_png_read(path, &want, &gw, &gh) != 0 || gw != w || gh != hh) {
        fprintf(stderr, "golden %s: missing or wrong size (regenerate with CRS_UPDATE_GOLDEN=1)\n",
                path);
        free(rgb);
        free(want);
        return 0;
    }
    size_t n = (size_t)w * (size_t)hh, bad = 0;
    for (size_t i = 0; i < n; i++)
        for (int c = 0; c < 3; c++)
            if (abs((int)rgb[i * 3 + c] - (int)want[i * 3 + c]) > 24) {
                bad++;
                break;
            }
    free(rgb);
    free(want);
    if (bad * 2000 > n) {
        fprintf(stderr, "golden %s: %zu of %zu pixels differ (see %s)\n", name, bad, n, out);
        return 0;
    }
    return 1;
}

#endif
