/* Kiosk mode driven through the real loop on an offscreen surface with a mocked clock: idle
 * prompt and reset at the configured times, quit keys ignored, the staff exit (gesture + PIN),
 * broken scenarios skipped, the out-of-order retry, one log line per session, the video driver
 * check, and screenshots of the kiosk's own screens (the soak is test_kiosk_soak.c). */
#include "kiosk_harness.h"

static crs_scenario *scen[1] = {&fx_scenario};

/* ===== idle ===== */

static void idle_prompt_then_reset(void)
{
    crs_kiosk_config c;
    base_config(&c);
    c.idle_seconds = 90;
    c.prompt_seconds = 20;
    c.text_size = 1;
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    CHECK_STR(screen(&h), "attract");
    CHECK_STR(crs_app_lang(h.app), "ko");
    int w, hh;
    uint8_t *fresh = crs_app_read_rgb(h.app, &w, &hh);
    start_journey(&h);
    /* the visitor switches to English, high contrast and the largest text */
    CHECK(switch_lang(&h, "en"));
    key(&h, SDLK_s);
    CHECK(click_button(&h, 31, 1));
    CHECK(click_button(&h, 22, 1));
    CHECK(click_button(&h, 1, 1)); /* Close */
    CHECK_STR(screen(&h), "node");
    wait_ms(&h, 89000);
    CHECK_STR(screen(&h), "node");
    wait_ms(&h, 1000);
    CHECK_STR(screen(&h), "still-there");
    CHECK(crs_app_engine(h.app) != NULL);
    /* Continue: back where the visitor was, journey intact. */
    CHECK(click_button(&h, 40, 1));
    CHECK_STR(screen(&h), "node");
    CHECK(crs_app_engine(h.app) != NULL);
    wait_ms(&h, 90000);
    CHECK_STR(screen(&h), "still-there");
    /* The countdown moves on each second. */
    uint8_t *before = crs_app_read_rgb(h.app, &w, &hh);
    wait_ms(&h, 1000);
    uint8_t *after = crs_app_read_rgb(h.app, &w, &hh);
    CHECK(before && after && memcmp(before, after, (size_t)w * (size_t)hh * 3) != 0);
    free(before);
    free(after);
    wait_ms(&h, 18000);
    CHECK_STR(screen(&h), "still-there");
    wait_ms(&h, 1000);
    CHECK_STR(screen(&h), "attract");
    CHECK(crs_app_engine(h.app) == NULL);
    CHECK_STR(crs_app_lang(h.app), "ko"); /* the config's language again */
    /* ... and its text size and contrast: the attract screen looks as it did at the start. */
    uint8_t *again = crs_app_read_rgb(h.app, &w, &hh);
    CHECK(fresh && again && memcmp(fresh, again, (size_t)w * (size_t)hh * 3) == 0);
    free(fresh);
    free(again);
    /* The attract loop itself never prompts. */
    wait_ms(&h, 600000);
    CHECK_STR(screen(&h), "attract");
    harness_close(&h);
}

static void make_data_dir(char *dir, size_t cap, int with_good);

/* The attract loop animates only while a route draws itself; resting, with reduced motion and on
 * other screens the loop draws nothing. */
