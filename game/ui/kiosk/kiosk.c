/* Kiosk mode's runtime: the config applied to the app, the locked-down window, event filtering,
 * the idle and exit timers, fresh starts, skipped scenarios, logging and session records. */
#include "kiosk/kiosk.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* SIGTERM (systemd stopping the service) ends the loop cleanly; SDL_QUIT does not. */
static volatile sig_atomic_t stop_requested;

static void on_term(int sig)
{
    (void)sig;
    stop_requested = 1;
}

static crs_kiosk *K(const crs_app *a)
{
    return a->kiosk;
}

static int top_is(const crs_app *a, const crs_screen *s)
{
    return a->depth > 0 && a->stack[a->depth - 1] == s;
}

/* ===== setting up ===== */

static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* The files to load: the config's, or every scenario in the data folder (no config). */
static void list_files(crs_app *a, crs_kiosk *k)
{
    char path[1400];
    for (int i = 0; i < k->cfg.nscenarios; i++) {
        snprintf(path, sizeof path, "%s/scenarios/%s", a->data_dir, k->cfg.scenarios[i].file);
        k->files[k->nfiles++] = SDL_strdup(path);
    }
    if (k->cfg.nscenarios > 0) return;
    snprintf(path, sizeof path, "%s/scenarios", a->data_dir);
    DIR *d = opendir(path);
    struct dirent *de;
    while (d && (de = readdir(d)) != NULL && k->nfiles < CRS_KIOSK_MAX_SCENARIOS + 256) {
        size_t n = strlen(de->d_name);
        if (n <= 5 || strcmp(de->d_name + n - 5, ".json") || !strcmp(de->d_name, "schema.json"))
            continue;
        snprintf(path, sizeof path, "%s/scenarios/%s", a->data_dir, de->d_name);
        k->files[k->nfiles++] = SDL_strdup(path);
    }
    if (d) closedir(d);
    qsort(k->files, (size_t)k->nfiles, sizeof k->files[0], by_name);
}

static int load_config(const crs_kiosk_opts *o, crs_kiosk *k, char *err, size_t cap)
{
    const char *path = o->config_path;
    struct stat st;
    if (o->config) {
        k->cfg = *o->config;
        return 0;
    }
    if (!path && stat("/etc/crossings/kiosk.json", &st) == 0) path = "/etc/crossings/kiosk.json";
    if (!path) {
        crs_kiosk_config_default(&k->cfg); /* every scenario; no PIN: the exit is off */
        strcpy(k->cfg.id, "kiosk");
        return 0;
    }
    crs_diags d = {0};
    int rc = crs_kiosk_config_load_file(path, &k->cfg, &d);
    if (rc != 0) {
        size_t n = 0;
        for (size_t i = 0; i < d.count && n + 1 < cap; i++) {
            n += crs_diag_format(&d.items[i], err + n, cap - n);
            if (n + 1 < cap && i + 1 < d.count) err[n++] = '\n', err[n] = '\0';
        }
        if (n >= cap) err[cap - 1] = '\0';
    }
    crs_diags_clear(&d);
    return rc;
}

static void log_paths(crs_app *a, crs_kiosk *k)
{
    char *pref = NULL;
    const char *dir = k->cfg.log_dir;
    if (!dir[0]) dir = pref = SDL_GetPrefPath("crossings", "crossings");
    if (!dir) { /* no writable folder: play on, but say so where the journal sees it */
        crs_kiosk_log(a,
                      "cannot keep any log: no \"log_dir\" in the config and no usable home "
                      "folder (%s); sessions will not be recorded",
                      SDL_GetError());
        return;
    }
    struct stat st;
    if (stat(dir, &st) != 0 || !S_ISDIR(st.st_mode) || access(dir, W_OK | X_OK) != 0)
        crs_kiosk_log(a, "cannot keep any log in %s (%s); sessions will not be recorded", dir,
                      stat(dir, &st) == 0 && !S_ISDIR(st.st_mode) ? "not a folder"
                                                                  : strerror(errno));
    size_t n = strlen(dir);
    const char *sep = n && dir[n - 1] == '/' ? "" : "/";
    snprintf(k->session_path, sizeof k->session_path, "%s%ssessions.jsonl", dir, sep);
    snprintf(k->log_path, sizeof k->log_path, "%s%skiosk.log", dir, sep);
    SDL_free(pref);
}

