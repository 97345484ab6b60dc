/* Session codes: a short code (Crockford base-32 letters and digits in groups of four, with two
 * check characters that catch any one or two wrong characters) that names a scenario version,
 * persona, seed and choices, so a path can be replayed exactly — on the projector, or by `crossings
 * replay CODE`. */
#ifndef CROSSINGS_CODE_H
#define CROSSINGS_CODE_H

#include <stddef.h>
#include "crossings/diag.h"
#include "crossings/engine.h"

#define CRS_CODE_MAX 128 /* bytes for the longest code, with dashes and NUL */

/* Writes e's code into out. Returns 0, or -1 with err filled when the seed is over 32 bits or
 * the path is too long for a code. */
int crs_code_encode(const crs_engine *e, char *out, size_t cap, crs_diag *err);

/* Replays a code on s. Returns a new engine at the end of the coded path (the caller frees
 * it), or NULL with err filled: a typo (check character), a code for another scenario or
 * version, or a path the scenario cannot take. Dashes, spaces and case are ignored; O reads
 * as 0 and I, L as 1. */
crs_engine *crs_code_decode(const crs_scenario *s, const char *code, crs_diag *err);

/* 1 when the code's characters and check character are right, else 0 with err filled. */
int crs_code_valid(const char *code, crs_diag *err);
/* 1 when the code's check character is right and its scenario tag matches s, else 0. */
int crs_code_matches(const crs_scenario *s, const char *code);

#endif
