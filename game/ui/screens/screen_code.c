/* Session codes in the game: a keypad of the 32 code characters (touch, mouse, keyboard) that
 * replays the exact path a code names, and the code of the journey shown on the debrief, large
 * and in groups of four so it can be read aloud. A code with a typo, or for a scenario or
 * version not loaded here, is refused with a plain message; nothing is replayed wrongly. */
#include "access/extras.h"
#include "crossings/messages.h"

#include <string.h>

enum { ID_BACK = 1, ID_REPLAY, ID_KEY = 200, ID_DELETE = 240, ID_CLEAR, ID_ENTER_CODE = 60 };

/* ===== replaying ===== */

static void refuse(crs_extras *x, crs_xstr why, const char *detail)
{
    x->code_err = (int)why;
    SDL_strlcpy(x->code_detail, detail, sizeof x->code_detail);
}

static void show(crs_app *a, int entry, crs_engine *e)
{
    crs_engine_free(a->eng);
    a->eng = e;
    a->cur = entry;
    a->phase = 0;
    memset(&a->last, 0, sizeof a->last);
    a->last.outcome = -1;
    size_t n = crs_engine_history_len(e);
    if (n > 0) a->last = *crs_engine_history(e, n - 1);
    a->x->replayed = 1;
    crs_app_goto(a, &crs_screen_debrief);
}

int crs_extras_replay(crs_app *a, const char *code)
{
    crs_extras *x = a->x;
    crs_diag err;
    memset(&err, 0, sizeof err);
    x->code_err = -1;
    x->code_detail[0] = 0;
    if (!crs_code_valid(code, &err)) {
        refuse(x, X_CODE_TYPO, err.message);
        return -1;
    }
    for (int i = 0; i < a->nentries; i++) {
        const crs_scenario *s = a->entries[i].s;
        if (!s || !crs_code_matches(s, code)) continue;
        crs_engine *e = crs_code_decode(s, code, &err);
        if (!e) {
            refuse(x, X_CODE_BAD_PATH, err.message);
            return -1;
        }
        show(a, i, e);
        return 0;
    }
    refuse(x, X_CODE_OTHER,
           "no scenario loaded here matches this code: it is for another scenario, or "
           "another version of one");
    return -1;
}

/* ===== typing ===== */

static void edited(crs_app *a)
{
    a->x->code_err = -1;
    a->relayout = 1;
    a->dirty = 1;
}

static void add_char(crs_app *a, char c)
{
    crs_extras *x = a->x;
    size_t n = strlen(x->code);
    if (n >= CRS_CODE_INPUT) return;
    x->code[n] = c;
    x->code[n + 1] = 0;
    edited(a);
}

static void delete_char(crs_app *a)
{
    size_t n = strlen(a->x->code);
    if (n > 0) a->x->code[n - 1] = 0;
    edited(a);
}

int crs_code_screen_type(crs_app *a, const crs_action *act)
{
    int c = act->ch;
    if (c >= 'a' && c <= 'z') c = c - 'a' + 'A';
    if (c == '\b') {
        delete_char(a);
        return 1;
    }
    if (c == ' ' || c == '-') return 1; /* ignored, as the code itself ignores them */
    /* O, I and L are accepted as typed: the code reads them as 0 and 1. */
    if (c > 0 && c < 128 && (strchr(CRS_CODE_CHARS, c) || c == 'O' || c == 'I' || c == 'L')) {
        add_char(a, (char)c);
        crs_page_focus_id(crs_app_page(a), ID_REPLAY); /* so Enter replays */
        return 1;
    }
    return 0;
}

/* ===== the keypad screen ===== */

/* "ABCD EFGH J" from what was typed, dashes and spaces dropped. */
static void grouped(const char *in, char *out, size_t cap)
{
    size_t o = 0;
    int k = 0;
    for (const char *p = in; *p && o + 4 < cap; p++) {
        if (*p == '-' || *p == ' ') continue;
        if (k && k % 4 == 0) out[o++] = ' ';
        out[o++] = *p;
        k++;
    }
    out[o] = 0;
}

static void keypad(crs_page *p)
{
    static const char chars[] = CRS_CODE_CHARS;
    for (int r = 0; r < 4; r++) {
        int ids[8];
        char lab[8][2];
        const char *labels[8];
        for (int i = 0; i < 8; i++) {
            ids[i] = ID_KEY + r * 8 + i;
            lab[i][0] = chars[r * 8 + i];
            lab[i][1] = 0;
            labels[i] = lab[i];
        }
        crs_page_button_row(p, ids, labels, 8, -1);
    }
}