static void apply_settings(crs_app *a)
{
    const crs_kiosk_config *c = &K(a)->cfg;
    a->ko = strcmp(c->lang, "ko") == 0;
    a->text_step = c->text_size >= 1 && c->text_size <= 3 ? c->text_size - 1 : 0;
    a->high_contrast = c->high_contrast;
    a->reduced_motion = c->reduced_motion || a->o.reduced_motion;
    /* The audience profile decides the default for passages with content tags: a general
     * audience sees the neutral summaries, 13+ and adult workshops the full text. */
    a->summaries = c->audience == CRS_AUDIENCE_GENERAL || a->o.summaries;
}

crs_kiosk *crs_kiosk_new(crs_app *a, const crs_kiosk_opts *o, char *err, size_t cap)
{
    if (a->o.facilitator) {
        snprintf(err, cap, "--kiosk and --facilitator do not go together");
        return NULL;
    }
    crs_kiosk *k = calloc(1, sizeof *k);
    if (!k) {
        snprintf(err, cap, "out of memory");
        return NULL;
    }
    if (load_config(o, k, err, cap) != 0) {
        free(k);
        return NULL;
    }
    a->kiosk = k;
    k->allow_driver =
        o->allow_driver ? o->allow_driver : SDL_getenv("CROSSINGS_KIOSK_ALLOW_DRIVER");
    log_paths(a, k);
    /* The museum's word for North Koreans settled in South Korea; the command line wins. */
    if (!a->o.settled_term && k->cfg.settled_term[0]) a->o.settled_term = k->cfg.settled_term;
    if (k->cfg.analytics && k->session_path[0] && !a->o.others_log) {
        /* "How others chose" reads this kiosk's own anonymous log, never a network. */
        a->o.others_log = k->session_path;
        a->o.others_threshold = k->cfg.others_threshold;
    }
    if (a->o.npreloaded == 0) { /* tests may hand in scenarios they built */
        list_files(a, k);
        a->o.files = (const char *const *)k->files;
        a->o.nfiles = k->nfiles;
    }
    a->o.fullscreen = 1;
    a->o.idle_reset = 0; /* the kiosk's own prompt and reset replace the plain one */
    apply_settings(a);
    if (!a->o.target) {
        /* Keep the keyboard (Alt+Tab too) in the window; signals are ours, not SDL_QUIT. */
        SDL_SetHint(SDL_HINT_GRAB_KEYBOARD, "1");
        SDL_SetHint(SDL_HINT_ALLOW_ALT_TAB_WHILE_GRABBED, "0");
        SDL_SetHint(SDL_HINT_VIDEO_MINIMIZE_ON_FOCUS_LOSS, "0");
        SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
        SDL_SetHint(SDL_HINT_VIDEO_ALLOW_SCREENSAVER, "0");
        signal(SIGTERM, on_term);
        signal(SIGINT, on_term);
    }
    crs_kiosk_log(a, "starting: kiosk \"%s\", %d scenario file(s), language %s, idle %d s",
                  k->cfg.id, k->nfiles, k->cfg.lang, k->cfg.idle_seconds);
    return k;
}

void crs_kiosk_free(crs_kiosk *k)
{
    if (!k) return;
    for (int i = 0; i < k->nfiles; i++) SDL_free(k->files[i]);
    crs_map_view_free(k->view);
    free(k);
}

/* ===== the X connection ===== */

/* Xlib's default handlers end the process on any error, so a window destroyed by another
 * client killed the kiosk with the visit unlogged. Ours (installed through the libX11 that SDL
 * already loaded; no link-time dependency) note a protocol error for the loop to handle, and on
 * a lost connection log the session before the exit Xlib insists on. */
static crs_app *x_app;
static volatile sig_atomic_t x_failed;

