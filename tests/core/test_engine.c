/* The engine over a small scenario built in memory: availability, direct and weighted
 * choices, effects and clamping, determinism, undo, clone, misuse. */
#include "check.h"
#include "crossings/engine.h"

#include <math.h>

/* Variables: 0 money (0..100), 1 flag (bool). */
static const crs_var vars[2] = {
    {.id = "money", .type = CRS_VAR_INT, .min = 0, .max = 100, .initial = 20},
    {.id = "flag", .type = CRS_VAR_BOOL, .min = 0, .max = 1},
};
static const crs_cond rich = {.op = CRS_COND_CMP, .var = 0, .cmp = CRS_CMP_GE, .value = 10};
static const crs_cond flagged = {.op = CRS_COND_CMP, .var = 1, .cmp = CRS_CMP_EQ, .value = 1};
static const crs_weight_adj boost[1] = {{.cond = &flagged, .op = CRS_ADJ_TIMES, .value = 0.0}};
static const crs_effect spend[1] = {{.var = 0, .op = CRS_EFF_ADD, .value = -15}};
static const crs_effect windfall[2] = {{.var = 0, .op = CRS_EFF_ADD, .value = 500},
                                       {.var = 1, .op = CRS_EFF_SET, .value = 7}};
static const crs_outcome outs[2] = {
    {.id = "lucky", .weight = {.base = 1}, .next = -1, .ending = 0},
    {.id = "unlucky", .weight = {.base = 3, .nadj = 1, .adj = boost}, .next = -1, .ending = 1},
};
static const crs_choice n0_choices[3] = {
    {.id = "walk", .next = 1, .ending = -1, .neffects = 2, .effects = windfall},
    {.id = "pay",
     .cond = &rich,
     .neffects = 1,
     .effects = spend,
     .next = -1,
     .ending = -1,
     .noutcomes = 2,
     .outcomes = outs},
    {.id = "stay", .next = -1, .ending = 1},
};
static const crs_choice n1_choices[1] = {
    {.id = "pay-again",
     .cond = &rich,
     .neffects = 1,
     .effects = spend,
     .next = -1,
     .ending = -1,
     .noutcomes = 2,
     .outcomes = outs},
};
static const crs_node nodes[2] = {
    {.id = "start", .stage = 0, .nchoices = 3, .choices = n0_choices},
    {.id = "later", .stage = 1, .nchoices = 1, .choices = n1_choices},
};
static const crs_stage stages[2] = {{.id = "one"}, {.id = "two"}};
static const crs_ending endings[2] = {{.id = "good", .stage = 1}, {.id = "other", .stage = -1}};
static const int32_t poor[2] = {5, 0};
static const crs_persona personas[2] = {{.id = "a", .start = 0},
                                        {.id = "b", .start = 0, .init = poor}};
static const crs_scenario scen = {
    .id = "t",
    .nvars = 2,
    .vars = vars,
    .npersonas = 2,
    .personas = personas,
    .nstages = 2,
    .stages = stages,
    .nnodes = 2,
    .nodes = nodes,
    .nendings = 2,
    .endings = endings,
};

static void availability_follows_conditions(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 1, NULL);
    int open[8];
    CHECK_INT(crs_engine_available(e, open, 8), 3);
    crs_engine_free(e);
    e = crs_engine_new(&scen, 1, 1, NULL); /* starts with 5 money: cannot pay */
    CHECK_INT(crs_engine_available(e, open, 8), 2);
    CHECK_INT(open[1], 2);
    crs_diag err;
    CHECK_INT(crs_engine_choose(e, 1, NULL, &err), -1);
    CHECK_INT(err.code, CRS_E_STATE);
    crs_engine_free(e);
}

static void direct_choice_applies_effects_and_clamps(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 1, NULL);
    crs_step st;
    CHECK_INT(crs_engine_choose(e, 0, &st, NULL), 0);
    CHECK_INT(st.outcome, -1);
    CHECK_INT(crs_engine_node(e), 1);
    CHECK_INT(crs_engine_stage(e), 1);
    CHECK_INT(crs_engine_vars(e)[0], 100); /* 20 + 500 clamped to max */
    CHECK_INT(crs_engine_vars(e)[1], 1);   /* bool set to 7 reads as true */
    crs_engine_free(e);
}

