/* Two kiosk overlays: the staff PIN pad behind the hidden exit gesture (right PIN quits, a wrong
 * one returns to where the visitor was, lockouts after repeated failures), and "still there?". */
#include "kiosk/kiosk.h"

#include <stdio.h>
#include <string.h>

enum { ID_DIGIT = 10, ID_DEL = 30, ID_OK, ID_CANCEL, ID_CONTINUE = 40 };

/* Both languages on one line: these screens speak to whoever stands there. */
static void both(crs_app *a, crs_page *p, crs_font f, crs_colour c, const char *en, const char *ko)
{
    crs_page_text(p, f, c, a->ko ? ko : en);
    crs_page_text(p, f == CRS_FONT_HEADING ? CRS_FONT_LEAD : f, CRS_COL_MUTED, a->ko ? en : ko);
}

/* Moves what was laid out from item i0 and button b0 on (from y = 0) to the middle. */
static void centre(crs_page *p, int i0, int b0)
{
    int dy = (p->ctx.h - p->y) / 2;
    if (dy < crs_page_px(p, 24)) dy = crs_page_px(p, 24);
    for (int i = i0; i < p->nitems; i++) p->items[i].r.y += dy;
    for (int i = b0; i < p->nbuttons; i++) p->buttons[i].r.y += dy;
    p->y += dy;
}

/* ===== the PIN pad ===== */

static void pin_dots(crs_app *a, crs_page *p)
{
    char dots[64] = "";
    int n = a->kiosk->pin_len;
    for (int i = 0; i < 8; i++) strcat(dots, i < n ? "● " : (i < 4 || i < n + 1) ? "○ " : "");
    crs_page_text(p, CRS_FONT_TITLE, CRS_COL_ACCENT, dots);
}

static void pin_build(crs_app *a, crs_page *p)
{
    crs_kiosk *k = a->kiosk;
    crs_page_begin(p, &p->ctx, 520);
    int i0 = p->nitems, b0 = p->nbuttons;
    p->y = 0;
    both(a, p, CRS_FONT_HEADING, CRS_COL_INK, "Staff exit", "관리자 종료");
    crs_page_gap(p, 6);
    Uint64 now = crs_app_ticks(a);
    if (now < k->lock_until) {
        char msg[160];
        int s = (int)((k->lock_until - now) / 1000) + 1;
        snprintf(
            msg, sizeof msg,
            "Too many wrong PINs. Try again in %d s. · PIN을 여러 번 잘못 입력했습니다. %d초 후에 "
            "다시 시도하세요.",
            s, s);
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_WARN, msg);
    } else {
        both(a, p, CRS_FONT_BODY, CRS_COL_MUTED, "Enter the PIN", "PIN을 입력하세요");
        crs_page_gap(p, 10);
        pin_dots(a, p);
        crs_page_gap(p, 14);
        static const char *const digits[10] = {"0", "1", "2", "3", "4", "5", "6", "7", "8", "9"};
        for (int row = 0; row < 3; row++) {
            int ids[3] = {ID_DIGIT + row * 3 + 1, ID_DIGIT + row * 3 + 2, ID_DIGIT + row * 3 + 3};
            const char *labels[3] = {digits[row * 3 + 1], digits[row * 3 + 2], digits[row * 3 + 3]};
            crs_page_button_row(p, ids, labels, 3, -1);
            crs_page_gap(p, 4);
        }
        int ids[3] = {ID_DEL, ID_DIGIT, ID_OK};
        const char *labels[3] = {a->ko ? "지우기" : "Delete", "0", a->ko ? "확인" : "OK"};
        crs_page_button_row(p, ids, labels, 3, 2);
    }
    crs_page_gap(p, 18);
    crs_page_button(p, ID_CANCEL, CRS_BTN_SECONDARY, a->ko ? "돌아가기 · Back" : "Back · 돌아가기",
                    NULL, 0);
    centre(p, i0, b0);
}

void crs_kiosk_pin_submit(crs_app *a)
{
    crs_kiosk *k = a->kiosk;
    k->pin[k->pin_len] = '\0';
    int right = k->cfg.pin[0] && strcmp(k->pin, k->cfg.pin) == 0;
    k->pin_len = 0;
    memset(k->pin, 0, sizeof k->pin);
    if (right) {
        crs_kiosk_log(a, "staff exit with the right PIN");
        k->failures = 0;
        crs_kiosk_reset(a); /* logs the session in progress */
        a->quit = 1;
        return;
    }
    k->failures++;
    crs_kiosk_log(a, "wrong exit PIN (%d in a row)", k->failures);
    if (k->failures >= CRS_KIOSK_MAX_TRIES) {
        /* 30 s after the third, doubling each time, at most 10 minutes. */
        int over = k->failures - CRS_KIOSK_MAX_TRIES;
        Uint64 ms = 30000ULL << (over > 5 ? 5 : over);
        if (ms > 600000) ms = 600000;
        k->lock_until = crs_app_ticks(a) + ms;
    }
    crs_app_pop(a); /* back to where the visitor was */
}