static int on_x_error(void *display, void *event)
{
    (void)display;
    (void)event;
    x_failed = 1;
    return 0;
}

static int on_x_io_error(void *display)
{
    (void)display;
    if (x_app) {
        crs_kiosk_log(x_app, "the kiosk's window is gone (the X connection was lost): the "
                             "session is logged as abandoned, and the kiosk exits");
        crs_kiosk_session_close(x_app);
    }
    _exit(1);
}

static void watch_x(crs_app *a)
{
    void *x11 = dlopen("libX11.so.6", RTLD_LAZY | RTLD_NOLOAD);
    if (!x11) return;
    typedef void *(*set_fn)(void *);
    set_fn set_err = (set_fn)(uintptr_t)dlsym(x11, "XSetErrorHandler");
    set_fn set_io = (set_fn)(uintptr_t)dlsym(x11, "XSetIOErrorHandler");
    x_app = a;
    if (set_err) set_err((void *)(uintptr_t)on_x_error);
    if (set_io) set_io((void *)(uintptr_t)on_x_io_error);
    dlclose(x11);
}

/* Covers the whole display even without a window manager (a bare X session ignores the
 * full-screen request): borderless, at the display's origin and size, then full screen. Again
 * after another client resized or moved the window: only when it no longer covers it. */
static void cover_display(crs_app *a, int again)
{
    SDL_Rect b;
    if (!a->win || SDL_GetDisplayBounds(SDL_GetWindowDisplayIndex(a->win), &b) != 0) return;
    int x, y, w, h;
    SDL_GetWindowPosition(a->win, &x, &y);
    SDL_GetWindowSize(a->win, &w, &h);
    if (again && x == b.x && y == b.y && w == b.w && h == b.h) return;
    SDL_SetWindowFullscreen(a->win, 0);
    SDL_SetWindowBordered(a->win, SDL_FALSE);
    SDL_SetWindowPosition(a->win, b.x, b.y);
    SDL_SetWindowSize(a->win, b.w, b.h);
    SDL_SetWindowFullscreen(a->win, SDL_WINDOW_FULLSCREEN_DESKTOP);
    if (again)
        crs_kiosk_log(a, "the window was %dx%d at %d,%d: covering the display again", w, h, x, y);
    else
        crs_kiosk_log(a, "display %dx%d at %d,%d", b.w, b.h, b.x, b.y);
}

int crs_kiosk_open_video(crs_app *a, char *err, size_t cap)
{
    static const char *const ok[] = {"x11", "wayland", "kmsdrm"};
    const char *drv = SDL_GetCurrentVideoDriver();
    crs_kiosk *k = K(a);
    crs_kiosk_log(a, "video driver %s", drv ? drv : "(none)");
    int fine = 0;
    for (size_t i = 0; drv && i < sizeof ok / sizeof ok[0]; i++) fine |= strcmp(drv, ok[i]) == 0;
    if (!fine && drv && k->allow_driver && strcmp(drv, k->allow_driver) == 0) {
        crs_kiosk_log(a, "video driver %s allowed by override (testing only)", drv);
        fine = 1;
    }
    if (!fine) {
        snprintf(
            err, cap,
            "kiosk mode will not run on the \"%s\" video driver: nothing would be seen. Run it "
            "in an X session (SDL_VIDEODRIVER=x11) or on Wayland or KMS/DRM",
            drv ? drv : "(none)");
        return -1;
    }
    if (strcmp(drv, "x11") == 0) watch_x(a);
    cover_display(a, 0);
    SDL_SetWindowGrab(a->win, SDL_TRUE);
    SDL_SetWindowKeyboardGrab(a->win, SDL_TRUE);
    SDL_ShowCursor(SDL_DISABLE);
    SDL_DisableScreenSaver();
    return 0;
}

/* ===== scenarios ===== */

static void free_entry(crs_entry *e)
{
    if (e->owned) crs_scenario_free(e->s);
    crs_diags_clear(&e->diags);
    SDL_free(e->path);
}

