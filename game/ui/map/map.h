/* The route map: loads the project's simplified outlines (assets/map/route-map.json), fits them
 * into any rectangle or zoom box, and draws land, borders, rivers and a route with SDL geometry. */
#ifndef CRS_UI_MAP_H
#define CRS_UI_MAP_H

#include <SDL.h>
#include <stddef.h>

/* Ownership: crs_map_load and crs_map_view_create return objects the caller frees with
 * crs_map_free / crs_map_view_free (both accept NULL). A view borrows its map: free views first.
 * Strings returned by the getters live as long as the map. Nothing here prints. */

typedef struct crs_map crs_map;
typedef struct crs_map_view crs_map_view;

typedef enum {
    CRS_MAP_LABEL_COUNTRY,
    CRS_MAP_LABEL_REGION, /* provinces and prefectures (Jilin, Liaoning, Yanbian) */
    CRS_MAP_LABEL_RIVER,
    CRS_MAP_LABEL_CAPITAL,
    CRS_MAP_LABEL_CITY
} crs_map_label_kind;

/* A lon/lat box in degrees (east and north positive). */
typedef struct crs_map_box {
    double lon_min, lat_min, lon_max, lat_max;
} crs_map_box;

/* Colours only, so a theme can pass its own; a colour with alpha 0 skips that layer. */
typedef struct crs_map_style {
    SDL_Color sea, land, land_context, land_highlight;
    SDL_Color coast, border, river, place;
    SDL_Color route, route_ahead, marker, marker_current, marker_ring;
} crs_map_style;

/* How map coordinates land in pixels: x = ox + u * sx, y = oy + v * sy; `area` is the part of
 * the destination the map covers (letterboxed where the map ends). */
typedef struct crs_map_fit_result {
    float ox, oy, sx, sy;
    SDL_FRect area;
} crs_map_fit_result;

/* Loads and validates a route map; NULL with a message in err (if errcap > 0) on any failure. */
crs_map *crs_map_load(const char *path, char *err, size_t errcap);
void crs_map_free(crs_map *m);

/* Projects lon/lat to map coordinates: 0..1 across the map's extent, v growing southwards. */
void crs_map_project(const crs_map *m, double lon, double lat, float *u, float *v);
/* Width over height of the map's extent in true distances. */
float crs_map_aspect(const crs_map *m);

/* Fits `box` (NULL: the whole map) into dst keeping the aspect ratio: the box grows to dst's
 * shape where the map has room, and is letterboxed where it does not. Returns 0, or -1 if dst
 * is empty or the box invalid. */
int crs_map_fit(const crs_map *m, SDL_FRect dst, const crs_map_box *box, crs_map_fit_result *out);

/* Pre-builds pixel geometry for one destination, zoom box and stroke scale (1 = 1280x720;
 * <= 0: dst.h / 720), so drawing allocates nothing. NULL with a message on failure. */
crs_map_view *crs_map_view_create(const crs_map *m, SDL_FRect dst, const crs_map_box *box,
                                  float ui_scale, char *err, size_t errcap);
void crs_map_view_free(crs_map_view *view);
/* The transform the view uses (for placing labels and hit tests). */
const crs_map_fit_result *crs_map_view_fit(const crs_map_view *view);
/* Map coordinates to pixels; returns 1 if the point falls inside the drawn area, else 0. */
int crs_map_view_to_px(const crs_map_view *view, float u, float v, float *x, float *y);
/* Lon/lat straight to pixels (for labels placed by the caller); returns 1 inside the area. */
int crs_map_view_lonlat_to_px(const crs_map_view *view, double lon, double lat, float *x, float *y);
/* Marks a country (by its two-letter id) for the highlighted fill; returns -1 if unknown. */
int crs_map_view_highlight(crs_map_view *view, const char *country_id, int on);
/* Marks every country holding one of n lon/lat points (a route's stops, as for
 * crs_map_draw_path); returns how many points fell inside a country. */
int crs_map_view_highlight_points(crs_map_view *view, const double *lonlat, int n);
void crs_map_view_highlight_clear(crs_map_view *view);

/* Draws sea, land, coasts, borders, rivers and place dots inside the view's area; the caller's
 * clip rectangle and draw colour are restored. Returns 0, or -1 on an SDL error or a view made
 * for another map. Allocates nothing. */
int crs_map_draw(const crs_map *m, SDL_Renderer *r, const crs_map_view *view,
                 const crs_map_style *style);

#define CRS_MAP_PATH_MAX 32
/* Draws a route through n lon/lat points (lonlat[2*i], lonlat[2*i+1]), n <= CRS_MAP_PATH_MAX.
 * progress in [0,1] covers the n - 1 legs equally (0.5 of a 3-leg route ends halfway along the
 * second leg); stops reached get filled markers, `current` (or -1) an emphasised one. Returns 0,
 * or -1 on bad arguments or an SDL error. Allocates nothing. */
int crs_map_draw_path(const crs_map *m, SDL_Renderer *r, const crs_map_view *view,
                      const crs_map_style *style, const double *lonlat, int n, float progress,
                      int current);

/* Labels for the caller to render (countries on the routes, then rivers, then places in file
 * order); lang "ko" or anything else for English; u, v as from crs_map_project, kind a
 * crs_map_label_kind. Capitals and cities have a dot drawn by crs_map_draw at (u, v): put the
 * text beside it. crs_map_label returns 0, or -1 for an index out of range. */
int crs_map_label_count(const crs_map *m);
int crs_map_label(const crs_map *m, int i, const char *lang, const char **text, float *u, float *v,
                  int *kind);

/* Countries: id ("KR"), English name, whether it is on the routes (1) or context (0). */
int crs_map_country_count(const crs_map *m);
int crs_map_country(const crs_map *m, int i, const char **id, const char **name_en, int *on_route);
/* A country's fill triangles in map coordinates: uv pairs and 3 indices per triangle. */
int crs_map_country_triangles(const crs_map *m, int i, const float **uv, int *nverts,
                              const int **indices, int *nindices);
/* The id of the country whose fill contains lon/lat, or NULL over the sea. */
const char *crs_map_country_at(const crs_map *m, double lon, double lat);

/* Calm default colours and a high-contrast set, for themes to start from. */
void crs_map_style_default(crs_map_style *s);
void crs_map_style_high_contrast(crs_map_style *s);

#endif