static void error_card(crs_app *a, crs_page *p)
{
    crs_extras *x = a->x;
    if (x->code_err < 0) return;
    crs_page_card_begin(p, CRS_COL_WARN_BG, CRS_COL_WARN_BG);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_extras_str(a, (crs_xstr)x->code_err));
    if (x->code_detail[0]) {
        char buf[400];
        /* The core's message is its English text; the catalogue gives the Korean. */
        SDL_snprintf(buf, sizeof buf, "%s: %s", crs_extras_str(a, X_CODE_DETAIL),
                     crs_msg(x->code_detail, a->ko ? "ko" : "en"));
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    }
    crs_page_card_end(p);
}

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 760, crs_app_str(a, S_APP_TITLE), -1);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_extras_str(a, X_CODE_TITLE));
    crs_page_gap(p, 6);
    /* A refusal takes the place of the help text, so the keypad still fits on the screen. */
    if (a->x && a->x->code_err >= 0)
        error_card(a, p);
    else
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_extras_str(a, X_CODE_HELP));
    crs_page_gap(p, 10);
    char shown[CRS_CODE_INPUT * 2];
    grouped(a->x ? a->x->code : "", shown, sizeof shown);
    if (shown[0])
        crs_page_text(p, CRS_FONT_TITLE, CRS_COL_INK, shown);
    else
        crs_page_text(p, CRS_FONT_LEAD, CRS_COL_MUTED, crs_extras_str(a, X_CODE_EMPTY));
    crs_page_gap(p, 12);
    keypad(p);
    static const int ids[4] = {ID_BACK, ID_CLEAR, ID_DELETE, ID_REPLAY};
    const char *labels[4] = {crs_app_str(a, S_BACK), crs_extras_str(a, X_CLEAR),
                             crs_extras_str(a, X_DELETE), crs_extras_str(a, X_REPLAY)};
    static const crs_btn_style styles[4] = {CRS_BTN_SECONDARY, CRS_BTN_SECONDARY, CRS_BTN_SECONDARY,
                                            CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 4);
}

static void activate(crs_app *a, int id)
{
    if (!a->x) return;
    if (id >= ID_KEY && id < ID_KEY + 32) {
        add_char(a, CRS_CODE_CHARS[id - ID_KEY]);
    } else if (id == ID_DELETE) {
        delete_char(a);
    } else if (id == ID_CLEAR) {
        a->x->code[0] = 0;
        edited(a);
    } else if (id == ID_REPLAY) {
        if (crs_extras_replay(a, a->x->code) != 0) a->relayout = 1;
    } else if (id == ID_BACK) {
        crs_app_goto(a, &crs_screen_title);
    }
}

static int handle(crs_app *a, const crs_action *act)
{
    if (act->kind != CRS_ACT_BACK) return 0;
    crs_app_goto(a, &crs_screen_title);
    return 1;
}

const crs_screen crs_screen_code = {"code", NULL, build, handle, activate, NULL, NULL, 0};

/* ===== hooks on the title and debrief screens ===== */

void crs_extras_title(crs_app *a, crs_page *p)
{
    if (!a->x) return;
    a->x->replayed = 0; /* the title starts afresh: no replayed journey is on screen */
    crs_page_gap(p, 4);
    crs_page_button(p, ID_ENTER_CODE, CRS_BTN_SECONDARY, crs_extras_str(a, X_ENTER_CODE),
                    crs_extras_str(a, X_ENTER_CODE_SUB), 0);
}

int crs_extras_title_activate(crs_app *a, int id)
{
    if (id != ID_ENTER_CODE || !a->x) return 0;
    a->x->code[0] = 0;
    a->x->code_err = -1;
    crs_app_goto(a, &crs_screen_code);
    return 1;
}

void crs_extras_debrief(crs_app *a, crs_page *p)
{
    if (!a->eng || !a->x) return;
    char code[CRS_CODE_MAX], shown[CRS_CODE_MAX * 2];
    crs_diag err;
    crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED,
                  crs_extras_str(a, a->x->replayed ? X_REPLAYED : X_YOUR_CODE));
    if (crs_code_encode(a->eng, code, sizeof code, &err) == 0) {
        grouped(code, shown, sizeof shown);
        crs_page_text(p, CRS_FONT_TITLE, CRS_COL_INK, shown);
        crs_page_gap(p, 4);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_extras_str(a, X_CODE_NOTE));
    } else {
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_extras_str(a, X_CODE_NONE));
    }
    crs_page_card_end(p);
}
