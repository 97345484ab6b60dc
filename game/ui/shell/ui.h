/* What the screens share: the app's state, the screen interface (a struct of function
 * pointers per screen) and the navigation helpers. Private to game/ui/. */
#ifndef CRS_UI_UI_H
#define CRS_UI_UI_H

#include "shell/app.h"
#include "facilitator/facil.h"
#include "shell/gfx.h"
#include "shell/input.h"
#include "map/mapview.h"
#include "page/page.h"
#include "text/strings.h"
#include "text/text.h"
#include "shell/theme.h"

#define CRS_STACK 6

typedef struct crs_screen {
    const char *name;
    void (*enter)(crs_app *a);                        /* set up state; may be NULL */
    void (*build)(crs_app *a, crs_page *p);           /* lay out the page */
    int (*handle)(crs_app *a, const crs_action *act); /* before the page; 1 = consumed; NULL ok */
    void (*activate)(crs_app *a, int id);             /* a button was chosen */
    int (*update)(crs_app *a, double dt);             /* 1 = needs drawing; may be NULL */
    void (*leave)(crs_app *a);                        /* may be NULL */
    int overlay; /* settings, help, history: opened over any screen and closed back to it */
} crs_screen;

extern const crs_screen crs_screen_title, crs_screen_select, crs_screen_stage, crs_screen_node,
    crs_screen_outcome, crs_screen_ending, crs_screen_debrief, crs_screen_settings, crs_screen_help,
    crs_screen_history, crs_screen_error;
/* Facilitator mode's screens (facil.h). */
extern const crs_screen crs_screen_vote, crs_screen_jump, crs_screen_notes, crs_screen_exported,
    crs_screen_seed;

typedef struct crs_entry {
    char *path;
    crs_scenario *s;
    int owned;
    crs_diags diags;
} crs_entry;

typedef struct crs_script crs_script;
typedef struct crs_watch crs_watch;
typedef struct crs_kiosk crs_kiosk;

struct crs_app {
    crs_app_opts o;
    char data_dir[1024], shot_dir[1024];
    SDL_Window *win;
    SDL_Renderer *ren;
    int video_inited;
    crs_textsys *ts;
    crs_gfx *gfx;
    crs_mapview *map;
    crs_theme theme;
    int out_w, out_h;
    float scale;
    /* settings */
    int ko, text_step, high_contrast, reduced_motion, summaries;
    int hide_sim;     /* looking back leaves out the shares under random choices */
    crs_watch *watch; /* --watch: the scenario file reloaded when saved, or NULL */
    /* content */
    crs_entry *entries; /* read after the first frame: see crs_app_load_entries */
    int entries_loaded;
    int nentries;
    int cur;      /* chosen entry, or -1 */
    int phase;    /* select screen: 0 list, 1 persona */
    int error_of; /* entry shown on the error screen */
    crs_engine *eng;
    /* Simulated playthroughs of the current scenario and persona for the debrief's charts,
     * computed once when the debrief first needs them. */
    struct crs_sim_result *debrief_sim;
    const crs_scenario *debrief_sim_for;
    int debrief_sim_persona;
    crs_step last;
    uint64_t seed;
    /* screens */
    const crs_screen *stack[CRS_STACK];
    crs_page pages[CRS_STACK];
    int depth;
    int dirty, quit, status, relayout;
    float fade;   /* 1 right after a screen change, down to 0 */
    float path_t; /* route path drawing progress on the stage screen, 0..1 */
    unsigned long frames;
    Uint64 last_tick;
    Uint64 last_input; /* ms of the last user input, for the idle reset */
    crs_script *script;
    crs_facil *facil; /* facilitator mode, or NULL */
    crs_kiosk *kiosk; /* kiosk mode (kiosk.c), NULL otherwise */
    Uint8 *frame_rgb; /* software target only: not used */
    /* accessibility and classroom features (extras.h) */
    struct crs_extras *x;
    int paused; /* the pause panel is open: kiosk idle timers must not run */
};

/* Reads the scenarios (once; later calls do nothing). The loop calls it right after the first
 * frame so the title shows without waiting for them. */
void crs_app_load_entries(crs_app *a);