static void weighted_outcomes_follow_weights(void)
{
    int lucky = 0;
    for (uint64_t seed = 0; seed < 4000; seed++) {
        crs_engine *e = crs_engine_new(&scen, 0, seed, NULL);
        crs_step st;
        CHECK_INT(crs_engine_choose(e, 1, &st, NULL), 0);
        CHECK(crs_engine_ended(e));
        CHECK_INT(crs_engine_vars(e)[0], 5);
        lucky += st.ending == 0;
        crs_engine_free(e);
    }
    CHECK(lucky > 900 && lucky < 1100); /* weight 1 of 4 */
}

static void adjustment_can_zero_a_weight(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 3, NULL);
    crs_engine_choose(e, 0, NULL, NULL); /* sets flag: "unlucky" now weighs 3 * 0 */
    CHECK(crs_engine_outcome_weight(e, 0, 1) == 0.0);
    crs_step st;
    CHECK_INT(crs_engine_choose(e, 0, &st, NULL), 0);
    CHECK_INT(st.outcome, 0);
    crs_engine_free(e);
}

/* Forty "times 1e9" adjustments make a weight overflow to infinity: the computed weight is
 * capped, so draws stay proportional and a weight-0 outcome is never drawn. */
static crs_weight_adj huge_adj[40];
static const crs_weight_adj to_zero[1] = {{.op = CRS_ADJ_ADD, .value = -1}};
static const crs_outcome huge_outs[2] = {
    {.id = "huge", .weight = {.base = 1e9, .nadj = 40, .adj = huge_adj}, .next = -1, .ending = 0},
    {.id = "none", .weight = {.base = 1, .nadj = 1, .adj = to_zero}, .next = -1, .ending = 1},
};
static const crs_choice huge_choice[1] = {
    {.id = "go", .next = -1, .ending = -1, .noutcomes = 2, .outcomes = huge_outs}};
static const crs_node huge_node[1] = {{.id = "start", .nchoices = 1, .choices = huge_choice}};
static const crs_persona huge_persona[1] = {{.id = "a", .start = 0}};
static const crs_scenario huge_scen = {.id = "h",
                                       .npersonas = 1,
                                       .personas = huge_persona,
                                       .nstages = 1,
                                       .stages = stages,
                                       .nnodes = 1,
                                       .nodes = huge_node,
                                       .nendings = 2,
                                       .endings = endings};

static void huge_weights_stay_finite(void)
{
    for (int i = 0; i < 40; i++) huge_adj[i] = (crs_weight_adj){.op = CRS_ADJ_TIMES, .value = 1e9};
    double w = crs_weight_value(&huge_outs[0].weight, NULL);
    CHECK(isfinite(w) && w > 0);
    CHECK(w <= CRS_WEIGHT_MAX);
    CHECK(crs_weight_value(&huge_outs[1].weight, NULL) == 0.0);
    int drawn_zero = 0;
    for (uint64_t seed = 0; seed < 200; seed++) {
        crs_engine *e = crs_engine_new(&huge_scen, 0, seed, NULL);
        crs_step st;
        CHECK_INT(crs_engine_choose(e, 0, &st, NULL), 0);
        drawn_zero += st.outcome == 1;
        crs_engine_free(e);
    }
    CHECK_INT(drawn_zero, 0);
}

static void same_seed_same_path(void)
{
    for (uint64_t seed = 0; seed < 50; seed++) {
        crs_engine *a = crs_engine_new(&scen, 0, seed, NULL),
                   *b = crs_engine_new(&scen, 0, seed, NULL);
        crs_step sa, sb;
        crs_engine_choose(a, 1, &sa, NULL);
        crs_engine_choose(b, 1, &sb, NULL);
        CHECK_INT(sa.outcome, sb.outcome);
        crs_engine_free(a);
        crs_engine_free(b);
    }
}

