/* Helpers for the kiosk tests: a mocked clock, a config writing its logs to a private temporary
 * folder, and a kiosk app on an offscreen surface driven through the real loop. */
#ifndef CRS_TEST_UI_KIOSK_HARNESS_H
#define CRS_TEST_UI_KIOSK_HARNESS_H

#include "fixture.h"
#include "harness.h"

#include <dirent.h>
#include <stdint.h>
#include <stdio.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>
#include "kiosk/kiosk.h"

static crs_scenario *kiosk_scen[1] = {&fx_scenario};
static uint64_t now_ms = 1000000;
static char tmpdir[256];

static uint64_t fake_clock(void *ud)
{
    (void)ud;
    return now_ms;
}

/* Advances the mocked clock by ms and lets the loop run. */
static void wait_ms(harness *h, uint64_t ms)
{
    now_ms += ms;
    pump(h);
}

static void base_config(crs_kiosk_config *c)
{
    crs_kiosk_config_default(c);
    strcpy(c->id, "test-kiosk");
    strcpy(c->pin, "2468");
    strcpy(c->lang, "ko");
    c->idle_seconds = 90;
    c->prompt_seconds = 20;
    snprintf(c->log_dir, sizeof c->log_dir, "%s", tmpdir);
}

/* A kiosk app on a w x hh surface: preloaded fixture (data_dir NULL) or files from data_dir. */
static int kiosk_open(harness *h, int w, int hh, const crs_kiosk_config *c, const char *data_dir,
                      int reduced)
{
    static crs_kiosk_opts ko;
    memset(&ko, 0, sizeof ko);
    ko.config = c;
    crs_app_opts o = {.data_dir = data_dir,
                      .seed = 7,
                      .reduced_motion = reduced,
                      .kiosk = &ko,
                      .clock = fake_clock};
    if (harness_open_opts(h, w, hh, &o, data_dir ? NULL : kiosk_scen, 1, NULL)) return -1;
    pump(h);
    return 0;
}

static const char *screen(harness *h)
{
    return crs_app_screen_name(h->app);
}

/* From the attract loop to the first node: touch, Begin, the scenario, a persona, Continue. */
static void start_journey(harness *h)
{
    tap_at(h, h->surf->w / 2, h->surf->h / 2);
    CHECK_STR(screen(h), "title");
    key(h, SDLK_RETURN);
    key(h, SDLK_RETURN);
    key(h, SDLK_RETURN);
    CHECK_STR(screen(h), "stage");
    key(h, SDLK_RETURN);
    CHECK_STR(screen(h), "node");
}

static long count_lines(const char *path, const char *needle)
{
    FILE *f = fopen(path, "r");
    if (!f) return -1;
    char line[8192];
    long n = 0;
    while (fgets(line, sizeof line, f))
        if (!needle || strstr(line, needle)) n++;
    fclose(f);
    return n;
}

static void path_in_tmp(char *out, size_t cap, const char *name)
{
    snprintf(out, cap, "%s/%s", tmpdir, name);
}

/* Makes the private temporary folder; 0 on success. */
static int kiosk_tmpdir(void)
{
    /* Memory-backed when there is one: every session line is fsync'd, 3,000 of them here. */
    struct stat st;
    const char *base = stat("/dev/shm", &st) == 0 && S_ISDIR(st.st_mode) ? "/dev/shm" : "/tmp";
    snprintf(tmpdir, sizeof tmpdir, "%s/crossings-kiosk-test-XXXXXX", base);
    return mkdtemp(tmpdir) ? 0 : -1;
}

/* Removes dir and what the tests put in it (files, links, folders; links are not followed). */
static void remove_tree(const char *dir, int depth)
{
    DIR *d = opendir(dir);
    struct dirent *de;
    char p[1024];
    struct stat st;
    while (d && (de = readdir(d)) != NULL) {
        if (!strcmp(de->d_name, ".") || !strcmp(de->d_name, "..")) continue;
        snprintf(p, sizeof p, "%s/%s", dir, de->d_name);
        if (lstat(p, &st) == 0 && S_ISDIR(st.st_mode) && depth < 4)
            remove_tree(p, depth + 1);
        else
            unlink(p);
    }
    if (d) closedir(d);
    rmdir(dir);
}

/* Leaves nothing behind in the temporary folder. */
static void kiosk_tmpdir_remove(void)
{
    remove_tree(tmpdir, 0);
}

#endif