/* Navigation: goto replaces the stack; push opens an overlay; pop closes the top. */
void crs_app_goto(crs_app *a, const crs_screen *s);
void crs_app_push(crs_app *a, const crs_screen *s);
void crs_app_pop(crs_app *a);
/* Lays every page in the stack out again (language, text size, theme or window changed). */
void crs_app_relayout(crs_app *a);
/* The top screen's page. */
crs_page *crs_app_page(crs_app *a);

/* The app's clock in ms (crs_app_opts.clock, else SDL_GetTicks64). */
Uint64 crs_app_ticks(const crs_app *a);

/* Text helpers in the current language. */
const char *crs_app_str(const crs_app *a, crs_str id);
const crs_scenario *crs_app_scenario(const crs_app *a);
int crs_app_lang_index(const crs_app *a);
/* Sets the configured {탈북민} term on a scenario just loaded (NULL is fine). */
void crs_app_apply_terms(const crs_app *a, crs_scenario *s);
const char *crs_app_text(const crs_app *a, const crs_text *t);
/* Text of a scenario other than the current one (the scenario list). */
const char *crs_app_text_of(const crs_app *a, const crs_scenario *s, const crs_text *t);
/* Esc and Backspace during a journey open the history panel (a pause), never lose the game. */
int crs_app_game_back(crs_app *a, const crs_action *act);

/* Starts laying out a page with the top bar every screen has. */
void crs_app_begin_page(crs_app *a, crs_page *p, int col_w, const char *label, int in_game);
/* Ends the journey in progress (its engine is freed) and shows the title. */
void crs_app_leave_journey(crs_app *a);
/* The single Close button at the foot of an overlay (help, notes, settings ...). */
void crs_ui_close_footer(crs_app *a, crs_page *p, int id, crs_btn_style style);
/* Places a new engine at the start --start and --set name (nothing without them); 0, or -1
 * with err filled when they do not fit the scenario. */
int crs_app_place_start(const crs_app *a, crs_engine *e, crs_diag *err);
/* Starts the chosen persona's journey (new engine) and shows its first stage. */
void crs_app_start_journey(crs_app *a, int persona);
/* After a choice or an outcome: the next screen (outcome, stage intro, node or ending). */
void crs_app_advance(crs_app *a, int from_outcome);
/* The label for the top bar while playing: "Title · 2 / 5 · The border" (stage -1: now). */
void crs_app_stage_label(const crs_app *a, int stage, char *buf, size_t cap);
/* A citation card (figure, year, population, source) or the "illustrative" label. */
void crs_ui_cite(crs_app *a, crs_page *p, const crs_cite *c);
void crs_ui_illustrative(crs_app *a, crs_page *p, const crs_text *note, int with_cite);
/* Draws the route map (or its slot) for the map item of a page. */
void crs_ui_map_draw(void *app, SDL_Rect r);
/* One row of the settings screen: the setting's name and its choices (side by side on
 * landscape screens, stacked on portrait ones). */
void crs_ui_setting_row(crs_page *p, const char *title, const int *ids, const char *const *labels,
                        int n, int sel);
/* A text that content tags may cover (covered: its own or its holder's tags): in full, or in
 * short-summary mode its summary or a line that it is held back; note adds "a summary is
 * shown". */
void crs_ui_passage(crs_app *a, crs_page *p, crs_font f, const crs_text *text,
                    const crs_text *summary, int covered, int note);
/* Name of an ending kind in the interface language. */
const char *crs_ui_ending_kind(const crs_app *a, crs_ending_kind k);

/* Live preview (watch.c): follow the file at path; free accepts NULL. */
crs_watch *crs_watch_new(const char *path);
void crs_watch_free(crs_watch *w);
/* Looks at the file when due and loads a saved version; returns ms until the next look, or -1
 * when not watching. */
int crs_watch_poll(crs_app *a);
/* The broken file's located errors at the top of a page (nothing when the file is good). */
void crs_watch_overlay(crs_app *a, crs_page *p);
/* How many errors the overlay shows now (0: the last saved version loaded). */
int crs_watch_errors(const crs_app *a);

/* Scripts (automation): load, then poll each iteration; next due time in ms (-1 none). */
crs_script *crs_script_load(const char *path, char *err, size_t cap);
void crs_script_free(crs_script *s);
/* Runs the commands that are due; returns ms until the next one, or -1 when finished. */
int crs_script_poll(crs_script *s, crs_app *a);

#endif
