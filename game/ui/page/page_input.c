/* Page interaction: focus order and movement, scrolling (keys, wheel, touch drag), pointer
 * presses that count only when they end on the button they began on, and hit testing. */
#include "page/page.h"

enum { L_BODY, L_TOP, L_FOOT };

/* ===== focus and scrolling ===== */

static int view_h(const crs_page *p)
{
    return p->ctx.h - p->top_h - p->foot_h;
}

static void clamp_scroll(crs_page *p)
{
    if (p->scroll > p->scroll_max) p->scroll = p->scroll_max;
    if (p->scroll < 0) p->scroll = 0;
}

/* Buttons in focus order: body, footer, then top bar; returns how many. */
static int focus_order(const crs_page *p, int *out, int with_top)
{
    static const int layers[3] = {L_BODY, L_FOOT, L_TOP};
    int n = 0;
    for (int l = 0; l < (with_top ? 3 : 2); l++)
        for (int i = 0; i < p->nbuttons; i++)
            if (p->buttons[i].layer == layers[l]) out[n++] = i;
    return n;
}

static int default_focus(const crs_page *p)
{
    for (int i = 0; i < p->nbuttons; i++)
        if (p->buttons[i].layer == L_BODY) return i;
    for (int i = 0; i < p->nbuttons; i++)
        if (p->buttons[i].layer == L_FOOT && p->buttons[i].style == CRS_BTN_PRIMARY) return i;
    for (int i = 0; i < p->nbuttons; i++)
        if (p->buttons[i].layer == L_FOOT) return i;
    return -1;
}

static void ensure_visible(crs_page *p)
{
    if (p->focus < 0 || p->buttons[p->focus].layer != L_BODY) return;
    SDL_Rect r = p->buttons[p->focus].r;
    int m = crs_page_px(p, 16), vh = view_h(p);
    if (r.y - m < p->scroll)
        p->scroll = r.y - m;
    else if (r.y + r.h + m > p->scroll + vh)
        p->scroll = r.y + r.h + m - vh;
    clamp_scroll(p);
}

void crs_page_end(crs_page *p)
{
    p->content_h = p->y + crs_page_px(p, 32);
    p->scroll_max = p->content_h - view_h(p);
    if (p->scroll_max < 0) p->scroll_max = 0;
    clamp_scroll(p);
    if (p->focus < 0 || p->focus >= p->nbuttons) p->focus = default_focus(p);
}

static int move_focus(crs_page *p, int dir, int with_top, int wrap)
{
    int order[512];
    int n = p->nbuttons <= 512 ? focus_order(p, order, with_top) : 0;
    if (n == 0) return 0;
    int at = -1;
    for (int i = 0; i < n; i++)
        if (order[i] == p->focus) at = i;
    int next = at < 0 ? (dir > 0 ? 0 : n - 1) : at + dir;
    if (next < 0 || next >= n) {
        if (!wrap) return 0;
        next = (next + n) % n;
    }
    p->focus = order[next];
    ensure_visible(p);
    return 1;
}

static int has_body_buttons(const crs_page *p)
{
    for (int i = 0; i < p->nbuttons; i++)
        if (p->buttons[i].layer == L_BODY) return 1;
    return 0;
}

static int scroll_by(crs_page *p, int dy)
{
    int before = p->scroll;
    p->scroll += dy;
    clamp_scroll(p);
    return p->scroll != before;
}

static int hit_test(const crs_page *p, float lx, float ly)
{
    int x = (int)(lx * p->ctx.scale), y = (int)(ly * p->ctx.scale);
    for (int i = 0; i < p->nbuttons; i++) {
        const crs_pbutton *b = &p->buttons[i];
        SDL_Rect r = b->r;
        if (b->layer == L_BODY) {
            if (y < p->top_h || y >= p->ctx.h - p->foot_h) continue;
            r.y += p->top_h - p->scroll;
        }
        SDL_Point pt = {x, y};
        if (SDL_PointInRect(&pt, &r)) return i;
    }
    return -1;
}

static int key_focus(crs_page *p, const crs_action *a)
{
    int shown = p->show_focus;
    p->show_focus = 1;
    switch (a->kind) {
    case CRS_ACT_UP:
    case CRS_ACT_DOWN: {
        int dir = a->kind == CRS_ACT_UP ? -1 : 1;
        if (!has_body_buttons(p) && scroll_by(p, dir * crs_page_px(p, 60))) return 1;
        if (!shown && p->focus >= 0) return 1;
        return move_focus(p, dir, 0, 0) || !shown;
    }
    case CRS_ACT_NEXT:
    case CRS_ACT_PREV:
        if (!shown && p->focus >= 0) return 1;
        return move_focus(p, a->kind == CRS_ACT_NEXT ? 1 : -1, 1, 1) || !shown;
    default:
        return !shown;
    }
}

