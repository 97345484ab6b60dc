/* Page layout and interaction: builders place wrapped text, cards and buttons in a centred
 * column; the page then scrolls, moves focus, hit-tests pointers and draws from that layout. */
#include "page/page.h"

#include <stdlib.h>
#include <string.h>

#define MAX_LINES 256

enum { L_BODY, L_TOP, L_FOOT };

/* ===== building ===== */

int crs_page_px(const crs_page *p, float logical)
{
    float v = logical * p->ctx.scale;
    return (int)(v >= 0 ? v + 0.5f : v - 0.5f);
}

static crs_pitem *add_item(crs_page *p, crs_pitem_kind kind)
{
    if (p->nitems == p->capitems) {
        int ncap = p->capitems ? p->capitems * 2 : 128;
        crs_pitem *n = realloc(p->items, sizeof *n * (size_t)ncap);
        if (!n) {
            p->oom = 1;
            return NULL;
        }
        p->items = n;
        p->capitems = ncap;
    }
    crs_pitem *it = &p->items[p->nitems++];
    memset(it, 0, sizeof *it);
    it->kind = kind;
    it->layer = p->layer;
    it->col2 = -1;
    it->button = -1;
    return it;
}

static int add_button(crs_page *p, int id, crs_btn_style style, SDL_Rect r, int key)
{
    if (p->nbuttons == p->capbuttons) {
        int ncap = p->capbuttons ? p->capbuttons * 2 : 16;
        crs_pbutton *n = realloc(p->buttons, sizeof *n * (size_t)ncap);
        if (!n) {
            p->oom = 1;
            return -1;
        }
        p->buttons = n;
        p->capbuttons = ncap;
    }
    p->buttons[p->nbuttons] = (crs_pbutton){id, p->layer, key, style, r};
    crs_pitem *it = add_item(p, PI_BUTTON);
    if (it) {
        it->r = r;
        it->button = p->nbuttons;
        it->col2 = p->card_item >= 0 ? CRS_COL_SURFACE : CRS_COL_BG;
    }
    return p->nbuttons++;
}

static void add_text(crs_page *p, crs_font f, crs_colour c, const char *s, size_t len, int x, int y)
{
    crs_pitem *it = add_item(p, PI_TEXT);
    if (!it) return;
    it->text = malloc(len + 1);
    if (!it->text) {
        p->oom = 1;
        it->kind = PI_RECT;
        return;
    }
    memcpy(it->text, s, len);
    it->text[len] = 0;
    it->font = (int)f;
    it->col = (int)c;
    it->r = (SDL_Rect){x, y, crs_text_width(p->ctx.ts, f, s, len), crs_text_line_h(p->ctx.ts, f)};
}

static void free_items(crs_page *p)
{
    for (int i = 0; i < p->nitems; i++) free(p->items[i].text);
    p->nitems = 0;
    p->nbuttons = 0;
}

void crs_page_begin(crs_page *p, const crs_page_ctx *ctx, int col_max_w)
{
    free_items(p);
    p->ctx = *ctx;
    p->oom = 0;
    int margin = crs_page_px(p, ctx->w > ctx->h ? 40 : 28);
    p->col_w = crs_page_px(p, (float)col_max_w);
    if (p->col_w > ctx->w - 2 * margin) p->col_w = ctx->w - 2 * margin;
    p->col_x = (ctx->w - p->col_w) / 2;
    p->y = crs_page_px(p, 28);
    p->layer = L_BODY;
    p->card_item = -1;
    p->top_h = p->foot_h = 0;
    p->map_item = -1;
    p->pause_id = p->panel = p->truncated = 0;
    p->pressed = -1;
    p->dragging = 0;
}

void crs_page_free(crs_page *p)
{
    free_items(p);
    free(p->items);
    free(p->buttons);
    memset(p, 0, sizeof *p);
}

/* Records on the text item just added whether wrapped line j of a string continues line j - 1
 * with no space between them (the wrapper skips the spaces it breaks at), so readers of the
 * page's text (the mirror) rejoin the lines as they were written. */
static void mark_wrap(crs_page *p, const crs_line *ln, int j)
{
    if (j > 0 && p->nitems > 0 && p->items[p->nitems - 1].kind == PI_TEXT)
        p->items[p->nitems - 1].joins_bare = ln[j].off == ln[j - 1].off + ln[j - 1].len;
}

