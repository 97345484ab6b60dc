/* Facilitator mode: its keys and toolbar, stepping back, stage jumps (a replayed path), the
 * seed in the top bar, and the Markdown and HTML exports written to the export folder. */
#include "shell/ui.h"

#include "crossings/export.h"
#include "facilitator/facil_path.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define MAX_MOVES  256
#define MAX_FORCED 8

typedef struct {
    size_t step;   /* index of the step in the history */
    double chance; /* percent, at the moment of the step */
} forced_move;

struct crs_facil {
    char export_dir[1024];
    char out[2][4400]; /* last export: Markdown, HTML */
    char dir[4200];    /* export_dir resolved at the last export */
    char err[400];
    int jumped;                     /* moves replayed by the last jump, or -1 */
    size_t jumped_at;               /* history length right after that jump */
    forced_move forced[MAX_FORCED]; /* outcomes that jump set against chance */
    int nforced;
    crs_facil_vote vote;
    char seed[24];
    crs_facil_win *win; /* the notes window, or NULL */
    int want_win;       /* open it at the next loop iteration */
};

crs_facil *crs_facil_new(const crs_app_opts *o)
{
    const char *export_dir = o->export_dir;
    crs_facil *f = calloc(1, sizeof *f);
    if (!f) return NULL;
    f->want_win = o->notes_window;
    SDL_strlcpy(f->export_dir, export_dir && *export_dir ? export_dir : ".", sizeof f->export_dir);
    f->jumped = -1;
    return f;
}

void crs_facil_free(crs_facil *f)
{
    if (f) crs_facil_window_free(f->win);
    free(f);
}

crs_facil_win **crs_facil_window_slot(crs_app *a)
{
    return &a->facil->win;
}

int crs_facil_window_wanted(crs_app *a)
{
    int w = a->facil->want_win && !a->facil->win;
    a->facil->want_win = 0;
    return w;
}

crs_facil_vote *crs_facil_vote_state(crs_app *a)
{
    return &a->facil->vote;
}

char *crs_facil_seed_buf(crs_app *a, size_t *cap)
{
    *cap = sizeof a->facil->seed;
    return a->facil->seed;
}

/* ===== navigation ===== */

static const crs_screen *top(const crs_app *a)
{
    return a->stack[a->depth - 1];
}

/* Opens s over the current screen, or closes it when it is already on top. */
static void toggle(crs_app *a, const crs_screen *s)
{
    if (top(a) == s) {
        crs_app_pop(a);
        return;
    }
    if (top(a)->overlay) crs_app_pop(a);
    crs_app_push(a, s);
}

int crs_facil_undo(crs_app *a)
{
    if (!a->eng || crs_engine_undo(a->eng) != 0) return -1;
    memset(&a->last, 0, sizeof a->last);
    a->last.outcome = -1;
    crs_app_goto(a, &crs_screen_node);
    return 0;
}

/* ===== jumps ===== */

/* The path to stage. A stage ahead is searched from the current state; a stage behind the
 * group (earlier in route order) always starts the journey again from the beginning, never a
 * loop forwards through some rare outcome that happens to lead back there. */
static int plan(const crs_app *a, int stage, crs_move *mv, int *from_start)
{
    *from_start = 0;
    if (!a->eng) return -1;
    int here = crs_engine_stage(a->eng), n = -1;
    if (!crs_engine_ended(a->eng) && stage > here)
        n = crs_facil_path_to_stage(a->eng, stage, mv, MAX_MOVES);
    if (n >= 0) return n;
    crs_engine *fresh = crs_engine_clone(a->eng);
    if (!fresh) return -1;
    crs_engine_reset(fresh);
    n = crs_facil_path_to_stage(fresh, stage, mv, MAX_MOVES);
    crs_engine_free(fresh);
    *from_start = 1;
    return n;
}

int crs_facil_jump_cost(const crs_app *a, int stage, int *from_start)
{
    crs_move mv[MAX_MOVES];
    return plan(a, stage, mv, from_start);
}

/* Remembers a move whose outcome the path set although chance could have given another, with
 * the chance it had at that moment, so the screen can say which outcome was forced. */
