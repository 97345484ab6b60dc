/* The simulator over a small scenario built in memory: shares match known weights, results are
 * the same for any thread count, documented figures are compared, cycles and dead ends counted. */
#include <math.h>
#include "check.h"
#include "crossings/engine.h"
#include "crossings/sim.h"

/* Variable 0: months, 0..100. */
static const crs_var vars[1] = {
    {.id = "months", .type = CRS_VAR_INT, .min = 0, .max = 100},
};
static const crs_effect one_month[1] = {{.var = 0, .op = CRS_EFF_ADD, .value = 1}};
static const crs_effect five_months[1] = {{.var = 0, .op = CRS_EFF_ADD, .value = 5}};
static const crs_cond long_wait = {.op = CRS_COND_CMP, .var = 0, .cmp = CRS_CMP_GE, .value = 50};

/* Endings: 0 early (returned), 1 late (staying in China), 2 out (repatriated). */
static const crs_ending endings[3] = {
    {.id = "early", .kind = CRS_END_RETURNED_NORTH_KOREA, .stage = 0},
    {.id = "late", .kind = CRS_END_STAYING_IN_CHINA, .stage = 1},
    {.id = "out", .kind = CRS_END_REPATRIATED, .stage = -1},
};
/* From "start": weight 1 ends early after a month, weight 3 goes on to "later" after five. */
static const crs_outcome go_outs[2] = {
    {.id = "soon",
     .weight = {.base = 1},
     .neffects = 1,
     .effects = one_month,
     .next = -1,
     .ending = 0},
    {.id = "on",
     .weight = {.base = 3},
     .neffects = 1,
     .effects = five_months,
     .next = 1,
     .ending = -1},
};
static const crs_choice start_choices[2] = {
    {.id = "go", .next = -1, .ending = -1, .noutcomes = 2, .outcomes = go_outs},
    {.id = "leave", .next = -1, .ending = 2},
};
static const crs_choice later_choices[1] = {{.id = "settle", .next = -1, .ending = 1}};
/* "wait" loops on itself: the first-choice policy never leaves. */
static const crs_choice wait_choices[2] = {
    {.id = "wait", .next = 2, .ending = -1, .neffects = 1, .effects = one_month},
    {.id = "leave", .next = -1, .ending = 2},
};
/* "stuck" has no open choice unless months >= 50. */
static const crs_choice stuck_choices[1] = {
    {.id = "later", .cond = &long_wait, .next = -1, .ending = 2}};
static const crs_node nodes[4] = {
    {.id = "start", .stage = 0, .nchoices = 2, .choices = start_choices},
    {.id = "later", .stage = 1, .nchoices = 1, .choices = later_choices},
    {.id = "wait", .stage = 0, .nchoices = 2, .choices = wait_choices},
    {.id = "stuck", .stage = 0, .nchoices = 1, .choices = stuck_choices},
};
static const crs_stage stages[2] = {{.id = "one"}, {.id = "two"}};
static const crs_persona personas[3] = {
    {.id = "walker", .start = 0}, {.id = "waiter", .start = 2}, {.id = "stuck", .start = 3}};

/* "right" states the true shares under the first-choice policy; "wrong" does not. */
static const int early_only[1] = {0};
static const crs_bar right_bars[2] = {
    {.value = 25, .match = CRS_MATCH_ENDINGS, .nendings = 1, .endings = early_only},
    {.value = 75, .match = CRS_MATCH_KINDS, .kinds = 1u << CRS_END_STAYING_IN_CHINA},
};
static const crs_bar wrong_bars[2] = {
    {.value = 60, .match = CRS_MATCH_VAR, .var = 0, .min = 0, .max = 2},
    {.value = 40, .match = CRS_MATCH_VAR, .var = 0, .min = 3, .max = 100},
};
static const crs_distribution dists[2] = {
    {.id = "right", .tolerance = 3, .nbars = 2, .bars = right_bars},
    {.id = "wrong", .tolerance = 5, .nbars = 2, .bars = wrong_bars},
};
static const crs_scenario scen = {
    .id = "sim",
    .nvars = 1,
    .vars = vars,
    .npersonas = 3,
    .personas = personas,
    .nstages = 2,
    .stages = stages,
    .nnodes = 4,
    .nodes = nodes,
    .nendings = 3,
    .endings = endings,
    .ndists = 2,
    .dists = dists,
};

static crs_sim_result *simulate(crs_sim_opts o)
{
    crs_sim_result *r = NULL;
    crs_diag err;
    CHECK_INT(crs_sim_run(&scen, &o, &r, &err), 0);
    return r;
}