/* Wraps s at width w and adds its lines at x from the cursor down; returns the height used. */
static int text_block(crs_page *p, crs_font f, crs_colour c, const char *s, int x, int w)
{
    static crs_line lines[MAX_LINES];
    int n = crs_text_wrap(p->ctx.ts, f, s, w, lines, MAX_LINES);
    if (n > MAX_LINES) {
        p->truncated++;
        n = MAX_LINES;
    }
    int lh = crs_text_line_h(p->ctx.ts, f);
    for (int i = 0; i < n; i++) {
        add_text(p, f, c, s + lines[i].off, lines[i].len, x, p->y + i * lh);
        mark_wrap(p, lines, i);
    }
    return n * lh;
}

void crs_page_text(crs_page *p, crs_font f, crs_colour c, const char *s)
{
    crs_page_text_indent(p, f, c, s, 0);
}

void crs_page_text_indent(crs_page *p, crs_font f, crs_colour c, const char *s, int indent)
{
    if (!s || !*s) return;
    int in = crs_page_px(p, (float)indent);
    p->y += text_block(p, f, c, s, p->col_x + in, p->col_w - in);
}

void crs_page_item(crs_page *p, crs_font f, crs_colour c, const char *marker, const char *s,
                   int indent)
{
    if (!s || !*s) return;
    int in = crs_page_px(p, (float)indent);
    add_text(p, f, c, marker, strlen(marker), p->col_x, p->y);
    p->y += text_block(p, f, c, s, p->col_x + in, p->col_w - in);
}

void crs_page_gap(crs_page *p, float logical)
{
    p->y += crs_page_px(p, logical);
}

void crs_page_rule(crs_page *p)
{
    crs_pitem *it = add_item(p, PI_RECT);
    int t = crs_page_px(p, 1) > 0 ? crs_page_px(p, 1) : 1;
    if (it) {
        it->r = (SDL_Rect){p->col_x, p->y, p->col_w, t};
        it->col = CRS_COL_RULE;
    }
    p->y += t;
}

void crs_page_button(crs_page *p, int id, crs_btn_style style, const char *label, const char *sub,
                     int key)
{
    int pad = crs_page_px(p, 18), vpad = crs_page_px(p, 13);
    int badge = key > 0 ? crs_page_px(p, 34) : 0, gap = key > 0 ? crs_page_px(p, 16) : 0;
    int first = p->nitems, y0 = p->y;
    int bi = add_button(p, id, style, (SDL_Rect){p->col_x, y0, p->col_w, 0}, key);
    crs_colour fg =
        style == CRS_BTN_PRIMARY || style == CRS_BTN_TOGGLE_ON ? CRS_COL_ON_ACCENT : CRS_COL_INK;
    int tx = p->col_x + pad + badge + gap, tw = p->col_w - 2 * pad - badge - gap;
    p->y = y0 + vpad;
    p->y += text_block(p, style == CRS_BTN_CHOICE && !(sub && *sub) ? CRS_FONT_BODY : CRS_FONT_BOLD,
                       fg, label, tx, tw);
    if (sub && *sub) {
        p->y += crs_page_px(p, 2);
        p->y += text_block(p, CRS_FONT_SMALL, style == CRS_BTN_PRIMARY ? fg : CRS_COL_MUTED, sub,
                           tx, tw);
    }
    if (style == CRS_BTN_PRIMARY && !(sub && *sub) && p->nitems == first + 2) {
        /* A one-line primary action (Begin) reads best centred, like the toggles beside it. */
        crs_pitem *t = &p->items[first + 1];
        t->r.x = p->col_x + (p->col_w - t->r.w) / 2;
    }
    int h = p->y + vpad - y0, minh = crs_page_px(p, 56);
    if (h < minh) {
        /* Centre short labels vertically in the minimum touch height. */
        int shift = (minh - h) / 2;
        for (int i = first + 1; i < p->nitems; i++) p->items[i].r.y += shift;
        h = minh;
    }
    if (bi >= 0) {
        p->buttons[bi].r.h = h;
        p->items[first].r.h = h;
    }
    if (key > 0) {
        char num[4];
        SDL_snprintf(num, sizeof num, "%d", key);
        int nw = crs_text_width(p->ctx.ts, CRS_FONT_BOLD, num, strlen(num));
        int by = first + 1 < p->nitems ? p->items[first + 1].r.y : y0 + vpad;
        add_text(p, CRS_FONT_BOLD, CRS_COL_ON_ACCENT, num, strlen(num),
                 p->col_x + pad + (badge - nw) / 2, by);
    }
    p->y = y0 + h + crs_page_px(p, 12);
}