/* Whether config item ci offers persona i of s (ci < 0, or no list: every persona). */
static int persona_ok(const crs_kiosk *k, int ci, const crs_scenario *s, int i)
{
    if (ci < 0 || k->cfg.scenarios[ci].npersonas == 0) return 1;
    for (int j = 0; j < k->cfg.scenarios[ci].npersonas; j++)
        if (strcmp(k->cfg.scenarios[ci].personas[j], s->personas[i].id) == 0) return 1;
    return 0;
}

static int offered_count(const crs_kiosk *k, int ci, const crs_scenario *s)
{
    int n = 0;
    for (int i = 0; i < s->npersonas; i++) n += persona_ok(k, ci, s, i);
    return n;
}

/* The config item naming the file at path (by its base name), or -1. */
static int config_item(const crs_kiosk *k, const char *path)
{
    const char *base = strrchr(path, '/');
    base = base ? base + 1 : path;
    for (int i = 0; i < k->cfg.nscenarios; i++)
        if (strcmp(k->cfg.scenarios[i].file, base) == 0) return i;
    return -1;
}

/* Drops entries that failed to load (their first errors logged), keeps the rest in order. */
static void prune(crs_app *a)
{
    crs_kiosk *k = K(a);
    int kept = 0, map[CRS_KIOSK_MAX_SCENARIOS + 256];
    for (int i = 0; i < a->nentries; i++) {
        crs_entry *e = &a->entries[i];
        int ci = config_item(k, e->path);
        if (e->s && (offered_count(k, ci, e->s) == 0 || kept >= CRS_KIOSK_MAX_SCENARIOS + 256)) {
            crs_kiosk_log(a, "%s: none of the configured personas exist: skipped", e->path);
            free_entry(e);
            continue;
        }
        if (!e->s) {
            crs_kiosk_log(a, "%s: cannot be loaded (%zu error(s)): skipped", e->path,
                          e->diags.errors);
            for (size_t j = 0; j < e->diags.count && j < 5; j++) {
                char buf[1200];
                crs_diag_format(&e->diags.items[j], buf, sizeof buf);
                crs_kiosk_log(a, "  %s", buf);
            }
            free_entry(e);
            continue;
        }
        map[kept] = ci;
        a->entries[kept++] = *e;
    }
    a->nentries = kept;
    for (int i = 0; i < kept; i++) k->entry_cfg[i] = map[i];
}

/* Loads every configured file again (the out-of-order screen's retry). */
static void reload(crs_app *a)
{
    crs_kiosk *k = K(a);
    for (int i = 0; i < a->nentries; i++) free_entry(&a->entries[i]);
    a->nentries = 0;
    crs_entry *n = realloc(a->entries, sizeof *n * (size_t)(k->nfiles ? k->nfiles : 1));
    if (!n) return;
    a->entries = n;
    for (int i = 0; i < k->nfiles; i++) {
        crs_entry *e = &a->entries[a->nentries++];
        memset(e, 0, sizeof *e);
        e->path = SDL_strdup(k->files[i]);
        e->owned = 1;
        e->s = crs_scenario_load_file(k->files[i], &e->diags);
        crs_app_apply_terms(a, e->s);
    }
    prune(a);
}

void crs_kiosk_begin(crs_app *a)
{
    crs_kiosk *k = K(a);
    /* A kiosk reads its scenarios at once: the attract loop draws their routes. */
    crs_app_load_entries(a);
    prune(a);
    Uint64 now = crs_app_ticks(a);
    k->last_input = now;
    const char *sock = SDL_getenv("NOTIFY_SOCKET");
    snprintf(k->notify_path, sizeof k->notify_path, "%s", sock ? sock : "");
    k->watchdog_ms = crs_kiosk_watchdog_ms();
    k->watchdog_at = now; /* READY=1 and the first ping go out once a frame is shown */
    crs_kiosk_log(a, "%d scenario(s) offered", a->nentries);
    crs_kiosk_reset(a);
}

int crs_kiosk_persona_offered(const crs_app *a, int persona)
{
    const crs_kiosk *k = K(a);
    const crs_scenario *s = crs_app_scenario(a);
    if (!k || !s || persona < 0 || persona >= s->npersonas) return 1;
    return persona_ok(k, k->entry_cfg[a->cur], s, persona);
}

