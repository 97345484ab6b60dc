/* Facilitator mode's group vote (V on a situation): the open choices numbered large, a hand
 * count per choice (digits, or - and + buttons), then the majority's choice (or the
 * facilitator's pick) is taken and the count is recorded with the step for the export. */
#include "shell/ui.h"

#include <stdio.h>
#include <string.h>

enum { ID_CANCEL = 1, ID_TAKE, ID_PICK = 100, ID_MINUS = 200, ID_PLUS = 300 };

static int open_choices(const crs_app *a, int *open)
{
    return a->eng && !crs_engine_ended(a->eng) ? crs_engine_available(a->eng, open, 9) : 0;
}

static void enter(crs_app *a)
{
    crs_facil_vote *v = crs_facil_vote_state(a);
    memset(v, 0, sizeof *v);
    v->pick = -1;
}

/* The row with the most votes, or -1 when there are none or the top is shared. */
static int leader(const crs_facil_vote *v, int k, int *total)
{
    int best = -1, tie = 0;
    *total = 0;
    for (int i = 0; i < k; i++) {
        *total += v->tally[i];
        if (v->tally[i] == 0) continue;
        if (best < 0 || v->tally[i] > v->tally[best]) {
            best = i;
            tie = 0;
        } else if (v->tally[i] == v->tally[best]) {
            tie = 1;
        }
    }
    return tie ? -1 : best;
}

static int decided(const crs_facil_vote *v, int k)
{
    int total;
    if (v->pick >= 0 && v->pick < k) return v->pick;
    return leader(v, k, &total);
}

/* The count between its - and + buttons; the row being typed into sits on a card. */
static void counter(crs_app *a, crs_page *p, int i, int y0, int h, int x, int w)
{
    const crs_facil_vote *v = crs_facil_vote_state(a);
    int bw = crs_page_px(p, 64), bh = crs_page_px(p, 56);
    if (i == v->row) {
        p->col_x = x + bw;
        p->col_w = w - 2 * bw;
        p->y = y0;
        crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_ACCENT);
        p->y = y0 + h - crs_page_px(p, 16);
        crs_page_card_end(p);
    }
    char num[16];
    SDL_snprintf(num, sizeof num, "%d", v->tally[i]);
    int tw = crs_text_width(p->ctx.ts, CRS_FONT_TITLE, num, strlen(num));
    int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_TITLE);
    p->col_x = x + (w - tw) / 2;
    p->col_w = tw + 4;
    p->y = y0 + (h - lh) / 2;
    crs_page_text(p, CRS_FONT_TITLE, i == v->row ? CRS_COL_ACCENT : CRS_COL_INK, num);
    static const char *const minus[1] = {"–"}, *const plus[1] = {"+"};
    int mid = ID_MINUS + i, pid = ID_PLUS + i;
    p->col_w = bw;
    p->col_x = x;
    p->y = y0 + (h - bh) / 2;
    crs_page_button_row(p, &mid, minus, 1, -1);
    p->col_x = x + w - bw;
    p->y = y0 + (h - bh) / 2;
    crs_page_button_row(p, &pid, plus, 1, -1);
}

static void row(crs_app *a, crs_page *p, const crs_choice *ch, int i)
{
    const crs_facil_vote *v = crs_facil_vote_state(a);
    int x0 = p->col_x, w0 = p->col_w, gw = crs_page_px(p, 300), gap = crs_page_px(p, 24);
    int y0 = p->y, minh = crs_text_line_h(p->ctx.ts, CRS_FONT_TITLE) + crs_page_px(p, 16);
    char sub[128] = "";
    int total = 0;
    for (int c = 0; c < 9; c++) total += v->tally[c];
    if (i == v->pick)
        SDL_snprintf(sub, sizeof sub, crs_app_str(a, F_VOTE_PICKED), i + 1);
    else if (total > 0)
        SDL_snprintf(sub, sizeof sub, crs_app_str(a, F_VOTE_SHARE),
                     (v->tally[i] * 100 + total / 2) / total);
    /* The choice's number, large enough to be called out from the back of the room. */
    char num[8];
    SDL_snprintf(num, sizeof num, "%d", i + 1);
    int nw = crs_page_px(p, 64), lh = crs_text_line_h(p->ctx.ts, CRS_FONT_TITLE);
    p->col_w = nw;
    p->y = y0 + (minh - lh) / 2;
    crs_page_text(p, CRS_FONT_TITLE, CRS_COL_ACCENT, num);
    p->col_x = x0 + nw;
    p->col_w = w0 - gw - gap - nw;
    p->y = y0;
    int first = p->nitems;
    crs_page_button(p, ID_PICK + i, i == v->pick ? CRS_BTN_PRIMARY : CRS_BTN_CHOICE,
                    crs_app_text(a, &ch->label), sub, 0);
    int h = p->y - y0 - crs_page_px(p, 12);
    if (h < minh) {
        /* Centre the button in the row the large count needs. */
        for (int it = first; it < p->nitems; it++) p->items[it].r.y += (minh - h) / 2;
        if (p->nbuttons > 0) p->buttons[p->nbuttons - 1].r.y += (minh - h) / 2;
        h = minh;
    }
    counter(a, p, i, y0, h, x0 + w0 - gw, gw);
    p->col_x = x0;
    p->col_w = w0;
    p->y = y0 + h + crs_page_px(p, 14);
}

