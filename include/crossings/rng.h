/* PCG32 (O'Neill, pcg-random.org: XSH-RR 64/32): a small, documented, seedable generator.
 * The only source of randomness in the core; its whole state is this value type. */
#ifndef CROSSINGS_RNG_H
#define CROSSINGS_RNG_H

#include <stdint.h>

typedef struct crs_rng {
    uint64_t state, inc;
} crs_rng;

/* Seeds a generator; stream selects one of 2^63 independent sequences. */
void crs_rng_seed(crs_rng *r, uint64_t seed, uint64_t stream);
uint32_t crs_rng_next(crs_rng *r);
/* Uniform in [0, bound) without modulo bias; bound 0 returns 0. */
uint32_t crs_rng_below(crs_rng *r, uint32_t bound);
/* Uniform double in [0, 1) with 53 random bits. */
double crs_rng_unit(crs_rng *r);

#endif
