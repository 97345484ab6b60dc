/* Kiosk mode (crossings --kiosk): full screen and touch only, quit keys ignored, an attract loop
 * when idle, "still there?" then a fresh start, a hidden staff exit (long press + PIN), scenarios
 * that fail skipped, an "out of order" screen that retries, and anonymous session logs. */
#ifndef CRS_UI_KIOSK_H
#define CRS_UI_KIOSK_H

#include "crossings/analytics.h"
#include "crossings/kiosk_config.h"
#include "map/map.h"
#include "shell/ui.h"

/* How the app is asked to run as a kiosk (crs_app_opts.kiosk). Zero means default. */
typedef struct crs_kiosk_opts {
    const char *config_path;        /* NULL: /etc/crossings/kiosk.json if present, else defaults */
    const crs_kiosk_config *config; /* given directly instead (tests) */
    const char *allow_driver;       /* accept this video driver too (tests: "offscreen") */
} crs_kiosk_opts;

#define CRS_KIOSK_HOLD_MS   3000 /* the exit gesture: a press this long in the top-left corner */
#define CRS_KIOSK_CORNER    96   /* logical units: size of that corner */
#define CRS_KIOSK_RETRY_MS  60000
#define CRS_KIOSK_PIN_IDLE  30000 /* an untouched PIN pad closes itself */
#define CRS_KIOSK_MAX_TRIES 3     /* wrong PINs before a lockout */

struct crs_kiosk {
    crs_kiosk_config cfg;
    char log_path[1100], session_path[1100];
    int nfiles;
    char *files[CRS_KIOSK_MAX_SCENARIOS + 256];
    int entry_cfg[CRS_KIOSK_MAX_SCENARIOS + 256]; /* config item of each entry, -1: none */
    const char *allow_driver;
    /* timers (app clock, ms) */
    Uint64 last_input, prompt_since, press_since, lock_until, retry_at, anim_start;
    int pressing, failures, prompt_shown;
    char pin[9];
    int pin_len;
    unsigned long sessions, log_failures, resets;
    unsigned long quit_keys; /* quit keys ignored since the last note in the log */
    Uint64 quit_noted_at;
    int quit_noted;
    Uint64 cover_at; /* when to check the window still covers the display */
    int cover_due;
    Uint64 watchdog_ms, watchdog_at; /* sd_notify pings (WatchdogSec / 2), 0: none */
    char notify_path[128];           /* $NOTIFY_SOCKET, "" when not run by systemd */
    int ready_sent;                  /* READY=1 went out (after the first frame) */
    /* the session in progress */
    int sess_open, steps_seen;
    const crs_engine *sess_eng;
    Uint64 sess_start, last_step;
    time_t sess_wall;
    crs_session_record rec;
    /* the attract screen's view of the app's route map (borrowed from its map view) */
    const crs_map *map;
    crs_map_view *view;
    SDL_Rect view_rect;
    int view_contrast, view_route, map_failed;
    double anim_t;
};

extern const crs_screen crs_screen_attract, crs_screen_out_of_order, crs_screen_pin,
    crs_screen_still_there;

/* Loads the config and prepares the app (window flags, hints, files, settings). NULL with a
 * message in err when the config is invalid; free with crs_kiosk_free (NULL is fine). */
crs_kiosk *crs_kiosk_new(crs_app *a, const crs_kiosk_opts *o, char *err, size_t cap);
void crs_kiosk_free(crs_kiosk *k);
/* After the window opens: refuses an unexpected video driver, grabs input, hides the cursor. */
int crs_kiosk_open_video(crs_app *a, char *err, size_t cap);
/* After the scenarios load: drops those that failed (logged), shows the attract loop. */
void crs_kiosk_begin(crs_app *a);
/* Sees every SDL event first; returns 1 when the kiosk swallowed it (quit keys, SDL_QUIT). */
int crs_kiosk_event(crs_app *a, const SDL_Event *ev);
/* After each action: keeps the session record and step times up to date. */
void crs_kiosk_after_action(crs_app *a);
/* Before the app changes screen (sessions open and close here). */
void crs_kiosk_before_goto(crs_app *a, const crs_screen *s);
/* Once per loop iteration: timers (idle, prompt, long press, retry). Returns the wait to use. */
int crs_kiosk_tick(crs_app *a, int timeout_ms);
/* Whether the attract animation runs now. */
int crs_kiosk_animating(const crs_app *a);
/* The attract loop's wait: until the next route starts drawing when resting, else wait. */
int crs_kiosk_attract_wait(const crs_app *a, int wait);
/* Map slot drawing: the animated route map on the attract screen, else the app's own. */
void crs_kiosk_map_draw(void *app, SDL_Rect r);
/* Whether persona i of the current scenario is offered by the config. */
int crs_kiosk_persona_offered(const crs_app *a, int persona);
/* Ends the session (logged) and starts fresh: engine freed, settings from the config, attract. */
void crs_kiosk_reset(crs_app *a);
/* The staff exit: the PIN typed so far is checked; right quits, wrong returns (kiosk_pin.c). */
void crs_kiosk_pin_submit(crs_app *a);
/* Logs a line to stderr and the kiosk log (printf-style). */
void crs_kiosk_log(crs_app *a, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* The session in progress: step times and record brought up to date (after each action);
 * closed and logged (when it ends, is abandoned or the kiosk resets). */
void crs_kiosk_session_update(crs_app *a);
void crs_kiosk_session_close(crs_app *a);
/* sd_notify: a message to $NOTIFY_SOCKET as read at start (nothing without it); the watchdog
 * ping interval from $WATCHDOG_USEC (half of it, in ms; 0 without one). */
void crs_kiosk_notify(const crs_kiosk *k, const char *msg);
Uint64 crs_kiosk_watchdog_ms(void);
/* Sessions written to the log so far (tests). */
unsigned long crs_kiosk_sessions_logged(const crs_app *a);

#endif