static void pin_activate(crs_app *a, int id)
{
    crs_kiosk *k = a->kiosk;
    if (id == ID_CANCEL) {
        k->pin_len = 0;
        crs_app_pop(a);
        return;
    }
    if (crs_app_ticks(a) < k->lock_until) return;
    if (id >= ID_DIGIT && id <= ID_DIGIT + 9 && k->pin_len < 8) {
        k->pin[k->pin_len++] = (char)('0' + id - ID_DIGIT);
    } else if (id == ID_DEL && k->pin_len > 0) {
        k->pin_len--;
    } else if (id == ID_OK) {
        crs_kiosk_pin_submit(a);
        return;
    }
    a->relayout = 1;
}

static int pin_handle(crs_app *a, const crs_action *act)
{
    /* A keyboard's digits, for staff who have one: 0 is not a choice key, so go by the
     * character the key carries. */
    if (act->ch >= '0' && act->ch <= '9' &&
        (act->kind == CRS_ACT_CHOOSE || act->kind == CRS_ACT_FACIL)) {
        pin_activate(a, ID_DIGIT + (act->ch - '0'));
        return 1;
    }
    /* Return (or Enter) presses OK, whichever button has the focus; Space still presses it. */
    if (act->kind == CRS_ACT_ACTIVATE && act->ch != ' ') {
        pin_activate(a, ID_OK);
        return 1;
    }
    if (act->kind == CRS_ACT_BACK) {
        pin_activate(a, ID_CANCEL);
        return 1;
    }
    /* Overlays and language keys are not for this screen. */
    return act->kind == CRS_ACT_HELP || act->kind == CRS_ACT_SETTINGS ||
           act->kind == CRS_ACT_HISTORY || act->kind == CRS_ACT_LANGUAGE;
}

static void pin_leave(crs_app *a)
{
    a->kiosk->pin_len = 0;
}

const crs_screen crs_screen_pin = {"pin",        NULL, pin_build, pin_handle,
                                   pin_activate, NULL, pin_leave, 1};

/* ===== still there? ===== */

static void still_build(crs_app *a, crs_page *p)
{
    crs_kiosk *k = a->kiosk;
    crs_page_begin(p, &p->ctx, 760);
    int i0 = p->nitems, b0 = p->nbuttons;
    p->y = 0;
    both(a, p, CRS_FONT_TITLE, CRS_COL_INK, "Are you still there?", "아직 계신가요?");
    crs_page_gap(p, 14);
    both(a, p, CRS_FONT_LEAD, CRS_COL_INK, "Touch Continue to carry on with your journey.",
         "여정을 이어 가려면 ‘계속’을 누르세요.");
    crs_page_gap(p, 30);
    crs_page_button(p, ID_CONTINUE, CRS_BTN_PRIMARY, a->ko ? "계속 · Continue" : "Continue · 계속",
                    NULL, 0);
    crs_page_gap(p, 24);
    Uint64 now = crs_app_ticks(a), end = k->prompt_since + (Uint64)k->cfg.prompt_seconds * 1000;
    int s = now < end ? (int)((end - now + 999) / 1000) : 0;
    char msg[200];
    snprintf(msg, sizeof msg,
             a->ko ? "%d초 후 처음 화면으로 돌아갑니다 · Starting again in %d s"
                   : "Starting again in %d s · %d초 후 처음 화면으로 돌아갑니다",
             s, s);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, msg);
    centre(p, i0, b0);
}

static void still_activate(crs_app *a, int id)
{
    if (id == ID_CONTINUE) crs_app_pop(a);
}

/* A touch anywhere means someone is there: carry on. */
static int still_handle(crs_app *a, const crs_action *act)
{
    if (act->kind == CRS_ACT_POINTER_UP || act->kind == CRS_ACT_ACTIVATE ||
        act->kind == CRS_ACT_BACK) {
        crs_app_pop(a);
        return 1;
    }
    return act->kind != CRS_ACT_RESIZE && act->kind != CRS_ACT_POINTER_MOVE &&
           act->kind != CRS_ACT_POINTER_DOWN;
}

const crs_screen crs_screen_still_there = {"still-there",  NULL, still_build, still_handle,
                                           still_activate, NULL, NULL,        1};
