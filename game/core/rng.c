/* PCG32 XSH-RR: 64-bit state, 32-bit output (M. E. O'Neill, "PCG: A Family of Simple Fast
 * Space-Efficient Statistically Good Algorithms for Random Number Generation", 2014). */
#include "crossings/rng.h"

#define PCG_MULT 6364136223846793005ULL

void crs_rng_seed(crs_rng *r, uint64_t seed, uint64_t stream)
{
    r->state = 0;
    r->inc = (stream << 1u) | 1u; /* the increment must be odd */
    crs_rng_next(r);
    r->state += seed;
    crs_rng_next(r);
}

uint32_t crs_rng_next(crs_rng *r)
{
    uint64_t old = r->state;
    r->state = old * PCG_MULT + r->inc;
    uint32_t xorshifted = (uint32_t)(((old >> 18u) ^ old) >> 27u);
    uint32_t rot = (uint32_t)(old >> 59u);
    return (xorshifted >> rot) | (xorshifted << ((32u - rot) & 31u));
}

uint32_t crs_rng_below(crs_rng *r, uint32_t bound)
{
    if (bound == 0) return 0;
    /* Reject the low values that would make some results more likely than others. */
    uint32_t threshold = (uint32_t)(-bound) % bound;
    for (;;) {
        uint32_t x = crs_rng_next(r);
        if (x >= threshold) return x % bound;
    }
}

double crs_rng_unit(crs_rng *r)
{
    uint64_t hi = crs_rng_next(r) >> 5; /* 27 bits */
    uint64_t lo = crs_rng_next(r) >> 6; /* 26 bits */
    return (double)((hi << 26) | lo) * (1.0 / 9007199254740992.0);
}