/* ===== fresh starts ===== */

void crs_kiosk_reset(crs_app *a)
{
    crs_kiosk *k = K(a);
    crs_kiosk_session_close(a);
    crs_engine_free(a->eng);
    a->eng = NULL;
    a->cur = -1;
    a->phase = 0;
    apply_settings(a);
    /* Every visitor gets new draws; the sequence still follows from the first seed. */
    a->seed = a->seed * 6364136223846793005ULL + 1442695040888963407ULL;
    k->pin_len = 0;
    k->pressing = 0;
    k->anim_t = 0;
    k->resets++;
    Uint64 now = crs_app_ticks(a);
    k->last_input = now;
    k->retry_at = now + CRS_KIOSK_RETRY_MS;
    crs_app_relayout(a); /* text size and theme from the config, before the pages are built */
    crs_app_goto(a, a->nentries > 0 ? &crs_screen_attract : &crs_screen_out_of_order);
}

/* ===== events ===== */

static int is_quit_key(const SDL_KeyboardEvent *key)
{
    SDL_Keycode s = key->keysym.sym;
    Uint16 m = key->keysym.mod;
    return s == SDLK_ESCAPE || s == SDLK_F12 || (s == SDLK_F4 && (m & KMOD_ALT)) ||
           (s == SDLK_TAB && (m & KMOD_ALT)) || (s == SDLK_q && (m & KMOD_CTRL)) ||
           (s == SDLK_w && (m & KMOD_CTRL));
}

/* Pointer position in output pixels, from a finger or a real mouse; 0 for other events. */
static int pointer_px(const crs_app *a, const SDL_Event *ev, float *x, float *y)
{
    int ww = a->out_w, wh = a->out_h;
    if (a->win) SDL_GetWindowSize(a->win, &ww, &wh);
    switch (ev->type) {
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP:
        *x = ev->tfinger.x * (float)a->out_w;
        *y = ev->tfinger.y * (float)a->out_h;
        return 1;
    case SDL_MOUSEBUTTONDOWN:
    case SDL_MOUSEBUTTONUP:
        if (ev->button.which == SDL_TOUCH_MOUSEID) return 0;
        *x = (float)ev->button.x * (float)a->out_w / (float)(ww > 0 ? ww : 1);
        *y = (float)ev->button.y * (float)a->out_h / (float)(wh > 0 ? wh : 1);
        return 1;
    case SDL_MOUSEMOTION:
        if (ev->motion.which == SDL_TOUCH_MOUSEID || !(ev->motion.state & SDL_BUTTON_LMASK))
            return 0;
        *x = (float)ev->motion.x * (float)a->out_w / (float)(ww > 0 ? ww : 1);
        *y = (float)ev->motion.y * (float)a->out_h / (float)(wh > 0 ? wh : 1);
        return 1;
    default:
        return 0;
    }
}

/* The long press in the top-left corner: starts on a press there, ends on lifting or moving out. */
static void track_press(crs_app *a, const SDL_Event *ev)
{
    crs_kiosk *k = K(a);
    float x, y;
    if (!pointer_px(a, ev, &x, &y)) return;
    float corner = CRS_KIOSK_CORNER * a->scale;
    int inside = x < corner && y < corner;
    int down = ev->type == SDL_FINGERDOWN || ev->type == SDL_MOUSEBUTTONDOWN;
    int up = ev->type == SDL_FINGERUP || ev->type == SDL_MOUSEBUTTONUP;
    if (down && inside && !top_is(a, &crs_screen_pin)) {
        k->pressing = 1;
        k->press_since = crs_app_ticks(a);
    } else if (up || !inside) {
        k->pressing = 0;
    }
}

static int is_input(Uint32 t)
{
    return t == SDL_KEYDOWN || t == SDL_MOUSEBUTTONDOWN || t == SDL_MOUSEBUTTONUP ||
           t == SDL_MOUSEWHEEL || t == SDL_FINGERDOWN || t == SDL_FINGERUP ||
           t == SDL_FINGERMOTION || (t == SDL_MOUSEMOTION);
}

