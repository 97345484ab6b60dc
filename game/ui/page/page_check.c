/* The checks behind crs_page_check. A page keeps every text line and button with its
 * rectangle, so each rule is a comparison of rectangles; the body scrolls, so only the bars
 * have a height limit. */
#include "page/page_check.h"

#include <stdio.h>
#include <string.h>

enum { L_BODY, L_TOP, L_FOOT };

typedef struct {
    char *s;
    size_t len, cap;
    int n;
} report;

static void problem(report *r, const char *what, const crs_pitem *it)
{
    r->n++;
    if (!r->cap || r->len + 1 >= r->cap) return;
    int k = snprintf(r->s + r->len, r->cap - r->len, "%s: \"%.60s\" at %d,%d %dx%d (layer %d)\n",
                     what, it && it->text ? it->text : "", it ? it->r.x : 0, it ? it->r.y : 0,
                     it ? it->r.w : 0, it ? it->r.h : 0, it ? it->layer : 0);
    if (k > 0) r->len += (size_t)k < r->cap - r->len ? (size_t)k : r->cap - r->len - 1;
}

static int contains(SDL_Rect outer, SDL_Rect in)
{
    return in.x >= outer.x && in.y >= outer.y && in.x + in.w <= outer.x + outer.w &&
           in.y + in.h <= outer.y + outer.h;
}

/* The button whose rectangle holds the middle of text item it, or -1. */
static int owner(const crs_page *p, const crs_pitem *it)
{
    for (int b = 0; b < p->nbuttons; b++) {
        SDL_Rect r = p->buttons[b].r;
        SDL_Point pt = {it->r.x + it->r.w / 2, it->r.y + it->r.h / 2};
        if (p->buttons[b].layer == it->layer && SDL_PointInRect(&pt, &r)) return b;
    }
    return -1;
}

static void check_text(const crs_page *p, const crs_pitem *it, report *r)
{
    if (it->r.x < 0 || it->r.x + it->r.w > p->ctx.w) problem(r, "off the screen", it);
    int b = owner(p, it);
    if (b >= 0 && !contains(p->buttons[b].r, it->r)) problem(r, "wider than its button", it);
    if (it->layer != L_BODY) {
        int bar_top = it->layer == L_TOP ? 0 : p->ctx.h - p->foot_h;
        int bar_h = it->layer == L_TOP ? p->top_h : p->foot_h;
        if (it->r.y < bar_top || it->r.y + it->r.h > bar_top + bar_h)
            problem(r, "taller than its bar", it);
    }
    /* Text of the bars must not run under a button it does not belong to. */
    for (int k = 0; k < p->nbuttons && it->layer != L_BODY; k++)
        if (k != b && p->buttons[k].layer == it->layer &&
            SDL_HasIntersection(&it->r, &p->buttons[k].r))
            problem(r, "under another button", it);
    if (!crs_text_has_glyphs(p->ctx.ts, it->text)) problem(r, "a character without a glyph", it);
}

static void check_bar_buttons(const crs_page *p, report *r)
{
    for (int i = 0; i < p->nbuttons; i++) {
        const crs_pbutton *a = &p->buttons[i];
        if (a->layer == L_BODY) continue;
        crs_pitem at = {.r = a->r, .layer = a->layer};
        if (a->r.x < 0 || a->r.x + a->r.w > p->ctx.w) problem(r, "button off the screen", &at);
        for (int j = i + 1; j < p->nbuttons; j++)
            if (p->buttons[j].layer == a->layer && SDL_HasIntersection(&a->r, &p->buttons[j].r))
                problem(r, "buttons overlap", &at);
    }
}

int crs_page_check(const crs_page *p, char *why, size_t cap)
{
    report r = {why, 0, cap, 0};
    if (cap) why[0] = 0;
    for (int i = 0; i < p->nitems; i++)
        if (p->items[i].kind == PI_TEXT) check_text(p, &p->items[i], &r);
    check_bar_buttons(p, &r);
    /* Name the top bar's text: its label is the line a bar cuts off. */
    for (int i = 0; i < p->truncated; i++) {
        const crs_pitem *label = NULL;
        for (int k = 0; k < p->nitems; k++)
            if (p->items[k].kind == PI_TEXT && p->items[k].layer == L_TOP &&
                owner(p, &p->items[k]) < 0)
                label = &p->items[k];
        problem(&r, "a line cut off", label);
    }
    if (p->oom) problem(&r, "out of memory during layout", NULL);
    return r.n;
}
