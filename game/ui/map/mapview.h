/* The route map as the screens show it: the scenario's region, the path taken so far (its last
 * leg drawn in on a stage intro), and labels in the interface language. Wraps map.h. */
#ifndef CRS_UI_MAPVIEW_H
#define CRS_UI_MAPVIEW_H

#include <SDL.h>
#include "crossings/engine.h"
#include "crossings/scenario.h"
#include "map/map.h"
#include "text/text.h"
#include "shell/theme.h"

typedef struct crs_mapview crs_mapview;

/* Opens the route map file: NULL with a message in err when it cannot be read. It is parsed
 * on first draw (a broken file is logged and leaves the map slot empty). Free with
 * crs_mapview_free (NULL is fine). */
crs_mapview *crs_mapview_new(const char *path, char *err, size_t errcap);
void crs_mapview_free(crs_mapview *mv);
/* The parsed map, parsing it now if this is its first use, for other views of the same map (the
 * kiosk's attract loop); NULL when it cannot be read (logged once). Owned by mv. */
const crs_map *crs_mapview_map(crs_mapview *mv);

/* The stops of a playthrough with a map position, in order, as lon/lat pairs (at most cap).
 * Consecutive repeats of a stage count once; *current is the stop of the present stage.
 * Returns the number of stops. */
int crs_mapview_path(const crs_scenario *s, const crs_engine *e, double *lonlat, int cap,
                     int *current);

/* Draws the map into dst (pixels) for scenario s and the playthrough e (may be NULL);
 * progress 0..1 draws the last leg partly (path animation); fit_path zooms to the path taken
 * instead of the scenario's whole region. scale is pixels per logical unit.
 * The geometry and labels are prepared once per size, scenario and language. */
void crs_mapview_draw(crs_mapview *mv, SDL_Renderer *r, crs_textsys *ts, const crs_theme *th,
                      int high_contrast, SDL_Rect dst, float scale, const char *lang,
                      const crs_scenario *s, const crs_engine *e, float progress, int fit_path);

#endif
