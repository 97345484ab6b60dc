/* The browser build (Emscripten): the page drives the loop and shows the text mirror as HTML.
 * Native builds never call these. */
#ifndef CRS_UI_WEB_H
#define CRS_UI_WEB_H

#include "shell/ui.h"

#ifdef __EMSCRIPTEN__
/* Before the app opens: log lines to the page whole, the window fitted to the canvas. */
void crs_web_init(crs_app_opts *o);
/* Hands the app to the browser's loop; does not return (the app lives on after main). */
void crs_web_run(crs_app *a);
/* Shows the top screen's mirror text on the page (called when it changes). */
void crs_web_mirror(const crs_app *a, const char *text);
/* Called by the page (web/crossings.js): */
void crs_web_wake(void);                /* input arrived: run the loop again */
void crs_web_scenarios_ready(void);     /* the shipped scenarios are in the data folder */
void crs_web_fonts_ready(void);         /* the CJK subset replaced the title's characters */
void crs_web_opaque(Uint32 *px, int n); /* present.js: a frame's pixels made opaque */
int crs_web_press(const char *label);   /* a DOM mirror button was activated */
int crs_web_focused_xy(void);           /* tests: where the focused button is */
int crs_web_choices(void);              /* tests: choices made in the journey */
unsigned long crs_web_frames(void);     /* tests: frames drawn */
unsigned long crs_web_steps(void);      /* tests: loop iterations run */
#endif

#endif