static void status(crs_app *a, crs_page *p, int k)
{
    const crs_facil_vote *v = crs_facil_vote_state(a);
    int total, lead = leader(v, k, &total);
    char buf[256];
    if (v->pick >= 0 && v->pick < k)
        SDL_snprintf(buf, sizeof buf, crs_app_str(a, F_VOTE_PICKED), v->pick + 1);
    else if (lead >= 0)
        SDL_snprintf(buf, sizeof buf, crs_app_str(a, F_VOTE_MAJORITY), lead + 1, v->tally[lead],
                     total);
    else
        SDL_snprintf(buf, sizeof buf, "%s", crs_app_str(a, total ? F_VOTE_TIE : F_VOTE_NONE));
    crs_page_text(p, CRS_FONT_HEADING, lead >= 0 || v->pick >= 0 ? CRS_COL_ACCENT : CRS_COL_MUTED,
                  buf);
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    char label[512];
    crs_app_stage_label(a, -1, label, sizeof label);
    crs_app_begin_page(a, p, 1120, label, 0);
    int open[9], k = open_choices(a, open);
    const crs_facil_vote *v = crs_facil_vote_state(a);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, F_VOTE));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_app_str(a, F_VOTE_HINT));
    crs_page_gap(p, 18);
    const crs_node *node = s && k ? &s->nodes[crs_engine_node(a->eng)] : NULL;
    for (int i = 0; node && i < k; i++) row(a, p, &node->choices[open[i]], i);
    crs_page_gap(p, 6);
    status(a, p, k);
    int d = decided(v, k);
    char take[128];
    SDL_snprintf(take, sizeof take, crs_app_str(a, F_VOTE_TAKE), d + 1);
    const int ids[2] = {ID_CANCEL, d >= 0 ? ID_TAKE : -1};
    const char *labels[2] = {crs_app_str(a, F_CANCEL), take};
    static const crs_btn_style styles[2] = {CRS_BTN_SECONDARY, CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 2);
}

static void take(crs_app *a)
{
    const crs_facil_vote *v = crs_facil_vote_state(a);
    int open[9], k = open_choices(a, open), d = decided(v, k);
    if (d < 0) return;
    crs_diag err;
    crs_step step;
    if (crs_engine_choose(a->eng, open[d], &step, &err) != 0) {
        SDL_Log("crossings: vote refused: %s", err.message);
        return;
    }
    crs_engine_set_tally(a->eng, v->tally, k);
    a->last = step;
    crs_app_advance(a, 0);
}

static void set_row(crs_facil_vote *v, int r, int k)
{
    if (r < 0 || r >= k) return;
    if (r != v->row) v->typing = 0;
    v->row = r;
}

static void activate(crs_app *a, int id)
{
    crs_facil_vote *v = crs_facil_vote_state(a);
    int open[9], k = open_choices(a, open);
    if (id == ID_CANCEL) {
        crs_app_pop(a);
        return;
    }
    if (id == ID_TAKE) {
        take(a);
        return;
    }
    int r = id % 100, base = id - r;
    if (r >= k || (base != ID_PICK && base != ID_MINUS && base != ID_PLUS)) return;
    set_row(v, r, k);
    v->typing = 0;
    if (base == ID_PICK) v->pick = v->pick == r ? -1 : r;
    if (base == ID_PLUS && v->tally[r] < 999) v->tally[r]++;
    if (base == ID_MINUS && v->tally[r] > 0) v->tally[r]--;
    a->relayout = 1;
}

static void type_digit(crs_facil_vote *v, int d)
{
    int t = v->typing ? v->tally[v->row] * 10 + d : d;
    v->tally[v->row] = t > 999 ? v->tally[v->row] : t;
    v->typing = 1;
}

static int handle(crs_app *a, const crs_action *act)
{
    crs_facil_vote *v = crs_facil_vote_state(a);
    int open[9], k = open_choices(a, open);
    const crs_page *p = crs_app_page(a);
    int focus = crs_page_focused_id(p);
    switch (act->kind) {
    case CRS_ACT_CHOOSE:
        type_digit(v, act->n);
        break;
    case CRS_ACT_FACIL:
        if (act->n == '0') type_digit(v, 0);
        if (act->n == '+' && v->tally[v->row] < 999) v->tally[v->row]++;
        if (act->n == '-' && v->tally[v->row] > 0) v->tally[v->row]--;
        if (act->n == '+' || act->n == '-') v->typing = 0;
        break;
    case CRS_ACT_UP:
    case CRS_ACT_DOWN:
        set_row(v, v->row + (act->kind == CRS_ACT_UP ? -1 : 1), k);
        break;
    case CRS_ACT_BACK:
        if (act->n == 0) {
            crs_app_pop(a);
            return 1;
        }
        v->tally[v->row] /= 10;
        break;
    case CRS_ACT_ACTIVATE:
        if (p->show_focus && focus >= ID_PICK) return 0; /* a focused row button */
        take(a);
        return 1;
    default:
        return 0;
    }
    a->relayout = 1;
    return 1;
}

const crs_screen crs_screen_vote = {"vote", enter, build, handle, activate, NULL, NULL, 1};