static void note_forced(crs_facil *f, const crs_engine *e, const crs_move *mv)
{
    if (mv->outcome < 0 || f->nforced >= MAX_FORCED) return;
    const crs_choice *ch = &crs_engine_scenario(e)->nodes[crs_engine_node(e)].choices[mv->choice];
    double total = 0;
    for (int o = 0; o < ch->noutcomes; o++) total += crs_engine_outcome_weight(e, mv->choice, o);
    double w = crs_engine_outcome_weight(e, mv->choice, mv->outcome);
    if (ch->noutcomes < 2 || total <= 0 || w >= total) return;
    f->forced[f->nforced++] = (forced_move){crs_engine_history_len(e), 100.0 * w / total};
}

int crs_facil_jump(crs_app *a, int stage)
{
    crs_move mv[MAX_MOVES];
    int from_start, n = plan(a, stage, mv, &from_start), done = 0;
    if (n < 0) return -1;
    if (from_start) crs_engine_reset(a->eng);
    memset(&a->last, 0, sizeof a->last);
    a->last.outcome = -1;
    a->facil->nforced = 0;
    for (; done < n; done++) {
        crs_diag err;
        note_forced(a->facil, a->eng, &mv[done]);
        if (crs_engine_choose_outcome(a->eng, mv[done].choice, mv[done].outcome, &a->last, &err)) {
            SDL_Log("crossings: jump stopped at move %d: %s", done + 1, err.message);
            break;
        }
        crs_engine_mark_replayed(a->eng);
    }
    a->facil->jumped = done;
    a->facil->jumped_at = crs_engine_history_len(a->eng);
    crs_app_goto(a, &crs_screen_stage);
    return done;
}

int crs_facil_jumped(const crs_app *a)
{
    const crs_facil *f = a->facil;
    if (!f || !a->eng || f->jumped < 0) return -1;
    return crs_engine_history_len(a->eng) == f->jumped_at ? f->jumped : -1;
}

/* ===== export ===== */

static int write_file(const char *path, const crs_buf *b, char *err, size_t cap)
{
    FILE *fp = fopen(path, "wb");
    if (!fp) {
        SDL_snprintf(err, cap, "%s: %s", path, strerror(errno));
        return -1;
    }
    size_t n = fwrite(crs_buf_str(b), 1, b->len, fp);
    int bad = n != b->len;
    if (fclose(fp) != 0) bad = 1;
    if (bad) SDL_snprintf(err, cap, "%s: %s", path, strerror(errno));
    return bad ? -1 : 0;
}

/* The folder in full (relative ones joined to the working folder), "." left out. */
static void resolve_dir(crs_facil *f)
{
    char cwd[2048];
    const char *d = f->export_dir;
    if (d[0] == '/' || !getcwd(cwd, sizeof cwd)) {
        SDL_strlcpy(f->dir, d, sizeof f->dir);
        return;
    }
    if (!strcmp(d, ".") || !strcmp(d, "./")) d = "";
    if (!strncmp(d, "./", 2)) d += 2;
    SDL_snprintf(f->dir, sizeof f->dir, "%s%s%s", cwd, *d ? "/" : "", d);
}

/* crossings-<scenario>-<persona>-seed<N>-<YYYYMMDD-HHMM>-<lang>: sorts by scenario, then time. */
static void base_name(const crs_app *a, char *buf, size_t cap)
{
    const crs_scenario *s = crs_engine_scenario(a->eng);
    time_t now = time(NULL);
    struct tm tm;
    char when[32] = "undated";
    if (localtime_r(&now, &tm)) strftime(when, sizeof when, "%Y%m%d-%H%M", &tm);
    /* The folder in full, so the confirmation names a place anyone can find again. */
    resolve_dir(a->facil);
    SDL_snprintf(buf, cap, "%s/crossings-%s-%s-seed%llu-%s-%s", a->facil->dir, s->id,
                 s->personas[crs_engine_persona(a->eng)].id,
                 (unsigned long long)crs_engine_seed(a->eng), when, crs_app_lang(a));
}

