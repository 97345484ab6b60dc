/* Scripts (--script FILE): timed actions fed to the app for automation and smoke tests, a
 * layer (shell/layer.h) polled every loop iteration. */
#ifndef CRS_UI_SCRIPT_H
#define CRS_UI_SCRIPT_H

#include "shell/ui.h"

typedef struct crs_script crs_script;

extern const crs_layer_ops crs_script_layer;

/* Load, then poll each iteration; next due time in ms (-1 none). */
crs_script *crs_script_load(const char *path, char *err, size_t cap);
void crs_script_free(crs_script *s);
/* Runs the commands that are due; returns ms until the next one, or -1 when finished. */
int crs_script_poll(crs_script *s, crs_app *a);

#endif
