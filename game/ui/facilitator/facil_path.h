/* The facilitator's "jump to a stage": the shortest sequence of choices and outcomes that takes
 * an engine from its current state to the first node of a stage. Plain C over the core. */
#ifndef CRS_UI_FACIL_PATH_H
#define CRS_UI_FACIL_PATH_H

#include "crossings/engine.h"

/* One move of a path: a choice index at the node reached so far and the forced outcome (or -1
 * for a choice without outcomes), ready for crs_engine_choose_outcome. */
typedef struct crs_move {
    int choice, outcome;
} crs_move;

/* Searches breadth first from e's state (conditions and weights applied as the engine would:
 * only open choices, only outcomes with a weight above 0) for the nearest node of stage.
 * Writes up to cap moves into out and returns the path's length (0 when e already stands on a
 * node of that stage), or -1 when no path within the search bounds reaches it or memory ran
 * out. e is not changed. */
int crs_facil_path_to_stage(const crs_engine *e, int stage, crs_move *out, int cap);

#endif