static int pointer(crs_page *p, const crs_action *a, int *activated)
{
    int changed = p->show_focus;
    p->show_focus = 0;
    if (a->kind == CRS_ACT_POINTER_DOWN) {
        p->down = 1;
        p->pressed = hit_test(p, a->x, a->y);
        p->down_x = a->x;
        p->down_y = a->y;
        p->scroll_at_down = p->scroll;
        p->dragging = 0;
        return 1;
    }
    if (a->kind == CRS_ACT_POINTER_MOVE) {
        if (p->down && !p->dragging && p->scroll_max > 0 && SDL_fabs(a->y - p->down_y) > 14.0)
            p->dragging = 1;
        if (p->dragging) {
            p->pressed = -1;
            int before = p->scroll;
            p->scroll = p->scroll_at_down - (int)((a->y - p->down_y) * p->ctx.scale);
            clamp_scroll(p);
            return changed || before != p->scroll;
        }
        int h = a->touch ? -1 : hit_test(p, a->x, a->y);
        if (h != p->hover) {
            p->hover = h;
            changed = 1;
        }
        return changed;
    }
    /* POINTER_UP: a press counts when it ends on the button it began on. */
    int hit = hit_test(p, a->x, a->y);
    if (p->down && !p->dragging && p->pressed >= 0 && hit == p->pressed) {
        *activated = p->buttons[hit].id;
        p->focus = hit;
    }
    if (a->touch) p->hover = -1;
    p->pressed = -1;
    p->down = p->dragging = 0;
    return 1;
}

int crs_page_handle(crs_page *p, const crs_action *a, int *activated)
{
    *activated = -1;
    int vh = view_h(p);
    switch (a->kind) {
    case CRS_ACT_UP:
    case CRS_ACT_DOWN:
    case CRS_ACT_NEXT:
    case CRS_ACT_PREV:
        return key_focus(p, a);
    case CRS_ACT_ACTIVATE:
        if (p->focus >= 0) *activated = p->buttons[p->focus].id;
        return 0;
    case CRS_ACT_CHOOSE:
        for (int i = 0; i < p->nbuttons; i++)
            if (p->buttons[i].key == a->n) {
                p->focus = i;
                *activated = p->buttons[i].id;
                return 1;
            }
        return 0;
    case CRS_ACT_PAGE_UP:
        return scroll_by(p, -vh * 85 / 100);
    case CRS_ACT_PAGE_DOWN:
        return scroll_by(p, vh * 85 / 100);
    case CRS_ACT_HOME:
        return scroll_by(p, -p->scroll);
    case CRS_ACT_END:
        return scroll_by(p, p->scroll_max - p->scroll);
    case CRS_ACT_SCROLL:
        return scroll_by(p, (int)(a->dy * p->ctx.scale));
    case CRS_ACT_POINTER_DOWN:
    case CRS_ACT_POINTER_MOVE:
    case CRS_ACT_POINTER_UP:
        return pointer(p, a, activated);
    default:
        return 0;
    }
}

int crs_page_focus_id(crs_page *p, int id)
{
    for (int i = 0; i < p->nbuttons; i++)
        if (p->buttons[i].id == id) {
            p->focus = i;
            ensure_visible(p);
            return 1;
        }
    return 0;
}

int crs_page_focused_id(const crs_page *p)
{
    return p->focus >= 0 && p->focus < p->nbuttons ? p->buttons[p->focus].id : -1;
}

int crs_page_button_centre(const crs_page *p, int id, float *x, float *y)
{
    for (int i = 0; i < p->nbuttons; i++) {
        const crs_pbutton *b = &p->buttons[i];
        if (b->id != id) continue;
        int oy = b->layer == L_BODY ? p->top_h - p->scroll : 0;
        *x = ((float)b->r.x + (float)b->r.w / 2.0f) / p->ctx.scale;
        *y = ((float)(b->r.y + oy) + (float)b->r.h / 2.0f) / p->ctx.scale;
        return 1;
    }
    return 0;
}

int crs_page_scrollable(const crs_page *p)
{
    return p->scroll_max > 0;
}
