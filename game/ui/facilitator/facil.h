/* Facilitator mode (`--facilitator`): one person runs a workshop on a projected wall. Stage
 * jumps, stepping back, notes, group votes, exports and the seed, hooked into the app. */
#ifndef CRS_UI_FACIL_H
#define CRS_UI_FACIL_H

#include <stddef.h>
#include "shell/app.h"
#include "shell/input.h"
#include "page/page.h"

typedef struct crs_facil crs_facil;
typedef struct crs_facil_win crs_facil_win;

/* Button ids the facilitator's toolbars use; the app hands them to crs_facil_activate. */
enum {
    CRS_ID_F_BACK = 9100,
    CRS_ID_F_STAGES,
    CRS_ID_F_NOTES,
    CRS_ID_F_VOTE,
    CRS_ID_F_EXPORT,
    CRS_ID_F__END
};

/* State of the mode from the options (export_dir, notes_window). NULL when out of memory. */
crs_facil *crs_facil_new(const crs_app_opts *o);
void crs_facil_free(crs_facil *f);

/* The mode's keys (J stages, B or Backspace step back, N notes, V vote, E export, R seed)
 * before the top screen sees them. Returns 1 when the action was consumed. */
int crs_facil_handle(crs_app *a, const crs_action *act);
/* A toolbar button; returns 1 when id was one of the mode's. */
int crs_facil_activate(crs_app *a, int id);
/* The top bar label with the seed added (buf holds the result); label may be NULL. */
const char *crs_facil_label(const crs_app *a, const char *label, char *buf, size_t cap);
/* The help screen's paragraph on the facilitator's keys. */
void crs_facil_help(crs_app *a, crs_page *p);
/* Node screen hooks: the notice after a jump (top of the page) and the toolbar (footer). */
void crs_facil_node_notice(crs_app *a, crs_page *p);
void crs_facil_node_footer(crs_app *a, crs_page *p);

/* Steps back one choice and shows the earlier node. Returns 0, or -1 at the start. */
int crs_facil_undo(crs_app *a);
/* Moves the engine to the first node of stage along the shortest path (from the current
 * state, or from the start when the stage is behind); returns the moves replayed or -1. */
int crs_facil_jump(crs_app *a, int stage);
/* Moves that would reach stage, and whether from the start; -1 when unreachable. */
int crs_facil_jump_cost(const crs_app *a, int stage, int *from_start);
/* Writes the Markdown and HTML exports; 0 or -1 (the message is kept for the screen). */
int crs_facil_export(crs_app *a);
/* Paths of the last export (html 0: Markdown, 1: HTML), or "" before any; the error or "". */
const char *crs_facil_export_path(const crs_app *a, int html);
const char *crs_facil_export_error(const crs_app *a);
/* The export folder as an absolute path when it can be resolved. */
const char *crs_facil_export_dir(const crs_app *a);
/* The notice's move count after a jump, or -1 when no jump led here. */
int crs_facil_jumped(const crs_app *a);

/* The stage whose notes show (over an outcome: the stage the choice was made in), and the
 * notes and questions of a stage laid out on any page (the overlay, the notes window). */
int crs_facil_notes_stage(const crs_app *a);
void crs_facil_notes_body(crs_app *a, crs_page *p, int stage);

/* The notes window (a second window for the facilitator's own screen; W or --notes-window).
 * open returns 0 or -1 (logged); event returns 1 when the event was the window's own. */
int crs_facil_window_open(crs_app *a);
void crs_facil_window_close(crs_app *a);
void crs_facil_window_free(crs_facil_win *w);
crs_facil_win **crs_facil_window_slot(crs_app *a);
/* Whether the window was asked for (option or W) and is not open yet; clears the request. */
int crs_facil_window_wanted(crs_app *a);
int crs_facil_window_event(crs_app *a, const SDL_Event *ev);
/* Draws the window again when its stage, language or size changed. */
void crs_facil_window_update(crs_app *a);

/* Vote and seed editing state shared with their screens. */
typedef struct crs_facil_vote {
    int tally[9];
    int row;    /* row the typed digits go to */
    int typing; /* digits typed into row since it was chosen */
    int pick;   /* facilitator's own pick, or -1 */
} crs_facil_vote;
crs_facil_vote *crs_facil_vote_state(crs_app *a);
/* Seed being typed on the seed screen. */
char *crs_facil_seed_buf(crs_app *a, size_t *cap);

#endif
