/* Times crs_scenario_load_file (read, parse, build and check every rule) on one file:
 * prints the median and the fastest of R loads in milliseconds (and the median CPU time),
 * and the node count. */
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include "crossings/scenario.h"

/* Wall time, or the CPU time this process used (less sensitive to other load on the machine). */
static double now_ms(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int by_value(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return (x > y) - (x < y);
}

int main(int argc, char **argv)
{
    int reps = argc > 2 ? atoi(argv[2]) : 7;
    if (argc < 2 || reps < 1 || reps > 101) {
        fputs("usage: load_time FILE [REPEATS]\n", stderr);
        return 2;
    }
    double t[101], c[101];
    int nodes = -1;
    for (int r = 0; r < reps; r++) {
        crs_diags d = {0};
        double t0 = now_ms(CLOCK_MONOTONIC), c0 = now_ms(CLOCK_PROCESS_CPUTIME_ID);
        crs_scenario *s = crs_scenario_load_file(argv[1], &d);
        t[r] = now_ms(CLOCK_MONOTONIC) - t0;
        c[r] = now_ms(CLOCK_PROCESS_CPUTIME_ID) - c0;
        if (s) nodes = s->nnodes;
        if (!s && r == 0 && d.count) {
            char line[1024];
            crs_diag_format(&d.items[0], line, sizeof line);
            printf("rejected %s\n", line);
        }
        crs_scenario_free(s);
        crs_diags_clear(&d);
    }
    qsort(t, (size_t)reps, sizeof t[0], by_value);
    qsort(c, (size_t)reps, sizeof c[0], by_value);
    printf("nodes %d median_ms %.2f min_ms %.2f cpu_median_ms %.2f repeats %d\n", nodes,
           t[reps / 2], t[0], c[reps / 2], reps);
    return nodes >= 0 ? 0 : 1;
}
