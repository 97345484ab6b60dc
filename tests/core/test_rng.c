/* PCG32 against the reference sequence, bounded draws, and the unit interval. */
#include "check.h"
#include "crossings/rng.h"

static void reference_sequence(void)
{
    /* pcg32_srandom_r(&rng, 42, 54) from the reference implementation's demo. */
    static const uint32_t want[6] = {0xa15c02b7, 0x7b47f409, 0xba1d3330,
                                     0x83d2f293, 0xbfa4784b, 0xcbed606e};
    crs_rng r;
    crs_rng_seed(&r, 42, 54);
    for (int i = 0; i < 6; i++) CHECK_INT(crs_rng_next(&r), want[i]);
}

static void below_is_bounded_and_covers(void)
{
    crs_rng r;
    crs_rng_seed(&r, 7, 1);
    int seen[7] = {0};
    for (int i = 0; i < 7000; i++) {
        uint32_t v = crs_rng_below(&r, 7);
        CHECK(v < 7);
        if (v < 7) seen[v]++;
    }
    for (int i = 0; i < 7; i++) CHECK(seen[i] > 850 && seen[i] < 1150);
    CHECK_INT(crs_rng_below(&r, 0), 0);
}

static void unit_in_range(void)
{
    crs_rng r;
    crs_rng_seed(&r, 1, 2);
    double sum = 0;
    for (int i = 0; i < 10000; i++) {
        double u = crs_rng_unit(&r);
        CHECK(u >= 0.0 && u < 1.0);
        sum += u;
    }
    CHECK(sum / 10000 > 0.48 && sum / 10000 < 0.52);
}

static void same_seed_same_stream(void)
{
    crs_rng a, b, c;
    crs_rng_seed(&a, 99, 3);
    crs_rng_seed(&b, 99, 3);
    crs_rng_seed(&c, 99, 4);
    int differ = 0;
    for (int i = 0; i < 100; i++) {
        uint32_t x = crs_rng_next(&a);
        CHECK_INT(x, crs_rng_next(&b));
        differ += x != crs_rng_next(&c);
    }
    CHECK(differ > 90);
}

int main(void)
{
    static const check_case cases[] = {
        {"reference_sequence", reference_sequence},
        {"below_is_bounded_and_covers", below_is_bounded_and_covers},
        {"unit_in_range", unit_in_range},
        {"same_seed_same_stream", same_seed_same_stream},
    };
    return check_run("rng", cases, sizeof cases / sizeof cases[0]);
}