static void undo_restores_exact_state(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 11, NULL);
    crs_step first, again;
    crs_engine_choose(e, 1, &first, NULL);
    CHECK(crs_engine_ended(e));
    CHECK_INT(crs_engine_undo(e), 0);
    CHECK(!crs_engine_ended(e));
    CHECK_INT(crs_engine_node(e), 0);
    CHECK_INT(crs_engine_vars(e)[0], 20);
    CHECK_INT(crs_engine_history_len(e), 0);
    crs_engine_choose(e, 1, &again, NULL); /* the RNG was restored too */
    CHECK_INT(again.outcome, first.outcome);
    CHECK_INT(crs_engine_undo(e), 0);
    CHECK_INT(crs_engine_undo(e), -1);
    crs_engine_free(e);
}

static void clone_is_independent(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 5, NULL);
    crs_engine_choose(e, 0, NULL, NULL);
    crs_engine *c = crs_engine_clone(e);
    CHECK_INT(crs_engine_history_len(c), 1);
    CHECK_INT(crs_engine_vars(c)[0], 100);
    crs_step se, sc;
    crs_engine_choose(e, 0, &se, NULL);
    crs_engine_choose(c, 0, &sc, NULL);
    CHECK_INT(se.outcome, sc.outcome);
    CHECK_INT(crs_engine_undo(c), 0);
    CHECK(crs_engine_ended(e) && !crs_engine_ended(c));
    crs_engine_free(e);
    crs_engine_free(c);
}

static void misuse_is_reported(void)
{
    crs_diag err;
    CHECK(crs_engine_new(&scen, 2, 1, &err) == NULL);
    CHECK_INT(err.code, CRS_E_VALUE);
    crs_engine *e = crs_engine_new(&scen, 0, 1, NULL);
    CHECK_INT(crs_engine_choose(e, 9, NULL, &err), -1);
    CHECK_INT(crs_engine_choose_outcome(e, 1, 5, NULL, &err), -1);
    CHECK_INT(crs_engine_choose(e, 2, NULL, NULL), 0);
    CHECK_INT(crs_engine_ending(e), 1);
    CHECK_INT(crs_engine_stage(e), 0); /* the ending has no stage: stays where it happened */
    CHECK_INT(crs_engine_choose(e, 0, NULL, &err), -1);
    CHECK_INT(err.code, CRS_E_STATE);
    int open[4];
    CHECK_INT(crs_engine_available(e, open, 4), 0);
    crs_engine_reset(e);
    CHECK_INT(crs_engine_node(e), 0);
    CHECK_INT(crs_engine_history_len(e), 0);
    crs_engine_free(e);
    crs_engine_free(NULL);
}

static void long_history_grows(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 1, NULL);
    for (int i = 0; i < 100; i++) {
        crs_engine_choose(e, 0, NULL, NULL); /* start -> later */
        crs_engine_undo(e);
        crs_engine_choose(e, 0, NULL, NULL);
        CHECK_INT(crs_engine_history_len(e), 1);
        crs_engine_undo(e);
    }
    crs_engine_free(e);
}

int main(void)
{
    static const check_case cases[] = {
        {"availability_follows_conditions", availability_follows_conditions},
        {"direct_choice_applies_effects_and_clamps", direct_choice_applies_effects_and_clamps},
        {"weighted_outcomes_follow_weights", weighted_outcomes_follow_weights},
        {"adjustment_can_zero_a_weight", adjustment_can_zero_a_weight},
        {"huge_weights_stay_finite", huge_weights_stay_finite},
        {"same_seed_same_path", same_seed_same_path},
        {"undo_restores_exact_state", undo_restores_exact_state},
        {"clone_is_independent", clone_is_independent},
        {"misuse_is_reported", misuse_is_reported},
        {"long_history_grows", long_history_grows},
    };
    return check_run("engine", cases, sizeof cases / sizeof cases[0]);
}