static void wilson_matches_known_values(void)
{
    crs_sim_share a = crs_sim_wilson(5, 10), b = crs_sim_wilson(0, 10);
    CHECK(fabs(a.lo - 0.2366) < 1e-4 && fabs(a.hi - 0.7634) < 1e-4);
    CHECK(b.lo == 0 && fabs(b.hi - 0.2775) < 1e-4);
    CHECK(crs_sim_wilson(0, 0).hi == 1);
}

static void known_weights_give_their_shares(void)
{
    crs_sim_result *r = simulate((crs_sim_opts){.runs = 20000, .seed = 7, .policy = CRS_SIM_FIRST});
    if (!r) return;
    CHECK_INT(r->completed, 20000);
    CHECK(r->endings[0].lo <= 0.25 && 0.25 <= r->endings[0].hi);
    CHECK(r->endings[1].lo <= 0.75 && 0.75 <= r->endings[1].hi);
    CHECK(fabs(r->endings[0].share - 0.25) < 0.015);
    CHECK_INT(r->endings[2].count, 0);
    CHECK_INT(r->kinds[CRS_END_STAYING_IN_CHINA].count, r->endings[1].count);
    CHECK_INT(r->stages[0].count, 20000);
    CHECK_INT(r->stages[1].count, r->endings[1].count); /* only "on" enters stage two */
    CHECK_INT(r->steps, r->endings[0].count + 2 * r->endings[1].count);
    CHECK_INT(r->vars[0].min, 1);
    CHECK_INT(r->vars[0].max, 5);
    CHECK_INT(r->vars[0].p10, 1);
    CHECK_INT(r->vars[0].p50, 5);
    CHECK_INT(r->vars[0].bin_width, 1);
    CHECK_INT(r->steps_per_run.max, 2);
    crs_sim_result_free(r);
}

static void same_result_for_any_thread_count(void)
{
    crs_sim_opts o = {.runs = 9999, .seed = 42, .persona = CRS_SIM_ALL_PERSONAS, .threads = 1};
    crs_sim_result *one = simulate(o);
    o.threads = 2;
    crs_sim_result *two = simulate(o), *again = simulate(o);
    o.threads = 5;
    crs_sim_result *five = simulate(o);
    o.seed = 43;
    crs_sim_result *other = simulate(o);
    if (!one || !two || !again || !five || !other) return;
    for (int i = 0; i < 3; i++) {
        CHECK_INT(two->endings[i].count, again->endings[i].count);
        CHECK_INT(one->endings[i].count, two->endings[i].count);
        CHECK_INT(one->endings[i].count, five->endings[i].count);
    }
    CHECK_INT(one->steps, five->steps);
    CHECK_INT(one->stuck, 3333); /* every third run plays the persona who is stuck */
    CHECK_INT(one->vars[0].p75, five->vars[0].p75);
    CHECK(one->endings[0].count != other->endings[0].count || one->steps != other->steps);
    crs_sim_result *rs[] = {one, two, again, five, other};
    for (int i = 0; i < 5; i++) crs_sim_result_free(rs[i]);
}

static void documented_figures_are_compared(void)
{
    crs_sim_result *r = simulate((crs_sim_opts){.runs = 20000, .seed = 3, .policy = CRS_SIM_FIRST});
    if (!r) return;
    CHECK_INT(r->ndists, 2);
    CHECK(!r->dists[0].diverges);
    CHECK(fabs(r->dists[0].bars[0].diff) < 3 && fabs(r->dists[0].bars[1].diff) < 3);
    CHECK(r->dists[1].diverges);
    CHECK(r->dists[1].bars[0].diverges && r->dists[1].bars[1].diverges);
    CHECK(fabs(r->dists[1].bars[0].diff - (25 - 60)) < 2); /* months <= 2: the early ending */
    CHECK_INT(r->dists[1].bars[0].sim.count, r->endings[0].count);
    CHECK_INT(r->diverging, 1);
    crs_sim_result_free(r);
}

static void cycles_and_dead_ends_are_counted(void)
{
    crs_sim_result *r = simulate(
        (crs_sim_opts){.runs = 100, .persona = 1, .policy = CRS_SIM_FIRST, .max_steps = 50});
    if (!r) return;
    CHECK_INT(r->step_limited, 100);
    CHECK_INT(r->completed, 0);
    CHECK_INT(r->steps, 5000);
    CHECK_INT(r->steps_per_run.p50, 50);
    crs_sim_result_free(r);
    r = simulate((crs_sim_opts){.runs = 1000, .persona = 1, .max_steps = 50});
    if (!r) return;
    CHECK_INT(r->completed + r->step_limited, 1000); /* at random "leave" comes soon */
    CHECK(r->completed > 990);
    CHECK_INT(r->endings[2].count, r->completed);
    crs_sim_result_free(r);
    r = simulate((crs_sim_opts){.runs = 10, .persona = 2});
    if (!r) return;
    CHECK_INT(r->stuck, 10);
    CHECK_INT(r->steps, 0);
    crs_sim_result_free(r);
}

