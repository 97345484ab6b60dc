/* The kiosk soak: 1,000 short sessions (CRS_SOAK_SESSIONS for more) of the four shipped
 * scenarios through the real loop with a mocked clock (each ends in the idle reset and writes a log
 * line, rotating the log often); resident memory measured from /proc/self/statm after a warm-up and
 * at the end must grow by less than 1 MB. */
#include "kiosk_harness.h"

#include <stdlib.h>

/* ===== soak: memory stays flat ===== */

static long rss_pages(void)
{
    FILE *f = fopen("/proc/self/statm", "r");
    long size = 0, rss = -1;
    if (f) {
        if (fscanf(f, "%ld %ld", &size, &rss) != 2) rss = -1;
        fclose(f);
    }
    return rss;
}

/* One short visit: a choice or two, sometimes to the end, then left to the idle reset. */
static void short_session(harness *h, int i)
{
    if (i % 3 == 0) { /* the full way in, checked */
        start_journey(h);
    } else {
        tap_at(h, h->surf->w / 2, h->surf->h / 2);
        click_button(h, 1, 1); /* Begin */
        key(h, SDLK_RETURN);
        key(h, i % 2 ? SDLK_RETURN : SDLK_DOWN);
    }
    if (i % 2 == 0) key(h, SDLK_RETURN);
    key(h, SDLK_RETURN);
    for (int s = 0; s < i % 3; s++) key(h, strcmp(screen(h), "node") ? SDLK_RETURN : SDLK_1);
    if (i % 7 == 0) key(h, SDLK_l);
    wait_ms(h, 90000);
    wait_ms(h, 20000);
}

static void thousands_of_sessions_flat_memory(void)
{
    char log[600], old[700];
    path_in_tmp(log, sizeof log, "sessions.jsonl");
    snprintf(old, sizeof old, "%s.1", log);
    crs_kiosk_config c;
    base_config(&c);
    c.max_log_bytes = 64 * 1024; /* rotation runs many times too */
    c.files_kept = 2;
    /* The shipped scenarios, read by the kiosk from the source tree as from an install. */
    static const char *const shipped[] = {"tumen-1998.json", "china-years-2000s.json",
                                          "closing-border-2010s.json", "born-in-china.json"};
    c.nscenarios = 4;
    for (int k = 0; k < 4; k++) strcpy(c.scenarios[k].file, shipped[k]);
    harness h;
    if (kiosk_open(&h, 640, 480, &c, CRS_SOURCE_DIR, 1)) return;
    CHECK_INT(h.app->nentries, 4);
    /* CRS_SOAK_SESSIONS=10000 for the long soak recorded in docs/RELIABILITY.md. */
    const char *env = getenv("CRS_SOAK_SESSIONS");
    int warm = 300, total = env && atoi(env) > warm ? atoi(env) : 1000;
    long page = sysconf(_SC_PAGESIZE), before = 0;
    fprintf(stderr, "soak: resident KiB at sessions");
    for (int i = 0; i < total; i++) {
        if (i == warm) before = rss_pages();
        if (i % (total / 10) == 0) fprintf(stderr, " %d: %ld", i, rss_pages() * page / 1024);
        short_session(&h, i);
        if (strcmp(screen(&h), "attract")) {
            fprintf(stderr, "session %d ended on %s\n", i, screen(&h));
            CHECK(0);
            break;
        }
    }
    long after = rss_pages();
    fprintf(stderr, " %d: %ld\n", total, after * page / 1024);
    long growth = (after - before) * page;
    fprintf(stderr,
            "soak: %d sessions, %lu logged, resident %ld KiB after warm-up, %ld KiB at "
            "the end (growth %ld bytes)\n",
            total, crs_kiosk_sessions_logged(h.app), before * page / 1024, after * page / 1024,
            growth);
    CHECK(before > 0 && after > 0);
    CHECK(growth < 1024 * 1024);
    CHECK_INT(crs_kiosk_sessions_logged(h.app), total);
    /* Rotation kept the logs bounded: whole lines in the current and the previous file. */
    CHECK(count_lines(log, "\"kiosk\":\"test-kiosk\"") > 0);
    CHECK(count_lines(old, "\"kiosk\":\"test-kiosk\"") > 100);
    struct stat st;
    CHECK(stat(log, &st) == 0 && st.st_size <= 64 * 1024);
    harness_close(&h);
}

int main(void)
{
    if (kiosk_tmpdir()) return 1;
    static const check_case cases[] = {
        {"thousands_of_sessions_flat_memory", thousands_of_sessions_flat_memory},
    };
    int rc = check_run("ui_kiosk_soak", cases, sizeof cases / sizeof cases[0]);
    kiosk_tmpdir_remove();
    SDL_Quit();
    return rc;
}
