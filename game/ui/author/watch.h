/* Live preview (--watch FILE), a layer (shell/layer.h): the scenario file is reloaded whenever
 * it is saved, keeping the choices made; a broken save shows its errors over the last good
 * version. */
#ifndef CRS_UI_WATCH_H
#define CRS_UI_WATCH_H

#include "shell/ui.h"

typedef struct crs_watch crs_watch;

extern const crs_layer_ops crs_watch_layer;

/* Follow the file at path; free accepts NULL. */
crs_watch *crs_watch_new(const char *path);
void crs_watch_free(crs_watch *w);
/* Looks at the file when due and loads a saved version; returns ms until the next look, or -1
 * when not watching. */
int crs_watch_poll(crs_app *a);
/* The broken file's located errors at the top of a page (nothing when the file is good). */
void crs_watch_overlay(crs_app *a, crs_page *p);
/* How many errors the overlay shows now (0: the last saved version loaded). */
int crs_watch_errors(const crs_app *a);

#endif