/* Logs an ignored quit key with its name; at most one note every 10 s, so a stuck key or a
 * vandal's storm makes a few lines that count the rest. */
static void note_quit_key(crs_app *a, const SDL_KeyboardEvent *key)
{
    crs_kiosk *k = K(a);
    Uint64 now = crs_app_ticks(a);
    k->quit_keys++;
    if (k->quit_noted && now - k->quit_noted_at < 10000) return;
    Uint16 m = key->keysym.mod;
    char name[64];
    snprintf(name, sizeof name, "%s%s%s", m & KMOD_CTRL ? "Ctrl+" : "", m & KMOD_ALT ? "Alt+" : "",
             SDL_GetKeyName(key->keysym.sym));
    if (k->quit_keys > 1)
        crs_kiosk_log(a, "quit key %s ignored (kiosk mode; %lu quit keys since the last note)",
                      name, k->quit_keys);
    else
        crs_kiosk_log(a, "quit key %s ignored (kiosk mode)", name);
    k->quit_keys = 0;
    k->quit_noted = 1;
    k->quit_noted_at = now;
}

int crs_kiosk_event(crs_app *a, const SDL_Event *ev)
{
    crs_kiosk *k = K(a);
    if (is_input(ev->type)) k->last_input = crs_app_ticks(a);
    if (ev->type == SDL_QUIT) {
        crs_kiosk_log(a, "a request to quit was ignored (kiosk mode)");
        return 1;
    }
    if (ev->type == SDL_WINDOWEVENT && (ev->window.event == SDL_WINDOWEVENT_SIZE_CHANGED ||
                                        ev->window.event == SDL_WINDOWEVENT_MOVED ||
                                        ev->window.event == SDL_WINDOWEVENT_RESTORED ||
                                        ev->window.event == SDL_WINDOWEVENT_MINIMIZED)) {
        /* Someone else changed the window: look again shortly (events come in bursts). */
        k->cover_at = crs_app_ticks(a) + 250;
        k->cover_due = 1;
    }
    if (ev->type == SDL_KEYDOWN && is_quit_key(&ev->key)) {
        note_quit_key(a, &ev->key);
        return 1;
    }
    track_press(a, ev);
    return 0;
}

/* ===== timers ===== */

static void open_pin(crs_app *a)
{
    crs_kiosk *k = K(a);
    if (!k->cfg.pin[0]) {
        crs_kiosk_log(a, "exit gesture: no exit PIN is configured, so kiosk mode cannot be left");
        return;
    }
    crs_kiosk_log(a, "exit gesture: PIN pad opened");
    k->pin_len = 0;
    k->pin[0] = '\0';
    crs_page *p = crs_app_page(a);
    p->pressed = -1; /* the held finger must not press what lay under it */
    if (top_is(a, &crs_screen_still_there)) crs_app_pop(a);
    crs_app_push(a, &crs_screen_pin);
}

void crs_kiosk_after_action(crs_app *a)
{
    crs_kiosk *k = K(a);
    crs_kiosk_session_update(a);
    /* Never stuck: a journey screen without a journey (a failed start) goes back to the start. */
    for (int i = 0; i < a->depth; i++) {
        const crs_screen *s = a->stack[i];
        if (!a->eng &&
            (s == &crs_screen_stage || s == &crs_screen_node || s == &crs_screen_outcome ||
             s == &crs_screen_ending || s == &crs_screen_debrief)) {
            crs_kiosk_log(a, "screen %s without a journey: starting over", s->name);
            crs_kiosk_reset(a);
            return;
        }
    }
    if (top_is(a, &crs_screen_error)) crs_kiosk_reset(a); /* diagnostics are for authors */
    (void)k;
}

static int due(Uint64 now, Uint64 at)
{
    return now >= at;
}

static int until(Uint64 now, Uint64 at)
{
    return at > now ? (int)(at - now) : 0;
}