void crs_page_button_row(crs_page *p, const int *ids, const char *const *labels, int n,
                         int selected)
{
    if (n <= 0) return;
    int gap = crs_page_px(p, 10), bw = (p->col_w - gap * (n - 1)) / n;
    int h = crs_page_px(p, 56), lh = crs_text_line_h(p->ctx.ts, CRS_FONT_BOLD);
    int pad = crs_page_px(p, 8), lines = 1;
    static crs_line ln[8];
    /* A label too long for its share of the row wraps (long translations, large text); the
     * whole row grows to the tallest label. */
    for (int i = 0; i < n; i++) {
        int k = crs_text_wrap(p->ctx.ts, CRS_FONT_BOLD, labels[i], bw - 2 * pad, ln, 8);
        if (k > lines) lines = k > 8 ? 8 : k;
    }
    if (lines * lh + 2 * pad > h) h = lines * lh + 2 * pad;
    for (int i = 0; i < n; i++) {
        int x = p->col_x + i * (bw + gap);
        crs_btn_style st = i == selected ? CRS_BTN_TOGGLE_ON : CRS_BTN_SECONDARY;
        add_button(p, ids[i], st, (SDL_Rect){x, p->y, bw, h}, 0);
        int k = crs_text_wrap(p->ctx.ts, CRS_FONT_BOLD, labels[i], bw - 2 * pad, ln, 8);
        if (k > 8) k = 8;
        for (int j = 0; j < k; j++) {
            const char *s = labels[i] + ln[j].off;
            int tw = crs_text_width(p->ctx.ts, CRS_FONT_BOLD, s, ln[j].len);
            add_text(p, CRS_FONT_BOLD, i == selected ? CRS_COL_ON_ACCENT : CRS_COL_INK, s,
                     ln[j].len, x + (bw - tw) / 2, p->y + (h - k * lh) / 2 + j * lh);
            mark_wrap(p, ln, j);
        }
    }
    p->y += h + crs_page_px(p, 12);
}

void crs_page_card_begin(crs_page *p, crs_colour fill, crs_colour border)
{
    crs_pitem *it = add_item(p, PI_RECT);
    if (!it) return;
    it->col = (int)fill;
    it->col2 = (int)border;
    it->radius = crs_page_px(p, 10);
    it->r = (SDL_Rect){p->col_x, p->y, p->col_w, 0};
    p->card_item = p->nitems - 1;
    p->card_y = p->y;
    int pad = crs_page_px(p, 20);
    p->col_x += pad;
    p->col_w -= 2 * pad;
    p->y += crs_page_px(p, 16);
}

void crs_page_card_end(crs_page *p)
{
    if (p->card_item < 0) return;
    int pad = crs_page_px(p, 20);
    p->col_x -= pad;
    p->col_w += 2 * pad;
    p->y += crs_page_px(p, 16);
    p->items[p->card_item].r.h = p->y - p->card_y;
    p->card_item = -1;
    p->y += crs_page_px(p, 14);
}

void crs_page_pill(crs_page *p, const char *s, crs_colour fg, crs_colour bg)
{
    size_t len = strlen(s);
    int padx = crs_page_px(p, 10), lh = crs_text_line_h(p->ctx.ts, CRS_FONT_SMALL_BOLD);
    int w = crs_text_width(p->ctx.ts, CRS_FONT_SMALL_BOLD, s, len) + 2 * padx;
    if (w > p->col_w) w = p->col_w;
    crs_pitem *it = add_item(p, PI_RECT);
    if (it) {
        it->r = (SDL_Rect){p->col_x, p->y, w, lh};
        it->col = (int)bg;
        it->radius = lh / 2;
    }
    add_text(p, CRS_FONT_SMALL_BOLD, fg, s, len, p->col_x + padx, p->y);
    p->y += lh + crs_page_px(p, 8);
}

