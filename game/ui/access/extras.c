/* The hooks behind extras.h: the text mirror and self-voicing after each frame, the pause and
 * speak keys, and the settings rows of these features. Session
 * codes live in screen_code.c, the pause panel in screen_pause.c. */
#include "access/extras.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "kiosk/kiosk.h"
#include "access/mirror.h"
#include "drivers/web.h"

enum { ID_VOICE = 72, ID_RATE = 74, ID_BILINGUAL = 80 };

static const int rates[3] = {130, 175, 240}; /* words per minute: slow, normal, fast */

const char *crs_extras_str(const crs_app *a, crs_xstr id)
{
    return crs_xstr_get(id, a->ko);
}

/* ===== life cycle ===== */

/* Opens the mirror without blocking. A FIFO with no reader yet (ENXIO) is tried again at each
 * new screen; a reader that goes away gives EPIPE (SIGPIPE is ignored), not a killed kiosk. */
static void try_open_mirror(crs_extras *x, int first)
{
    int fd = open(x->mirror_path, O_WRONLY | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0644);
    struct stat st;
    if (fd < 0 && errno == ENXIO) {
        if (first) SDL_Log("crossings: text mirror %s has no reader yet", x->mirror_path);
        return;
    }
    if (fd < 0 || fstat(fd, &st) != 0) {
        SDL_Log("crossings: cannot write the text mirror to %s (%s)", x->mirror_path,
                strerror(errno));
        if (fd >= 0) close(fd);
        free(x->mirror_path);
        x->mirror_path = NULL;
        return;
    }
    if (S_ISREG(st.st_mode) && first && ftruncate(fd, 0) != 0)
        SDL_Log("crossings: cannot empty the text mirror %s", x->mirror_path);
    if (S_ISFIFO(st.st_mode)) signal(SIGPIPE, SIG_IGN);
    x->mirror_fd = fd;
    x->mirror_owned = 1;
}

static void open_mirror(crs_extras *x, const char *path)
{
    x->mirror_fd = -1;
    if (!path || !*path) return;
    if (strcmp(path, "-") == 0) {
        x->mirror_fd = STDOUT_FILENO;
        return;
    }
    x->mirror_path = strdup(path);
    if (x->mirror_path) try_open_mirror(x, 1);
}

static void ensure_speech(crs_app *a)
{
    crs_extras *x = a->x;
    if (x->speech) return;
    x->speech = crs_speech_new(x->backend);
    if (x->speech) crs_speech_set_rate(x->speech, rates[x->rate_step]);
    if (!crs_speech_available(x->speech))
        SDL_Log("crossings: reading aloud is not available: %s", crs_speech_problem(x->speech));
}

crs_extras *crs_extras_new(crs_app *a)
{
    crs_extras *x = calloc(1, sizeof *x);
    if (!x) return NULL;
    a->x = x;
    x->code_err = -1;
    x->last_focus = -1;
    x->rate_step = 1;
    x->backend = a->o.speech_recorder ? CRS_SPEECH_RECORDER : CRS_SPEECH_ESPEAK;
    open_mirror(x, a->o.text_mirror);
    if (a->o.others_log) x->others = crs_others_new(a->o.others_log, a->o.others_threshold);
    if (a->o.read_aloud) {
        x->voice = 1;
        ensure_speech(a);
    }
    return x;
}

void crs_extras_free(crs_extras *x)
{
    if (!x) return;
    if (x->mirror_owned) close(x->mirror_fd);
    free(x->mirror_path);
    crs_speech_free(x->speech);
    crs_others_free(x->others);
    for (size_t i = 0; i < sizeof x->ring / sizeof x->ring[0]; i++) free(x->ring[i]);
    free(x->last_text);
    free(x);
}

/* ===== mirror and voice ===== */

static const char *namer(int id, void *ud)
{
    const crs_app *a = ud;
    switch (id) {
    case CRS_ID_SETTINGS:
        return crs_app_str(a, S_SETTINGS);
    case CRS_ID_HELP:
        return crs_app_str(a, S_HELP);
    case CRS_ID_HISTORY:
        return crs_app_str(a, S_HISTORY);
    case CRS_ID_PAUSE:
        return crs_extras_str(a, X_PAUSE);
    case CRS_MIRROR_SELECTED:
        return crs_extras_str(a, X_SELECTED);
    default:
        return NULL;
    }
}