static void attract_animates_only_while_drawing(void)
{
    char dir[400];
    make_data_dir(dir, sizeof dir, 1);
    crs_kiosk_config c;
    base_config(&c);
    c.nscenarios = 1;
    strcpy(c.scenarios[0].file, "tumen-1998.json");
    harness h;
    if (kiosk_open(&h, 640, 480, &c, dir, 0)) return;
    CHECK_STR(screen(&h), "attract");
    wait_ms(&h, 1000);
    CHECK(crs_app_animating(h.app));
    unsigned long f0 = crs_app_frames_drawn(h.app);
    wait_ms(&h, 16);
    wait_ms(&h, 16);
    CHECK(crs_app_frames_drawn(h.app) > f0); /* new frames while the route draws */
    wait_ms(&h, 9000);                       /* 10 s in: resting */
    CHECK(!crs_app_animating(h.app));
    f0 = crs_app_frames_drawn(h.app);
    wait_ms(&h, 1000);
    wait_ms(&h, 1000);
    CHECK_INT(crs_app_frames_drawn(h.app), f0);
    wait_ms(&h, 3000); /* the next route */
    CHECK(crs_app_animating(h.app));
    tap_at(&h, 320, 240);
    CHECK_STR(screen(&h), "title");
    for (int i = 0; i < 4; i++) wait_ms(&h, 100); /* the title's fade-in */
    CHECK(!crs_app_animating(h.app));
    harness_close(&h);
    c.reduced_motion = 1;
    if (kiosk_open(&h, 640, 480, &c, dir, 0)) return;
    wait_ms(&h, 1000);
    CHECK(!crs_app_animating(h.app));
    harness_close(&h);
}

/* A config's persona list: only those personas are offered. */
static void only_configured_personas(void)
{
    crs_kiosk_config c;
    base_config(&c);
    c.nscenarios = 1;
    strcpy(c.scenarios[0].file, "fixture.json");
    c.scenarios[0].npersonas = 1;
    strcpy(c.scenarios[0].personas[0], "chul");
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    tap_at(&h, 640, 360);
    key(&h, SDLK_RETURN);
    CHECK(click_button(&h, 100, 1));
    int x, y;
    CHECK(!crs_app_button_pos(h.app, 400, &x, &y)); /* Young-ok is not offered */
    CHECK(click_button(&h, 401, 1));                /* Chul is */
    CHECK_STR(screen(&h), "stage");
    harness_close(&h);
}

/* ===== quit keys ===== */

static void push_key(SDL_Keycode k, Uint16 mod)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.keysym.sym = k;
    ev.key.keysym.mod = mod;
    SDL_PushEvent(&ev);
}

static void quit_keys_ignored(void)
{
    crs_kiosk_config c;
    base_config(&c);
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    start_journey(&h);
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_QUIT;
    SDL_PushEvent(&ev);
    push_key(SDLK_ESCAPE, 0);
    push_key(SDLK_F4, KMOD_LALT);
    push_key(SDLK_q, KMOD_LCTRL);
    push_key(SDLK_TAB, KMOD_LALT);
    for (int i = 0; i < 4; i++) CHECK(crs_app_step(h.app, 0));
    CHECK_STR(screen(&h), "node"); /* Esc did not even open the pause panel */
    CHECK(crs_app_engine(h.app) != NULL);
    /* The same on the attract screen. */
    wait_ms(&h, 90000);
    wait_ms(&h, 20000);
    CHECK_STR(screen(&h), "attract");
    SDL_PushEvent(&ev);
    CHECK(crs_app_step(h.app, 0));
    CHECK_STR(screen(&h), "attract");
    harness_close(&h);
}

/* Quit keys are logged (docs/KIOSK.md says so), with the key, but a storm of them makes a few
 * lines, not thousands. */
static void quit_keys_are_logged(void)
{
    crs_kiosk_config c;
    base_config(&c);
    harness h;
    if (kiosk_open(&h, 640, 480, &c, NULL, 1)) return;
    char log[600];
    path_in_tmp(log, sizeof log, "kiosk.log");
    long before = count_lines(log, "quit key");
    if (before < 0) before = 0;
    push_key(SDLK_F4, KMOD_LALT);
    CHECK(crs_app_step(h.app, 0));
    CHECK(count_lines(log, "quit key Alt+F4 ignored") == 1);
    wait_ms(&h, 20000);
    for (int i = 0; i < 2000; i++) {
        push_key(SDLK_ESCAPE, 0);
        if (i % 100 == 99) CHECK(crs_app_step(h.app, 0));
    }
    CHECK(crs_app_step(h.app, 0));
    long after = count_lines(log, "quit key");
    CHECK(after - before >= 2 && after - before <= 4);
    CHECK(count_lines(log, "quit key Escape ignored") >= 1);
    CHECK_STR(screen(&h), "attract");
    harness_close(&h);
}