void crs_page_bar(crs_page *p, const char *label, double percent, int highlight, const char *mark)
{
    int lw = p->col_w * 36 / 100, gap = crs_page_px(p, 16);
    /* Room for the widest figure in the largest font used, whatever the text size. */
    int numw = crs_text_width(p->ctx.ts, CRS_FONT_BOLD, "100.0%", 6) + crs_page_px(p, 10);
    int tx = p->col_x + lw + gap, tw = p->col_w - lw - gap - numw;
    int y0 = p->y, bh = crs_page_px(p, 22);
    crs_font lf = highlight ? CRS_FONT_BOLD : CRS_FONT_BODY;
    int lh = text_block(p, lf, CRS_COL_INK, label, p->col_x, lw);
    int rowh = lh > bh + crs_page_px(p, 8) ? lh : bh + crs_page_px(p, 8);
    int by = y0 + (crs_text_line_h(p->ctx.ts, lf) - bh) / 2;
    if (percent < 0) percent = 0;
    if (percent > 100) percent = 100;
    crs_pitem *track = add_item(p, PI_RECT);
    if (track) {
        track->r = (SDL_Rect){tx, by, tw, bh};
        track->col = CRS_COL_BUTTON;
        track->radius = crs_page_px(p, 4);
    }
    int fw = (int)(tw * percent / 100.0 + 0.5);
    crs_pitem *fill = add_item(p, PI_RECT);
    if (fill) {
        fill->r = (SDL_Rect){tx, by, fw, bh};
        fill->col = highlight ? CRS_COL_ACCENT : CRS_COL_BAR;
        fill->radius = crs_page_px(p, 4);
    }
    char num[32];
    SDL_snprintf(num, sizeof num, "%.1f%%", percent);
    add_text(p, highlight ? CRS_FONT_BOLD : CRS_FONT_BODY, CRS_COL_INK, num, strlen(num),
             tx + tw + crs_page_px(p, 10), y0);
    p->y = y0 + rowh;
    if (highlight && mark) {
        int save = p->col_x;
        p->col_x = tx;
        add_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, mark, strlen(mark), tx, p->y);
        p->col_x = save;
        p->y += crs_text_line_h(p->ctx.ts, CRS_FONT_SMALL_BOLD);
    }
    p->y += crs_page_px(p, 8);
}

void crs_page_subbar(crs_page *p, double percent, const char *note)
{
    int lw = p->col_w * 36 / 100, gap = crs_page_px(p, 16);
    int tx = p->col_x + lw + gap, tw = p->col_w - lw - gap - crs_page_px(p, 64);
    int bh = crs_page_px(p, 6), y0 = p->y - crs_page_px(p, 6);
    if (percent < 0) percent = 0;
    if (percent > 100) percent = 100;
    crs_pitem *fill = add_item(p, PI_RECT);
    if (fill) {
        fill->r = (SDL_Rect){tx, y0, (int)(tw * percent / 100.0 + 0.5), bh};
        fill->col = CRS_COL_MUTED;
        fill->radius = bh / 2;
    }
    char num[160];
    SDL_snprintf(num, sizeof num, "%.1f%% %s", percent, note);
    /* The note wraps under the bar (a long label in a narrow, large-text column). */
    int x0 = p->col_x, w0 = p->col_w;
    p->col_x = tx;
    p->col_w = x0 + w0 - tx;
    p->y = y0 + bh + crs_page_px(p, 2);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, num);
    p->col_x = x0;
    p->col_w = w0;
    p->y += crs_page_px(p, 8);
}

void crs_page_map(crs_page *p, float h)
{
    crs_pitem *it = add_item(p, PI_MAP);
    if (!it) return;
    it->r = (SDL_Rect){p->col_x, p->y, p->col_w, crs_page_px(p, h)};
    it->radius = crs_page_px(p, 10);
    p->map_item = p->nitems - 1;
    p->y += it->r.h + crs_page_px(p, 20);
}

/* ===== bars ===== */

static void icon_button(crs_page *p, int id, int x, int y, int size, crs_pitem_kind icon,
                        const char *glyph)
{
    int bi = add_button(p, id, CRS_BTN_ICON, (SDL_Rect){x, y, size, size}, 0);
    (void)bi;
    if (glyph) {
        size_t len = strlen(glyph);
        int tw = crs_text_width(p->ctx.ts, CRS_FONT_HEADING, glyph, len);
        int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_HEADING);
        add_text(p, CRS_FONT_HEADING, CRS_COL_INK, glyph, len, x + (size - tw) / 2,
                 y + (size - lh) / 2);
        return;
    }
    crs_pitem *it = add_item(p, icon);
    if (it) it->r = (SDL_Rect){x + size / 6, y + size / 6, size * 2 / 3, size * 2 / 3};
}

