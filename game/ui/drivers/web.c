/* The browser build's side of the app (Emscripten only; see docs/WEB.md): the browser drives
 * the loop, one crs_app_step per animation frame while something changes, and the loop is
 * paused at a static screen until the page reports input, so an idle tab costs nothing. The
 * text mirror goes to the page as HTML, the page's buttons press the game's, settings and
 * facilitator exports leave through the page (localStorage, downloads). */
#include "drivers/web.h"

#ifdef __EMSCRIPTEN__
#include <emscripten.h>
#include <emscripten/html5.h>
#include <stdlib.h>
#include <string.h>

#include "access/extras.h"
#include "facilitator/facil.h"
#include "text/text.h"

static crs_app *app;
static int paused, last_settings = -1;
static int scenarios_asked, scenarios_ready; /* the page's shipped scenarios */
static unsigned long steps;
static char last_export[1100];

/* The page (web/crossings.js) defines these on Module; a page without them still plays. */
EM_JS(void, js_mirror, (const char *text, const char *screen, const char *lang), {
    if (Module.crsMirror)
        Module.crsMirror(UTF8ToString(text), UTF8ToString(screen), UTF8ToString(lang));
})
EM_JS(void, js_settings, (const char *lang, int text_step, int contrast, int motion, int summ), {
    if (Module.crsSettings)
        Module.crsSettings(UTF8ToString(lang), text_step, contrast, motion, summ);
})
EM_JS(void, js_download, (const char *path), {
    if (Module.crsDownload) Module.crsDownload(UTF8ToString(path));
})
EM_JS(void, js_frame, (void), {
    if (Module.crsFrame) Module.crsFrame();
})
/* 1: the page will write the shipped scenarios and call crs_web_scenarios_ready. */
EM_JS(int, js_want_scenarios, (void), {
    if (!Module.crsWantScenarios) return 0;
    Module.crsWantScenarios();
    return 1;
})
EM_JS(void, js_quit, (void), {
    if (Module.crsQuit) Module.crsQuit();
})
/* A log line, whole: the C library's stdout would hand it to the page one character at a time. */
EM_JS(void, js_log, (const char *line), {
    var text = UTF8ToString(line);
    if (Module.crsLog)
        Module.crsLog(text);
    else
        console.log(text);
})

static void log_line(void *ud, int category, SDL_LogPriority priority, const char *message)
{
    (void)ud;
    (void)category;
    (void)priority;
    js_log(message);
}

void crs_web_mirror(const crs_app *a, const char *text)
{
    js_mirror(text, crs_app_screen_name(a), crs_app_lang(a));
}

/* Settings the page keeps across visits, sent when one of them changes. */
static void save_settings(const crs_app *a)
{
    int s = a->lang | a->text_step << 8 | a->high_contrast << 10 | a->reduced_motion << 11 |
            a->summaries << 12;
    if (s == last_settings) return;
    if (last_settings >= 0)
        js_settings(crs_app_lang(a), a->text_step + 1, a->high_contrast, a->reduced_motion,
                    a->summaries);
    last_settings = s;
}

/* A facilitator export was written to the in-memory file system: hand both files to the page. */
static void offer_exports(const crs_app *a)
{
    const char *md = crs_facil_export_path(a, 0);
    if (!*md || !strcmp(md, last_export)) return;
    SDL_strlcpy(last_export, md, sizeof last_export);
    js_download(md);
    js_download(crs_facil_export_path(a, 1));
}

/* The window in device pixels: the canvas's CSS box times the device pixel ratio, so the
 * software renderer draws every pixel of a high-density screen and text stays sharp. (SDL's
 * own high-DPI mode is off: with it the software framebuffer would fill only part of the
 * canvas.) SDL sets the canvas's pixel size to the window's; its CSS box stays the page's. */
static void fit_window(SDL_Window *win)
{
    double cw = 0, ch = 0;
    if (emscripten_get_element_css_size("#canvas", &cw, &ch) != EMSCRIPTEN_RESULT_SUCCESS) return;
    double r = emscripten_get_device_pixel_ratio();
    int w = (int)(cw * r + 0.5), h = (int)(ch * r + 0.5), ww, wh;
    SDL_GetWindowSize(win, &ww, &wh);
    if (w > 0 && h > 0 && (w != ww || h != wh)) SDL_SetWindowSize(win, w, h);
}

/* Opening the window: a phone's page is narrower than a desktop window may be, and the
 * window takes the canvas's size before the renderer makes its framebuffer (SDL sizes a new
 * window to the canvas's CSS box, not its device pixels). */
static void open_window(SDL_Window *win)
{
    SDL_SetWindowMinimumSize(win, 1, 1);
    fit_window(win);
}

void crs_web_init(crs_app_opts *o)
{
    SDL_LogSetOutputFunction(log_line, NULL);
    o->fit_window = open_window;
}

