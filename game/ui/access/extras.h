/* Accessibility and classroom features, kept in their own files and reached from the shared
 * app and screens through a few small hooks: session codes (entered on a keypad, shown on the
 * debrief), the text mirror, pause, and self-voicing. */
#ifndef CRS_UI_EXTRAS_H
#define CRS_UI_EXTRAS_H

#include <stdio.h>
#include "crossings/code.h"
#include "access/others.h"
#include "access/speech.h"
#include "shell/ui.h"
#include "text/xstrings.h"

#define CRS_CODE_CHARS "0123456789ABCDEFGHJKMNPQRSTVWXYZ" /* Crockford base 32 */
#define CRS_CODE_INPUT 96                                 /* characters a visitor can type */

extern const crs_screen crs_screen_code, crs_screen_pause;

typedef struct crs_extras {
    /* text mirror: written without ever blocking (a FIFO may have no reader yet) */
    int mirror_fd;     /* -1: not open */
    char *mirror_path; /* set while a FIFO waits for its reader */
    int mirror_owned, mirror_failed;
    char *last_text; /* the top page as last mirrored */
    size_t last_len;
    const crs_screen *last_screen;
    int last_focus, last_ko;
    /* self-voicing */
    crs_speech *speech;
    crs_speech_backend backend;
    int voice, rate_step, speech_tried;
    /* session code entry */
    char code[CRS_CODE_INPUT + 1];
    int code_err;          /* a crs_xstr message, or -1 */
    char code_detail[320]; /* the core's own message */
    int replayed;          /* the journey on screen came from a code */
    /* both languages at once: 0 off, 1 Korean above English, 2 English above Korean */
    int bilingual;
    char *ring[1024]; /* joined texts handed out by crs_extras_text, freed in turn */
    int ring_at;
    /* how others chose */
    crs_others *others; /* NULL: no analytics log, no panel */
} crs_extras;

/* Created with the app (NULL only when out of memory; every hook accepts a->x == NULL). */
crs_extras *crs_extras_new(crs_app *a);
void crs_extras_free(crs_extras *x);
/* Before the app's own handling of an action: pause and speak keys, typing on the code
 * screen. Returns 1 when the action was consumed. */
int crs_extras_handle(crs_app *a, const crs_action *act);
/* After a frame is drawn: mirrors the top page when its text changed and voices it. */
void crs_extras_frame(crs_app *a);
/* Before the top page is drawn: draws what lies under a panel (the pause screen dims the
 * journey beneath it). */
void crs_extras_draw_under(crs_app *a);
/* Opens (or closes) the pause panel during a journey. */
void crs_extras_pause(crs_app *a);
/* A scenario text as the screens show it: primary (the current language) alone, or both
 * languages one above the other when that setting is on. Valid while the next 1000 texts are
 * asked for (pages copy what they lay out at once). */
const char *crs_extras_text(const crs_app *a, const crs_text *t, const char *primary);
/* The interface word in the current language. */
const char *crs_extras_str(const crs_app *a, crs_xstr id);

/* Screen hooks. */
void crs_extras_title(crs_app *a, crs_page *p);       /* "Enter a code" */
int crs_extras_title_activate(crs_app *a, int id);    /* 1 = handled */
void crs_extras_debrief(crs_app *a, crs_page *p);     /* the session code */
void crs_extras_settings(crs_app *a, crs_page *p);    /* reading aloud and its speed */
int crs_extras_settings_activate(crs_app *a, int id); /* 1 = handled */
/* "How others chose" after a choice (the outcome screen) and where their journeys ended (the
 * debrief); nothing at all below the threshold or without a log. */
void crs_extras_others_choice(crs_app *a, crs_page *p);
void crs_extras_others_endings(crs_app *a, crs_page *p);

/* Replays a code on the loaded scenarios. Returns 0 and shows the debrief of the replayed
 * path, or -1 with x->code_err and x->code_detail set (nothing is replayed). */
int crs_extras_replay(crs_app *a, const char *code);
/* Typing on the code screen (letters, digits, Backspace); 1 = consumed. */
int crs_code_screen_type(crs_app *a, const crs_action *act);
/* Reads the top screen aloud now (key V): its focused button, then its text. */
void crs_extras_speak(crs_app *a);

#endif