int crs_facil_export(crs_app *a)
{
    crs_facil *f = a->facil;
    f->err[0] = f->out[0][0] = f->out[1][0] = 0;
    if (!a->eng) return -1;
    char base[4400];
    /* One missing level is made (e.g. --export-dir ~/workshop-today); deeper ones are not. */
    if (mkdir(f->export_dir, 0755) == 0) SDL_Log("crossings: made %s", f->export_dir);
    base_name(a, base, sizeof base);
    int lang = crs_app_lang_index(a), rc = 0;
    char when[40] = "";
    time_t now = time(NULL);
    struct tm tm;
    if (localtime_r(&now, &tm)) strftime(when, sizeof when, "%Y-%m-%d %H:%M", &tm);
    for (int html = 0; html < 2 && rc == 0; html++) {
        crs_buf b = {0};
        rc = html ? crs_export_html(a->eng, lang, when, &b)
                  : crs_export_markdown(a->eng, lang, when, &b);
        SDL_snprintf(f->out[html], sizeof f->out[html], "%s.%s", base, html ? "html" : "md");
        if (rc != 0)
            SDL_snprintf(f->err, sizeof f->err, "out of memory");
        else
            rc = write_file(f->out[html], &b, f->err, sizeof f->err);
        crs_buf_free(&b);
    }
    if (rc != 0) f->out[0][0] = f->out[1][0] = 0;
    SDL_Log("crossings: export %s%s", rc ? "failed: " : "written: ", rc ? f->err : base);
    return rc;
}

const char *crs_facil_export_path(const crs_app *a, int html)
{
    return a->facil ? a->facil->out[html ? 1 : 0] : "";
}

const char *crs_facil_export_dir(const crs_app *a)
{
    return a->facil ? a->facil->dir : "";
}

const char *crs_facil_export_error(const crs_app *a)
{
    return a->facil ? a->facil->err : "";
}

/* ===== keys and buttons ===== */

static int on_game_screen(const crs_app *a)
{
    const crs_screen *t = top(a);
    return a->eng && (t == &crs_screen_stage || t == &crs_screen_node || t == &crs_screen_outcome ||
                      t == &crs_screen_ending || t == &crs_screen_debrief);
}

static int key(crs_app *a, int c)
{
    switch (c) {
    case 'j':
        if (a->eng) toggle(a, &crs_screen_jump);
        return a->eng != NULL;
    case 'n':
        if (a->eng) toggle(a, &crs_screen_notes);
        return a->eng != NULL;
    case 'b':
        return on_game_screen(a) ? (crs_facil_undo(a), 1) : 0;
    case 'v':
        if (top(a) != &crs_screen_node || !a->eng) return 0;
        crs_app_push(a, &crs_screen_vote);
        return 1;
    case 'e':
        if (!a->eng) return 0;
        crs_facil_export(a);
        toggle(a, &crs_screen_exported);
        return 1;
    case 'w':
        if (a->facil->win)
            crs_facil_window_close(a);
        else
            a->facil->want_win = 1;
        return 1;
    case 'r':
        if (a->eng) return 0;
        crs_app_push(a, &crs_screen_seed);
        return 1;
    default:
        return 0;
    }
}

int crs_facil_handle(crs_app *a, const crs_action *act)
{
    const crs_screen *t = top(a);
    /* The vote and seed screens take digits, + and - themselves. */
    if (t == &crs_screen_vote || t == &crs_screen_seed) return 0;
    if (act->kind == CRS_ACT_FACIL) return key(a, act->n);
    if (act->kind == CRS_ACT_BACK && act->n == 1 && on_game_screen(a)) {
        crs_facil_undo(a);
        return 1;
    }
    return 0;
}

int crs_facil_activate(crs_app *a, int id)
{
    switch (id) {
    case CRS_ID_F_BACK:
        return key(a, 'b'), 1;
    case CRS_ID_F_STAGES:
        return key(a, 'j'), 1;
    case CRS_ID_F_NOTES:
        return key(a, 'n'), 1;
    case CRS_ID_F_VOTE:
        return key(a, 'v'), 1;
    case CRS_ID_F_EXPORT:
        return key(a, 'e'), 1;
    default:
        return 0;
    }
}

/* ===== hooks into shared screens ===== */