static void say(crs_app *a, const char *text)
{
    if (a->x->speech) crs_speech_say(a->x->speech, crs_app_lang(a), text);
}

static void say_focus(crs_app *a)
{
    char buf[2048];
    crs_page *p = crs_app_page(a);
    if (crs_mirror_button(p, crs_page_focused_id(p), namer, a, buf, sizeof buf) > 0) say(a, buf);
}

void crs_extras_speak(crs_app *a)
{
    if (!a->x) return;
    ensure_speech(a);
    crs_page *p = crs_app_page(a);
    char focus[2048];
    size_t nf = crs_mirror_button(p, crs_page_focused_id(p), namer, a, focus, sizeof focus);
    size_t n = crs_mirror_page(p, namer, a, NULL, 0);
    char *all = malloc(nf + n + 4);
    if (!all) return;
    crs_mirror_page(p, namer, a, all + (nf ? nf + 2 : 0), n + 1);
    if (nf) {
        memcpy(all, focus, nf);
        all[nf] = '.';
        all[nf + 1] = '\n';
    }
    say(a, all);
    free(all);
}

/* Writes all of s, or returns -1 with errno set (EAGAIN: a FIFO whose reader lags). */
static int write_all(int fd, const char *s, size_t n)
{
    while (n > 0) {
        ssize_t k = write(fd, s, n);
        if (k < 0 && errno == EINTR) continue;
        if (k <= 0) return -1;
        s += k;
        n -= (size_t)k;
    }
    return 0;
}

static void write_mirror(crs_extras *x)
{
    if (x->mirror_fd < 0 && x->mirror_path) try_open_mirror(x, 0);
    if (x->mirror_fd < 0) return;
    size_t n = strlen(x->last_text);
    char *page = malloc(n + 5);
    if (!page) return;
    memcpy(page, x->last_text, n);
    memcpy(page + n, "---\n", 5);
    int rc = write_all(x->mirror_fd, page, n + 4);
    free(page);
    if (rc == 0) {
        x->mirror_failed = 0;
        return;
    }
    if (errno == EPIPE && x->mirror_owned) { /* the reader left: wait for the next one */
        SDL_Log("crossings: text mirror %s: the reader went away", x->mirror_path);
        close(x->mirror_fd);
        x->mirror_fd = -1;
        x->mirror_owned = 0;
        return;
    }
    /* Said once per run of failures: a full disk must not flood the journal. */
    if (!x->mirror_failed)
        SDL_Log("crossings: cannot write the text mirror to %s (%s)",
                x->mirror_path ? x->mirror_path : "standard output", strerror(errno));
    x->mirror_failed = 1;
}

void crs_extras_frame(crs_app *a)
{
    crs_extras *x = a->x;
    /* Nobody listening: no work in the frame loop. */
#ifdef __EMSCRIPTEN__
    const int page_mirror = 1; /* the browser page shows the mirror as HTML */
#else
    const int page_mirror = 0;
#endif
    if (!x || a->depth < 1 || (x->mirror_fd < 0 && !x->mirror_path && !x->voice && !page_mirror))
        return;
    crs_page *p = crs_app_page(a);
    size_t n = crs_mirror_page(p, namer, a, NULL, 0);
    char *text = malloc(n + 1);
    if (!text) return;
    crs_mirror_page(p, namer, a, text, n + 1);
    const crs_screen *top = a->stack[a->depth - 1];
    int focus = crs_page_focused_id(p);
    int changed = top != x->last_screen || a->ko != x->last_ko || !x->last_text ||
                  strcmp(text, x->last_text) != 0;
    if (changed) {
        free(x->last_text);
        x->last_text = text;
        x->last_screen = top;
        x->last_ko = a->ko;
        write_mirror(x);
#ifdef __EMSCRIPTEN__
        crs_web_mirror(a, text);
#endif
        if (x->voice) crs_extras_speak(a);
    } else {
        free(text);
        /* Only a moved focus: the new button is read, cutting off the last utterance. */
        if (x->voice && focus != x->last_focus && p->show_focus) say_focus(a);
    }
    x->last_focus = focus;
}

#ifdef __EMSCRIPTEN__
int crs_extras_button_by_label(crs_app *a, const char *label)
{
    char buf[2048];
    crs_page *p = crs_app_page(a);
    for (int b = 0; b < p->nbuttons; b++)
        if (crs_mirror_button(p, p->buttons[b].id, namer, a, buf, sizeof buf) > 0 &&
            !strcmp(buf, label))
            return p->buttons[b].id;
    return -1;
}
#endif