/* ===== the staff exit ===== */

static void finger_at(harness *h, Uint32 type, int x, int y)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = type;
    ev.tfinger.x = (float)x / (float)h->surf->w;
    ev.tfinger.y = (float)y / (float)h->surf->h;
    SDL_PushEvent(&ev);
    pump(h);
}

static void long_press(harness *h)
{
    finger_at(h, SDL_FINGERDOWN, 12, 12);
    wait_ms(h, 2900);
    CHECK(strcmp(screen(h), "pin") != 0); /* not yet */
    wait_ms(h, 100);
    finger_at(h, SDL_FINGERUP, 12, 12);
}

static void type_pin(harness *h, const char *pin)
{
    for (const char *p = pin; *p; p++) CHECK(click_button(h, 10 + (*p - '0'), 1));
    CHECK(click_button(h, 31, 1)); /* OK */
}

static void exit_gesture_and_pin(void)
{
    crs_kiosk_config c;
    base_config(&c);
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    start_journey(&h);
    int node = crs_engine_node(crs_app_engine(h.app));
    /* A short press in the corner, or one that slides away, does nothing. */
    finger_at(&h, SDL_FINGERDOWN, 12, 12);
    wait_ms(&h, 1000);
    finger_at(&h, SDL_FINGERMOTION, 400, 400);
    wait_ms(&h, 3000);
    finger_at(&h, SDL_FINGERUP, 400, 400);
    CHECK_STR(screen(&h), "node");
    long_press(&h);
    CHECK_STR(screen(&h), "pin");
    type_pin(&h, "1357");
    CHECK_STR(screen(&h), "node"); /* a wrong PIN: back where the visitor was */
    CHECK_INT(crs_engine_node(crs_app_engine(h.app)), node);
    CHECK(crs_app_step(h.app, 0));
    /* Three wrong PINs lock the pad; the right one is refused until the lockout ends. */
    long_press(&h);
    type_pin(&h, "0000");
    long_press(&h);
    type_pin(&h, "1111");
    long_press(&h);
    CHECK_STR(screen(&h), "node"); /* locked: the gesture opens nothing */
    wait_ms(&h, 30000);
    long_press(&h);
    CHECK_STR(screen(&h), "pin");
    type_pin(&h, "2468");
    CHECK(!crs_app_step(h.app, 0)); /* the loop ends */
    harness_close(&h);
}

/* A staff keyboard: every digit key, 0 included, types; Return presses OK (not the focused
 * digit). */
static void pin_keyboard(void)
{
    crs_kiosk_config c;
    base_config(&c);
    strcpy(c.pin, "1040");
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    start_journey(&h);
    long_press(&h);
    CHECK_STR(screen(&h), "pin");
    key(&h, SDLK_1);
    key(&h, SDLK_0);
    key(&h, SDLK_KP_4);
    key(&h, SDLK_KP_0);
    CHECK_INT(h.app->kiosk->pin_len, 4);
    CHECK_STR(screen(&h), "pin");
    key(&h, SDLK_RETURN);
    CHECK_INT(h.app->kiosk->pin_len, 0);
    CHECK(!crs_app_step(h.app, 0)); /* the right PIN: the loop ends */
    harness_close(&h);
}

/* ===== scenarios that fail ===== */

/* A data folder in tmp: assets linked, scenarios/ holding links to the good ones and a broken
 * file. */