const char *crs_facil_label(const crs_app *a, const char *label, char *buf, size_t cap)
{
    uint64_t seed = a->eng ? crs_engine_seed(a->eng) : a->seed;
    /* Before a journey the seed can still change: say how. */
    SDL_snprintf(buf, cap, "%s  ·  %s %llu%s%s", label && *label ? label : crs_app_str(a, F_MODE),
                 crs_app_str(a, F_SEED), (unsigned long long)seed, a->eng ? "" : "  ·  ",
                 a->eng ? "" : crs_app_str(a, F_SEED_KEY));
    return buf;
}

void crs_facil_help(crs_app *a, crs_page *p)
{
    crs_page_gap(p, 20);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_str(a, F_MODE));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, F_HELP_KEYS));
}

/* The first words of a text, cut at a character boundary, for a one-line mention. */
static void excerpt(const char *t, char *buf, size_t cap)
{
    size_t n = strlen(t), max = 90 < cap - 4 ? 90 : cap - 4;
    if (n <= max) {
        SDL_strlcpy(buf, t, cap);
        return;
    }
    while (max > 0 && ((unsigned char)t[max] & 0xC0) == 0x80) max--;
    memcpy(buf, t, max);
    memcpy(buf + max, "…", 4); /* "…" is 3 bytes and its NUL */
}

/* One line per outcome the jump set against chance: which one, its chance, and why. */
static void forced_lines(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_engine_scenario(a->eng);
    for (int i = 0; i < a->facil->nforced; i++) {
        const forced_move *fm = &a->facil->forced[i];
        const crs_step *st = crs_engine_history(a->eng, fm->step);
        if (!st || st->outcome < 0) continue;
        const crs_outcome *o = &s->nodes[st->node].choices[st->choice].outcomes[st->outcome];
        char what[100], chance[48], buf[700];
        excerpt(crs_app_text(a, &o->text), what, sizeof what);
        SDL_snprintf(chance, sizeof chance, fm->chance < 1 ? "%.1f%%%s%s" : "%.0f%%%s%s",
                     fm->chance, o->illustrative ? ", " : "",
                     o->illustrative ? crs_app_str(a, S_ILLUSTRATIVE) : "");
        SDL_snprintf(buf, sizeof buf, crs_app_str(a, F_JUMP_FORCED), (int)fm->step + 1, what,
                     chance);
        crs_page_gap(p, 4);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, buf);
    }
}

void crs_facil_node_notice(crs_app *a, crs_page *p)
{
    int n = crs_facil_jumped(a);
    if (n < 0) return;
    char buf[600];
    crs_page_card_begin(p, CRS_COL_WARN_BG, CRS_COL_WARN_BG);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_WARN, crs_app_str(a, F_JUMPED));
    crs_page_gap(p, 2);
    crs_str body = n == 0 ? F_JUMPED_RESTART : n == 1 ? F_JUMPED_BODY_1 : F_JUMPED_BODY;
    SDL_snprintf(buf, sizeof buf, crs_app_str(a, body), n);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, buf);
    forced_lines(a, p);
    crs_page_card_end(p);
}

void crs_facil_node_footer(crs_app *a, crs_page *p)
{
    int back = a->eng && crs_engine_history_len(a->eng) > 0;
    const int ids[4] = {back ? CRS_ID_F_BACK : -1, CRS_ID_F_STAGES, CRS_ID_F_NOTES, CRS_ID_F_VOTE};
    char l[4][96];
    SDL_snprintf(l[0], sizeof l[0], "←  %s", crs_app_str(a, F_STEP_BACK));
    SDL_snprintf(l[1], sizeof l[1], "%s  (J)", crs_app_str(a, F_STAGES));
    SDL_snprintf(l[2], sizeof l[2], "%s  (N)", crs_app_str(a, F_NOTES));
    SDL_snprintf(l[3], sizeof l[3], "%s  (V)", crs_app_str(a, F_VOTE));
    const char *labels[4] = {l[0], l[1], l[2], l[3]};
    static const crs_btn_style styles[4] = {CRS_BTN_SECONDARY, CRS_BTN_SECONDARY, CRS_BTN_SECONDARY,
                                            CRS_BTN_SECONDARY};
    crs_page_footer(p, ids, labels, styles, 4);
}