static int tick_timers(crs_app *a, Uint64 now, int wait)
{
    crs_kiosk *k = K(a);
    Uint64 idle_ms = (Uint64)k->cfg.idle_seconds * 1000;
    if (top_is(a, &crs_screen_out_of_order)) {
        if (due(now, k->retry_at)) {
            crs_kiosk_log(a, "loading the scenarios again");
            reload(a);
            k->retry_at = now + CRS_KIOSK_RETRY_MS;
            if (a->nentries > 0) crs_kiosk_reset(a);
        }
        return until(now, k->retry_at);
    }
    if (top_is(a, &crs_screen_attract)) return crs_kiosk_attract_wait(a, wait);
    if (top_is(a, &crs_screen_pin)) {
        if (due(now, k->last_input + CRS_KIOSK_PIN_IDLE)) crs_app_pop(a);
        return until(now, k->last_input + CRS_KIOSK_PIN_IDLE);
    }
    if (top_is(a, &crs_screen_still_there)) {
        Uint64 end = k->prompt_since + (Uint64)k->cfg.prompt_seconds * 1000;
        if (due(now, end)) {
            crs_kiosk_log(a, "nobody answered: starting over");
            crs_kiosk_reset(a);
            return wait;
        }
        int left = (int)((end - now + 999) / 1000);
        if (left != k->prompt_shown) { /* the countdown moved on: only then lay out again */
            k->prompt_shown = left;
            a->relayout = 1;
        }
        int to_next = (int)(1000 - (now - k->prompt_since) % 1000);
        return to_next < until(now, end) ? to_next : until(now, end);
    }
    if (due(now, k->last_input + idle_ms)) {
        k->prompt_since = now;
        k->prompt_shown = k->cfg.prompt_seconds;
        crs_app_push(a, &crs_screen_still_there);
        if (!top_is(a, &crs_screen_still_there)) crs_kiosk_reset(a); /* the stack was full */
        return 1000;
    }
    return until(now, k->last_input + idle_ms);
}

int crs_kiosk_tick(crs_app *a, int timeout_ms)
{
    crs_kiosk *k = K(a);
    Uint64 now = crs_app_ticks(a);
    if (stop_requested) {
        crs_kiosk_log(a, "stopping (signal)");
        crs_kiosk_session_close(a);
        a->quit = 1;
        return 0;
    }
    if (x_failed) { /* an X error: our window was most likely destroyed by another client */
        crs_kiosk_log(a, "the kiosk's window is gone (an X error): the session is logged as "
                         "abandoned, and the kiosk exits so that it can be started again");
        crs_kiosk_session_close(a);
        a->status = 1;
        a->quit = 1;
        return 0;
    }
    int wait = timeout_ms;
    if (!k->ready_sent) {
        /* Ready means the attract screen is on the display, not merely that we started. */
        if (crs_app_frames_drawn(a) == 0) return wait;
        crs_kiosk_notify(k, "READY=1");
        k->ready_sent = 1;
    }
    if (k->watchdog_ms) { /* the loop is alive: tell the service manager, on time */
        if (due(now, k->watchdog_at)) {
            crs_kiosk_notify(k, "WATCHDOG=1");
            k->watchdog_at = now + k->watchdog_ms;
        }
        if (until(now, k->watchdog_at) < wait) wait = until(now, k->watchdog_at);
    }
    if (k->cover_due) {
        if (due(now, k->cover_at)) {
            k->cover_due = 0;
            cover_display(a, 1);
        } else if (until(now, k->cover_at) < wait) {
            wait = until(now, k->cover_at);
        }
    }
    if (k->pressing) {
        if (due(now, k->press_since + CRS_KIOSK_HOLD_MS)) {
            k->pressing = 0;
            if (now < k->lock_until)
                crs_kiosk_log(a, "exit gesture ignored: locked for %d s after wrong PINs",
                              until(now, k->lock_until) / 1000 + 1);
            else
                open_pin(a);
        } else if (until(now, k->press_since + CRS_KIOSK_HOLD_MS) < wait) {
            wait = until(now, k->press_since + CRS_KIOSK_HOLD_MS);
        }
    }
    int t = tick_timers(a, now, wait);
    return t < wait ? t : wait;
}
