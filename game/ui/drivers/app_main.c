/* The command line of the game window and its main loop: parse options, create the app, step
 * it until it quits. Exit status: 0, 1 when a script expectation failed, 2 on bad options or
 * missing fonts or assets. */
#include "facilitator/facil.h"
#include "kiosk/kiosk.h"
#include "shell/ui.h"
#include "crossings/terms.h"

#include "crossings/start.h"
#include "drivers/web.h"

#include <locale.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const char usage[] =
    "Usage: crossings [OPTIONS]\n"
    "Opens the game window.\n\n"
    "  --lang CODE             interface and scenario language: en (default), ko, or any\n"
    "                          catalogue in the data's locale/ (crossings i18n-status)\n"
    "  --scenario FILE         play this scenario file (repeatable); default: every\n"
    "                          scenarios/*.json in the data folder\n"
    "  --fullscreen            fill the screen (default: a window)\n"
    "  --size WxH              window size (default 1280x720)\n"
    "  --renderer MODE         auto|software|accelerated (auto: software unless the\n"
    "                          environment sets CROSSINGS_RENDERER=accelerated)\n"
    "  --text-size 1|2|3       text size step\n"
    "  --high-contrast         high-contrast theme\n"
    "  --reduced-motion        no fades or path animation\n"
    "  --summaries             short summaries instead of passages with content tags\n"
    "  --hide-random-shares    looking back without the shares of simulated play in\n"
    "                          which every choice is random (also in facilitator settings)\n"
    "  --seed N                seed of the outcome draws (default: from the clock)\n"
    "  --idle-reset SECONDS    back to the title after this long without input (kiosks)\n"
    "  --screenshot-dir DIR    where F12 saves PNG screenshots (default .)\n"
    "  --script FILE           feed timed actions from FILE (automation, smoke tests)\n"
    "  --text-mirror FILE      write each screen's text and buttons to FILE as plain\n"
    "                          text for screen readers ('-': standard output)\n"
    "  --read-aloud            read screens aloud (needs libespeak-ng1); key V reads now\n"
    "  --others-log FILE       show how other visitors chose, from this analytics log\n"
    "  --others-threshold N    ... once N sessions reached that point (default 20)\n"
    "  --settled-term TERM     the Korean word shown for {탈북민}: the social term for North\n"
    "                          Koreans settled in South Korea (default 탈북민; e.g. 북향민)\n"
    "  --kiosk                 museum kiosk mode: full screen, touch, attract loop,\n"
    "                          idle reset, hidden staff exit (see docs/KIOSK.md)\n"
    "  --config FILE           kiosk configuration (default /etc/crossings/kiosk.json)\n"
    "  --allow-driver NAME     kiosk: accept this SDL video driver too (testing only)\n"
    "  --watch FILE            play FILE and reload it whenever it is saved, keeping the\n"
    "                          choices made; a broken save shows its errors over the\n"
    "                          last good version\n"
    "  --start NODE            journeys begin at this node of the --scenario file\n"
    "  --set VAR=VALUE         ... with this value of a variable (repeatable)\n"
    "  --facilitator           workshop mode: stage list (J), step back (B), notes (N),\n"
    "                          group vote (V), export (E), seed (R); large text\n"
    "  --export-dir DIR        where facilitator exports are written (default .)\n"
    "  --notes-window          facilitator mode with the notes in a second window (W)\n"
    "  --help-gui              this text\n";

static int bad(const char *fmt, const char *arg)
{
    fprintf(stderr, "crossings: ");
    fprintf(stderr, fmt, arg);
    fprintf(stderr, "\n(try 'crossings --help-gui')\n");
    return 2;
}

static int parse_size(const char *s, int *w, int *h)
{
    char *end;
    long a = strtol(s, &end, 10);
    if (*end != 'x' && *end != 'X') return -1;
    long b = strtol(end + 1, &end, 10);
    if (*end || a < 320 || b < 240 || a > 16384 || b > 16384) return -1;
    *w = (int)a;
    *h = (int)b;
    return 0;
}