static void scripts_are_followed(void)
{
    static const int leave[1] = {2}, nonsense[1] = {7};
    crs_sim_result *r = simulate(
        (crs_sim_opts){.runs = 500, .policy = CRS_SIM_SCRIPT, .script = leave, .nscript = 1});
    if (!r) return;
    CHECK_INT(r->endings[2].count, 500);
    CHECK_INT(r->script_misses, 0);
    crs_sim_result_free(r);
    r = simulate(
        (crs_sim_opts){.runs = 500, .policy = CRS_SIM_SCRIPT, .script = nonsense, .nscript = 1});
    if (!r) return;
    CHECK_INT(r->script_misses, 500);
    crs_sim_result_free(r);
}

/* The engine picking by itself from the derived seed, as `crossings run` plays. */
static int replay_ending(uint64_t seed)
{
    crs_engine *e = crs_engine_new(&scen, 0, seed, NULL);
    crs_rng pick;
    crs_rng_seed(&pick, seed, 0x7069636bULL);
    while (!crs_engine_ended(e)) {
        int open[8], n = crs_engine_available(e, open, 8);
        crs_engine_choose(e, open[crs_rng_below(&pick, (uint32_t)n)], NULL, NULL);
    }
    int ending = crs_engine_ending(e);
    crs_engine_free(e);
    return ending;
}

static void a_run_replays_with_its_seed(void)
{
    for (uint64_t seed = 0; seed < 300; seed++) {
        crs_sim_result *r = simulate((crs_sim_opts){.runs = 1, .seed = seed});
        if (!r) return;
        int want = replay_ending(crs_sim_run_seed(seed, 0));
        CHECK_INT(r->endings[want].count, 1);
        crs_sim_result_free(r);
    }
    CHECK(crs_sim_run_seed(1, 0) != crs_sim_run_seed(1, 1));
}

static void quick_endings_and_bad_options(void)
{
    double shares[3];
    CHECK_INT(crs_sim_endings(&scen, 0, 1, 2000, shares, NULL), 0);
    CHECK(fabs(shares[0] + shares[1] + shares[2] - 1) < 1e-9);
    CHECK(shares[2] > 0.4 && shares[2] < 0.6); /* "leave" is one of two choices at random */
    crs_diag err;
    crs_sim_result *r = (crs_sim_result *)&err;
    CHECK_INT(crs_sim_run(&scen, &(crs_sim_opts){.persona = 9}, &r, &err), -1);
    CHECK_INT(err.code, CRS_E_VALUE);
    CHECK(r == NULL);
    CHECK_INT(crs_sim_run(&scen, &(crs_sim_opts){.threads = 65}, &r, &err), -1);
    CHECK_INT(crs_sim_endings(&scen, 3, 1, 10, shares, &err), -1);
    crs_sim_result_free(NULL);
}

static void progress_fn(uint64_t done, uint64_t total, void *ctx)
{
    uint64_t *last = ctx;
    CHECK(done >= last[0] && done <= total); /* never backwards, never past the end */
    last[0] = done;
    last[1]++;
}

static void progress_is_reported(void)
{
    uint64_t last[2] = {0, 0};
    crs_sim_result *r = simulate(
        (crs_sim_opts){.runs = 10000, .threads = 2, .progress = progress_fn, .progress_ctx = last});
    CHECK_INT(last[0], 10000);
    CHECK(last[1] >= 2);
    crs_sim_result_free(r);
}

int main(void)
{
    static const check_case cases[] = {
        {"wilson_matches_known_values", wilson_matches_known_values},
        {"known_weights_give_their_shares", known_weights_give_their_shares},
        {"same_result_for_any_thread_count", same_result_for_any_thread_count},
        {"documented_figures_are_compared", documented_figures_are_compared},
        {"cycles_and_dead_ends_are_counted", cycles_and_dead_ends_are_counted},
        {"scripts_are_followed", scripts_are_followed},
        {"a_run_replays_with_its_seed", a_run_replays_with_its_seed},
        {"quick_endings_and_bad_options", quick_endings_and_bad_options},
        {"progress_is_reported", progress_is_reported},
    };
    return check_run("sim", cases, sizeof cases / sizeof cases[0]);
}