static void make_data_dir(char *dir, size_t cap, int with_good)
{
    char p[600], q[600];
    snprintf(dir, cap, "%s/data%d", tmpdir, with_good);
    mkdir(dir, 0755);
    snprintf(p, sizeof p, "%s/assets", dir);
    (void)symlink(CRS_SOURCE_DIR "/assets", p);
    snprintf(p, sizeof p, "%s/scenarios", dir);
    mkdir(p, 0755);
    snprintf(p, sizeof p, "%s/scenarios/broken.json", dir);
    FILE *f = fopen(p, "w");
    if (f) {
        fputs("{ \"format\": \"crossings-scenario/1\", \"id\": \n", f);
        fclose(f);
    }
    if (!with_good) return;
    static const char *const good[2] = {"tumen-1998.json", "closing-border-2010s.json"};
    for (int i = 0; i < 2; i++) {
        snprintf(p, sizeof p, "%s/scenarios/%s", dir, good[i]);
        snprintf(q, sizeof q, "%s/scenarios/%s", CRS_SOURCE_DIR, good[i]);
        (void)symlink(q, p);
    }
}

static void broken_scenario_skipped(void)
{
    char dir[400], log[600];
    make_data_dir(dir, sizeof dir, 1);
    crs_kiosk_config c;
    base_config(&c);
    c.nscenarios = 3;
    strcpy(c.scenarios[0].file, "broken.json");
    strcpy(c.scenarios[1].file, "tumen-1998.json");
    /* A scenario none of whose listed personas exists is left out too. */
    strcpy(c.scenarios[2].file, "closing-border-2010s.json");
    c.scenarios[2].npersonas = 1;
    strcpy(c.scenarios[2].personas[0], "nobody");
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, dir, 1)) return;
    CHECK_STR(screen(&h), "attract");
    tap_at(&h, 640, 360);
    key(&h, SDLK_RETURN); /* Begin */
    CHECK_STR(screen(&h), "select");
    /* Only the good scenario is listed: the first button opens its personas. */
    CHECK(click_button(&h, 100, 1));
    CHECK(!click_button(&h, 101, 1));
    CHECK(click_button(&h, 400, 1));
    CHECK_STR(screen(&h), "stage");
    path_in_tmp(log, sizeof log, "kiosk.log");
    CHECK(count_lines(log, "broken.json: cannot be loaded") >= 1);
    CHECK(count_lines(log, "broken.json:2:1: error") >= 1);
    CHECK(count_lines(log, "closing-border-2010s.json: none of the configured personas") >= 1);
    harness_close(&h);
}

static void none_loads_out_of_order_then_retry(void)
{
    char dir[400], p[600], q[600];
    make_data_dir(dir, sizeof dir, 0);
    crs_kiosk_config c;
    base_config(&c);
    c.nscenarios = 2;
    strcpy(c.scenarios[0].file, "broken.json");
    strcpy(c.scenarios[1].file, "tumen-1998.json"); /* not there yet */
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, dir, 1)) return;
    CHECK_STR(screen(&h), "out-of-order");
    tap_at(&h, 640, 360);
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_QUIT;
    SDL_PushEvent(&ev);
    CHECK(crs_app_step(h.app, 0));
    CHECK_STR(screen(&h), "out-of-order");
    wait_ms(&h, 59000);
    CHECK_STR(screen(&h), "out-of-order");
    /* Someone puts the file back; the next retry finds it. */
    snprintf(p, sizeof p, "%s/scenarios/tumen-1998.json", dir);
    snprintf(q, sizeof q, "%s/scenarios/tumen-1998.json", CRS_SOURCE_DIR);
    CHECK_INT(symlink(q, p), 0);
    wait_ms(&h, 1000);
    CHECK_STR(screen(&h), "attract");
    harness_close(&h);
}

/* ===== analytics ===== */

