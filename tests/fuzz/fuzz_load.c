/* Fuzz target: the scenario loader and validator must never crash, leak or hang on any bytes,
 * and whatever loads must play, print, export and round-trip its session code without fault. */
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include "crossings/code.h"
#include "crossings/engine.h"
#include "crossings/export.h"
#include "crossings/transcript.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Every writer over the path so far, in every language: they walk texts the fuzzer chose. */
static void write_all(const crs_engine *e, int nlangs)
{
    for (int lang = 0; lang < nlangs; lang++) {
        crs_buf out = {0};
        crs_transcript_text(e, lang, &out);
        crs_transcript_json(e, lang, &out);
        crs_export_markdown(e, lang, "2026-01-01 10:00", &out);
        crs_export_html(e, lang, NULL, &out);
        crs_buf_free(&out);
    }
}

/* A path's code replays to the same number of steps (or the path is too long for a code). */
static void round_trip(const crs_scenario *s, const crs_engine *e)
{
    char code[CRS_CODE_MAX];
    crs_diag err;
    if (crs_code_encode(e, code, sizeof code, &err) != 0) return;
    crs_engine *again = crs_code_decode(s, code, &err);
    if (!again || crs_engine_history_len(again) != crs_engine_history_len(e)) abort();
    crs_engine_free(again);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_buffer("fuzz.json", (const char *)data, size, &d);
    for (int p = 0; s && p < s->npersonas && p < 2; p++) {
        crs_engine *e = crs_engine_new(s, p, size, NULL);
        for (int step = 0; e && step < 64 && !crs_engine_ended(e); step++) {
            int open[16];
            int n = crs_engine_available(e, open, 16);
            if (n <= 0) break;
            crs_engine_choose(e, open[(size_t)step % (size_t)(n > 16 ? 16 : n)], NULL, NULL);
        }
        if (e && p == 0) {
            write_all(e, s->nlangs);
            round_trip(s, e);
        }
        crs_engine_free(e);
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    return 0;
}
