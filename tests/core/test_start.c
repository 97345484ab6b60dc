/* A placed start (--start, --set): the engine begins there, reset and clones return there,
 * transcripts replay from there, and such a journey has no session code. */
#include "check.h"
#include "crossings/code.h"
#include "crossings/start.h"
#include "crossings/transcript.h"
#include "scenario_text.h"

static void placed_start_holds(void)
{
    char *t = minimal_text();
    crs_diags d = {0};
    crs_scenario *s = load_text(t, &d);
    free(t);
    crs_diags_clear(&d);
    if (!s) return;
    crs_engine *e = crs_engine_new(s, 0, 5, NULL);
    crs_start st;
    crs_diag err;
    crs_start_init(&st);
    CHECK_INT(crs_start_node(s, "town", &st, &err), 0);
    CHECK_INT(crs_start_set(s, "months=700", &st, &err), -1);
    CHECK_STR(err.message, "--set: variable \"months\" runs from 0 to 600; 700 is outside it");
    CHECK_INT(crs_start_set(s, "months=4", &st, &err), 0);
    CHECK_INT(crs_start_set(s, "months=5", &st, &err), 0); /* the last value counts */
    CHECK_INT(st.nset, 1);
    CHECK_INT(crs_start_apply(&st, e, &err), 0);
    int town = crs_scenario_node(s, "town"), months = crs_scenario_var(s, "months");
    CHECK(crs_engine_placed(e));
    CHECK_INT(crs_engine_node(e), town);
    CHECK_INT(crs_engine_vars(e)[months], 5);
    CHECK_INT(crs_engine_choose_outcome(e, 1, -1, NULL, NULL), 0); /* train (months > 3) */
    crs_engine *c = crs_engine_clone(e);
    crs_engine_reset(c);
    CHECK_INT(crs_engine_node(c), town);
    CHECK_INT(crs_engine_vars(c)[months], 5);
    char code[CRS_CODE_MAX];
    CHECK_INT(crs_code_encode(e, code, sizeof code, NULL), -1);
    crs_buf b = {0};
    CHECK_INT(crs_transcript_text(e, 0, &b), 0);
    CHECK_CONTAINS(crs_buf_str(&b), "Test start: node \"town\"");
    CHECK_CONTAINS(crs_buf_str(&b), "2) Take the train");
    crs_buf_free(&b);
    crs_engine_free(c);
    crs_engine_free(e);
    crs_scenario_free(s);
}

int main(void)
{
    (void)expect_diag;
    (void)mutate;
    static const check_case cases[] = {{"placed_start_holds", placed_start_holds}};
    return check_run("start", cases, sizeof cases / sizeof cases[0]);
}
