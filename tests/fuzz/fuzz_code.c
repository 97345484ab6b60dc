/* Fuzz target: session codes typed by visitors are refused or replayed, never crash. */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/code.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const crs_var vars[1] = {{.id = "m", .type = CRS_VAR_INT, .min = 0, .max = 9}};
static const crs_effect add1[1] = {{.var = 0, .op = CRS_EFF_ADD, .value = 1}};
static const crs_cond some = {.op = CRS_COND_CMP, .var = 0, .cmp = CRS_CMP_GE, .value = 2};
static const crs_outcome outs[2] = {{.id = "a", .weight = {.base = 1}, .next = 0, .ending = -1},
                                    {.id = "b", .weight = {.base = 1}, .next = -1, .ending = 0}};
static const crs_choice cs[3] = {
    {.id = "x", .neffects = 1, .effects = add1, .next = 0, .ending = -1},
    {.id = "y", .noutcomes = 2, .outcomes = outs, .next = -1, .ending = -1},
    {.id = "z", .cond = &some, .next = -1, .ending = 0}};
static const crs_node nodes[1] = {{.id = "n", .nchoices = 3, .choices = cs}};
static const crs_stage stages[1] = {{.id = "s"}};
static const crs_ending endings[1] = {{.id = "e", .stage = -1}};
static const crs_persona personas[1] = {{.id = "p", .start = 0}};
static const crs_scenario scen = {.id = "f",
                                  .version = "1",
                                  .nvars = 1,
                                  .vars = vars,
                                  .npersonas = 1,
                                  .personas = personas,
                                  .nstages = 1,
                                  .stages = stages,
                                  .nnodes = 1,
                                  .nodes = nodes,
                                  .nendings = 1,
                                  .endings = endings};

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    char *code = malloc(size + 1);
    if (!code) return 0;
    memcpy(code, data, size);
    code[size] = '\0';
    crs_diag err;
    crs_engine *e = crs_code_decode(&scen, code, &err);
    if (e) {
        char again[CRS_CODE_MAX];
        if (crs_code_encode(e, again, sizeof again, &err) == 0) {
            crs_engine *d = crs_code_decode(&scen, again, &err);
            if (!d || crs_engine_history_len(d) != crs_engine_history_len(e)) abort();
            crs_engine_free(d);
        }
    }
    crs_engine_free(e);
    free(code);
    return 0;
}