static void one_log_line_per_session(void)
{
    char log[600];
    path_in_tmp(log, sizeof log, "sessions.jsonl");
    unlink(log);
    crs_kiosk_config c;
    base_config(&c);
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    /* A finished session: play to the ending, 7 s per screen, then back to the start. */
    start_journey(&h);
    for (int i = 0; i < 14 && strcmp(screen(&h), "debrief"); i++) {
        now_ms += 7000;
        key(&h, strcmp(screen(&h), "node") ? SDLK_RETURN : SDLK_1);
    }
    CHECK_STR(screen(&h), "debrief");
    key(&h, SDLK_END);
    key(&h, SDLK_RETURN); /* Back to the start */
    CHECK_STR(screen(&h), "title");
    CHECK_INT(count_lines(log, NULL), 1);
    CHECK_INT(count_lines(log, "\"kiosk\":\"test-kiosk\""), 1);
    CHECK_INT(count_lines(log, "\"ending_kind\":"), 1);
    CHECK_INT(count_lines(log, "\"abandoned\":null"), 1);
    CHECK_INT(count_lines(log, "\"seconds\":7}"), 1); /* per-step times */
    /* An abandoned one: a choice, then nobody answers the prompt. */
    wait_ms(&h, 90000);
    wait_ms(&h, 20000);
    start_journey(&h);
    key(&h, SDLK_2);
    wait_ms(&h, 90000);
    wait_ms(&h, 20000);
    CHECK_STR(screen(&h), "attract");
    CHECK_INT(count_lines(log, NULL), 2);
    CHECK_INT(count_lines(log, "\"abandoned\":\"river\""), 1);
    CHECK_INT(crs_kiosk_sessions_logged(h.app), 2);
    harness_close(&h);
    /* Analytics off: nothing written. */
    unlink(log);
    c.analytics = 0;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    start_journey(&h);
    wait_ms(&h, 90000);
    wait_ms(&h, 20000);
    CHECK_STR(screen(&h), "attract");
    CHECK_INT(count_lines(log, NULL), -1);
    harness_close(&h);
}

static void unwritable_log_never_stops_play(void)
{
    crs_kiosk_config c;
    base_config(&c);
    strcpy(c.log_dir, "/nonexistent-crossings-dir/sub");
    harness h;
    if (kiosk_open(&h, 1280, 720, &c, NULL, 1)) return;
    for (int i = 0; i < 3; i++) {
        start_journey(&h);
        wait_ms(&h, 90000);
        wait_ms(&h, 20000);
        CHECK_STR(screen(&h), "attract");
    }
    CHECK_INT(crs_kiosk_sessions_logged(h.app), 0);
    harness_close(&h);
}

/* ===== the video driver ===== */

static void refuses_offscreen_driver(void)
{
    crs_kiosk_config c;
    base_config(&c);
    crs_kiosk_opts ko;
    memset(&ko, 0, sizeof ko);
    ko.config = &c;
    crs_app_opts o;
    memset(&o, 0, sizeof o);
    o.data_dir = CRS_SOURCE_DIR;
    o.preloaded = scen;
    o.npreloaded = 1;
    o.kiosk = &ko;
    o.render = CRS_RENDER_SOFTWARE;
    char err[512] = "";
    int status = 0;
    crs_app *a = crs_app_new(&o, err, sizeof err, &status);
    CHECK(a == NULL);
    CHECK_INT(status, 2);
    CHECK_CONTAINS(err, "\"offscreen\" video driver");
    crs_app_free(a);
    /* The explicit test override lets it run: full screen, on the attract loop. */
    ko.allow_driver = "offscreen";
    a = crs_app_new(&o, err, sizeof err, &status);
    CHECK(a != NULL);
    if (!a) return;
    CHECK_STR(crs_app_screen_name(a), "attract");
    crs_app_free(a);
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
}

/* Outside kiosk mode the same events quit as usual (the filter is the kiosk's alone). */
static void ordinary_game_still_quits(void)
{
    harness h;
    if (harness_open(&h, 640, 480, scen, 1, "en")) return;
    pump(&h); /* the first frame */
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_QUIT;
    SDL_PushEvent(&ev);
    CHECK(!crs_app_step(h.app, 0));
    harness_close(&h);
}