/* Options that take a value; returns 0, or an exit status. */
/* Each mode's options (crs_app_opts.kiosk and .facil point here once the mode is asked for). */
static crs_kiosk_opts kiosk_opts;
static crs_facil_opts facil_opts;
/* --set VAR=VALUE options, in order (crs_app_opts.start_sets points here). */
static const char *start_sets[CRS_LIMIT_VARS];

static int value_opt(crs_app_opts *o, const char *name, const char *v, const char **files,
                     int *nfiles)
{
    if (!strcmp(name, "--config")) {
        kiosk_opts.config_path = v;
    } else if (!strcmp(name, "--allow-driver")) {
        kiosk_opts.allow_driver = v;
    } else if (!strcmp(name, "--lang")) {
        if (!crs_msg_lang_valid(v)) return bad("unknown language '%s'", v);
        o->lang = v;
    } else if (!strcmp(name, "--scenario")) {
        if (*nfiles >= 64) return bad("too many scenario files (%s)", v);
        files[(*nfiles)++] = v;
    } else if (!strcmp(name, "--size")) {
        if (parse_size(v, &o->width, &o->height)) return bad("bad size '%s' (use WxH)", v);
    } else if (!strcmp(name, "--renderer")) {
        if (!strcmp(v, "auto"))
            o->render = CRS_RENDER_AUTO;
        else if (!strcmp(v, "software"))
            o->render = CRS_RENDER_SOFTWARE;
        else if (!strcmp(v, "accelerated"))
            o->render = CRS_RENDER_ACCELERATED;
        else
            return bad("unknown renderer '%s'", v);
    } else if (!strcmp(name, "--text-size")) {
        if (strlen(v) != 1 || v[0] < '1' || v[0] > '3') return bad("text size '%s': 1-3", v);
        o->text_step = v[0] - '1';
        o->text_step_set = 1;
    } else if (!strcmp(name, "--seed")) {
        char *end;
        o->seed = strtoull(v, &end, 10);
        if (*end || !*v) return bad("bad seed '%s'", v);
    } else if (!strcmp(name, "--idle-reset")) {
        char *end;
        long secs = strtol(v, &end, 10);
        if (*end || !*v || secs < 0 || secs > 86400) return bad("bad idle time '%s'", v);
        o->idle_reset = (int)secs;
    } else if (!strcmp(name, "--screenshot-dir")) {
        o->screenshot_dir = v;
    } else if (!strcmp(name, "--script")) {
        o->script = v;
    } else if (!strcmp(name, "--text-mirror")) {
        o->access.text_mirror = v;
    } else if (!strcmp(name, "--others-log")) {
        o->access.others_log = v;
    } else if (!strcmp(name, "--others-threshold")) {
        char *end;
        long t = strtol(v, &end, 10);
        if (*end || !*v || t < 1 || t > 1000000) return bad("bad threshold '%s'", v);
        o->access.others_threshold = (int)t;
    } else if (!strcmp(name, "--export-dir")) {
        facil_opts.export_dir = v;
    } else if (!strcmp(name, "--settled-term")) {
        if (!crs_term_ok(v)) return bad("bad term '%s' (a word, no braces)", v);
        o->settled_term = v;
    } else if (!strcmp(name, "--watch")) {
        if (*nfiles >= 64) return bad("too many scenario files (%s)", v);
        files[(*nfiles)++] = o->watch = v;
    } else if (!strcmp(name, "--start")) {
        o->start_node = v;
    } else if (!strcmp(name, "--set")) {
        if (o->nstart_sets >= CRS_LIMIT_VARS) return bad("too many --set options (%s)", v);
        start_sets[o->nstart_sets++] = v;
        o->start_sets = start_sets;
    } else {
        return bad("unknown option '%s'", name);
    }
    return 0;
}

