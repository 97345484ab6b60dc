/* Long-run memory with the real content: N headless playthroughs (default 1,000,000) over the
 * shipped scenarios in one process, each a full session as a kiosk would have it: a new engine,
 * random open choices to an ending, the text transcript, the session code encoded and replayed,
 * the analytics record formatted. Resident memory is read from /proc/self/statm after a warm-up
 * (a tenth of the run) and at the end; the growth must stay at or under CRS_SOAK_MAX_KIB
 * (default 256) per million sessions, and that much in all for shorter runs. Usage: soak_headless
 * SCENARIO.json... (N from CRS_SOAK_SESSIONS). */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "crossings/analytics.h"
#include "crossings/code.h"
#include "crossings/engine.h"
#include "crossings/rng.h"
#include "crossings/scenario.h"
#include "crossings/transcript.h"

static long resident_kib(void)
{
    long pages = 0, rss = 0;
    FILE *f = fopen("/proc/self/statm", "r");
    if (!f) return -1;
    if (fscanf(f, "%ld %ld", &pages, &rss) != 2) rss = -1;
    fclose(f);
    return rss < 0 ? -1 : rss * (sysconf(_SC_PAGESIZE) / 1024);
}

/* One session; returns 0, or -1 when something did not round-trip. */
static int session(const crs_scenario *s, long i, crs_rng *pick)
{
    crs_engine *e = crs_engine_new(s, (int)(i % s->npersonas), (uint64_t)i * 2654435761u, NULL);
    if (!e) return -1;
    for (int step = 0; step < 500 && !crs_engine_ended(e); step++) {
        int open[16], n = crs_engine_available(e, open, 16);
        if (n <= 0) break;
        crs_engine_choose(e, open[crs_rng_below(pick, (uint32_t)(n > 16 ? 16 : n))], NULL, NULL);
    }
    crs_buf out = {0};
    int rc = crs_transcript_text(e, (int)(i % s->nlangs), &out);
    char code[CRS_CODE_MAX];
    if (rc == 0 && crs_code_encode(e, code, sizeof code, NULL) == 0) {
        crs_engine *back = crs_code_decode(s, code, NULL);
        if (!back || crs_engine_history_len(back) != crs_engine_history_len(e)) rc = -1;
        crs_engine_free(back);
    }
    crs_session_record r;
    memset(&r, 0, sizeof r);
    crs_session_from_engine(&r, e, (int)(i % s->nlangs));
    r.kiosk = "soak";
    crs_buf line = {0};
    if (crs_session_format(&r, &line) != 0) rc = -1;
    crs_buf_free(&line);
    crs_buf_free(&out);
    crs_engine_free(e);
    return rc;
}

int main(int argc, char **argv)
{
    const char *env = getenv("CRS_SOAK_SESSIONS"), *lim = getenv("CRS_SOAK_MAX_KIB");
    long total = env ? atol(env) : 1000000, warm = total / 10 > 1000 ? total / 10 : 1000;
    double max_kib = lim ? atof(lim) : 256;
    crs_scenario *s[16];
    int ns = 0;
    for (int a = 1; a < argc && ns < 16; a++) {
        crs_diags d = {0};
        if (!(s[ns] = crs_scenario_load_file(argv[a], &d))) {
            fprintf(stderr, "soak: cannot load %s\n", argv[a]);
            return 2;
        }
        crs_diags_clear(&d);
        ns++;
    }
    if (ns == 0 || total <= warm) {
        fprintf(stderr, "usage: CRS_SOAK_SESSIONS=N soak_headless SCENARIO.json...\n");
        return 2;
    }
    crs_rng pick;
    crs_rng_seed(&pick, 2026, 18);
    long bad = 0, after_warm = 0;
    for (long i = 0; i < total; i++) {
        bad += session(s[i % ns], i, &pick) != 0;
        if (i + 1 == warm) after_warm = resident_kib();
    }
    long end = resident_kib();
    double per_million = (double)(end - after_warm) * 1e6 / (double)(total - warm);
    printf("soak: %ld sessions over %d scenarios, %ld failed; resident %ld KiB after %ld "
           "warm-up sessions, %ld KiB at the end: %+.1f KiB per million sessions (limit %.0f)\n",
           total, ns, bad, after_warm, warm, end, per_million, max_kib);
    for (int k = 0; k < ns; k++) crs_scenario_free(s[k]);
    /* The bound is per million sessions, and never less than max_kib in all: a shorter run
     * (the suite's) may not spread one new page of heap over a few thousand sessions. */
    double allowed = max_kib * ((double)total / 1e6 > 1 ? (double)total / 1e6 : 1);
    return bad == 0 && (double)(end - after_warm) <= allowed ? 0 : 1;
}