/* ===== pause ===== */

static int in_journey(const crs_app *a)
{
    const crs_screen *s = a->stack[0];
    return a->eng && (s == &crs_screen_stage || s == &crs_screen_node || s == &crs_screen_outcome ||
                      s == &crs_screen_ending);
}

void crs_extras_pause(crs_app *a)
{
    const crs_screen *top = a->stack[a->depth - 1];
    if (top == &crs_screen_pause) {
        crs_app_pop(a);
        return;
    }
    if (!in_journey(a)) return;
    if (top->overlay) crs_app_pop(a);
    crs_app_push(a, &crs_screen_pause);
}

void crs_extras_draw_under(crs_app *a)
{
    if (a->depth < 2 || a->stack[a->depth - 1] != &crs_screen_pause) return;
    crs_page_draw(&a->pages[a->depth - 2], a->kiosk ? crs_kiosk_map_draw : crs_ui_map_draw, a);
    SDL_Color dim = {0, 0, 0, 150};
    crs_gfx_fill(a->gfx, (SDL_Rect){0, 0, a->out_w, a->out_h}, dim);
}

int crs_extras_handle(crs_app *a, const crs_action *act)
{
    if (!a->x || a->depth < 1) return 0;
    const crs_screen *top = a->stack[a->depth - 1];
    if (top == &crs_screen_code && crs_code_screen_type(a, act)) return 1;
    if (act->kind == CRS_ACT_PAUSE) {
        crs_extras_pause(a);
        return 1;
    }
    /* V reads aloud, except in facilitator mode, where V is the group vote. */
    if (act->kind == CRS_ACT_FACIL && act->n == 'v' && !a->facil) {
        crs_extras_speak(a);
        return 1;
    }
    return 0;
}

/* ===== settings ===== */

static void row(crs_app *a, crs_page *p, crs_xstr title, const int *ids, const char *const *labels,
                int n, int sel)
{
    crs_ui_setting_row(p, crs_extras_str(a, title), ids, labels, n, sel);
}

void crs_extras_settings(crs_app *a, crs_page *p)
{
    crs_extras *x = a->x;
    if (!x) return;
    static const int bi_ids[3] = {ID_BILINGUAL, ID_BILINGUAL + 1, ID_BILINGUAL + 2};
    const char *bis[3] = {crs_extras_str(a, X_BI_OFF), crs_extras_str(a, X_BI_KO_FIRST),
                          crs_extras_str(a, X_BI_EN_FIRST)};
    row(a, p, X_BILINGUAL, bi_ids, bis, 3, x->bilingual);
    static const int voice_ids[2] = {ID_VOICE, ID_VOICE + 1};
    const char *voices[2] = {crs_extras_str(a, X_VOICE_OFF), crs_extras_str(a, X_VOICE_ON)};
    row(a, p, X_VOICE, voice_ids, voices, 2, x->voice);
    if (x->voice && !crs_speech_available(x->speech)) {
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_WARN, crs_extras_str(a, X_VOICE_MISSING));
        crs_page_gap(p, 10);
    }
    static const int rate_ids[3] = {ID_RATE, ID_RATE + 1, ID_RATE + 2};
    const char *rl[3] = {crs_extras_str(a, X_RATE_SLOW), crs_extras_str(a, X_RATE_NORMAL),
                         crs_extras_str(a, X_RATE_FAST)};
    row(a, p, X_RATE, rate_ids, rl, 3, x->rate_step);
}

int crs_extras_settings_activate(crs_app *a, int id)
{
    crs_extras *x = a->x;
    if (!x) return 0;
    if (id >= ID_BILINGUAL && id < ID_BILINGUAL + 3) {
        x->bilingual = id - ID_BILINGUAL;
    } else if (id == ID_VOICE || id == ID_VOICE + 1) {
        x->voice = id - ID_VOICE;
        if (x->voice) ensure_speech(a);
        if (!x->voice && x->speech) crs_speech_cancel(x->speech);
    } else if (id >= ID_RATE && id < ID_RATE + 3) {
        x->rate_step = id - ID_RATE;
        crs_speech_set_rate(x->speech, rates[x->rate_step]);
    } else {
        return 0;
    }
    a->relayout = 1;
    return 1;
}