/* Two upright bars: the pause sign, drawn, since fonts disagree on a pause glyph. */
static void pause_button(crs_page *p, int x, int y, int size)
{
    add_button(p, p->pause_id, CRS_BTN_ICON, (SDL_Rect){x, y, size, size}, 0);
    int bw = size / 8 > 2 ? size / 8 : 2, bh = size * 2 / 5;
    for (int i = 0; i < 2; i++) {
        crs_pitem *it = add_item(p, PI_RECT);
        if (!it) return;
        it->r = (SDL_Rect){x + (size - 3 * bw) / 2 + i * 2 * bw, y + (size - bh) / 2, bw, bh};
        it->col = CRS_COL_INK;
        it->radius = bw / 3;
    }
}

/* The top bar's label, on up to four lines when it does not fit on one (large text, a long
 * title, a narrow screen): the bar grows and what it already holds is centred again. */
static void topbar_label(crs_page *p, const char *label, int lx, int maxw, int item0, int button0)
{
    static crs_line line[4];
    int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_SMALL_BOLD);
    int n = crs_text_wrap(p->ctx.ts, CRS_FONT_SMALL_BOLD, label, maxw, line, 4);
    if (n > 4) {
        p->truncated++;
        n = 4;
    }
    int need = n * lh + crs_page_px(p, 16);
    if (need > p->top_h) {
        int d = (need - p->top_h) / 2;
        for (int i = item0; i < p->nitems; i++) p->items[i].r.y += d;
        for (int b = button0; b < p->nbuttons; b++) p->buttons[b].r.y += d;
        p->top_h = need;
    }
    for (int i = 0; i < n; i++) {
        add_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED, label + line[i].off, line[i].len, lx,
                 (p->top_h - n * lh) / 2 + i * lh);
        mark_wrap(p, line, i);
    }
}

void crs_page_topbar(crs_page *p, const char *label, const char *marker, int with_history)
{
    int save = p->layer, item0 = p->nitems, button0 = p->nbuttons;
    p->layer = L_TOP;
    p->top_h = crs_page_px(p, 68);
    int size = crs_page_px(p, 52), gap = crs_page_px(p, 6), m = crs_page_px(p, 16);
    int y = (p->top_h - size) / 2, x = p->ctx.w - m - size;
    icon_button(p, CRS_ID_SETTINGS, x, y, size, PI_ICON_GEAR, NULL);
    x -= size + gap;
    icon_button(p, CRS_ID_HELP, x, y, size, PI_TEXT, "?");
    if (with_history) {
        x -= size + gap;
        icon_button(p, CRS_ID_HISTORY, x, y, size, PI_ICON_LIST, NULL);
    }
    if (p->pause_id > 0) {
        x -= size + gap;
        pause_button(p, x, y, size);
    }
    int lx = crs_page_px(p, 28);
    int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_SMALL_BOLD);
    size_t len = marker ? strlen(marker) : 0;
    int padx = crs_page_px(p, 10), w = 0;
    if (len) {
        w = crs_text_width(p->ctx.ts, CRS_FONT_SMALL_BOLD, marker, len) + 2 * padx;
        x -= w + crs_page_px(p, 12);
    }
    /* The label's items go in before the badge's, though the badge's place decides the label's
     * width: the text mirror (and a screen reader) reads items in order, and the journey's
     * name is the heading, not "draft". */
    if (label && *label) topbar_label(p, label, lx, x - lx - crs_page_px(p, 16), item0, button0);
    if (len) {
        crs_pitem *it = add_item(p, PI_RECT);
        if (it) {
            it->r = (SDL_Rect){x, (p->top_h - lh) / 2, w, lh};
            it->col = CRS_COL_WARN_BG;
            it->radius = lh / 2;
        }
        add_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_WARN, marker, len, x + padx, (p->top_h - lh) / 2);
    }
    p->layer = save;
}