/* Under systemd with Type=notify and WatchdogSec: READY=1 once, then WATCHDOG=1 at half the
 * interval, from the loop itself (a hung loop stops pinging and gets restarted). */
static int recv_all(int fd, char *buf, size_t cap)
{
    size_t n = 0;
    buf[0] = '\0';
    for (;;) {
        ssize_t got = recv(fd, buf + n, cap - n - 1, MSG_DONTWAIT);
        if (got <= 0) break;
        n += (size_t)got;
        buf[n++] = '|';
        if (n + 2 >= cap) break;
    }
    buf[n] = '\0';
    return (int)n;
}

static void watchdog_pings(void)
{
    char sock[600], got[512];
    path_in_tmp(sock, sizeof sock, "notify.sock");
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    struct sockaddr_un sa;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    CHECK(strlen(sock) < sizeof sa.sun_path);
    memcpy(sa.sun_path, sock, strlen(sock) < sizeof sa.sun_path ? strlen(sock) : 0);
    CHECK(fd >= 0 && bind(fd, (const struct sockaddr *)&sa, sizeof sa) == 0);
    setenv("NOTIFY_SOCKET", sock, 1);
    setenv("WATCHDOG_USEC", "10000000", 1); /* WatchdogSec=10 */
    crs_kiosk_config c;
    base_config(&c);
    harness h;
    static crs_kiosk_opts ko;
    memset(&ko, 0, sizeof ko);
    ko.config = &c;
    crs_app_opts o = {.seed = 7, .reduced_motion = 1, .kiosk = &ko, .clock = fake_clock};
    int ok = harness_open_opts(&h, 640, 480, &o, kiosk_scen, 1, NULL) == 0;
    unsetenv("NOTIFY_SOCKET");
    unsetenv("WATCHDOG_USEC");
    CHECK(ok);
    if (!ok) {
        close(fd);
        return;
    }
    /* Not ready before anything is on the display ... */
    recv_all(fd, got, sizeof got);
    CHECK_STR(got, "");
    CHECK(crs_app_frames_drawn(h.app) == 0);
    pump(&h);
    /* ... and ready, with the first ping, once the first frame is shown. */
    CHECK(crs_app_frames_drawn(h.app) >= 1);
    recv_all(fd, got, sizeof got);
    CHECK_STR(got, "READY=1|WATCHDOG=1|");
    wait_ms(&h, 4000);
    recv_all(fd, got, sizeof got);
    CHECK_STR(got, ""); /* not yet: every 5 s */
    wait_ms(&h, 1000);
    recv_all(fd, got, sizeof got);
    CHECK_STR(got, "WATCHDOG=1|");
    /* A hung loop (time passes, the loop does not run) sends nothing: systemd's WatchdogSec
     * runs out and it restarts the kiosk. (test_watchdog.sh hangs the real loop.) */
    now_ms += 20000;
    recv_all(fd, got, sizeof got);
    CHECK_STR(got, "");
    harness_close(&h);
    close(fd);
    unlink(sock);
}

/* ===== screenshots ===== */

static void shot(harness *h, const char *name)
{
    char path[600];
    snprintf(path, sizeof path, "kiosk-%s.png", name);
    CHECK_INT(crs_app_screenshot(h->app, path), 0);
}

