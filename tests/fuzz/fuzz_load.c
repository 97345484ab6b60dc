/* Fuzz target: the scenario loader and validator must never crash, leak or hang on any bytes,
 * and whatever loads must play without tripping the engine. */
#include <stddef.h>
#include <stdint.h>
#include "crossings/engine.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

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
        crs_engine_free(e);
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    return 0;
}