/* Whether the footer's buttons fit side by side in the column. */
static int footer_fits(crs_page *p, const char *const *labels, const int *ids, int n, int padx,
                       int minw, int gap)
{
    int total = 0, count = 0;
    for (int i = 0; i < n; i++) {
        if (ids[i] < 0) continue;
        int tw = crs_text_width(p->ctx.ts, CRS_FONT_BOLD, labels[i], strlen(labels[i]));
        total += tw + 2 * padx < minw ? minw : tw + 2 * padx;
        count++;
    }
    return total + gap * (count > 0 ? count - 1 : 0) <= p->col_w;
}

/* Long labels or large text: the footer's buttons one above the other, the primary one last
 * (nearest the thumb and the bottom edge), each as wide as the column; the bar grows. */
static void footer_stacked(crs_page *p, const int *ids, const char *const *labels,
                           const crs_btn_style *styles, int n)
{
    int h = crs_page_px(p, 56), gap = crs_page_px(p, 10), m = crs_page_px(p, 16);
    int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_BOLD), pad = crs_page_px(p, 12), count = 0;
    static crs_line ln[4];
    int rows[16];
    for (int i = 0; i < n && i < 16; i++) {
        rows[i] = 0;
        if (ids[i] < 0) continue;
        int k = crs_text_wrap(p->ctx.ts, CRS_FONT_BOLD, labels[i], p->col_w - 2 * pad, ln, 4);
        rows[i] = (k > 4 ? 4 : k) * lh + 2 * pad > h ? (k > 4 ? 4 : k) * lh + 2 * pad : h;
        count++;
    }
    int total = 2 * m - gap;
    for (int i = 0; i < n && i < 16; i++)
        if (ids[i] >= 0) total += rows[i] + gap;
    p->foot_h = total;
    int y = p->ctx.h - total + m;
    for (int i = 0; i < n && i < 16; i++) {
        if (ids[i] < 0) continue;
        add_button(p, ids[i], styles[i], (SDL_Rect){p->col_x, y, p->col_w, rows[i]}, 0);
        crs_colour fg = styles[i] == CRS_BTN_PRIMARY ? CRS_COL_ON_ACCENT : CRS_COL_INK;
        int k = crs_text_wrap(p->ctx.ts, CRS_FONT_BOLD, labels[i], p->col_w - 2 * pad, ln, 4);
        if (k > 4) {
            k = 4;
            p->truncated++;
        }
        for (int j = 0; j < k; j++) {
            const char *s = labels[i] + ln[j].off;
            int tw = crs_text_width(p->ctx.ts, CRS_FONT_BOLD, s, ln[j].len);
            add_text(p, CRS_FONT_BOLD, fg, s, ln[j].len, p->col_x + (p->col_w - tw) / 2,
                     y + (rows[i] - k * lh) / 2 + j * lh);
            mark_wrap(p, ln, j);
        }
        y += rows[i] + gap;
    }
    (void)count;
}

void crs_page_footer(crs_page *p, const int *ids, const char *const *labels,
                     const crs_btn_style *styles, int n)
{
    int save = p->layer;
    p->layer = L_FOOT;
    p->foot_h = crs_page_px(p, 88);
    int h = crs_page_px(p, 56), y0 = p->ctx.h - p->foot_h + (p->foot_h - h) / 2;
    int gap = crs_page_px(p, 12), padx = crs_page_px(p, 28), minw = crs_page_px(p, 150);
    int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_BOLD);
    int right = p->col_x + p->col_w;
    if (!footer_fits(p, labels, ids, n, padx, minw, gap)) {
        footer_stacked(p, ids, labels, styles, n);
        p->layer = save;
        return;
    }
    for (int i = n - 1; i >= 0; i--) {
        if (ids[i] < 0) continue;
        size_t len = strlen(labels[i]);
        int tw = crs_text_width(p->ctx.ts, CRS_FONT_BOLD, labels[i], len);
        int w = tw + 2 * padx < minw ? minw : tw + 2 * padx;
        int x = i == 0 && n > 1 ? p->col_x : right - w;
        if (!(i == 0 && n > 1)) right -= w + gap;
        add_button(p, ids[i], styles[i], (SDL_Rect){x, y0, w, h}, 0);
        crs_colour fg = styles[i] == CRS_BTN_PRIMARY ? CRS_COL_ON_ACCENT : CRS_COL_INK;
        add_text(p, CRS_FONT_BOLD, fg, labels[i], len, x + (w - tw) / 2, y0 + (h - lh) / 2);
    }
    p->layer = save;
}
