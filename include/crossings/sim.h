/* Simulation: many complete playthroughs of a scenario (Monte Carlo over the engine), summed up
 * as shares with confidence intervals and compared with the scenario's documented figures. */
#ifndef CROSSINGS_SIM_H
#define CROSSINGS_SIM_H

#include <stdint.h>
#include "crossings/diag.h"
#include "crossings/scenario.h"

/* How a simulated player picks among the choices open at each step. */
typedef enum {
    CRS_SIM_RANDOM, /* uniformly at random */
    CRS_SIM_FIRST,  /* always the first open choice */
    CRS_SIM_SCRIPT  /* the numbers in script, then at random */
} crs_sim_policy;

#define CRS_SIM_ALL_PERSONAS (-1)

/* Called on the thread that called crs_sim_run with the runs finished so far. */
typedef void (*crs_sim_progress_fn)(uint64_t done, uint64_t total, void *ctx);

/* Options; a zero-initialised value means: 10,000 runs, seed 0, the first persona, random
 * choices, one thread, at most 1,000 steps a run. */
typedef struct crs_sim_opts {
    uint64_t runs;
    uint64_t seed;
    int persona; /* persona index, or CRS_SIM_ALL_PERSONAS: run i plays persona i % npersonas */
    crs_sim_policy policy;
    const int *script; /* CRS_SIM_SCRIPT: 1-based numbers among the open choices, like run's
                          --choices; a number that is not open at its step is picked at random
                          and the run counted in script_misses */
    int nscript;
    int threads;   /* 0 or 1: the calling thread; at most 64 */
    int max_steps; /* a run still going after this many steps is stopped and counted */
    crs_sim_progress_fn progress;
    void *progress_ctx;
} crs_sim_opts;

/* A count out of a total, as a share (0..1) with its 95% Wilson score interval [lo, hi]. */
typedef struct crs_sim_share {
    uint64_t count;
    double share, lo, hi;
} crs_sim_share;

/* The distribution of an integer at the end of completed runs. Percentiles come from a
 * histogram of at most 1,024 bins: exact when bin_width is 1, else the bin's lower edge. */
typedef struct crs_sim_stat {
    double mean;
    int32_t min, max;
    int32_t p10, p25, p50, p75, p90;
    int32_t bin_width;
} crs_sim_stat;

/* One bar of a documented distribution: documented and simulated share in percent. */
typedef struct crs_sim_bar {
    double documented;
    crs_sim_share sim; /* share of completed runs the bar counts */
    double diff;       /* simulated minus documented, percentage points */
    int diverges;      /* |diff| > the distribution's tolerance */
} crs_sim_bar;

typedef struct crs_sim_dist {
    double tolerance;
    int nbars;
    crs_sim_bar *bars;
    int diverges; /* some bar diverges */
} crs_sim_dist;

/* Shares of endings, kinds and bars are of completed runs (those that reached an ending);
 * shares of stages are of all runs. Arrays are indexed like the scenario's. */
typedef struct crs_sim_result {
    uint64_t runs, completed;
    uint64_t step_limited;  /* stopped by max_steps (a cycle the policy did not leave) */
    uint64_t stuck;         /* reached a node where no choice was open */
    uint64_t script_misses; /* runs where a scripted number was not open */
    uint64_t steps;         /* total steps over all runs */
    crs_sim_stat steps_per_run;
    int nendings;
    crs_sim_share *endings;
    crs_sim_share kinds[CRS_END__COUNT];
    int nstages;
    crs_sim_share *stages; /* runs that entered the stage (start, any step, or the ending) */
    int nvars;
    crs_sim_stat *vars; /* every variable at the end (a bool's mean is the share true) */
    int ndists;
    crs_sim_dist *dists;
    int diverging; /* distributions with a diverging bar */
} crs_sim_result;

/* Runs opts->runs playthroughs. Run i uses the seed crs_sim_run_seed(seed, i) whichever thread
 * plays it, so the result depends on the options but not on the thread count or scheduling.
 * Returns 0 and a result the caller frees with crs_sim_result_free, or -1 with err filled
 * (bad options, out of memory, threads that could not start). */
int crs_sim_run(const crs_scenario *s, const crs_sim_opts *opts, crs_sim_result **out,
                crs_diag *err);
void crs_sim_result_free(crs_sim_result *r);

/* The seed of run i: `crossings run --seed <it>` (with the same persona and, for a script,
 * --choices) replays that run step for step. */
uint64_t crs_sim_run_seed(uint64_t seed, uint64_t run);

/* For the debrief screen: the share (0..1) of each ending over `runs` random playthroughs of
 * persona on the calling thread (2,000 runs of a shipped scenario take a few milliseconds).
 * shares has s->nendings slots. Returns 0, or -1 with err filled. */
int crs_sim_endings(const crs_scenario *s, int persona, uint64_t seed, uint64_t runs,
                    double *shares, crs_diag *err);

/* The 95% Wilson score interval of count out of n (a share of 0 when n is 0). */
crs_sim_share crs_sim_wilson(uint64_t count, uint64_t n);

#endif
