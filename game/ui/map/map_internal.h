/* Private to the route map's two files: the loaded map's layout, shared by map.c (loading,
 * queries) and map_draw.c (fitting, views, drawing). Not part of the GUI's interface. */
#ifndef CRS_UI_MAP_INTERNAL_H
#define CRS_UI_MAP_INTERNAL_H

#include "map/map.h"

#define CRS_MAP_RAD (3.14159265358979323846 / 180.0)

typedef struct {
    char id[8];
    const char *name[2]; /* en, ko */
    int on_route;
    int vert0, nvert, idx0, nidx;
} country;

enum { LAYER_COAST, LAYER_BORDER, LAYER_RIVER, LAYER_COUNT };

typedef struct {
    int layer, p0, n; /* points p0 .. p0 + n - 1 in line_uv */
} polyline;

typedef struct {
    const char *text[2];
    float u, v;
    int kind;
} label;

struct crs_map {
    double lon0, cone_n, cone_g, radius, rho0, x0, y0, x1, y1, grid;
    country *countries;
    int ncountries, ccountries;
    float *uv; /* polygon vertices, u v pairs; nuv counts pairs, cuv floats */
    int nuv, cuv;
    int *idx;
    int nidx, cidx;
    float *line_uv; /* nline_uv counts pairs, cline_uv floats */
    int nline_uv, cline_uv;
    polyline *lines;
    int nlines, clines;
    label *labels;
    int nlabels, clabels;
    char **strings;
    int nstrings, cstrings;
};

#endif