static int parse(int argc, char **argv, crs_app_opts *o, const char **files, int *nfiles)
{
    for (int i = 1; i < argc; i++) {
        const char *s = argv[i];
        if (!strcmp(s, "--help") || !strcmp(s, "--help-gui") || !strcmp(s, "-h")) {
            fputs(usage, stdout);
            return -1;
        }
        if (!strcmp(s, "--fullscreen"))
            o->fullscreen = 1;
        else if (!strcmp(s, "--high-contrast"))
            o->high_contrast = 1;
        else if (!strcmp(s, "--reduced-motion"))
            o->reduced_motion = 1;
        else if (!strcmp(s, "--summaries"))
            o->summaries = 1;
        else if (!strcmp(s, "--hide-random-shares"))
            o->hide_random_shares = 1;
        else if (!strcmp(s, "--read-aloud"))
            o->access.read_aloud = 1;
        else if (!strcmp(s, "--kiosk"))
            o->kiosk = &kiosk_opts;
        else if (!strcmp(s, "--facilitator"))
            o->facil = &facil_opts;
        else if (!strcmp(s, "--notes-window")) {
            facil_opts.notes_window = 1;
            o->facil = &facil_opts;
        } else if (strncmp(s, "--", 2) != 0)
            return bad("unknown command '%s'", s);
        else if (i + 1 >= argc)
            return bad("option '%s' needs a value", s);
        else {
            int rc = value_opt(o, s, argv[i + 1], files, nfiles);
            if (rc) return rc;
            i++;
        }
    }
    return 0;
}

/* --start and --set name things in one scenario: check them against it before any window
 * opens, with the same messages as `crossings run`. Returns 0, or 2. */
static int check_start(const crs_app_opts *o, const char **files, int nfiles)
{
    if (nfiles != 1) return bad("--start and --set need exactly one --scenario FILE%s", "");
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(files[0], &d);
    crs_diags_clear(&d);
    if (!s) return 0; /* the game shows the file's own errors */
    crs_start st;
    crs_diag err;
    crs_start_init(&st);
    int bad_start = o->start_node && crs_start_node(s, o->start_node, &st, &err) != 0;
    for (int i = 0; i < o->nstart_sets && !bad_start; i++)
        bad_start = crs_start_set(s, o->start_sets[i], &st, &err) != 0;
    crs_scenario_free(s);
    return bad_start ? bad("%s", err.message) : 0;
}

int crs_app_main(int argc, char **argv)
{
    crs_app_opts o;
    const char *files[64];
    int nfiles = 0;
    memset(&o, 0, sizeof o);
    setlocale(LC_NUMERIC, "C"); /* scenario numbers are parsed in the C locale */
    int rc = parse(argc, argv, &o, files, &nfiles);
    if (rc) return rc < 0 ? 0 : rc;
    if (!o.kiosk && (kiosk_opts.config_path || kiosk_opts.allow_driver))
        return bad("%s needs --kiosk", kiosk_opts.config_path ? "--config" : "--allow-driver");
    if (o.facil && !o.text_step_set) o.text_step = 1; /* projected: large by default */
    if ((o.start_node || o.nstart_sets) && (rc = check_start(&o, files, nfiles)) != 0) return rc;
    o.files = files;
    o.nfiles = nfiles;
#ifdef __EMSCRIPTEN__
    crs_web_init(&o);
#endif
    char err[512] = "";
    int status = 0;
    crs_app *a = crs_app_new(&o, err, sizeof err, &status);
    if (!a) {
        fprintf(stderr, "crossings: %s\n", err);
        SDL_Quit();
        return status;
    }
#ifdef __EMSCRIPTEN__
    crs_web_run(a); /* the browser steps the app from here on */
#endif
    while (crs_app_step(a, -1)) {
    }
    status = crs_app_status(a);
    crs_app_free(a);
    SDL_Quit();
    return status;
}
