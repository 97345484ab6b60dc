/* Starting a journey somewhere other than a persona's start, so an author can test one passage
 * without playing to it: a node (--start) and variable values (--set var=value), each checked
 * against the scenario with a message that names the slip. */
#ifndef CROSSINGS_START_H
#define CROSSINGS_START_H

#include "crossings/engine.h"

typedef struct crs_start {
    int node; /* -1: the persona's own start */
    int nset;
    int var[CRS_LIMIT_VARS];
    int32_t value[CRS_LIMIT_VARS];
} crs_start;

/* An empty start: the persona's node and values. */
void crs_start_init(crs_start *st);
/* Sets the node by id. Returns 0, or -1 with err filled ("no node ..., did you mean ..."). */
int crs_start_node(const crs_scenario *s, const char *id, crs_start *st, crs_diag *err);
/* Adds "var=value": an int within the variable's range, or true/false for a bool. Returns 0,
 * or -1 with err filled (unknown variable, wrong type, out of range, malformed). */
int crs_start_set(const crs_scenario *s, const char *spec, crs_start *st, crs_diag *err);
/* Places a fresh engine at the start (crs_engine_place); nothing to do for an empty start.
 * Returns 0, or -1 with err filled (no memory). */
int crs_start_apply(const crs_start *st, crs_engine *e, crs_diag *err);

#endif
