/* Allocation-failure loops, as SQLite and Lua keep them: a whole headless playthrough (load a
 * shipped scenario, start, play to an ending, write the transcript, encode and decode the
 * session code) with the Nth allocation failing, for N = 0, 1, 2 ... until the run completes;
 * once with every later allocation failing too, once with only the Nth. Every run must end in a
 * clean out-of-memory error (or, failing once, a right result), with nothing half-done: a
 * failed choice leaves the engine where it was. Leaks are LeakSanitizer's to find (the ASan
 * build runs this test). */
#include "check.h"
#include "read_text.h"

#include "arena.h"
#include "crossings/code.h"
#include "crossings/engine.h"
#include "crossings/scenario.h"
#include "crossings/transcript.h"

enum { RUN_OK, RUN_OOM, RUN_BAD };

static const char *why_bad;

static int bad(const char *why)
{
    why_bad = why;
    return RUN_BAD;
}

/* Plays persona 0, seed 11, always the first open choice. *text gets the transcript (caller
 * frees) when the run completes. */
static int playthrough(const char *file, const char *json, size_t len, char **text)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_buffer(file, json, len, &d);
    int oom_load = d.count == 1 && d.items[0].code == CRS_E_MEMORY;
    crs_diags_clear(&d);
    if (!s) return oom_load ? RUN_OOM : bad("the load failed without a memory error");
    crs_diag err;
    int rc = RUN_OK;
    crs_engine *e = crs_engine_new(s, 0, 11, &err);
    if (!e) {
        crs_scenario_free(s);
        return err.code == CRS_E_MEMORY ? RUN_OOM : bad("engine_new: not a memory error");
    }
    while (!crs_engine_ended(e) && rc == RUN_OK) {
        int open[16];
        if (crs_engine_available(e, open, 16) < 1) rc = bad("no open choice");
        size_t before = crs_engine_history_len(e);
        int node = crs_engine_node(e);
        if (rc == RUN_OK && crs_engine_choose(e, open[0], NULL, &err) != 0) {
            rc = err.code == CRS_E_MEMORY ? RUN_OOM : bad("choose: not a memory error");
            if (crs_engine_history_len(e) != before || crs_engine_node(e) != node)
                rc = bad("a failed choice changed the engine");
        }
    }
    crs_buf out = {0};
    if (rc == RUN_OK) {
        int t = crs_transcript_text(e, 0, &out);
        if (t != 0) rc = out.oom ? RUN_OOM : bad("transcript: not a memory error");
    }
    char code[CRS_CODE_MAX];
    if (rc == RUN_OK && crs_code_encode(e, code, sizeof code, &err) != 0)
        rc = err.code == CRS_E_MEMORY ? RUN_OOM : bad("encode: not a memory error");
    if (rc == RUN_OK) {
        crs_engine *back = crs_code_decode(s, code, &err);
        if (!back)
            rc = err.code == CRS_E_MEMORY ? RUN_OOM : bad("decode: not a memory error");
        else if (crs_engine_history_len(back) != crs_engine_history_len(e))
            rc = bad("decode gave another path");
        crs_engine_free(back);
    }
    if (rc == RUN_OK) {
        *text = malloc(out.len + 1);
        if (*text) memcpy(*text, crs_buf_str(&out), out.len + 1);
    }
    crs_buf_free(&out);
    crs_engine_free(e);
    crs_scenario_free(s);
    return rc;
}

static void loop(const char *file, int once)
{
    size_t len;
    char *json = read_text(file, &len);
    CHECK(json != NULL);
    if (!json) return;
    char *want = NULL;
    CHECK_INT(playthrough(file, json, len, &want), RUN_OK);
    long n, failures = 0;
    int clean = 1;
    for (n = 0; n < 200000; n++) {
        char *got = NULL;
        if (once)
            crs_alloc_fail_once(n);
        else
            crs_alloc_fail_after(n);
        int rc = playthrough(file, json, len, &got);
        int failed = crs_alloc_failed();
        crs_alloc_fail_after(-1);
        if (rc == RUN_BAD || (rc == RUN_OOM && !failed) ||
            (rc == RUN_OK && got && want && strcmp(got, want) != 0 && !failed)) {
            if (clean)
                fprintf(stderr, "%s, allocation %ld (%s): %s\n", file, n, once ? "once" : "forever",
                        rc == RUN_BAD ? why_bad : "a result that differs");
            clean = 0;
        }
        /* Failing once, a run may still finish: then its transcript must be the right one, or
         * say it lost text (out of memory), never be silently short. */
        if (rc == RUN_OK && failed && got && want && strcmp(got, want) != 0) {
            if (clean)
                fprintf(stderr, "%s, allocation %ld: a silently wrong transcript\n", file, n);
            clean = 0;
        }
        failures += rc == RUN_OOM;
        free(got);
        if (!failed) break; /* no allocation was refused: the run is complete */
    }
    CHECK(clean);
    CHECK(n > 20);
    CHECK(n < 200000);
    printf("out-of-memory %s: %ld allocation points in a playthrough of %s, %ld clean errors\n",
           once ? "once" : "forever", n, strrchr(file, '/') + 1, failures);
    free(want);
    free(json);
}

static void fail_forever(void)
{
    loop(CRS_SOURCE_DIR "/scenarios/tumen-1998.json", 0);
}

static void fail_once(void)
{
    loop(CRS_SOURCE_DIR "/scenarios/tumen-1998.json", 1);
}

int main(void)
{
    static const check_case cases[] = {
        {"fail_forever", fail_forever},
        {"fail_once", fail_once},
    };
    return check_run("oom", cases, sizeof cases / sizeof cases[0]);
}