static void iterate(void *ud)
{
    crs_app *a = ud;
    steps++;
    fit_window(a->win); /* after a resize SDL has set the window to the CSS size */
    /* The title is on the page: now the scenarios (app.c's first frame leaves them to this
     * step). The page writes them into the data folder once fetched and calls
     * crs_web_scenarios_ready; until then input waits in SDL's queue. */
    if (crs_app_frames_drawn(a) > 0 && !a->entries_loaded) {
        if (!scenarios_asked) {
            scenarios_asked = 1;
            scenarios_ready = !js_want_scenarios(); /* a page without them: nothing to wait for */
        }
        if (!scenarios_ready) {
            paused = 1;
            emscripten_pause_main_loop();
            return;
        }
        crs_app_load_entries(a);
    }
    unsigned long frames = crs_app_frames_drawn(a);
    if (!crs_app_step(a, 0)) {
        emscripten_cancel_main_loop();
        crs_app_free(a);
        app = NULL;
        SDL_Quit();
        js_quit();
        return;
    }
    if (crs_app_frames_drawn(a) != frames) js_frame();
    save_settings(a);
    if (a->facil) offer_exports(a);
    /* A static screen: stop asking for frames until the page reports input (crs_web_wake).
     * (After the first frame, the next one asks for the scenarios.) */
    if (a->entries_loaded && !a->dirty && !a->relayout && !crs_app_animating(a) &&
        !SDL_HasEvents(SDL_FIRSTEVENT, SDL_LASTEVENT)) {
        paused = 1;
        emscripten_pause_main_loop();
    }
}

void crs_web_run(crs_app *a)
{
    app = a;
    crs_extras_set_page_sink(a, crs_web_mirror); /* the text mirror, as HTML in the page */
    /* 0 fps: the browser's animation frames; 1: main does not return (its app lives on). */
    emscripten_set_main_loop_arg(iterate, a, 0, 1);
}

EMSCRIPTEN_KEEPALIVE void crs_web_wake(void)
{
    if (!app || !paused) return;
    paused = 0;
    emscripten_resume_main_loop();
}

/* web/present.js: the window framebuffer's format has no alpha and the software renderer leaves
 * its fourth byte 0, which a canvas would show as transparent. */
EMSCRIPTEN_KEEPALIVE void crs_web_opaque(Uint32 *px, int n)
{
    for (int i = 0; i < n; i++) px[i] |= 0xff000000u; /* the byte after R, G, B: alpha */
}

/* The page has written the shipped scenarios to the data folder (or found none to fetch). */
EMSCRIPTEN_KEEPALIVE void crs_web_scenarios_ready(void)
{
    scenarios_ready = 1;
    crs_web_wake();
}

/* The page has written the CJK subset over the few characters the first frame needed
 * (scripts/web.sh): the chain reads its files again and the screen is laid out anew. */
EMSCRIPTEN_KEEPALIVE void crs_web_fonts_ready(void)
{
    if (!app) return;
    crs_text_reload_fallbacks(app->ts);
    app->relayout = 1;
    app->dirty = 1;
    crs_web_wake();
}

/* The page's button for mirror line `label` was activated: focus the game's button with that
 * line and press Enter on it, as a keyboard user would. Returns 0, or -1 when no button on the
 * top screen has that line (the page was out of date). */
EMSCRIPTEN_KEEPALIVE int crs_web_press(const char *label)
{
    if (!app) return -1;
    int id = crs_extras_button_by_label(app, label);
    if (id < 0 || !crs_page_focus_id(crs_app_page(app), id)) return -1;
    SDL_Event ev;
    SDL_zero(ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = SDLK_RETURN;
    ev.key.keysym.scancode = SDL_SCANCODE_RETURN;
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
    crs_web_wake();
    return 0;
}

/* Tests: where the button Enter would press is, in the canvas's pixels (x * 65536 + y),
 * so a simulated touch can press it; -1 when no button has focus. */
EMSCRIPTEN_KEEPALIVE int crs_web_focused_xy(void)
{
    int x, y;
    if (!app || !crs_app_button_pos(app, crs_app_focused_button(app), &x, &y)) return -1;
    return x * 65536 + y;
}

/* Tests: choices made in the journey so far (one tap must make one), or -1 outside one. */
EMSCRIPTEN_KEEPALIVE int crs_web_choices(void)
{
    return app && crs_app_engine(app) ? (int)crs_engine_history_len(crs_app_engine(app)) : -1;
}

/* Tests and the bench: frames presented so far. */
EMSCRIPTEN_KEEPALIVE unsigned long crs_web_frames(void)
{
    return app ? crs_app_frames_drawn(app) : 0;
}

/* Tests: loop iterations so far (none while the loop sleeps). */
EMSCRIPTEN_KEEPALIVE unsigned long crs_web_steps(void)
{
    return steps;
}

#else
typedef int crs_web_native_build; /* ISO C wants a declaration in every file */
#endif
