/* The engine: one playthrough of a scenario as a pure state machine.
 * No globals: any number of engines can run side by side over one scenario. */
#ifndef CROSSINGS_ENGINE_H
#define CROSSINGS_ENGINE_H

#include <stddef.h>
#include <stdint.h>
#include "crossings/rng.h"
#include "crossings/scenario.h"

typedef struct crs_engine crs_engine;

/* One step of the path: at node, the player took choice; outcome (or -1) followed. */
typedef struct crs_step {
    int node;
    int choice;  /* index into the node's choices */
    int outcome; /* index into the choice's outcomes, or -1 for a direct choice */
    int next;    /* node after the step, or -1 */
    int ending;  /* ending reached by the step, or -1 */
    int stage_before, stage_after;
    int tally[9]; /* facilitator's group vote per visible choice, all 0 when none */
    int replayed; /* 1 when a facilitator's stage jump took this step, not the player */
} crs_step;

/* Starts a playthrough. The scenario must outlive the engine. Returns NULL when persona is out
 * of range (filling err if given) or memory runs out; free with crs_engine_free. */
crs_engine *crs_engine_new(const crs_scenario *s, int persona, uint64_t seed, crs_diag *err);
void crs_engine_free(crs_engine *e);
/* A deep copy with the same state, history and RNG; NULL when out of memory. */
crs_engine *crs_engine_clone(const crs_engine *e);
/* Back to the start with the same persona and seed (no allocation). */
void crs_engine_reset(crs_engine *e);

const crs_scenario *crs_engine_scenario(const crs_engine *e);
int crs_engine_persona(const crs_engine *e);
uint64_t crs_engine_seed(const crs_engine *e);
/* Current node, or -1 once ended. */
int crs_engine_node(const crs_engine *e);
/* Stage of the current node, or of the ending when ended. */
int crs_engine_stage(const crs_engine *e);
int crs_engine_ended(const crs_engine *e);
/* Ending index, or -1 while playing. */
int crs_engine_ending(const crs_engine *e);
/* Current values, one per scenario variable. */
const int32_t *crs_engine_vars(const crs_engine *e);

/* Writes the indices of the choices available now (conditions applied) into out (up to cap)
 * and returns how many there are. */
int crs_engine_available(const crs_engine *e, int *out, int cap);
/* The weight an outcome of a choice at the current node would have now (>= 0). */
double crs_engine_outcome_weight(const crs_engine *e, int choice, int outcome);

/* Takes choice (an index into the current node's choices). Returns 0 and fills *step (may be
 * NULL); -1 with err filled if the game has ended, the choice is unknown or unavailable. */
int crs_engine_choose(crs_engine *e, int choice, crs_step *step, crs_diag *err);
/* Like choose but the outcome is forced (replays, facilitator "jump"); -1 on a bad index. */
int crs_engine_choose_outcome(crs_engine *e, int choice, int outcome, crs_step *step,
                              crs_diag *err);
/* The rules the engine plays by, for tools that reason about a scenario in a given state
 * (graph, simulate): whether a condition holds, and an outcome weight (>= 0). */
int crs_cond_holds(const crs_cond *c, const int32_t *vars);
/* A computed weight is capped at CRS_WEIGHT_MAX: each factor is at most 1e9 but their product
 * is not, and an infinite weight would turn the draw into NaN. */
#define CRS_WEIGHT_MAX 1e15
double crs_weight_value(const crs_weight *w, const int32_t *vars);

/* Records a group vote for the last step (facilitator mode). */
void crs_engine_set_tally(crs_engine *e, const int *tally, int n);
/* Marks the last step as replayed by a stage jump, so records never pass it off as a choice. */
void crs_engine_mark_replayed(crs_engine *e);

size_t crs_engine_history_len(const crs_engine *e);
const crs_step *crs_engine_history(const crs_engine *e, size_t i);
/* Steps back one choice, restoring the exact earlier state and RNG. Returns 0, or -1 at start. */
int crs_engine_undo(crs_engine *e);

#endif