static void screenshots(void)
{
    static const int sizes[2][2] = {{1920, 1080}, {1080, 1920}};
    char dir[400];
    make_data_dir(dir, sizeof dir, 1);
    for (int s = 0; s < 2; s++)
        for (int ko = 0; ko < 2; ko++) {
            crs_kiosk_config c;
            base_config(&c);
            strcpy(c.lang, ko ? "ko" : "en");
            c.nscenarios = 2;
            strcpy(c.scenarios[0].file, "tumen-1998.json");
            strcpy(c.scenarios[1].file, "closing-border-2010s.json");
            harness h;
            if (kiosk_open(&h, sizes[s][0], sizes[s][1], &c, dir, 0)) return;
            char name[64];
            const char *tag = s ? "portrait" : "landscape", *lang = ko ? "ko" : "en";
            wait_ms(&h, 6000); /* partway along the route */
            snprintf(name, sizeof name, "attract-%s-%s", tag, lang);
            shot(&h, name);
            start_journey(&h);
            wait_ms(&h, 90000);
            wait_ms(&h, 5000);
            snprintf(name, sizeof name, "still-%s-%s", tag, lang);
            shot(&h, name);
            CHECK(click_button(&h, 40, 1));
            long_press(&h);
            CHECK(click_button(&h, 12, 1));
            CHECK(click_button(&h, 14, 1));
            wait_ms(&h, 500); /* after the fade */
            snprintf(name, sizeof name, "pin-%s-%s", tag, lang);
            shot(&h, name);
            harness_close(&h);
        }
    /* Nothing loads: the calm out-of-order page. */
    make_data_dir(dir, sizeof dir, 0);
    crs_kiosk_config c;
    base_config(&c);
    c.nscenarios = 1;
    strcpy(c.scenarios[0].file, "broken.json");
    harness h;
    if (kiosk_open(&h, 1920, 1080, &c, dir, 0)) return;
    CHECK_STR(screen(&h), "out-of-order");
    shot(&h, "out-of-order-landscape-ko");
    harness_close(&h);
}

/* With an argument, runs only the case of that name (while working on one screen). */
/* The config's audience profile decides whether tagged passages show their summaries. */
static void audience_sets_summary_default(void)
{
    static const struct {
        crs_audience audience;
        int summaries;
    } cases[] = {
        {CRS_AUDIENCE_GENERAL, 1}, {CRS_AUDIENCE_13_PLUS, 0}, {CRS_AUDIENCE_ADULT_WORKSHOP, 0}};
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        crs_kiosk_config c;
        base_config(&c);
        c.audience = cases[i].audience;
        harness h;
        if (kiosk_open(&h, 640, 480, &c, NULL, 1)) return;
        CHECK_INT(crs_app_showing_summaries(h.app), cases[i].summaries);
        harness_close(&h);
    }
}

int main(int argc, char **argv)
{
    if (kiosk_tmpdir()) return 1;
    static const check_case cases[] = {
        {"idle_prompt_then_reset", idle_prompt_then_reset},
        {"audience_sets_summary_default", audience_sets_summary_default},
        {"attract_animates_only_while_drawing", attract_animates_only_while_drawing},
        {"only_configured_personas", only_configured_personas},
        {"quit_keys_ignored", quit_keys_ignored},
        {"quit_keys_are_logged", quit_keys_are_logged},
        {"exit_gesture_and_pin", exit_gesture_and_pin},
        {"pin_keyboard", pin_keyboard},
        {"broken_scenario_skipped", broken_scenario_skipped},
        {"none_loads_out_of_order_then_retry", none_loads_out_of_order_then_retry},
        {"one_log_line_per_session", one_log_line_per_session},
        {"unwritable_log_never_stops_play", unwritable_log_never_stops_play},
        {"refuses_offscreen_driver", refuses_offscreen_driver},
        {"ordinary_game_still_quits", ordinary_game_still_quits},
        {"watchdog_pings", watchdog_pings},
        {"screenshots", screenshots},
    };
    size_t n = sizeof cases / sizeof cases[0];
    int rc = 0;
    if (argc > 1) {
        for (size_t i = 0; i < n; i++)
            if (!strcmp(cases[i].name, argv[1])) rc = check_run("ui_kiosk", &cases[i], 1);
    } else {
        rc = check_run("ui_kiosk", cases, n);
    }
    kiosk_tmpdir_remove();
    SDL_Quit();
    return rc;
}
