/* Drawing a laid-out page: body items offset by the scroll and clipped between the bars,
 * buttons coloured by state (hover, pressed, focus ring), and a thin scroll indicator. */
#include "page/page.h"

enum { L_BODY, L_TOP, L_FOOT };

static SDL_Color col(const crs_page *p, int c)
{
    return p->ctx.theme->c[c];
}

static SDL_Color mix(SDL_Color a, SDL_Color b, int pct)
{
    SDL_Color r = {(Uint8)(a.r + (b.r - a.r) * pct / 100), (Uint8)(a.g + (b.g - a.g) * pct / 100),
                   (Uint8)(a.b + (b.b - a.b) * pct / 100), 255};
    return r;
}

static SDL_Rect grow(SDL_Rect r, int d)
{
    return (SDL_Rect){r.x - d, r.y - d, r.w + 2 * d, r.h + 2 * d};
}

static void draw_button(crs_page *p, const crs_pitem *it, SDL_Rect r)
{
    const crs_pbutton *b = &p->buttons[it->button];
    int hover = it->button == p->hover, pressed = it->button == p->pressed;
    int focus = p->show_focus && it->button == p->focus;
    int rad = crs_page_px(p, b->style == CRS_BTN_ICON ? 26 : 10), bw = crs_page_px(p, 1.5f);
    if (bw < 1) bw = 1;
    if (focus) {
        int ring = crs_page_px(p, 3) > 2 ? crs_page_px(p, 3) : 2, gap = ring;
        crs_gfx_round(p->ctx.gfx, grow(r, gap + ring), rad + gap + ring, col(p, CRS_COL_FOCUS));
        crs_gfx_round(p->ctx.gfx, grow(r, gap), rad + gap, col(p, it->col2));
    }
    SDL_Color ink = col(p, CRS_COL_INK);
    switch (b->style) {
    case CRS_BTN_PRIMARY:
    case CRS_BTN_TOGGLE_ON: {
        SDL_Color f = col(p, CRS_COL_ACCENT);
        if (pressed || hover) f = mix(f, ink, pressed ? 25 : 12);
        crs_gfx_round(p->ctx.gfx, r, rad, f);
        break;
    }
    case CRS_BTN_ICON:
        if (pressed || hover)
            crs_gfx_round(p->ctx.gfx, r, rad,
                          col(p, pressed ? CRS_COL_BUTTON_HOVER : CRS_COL_BUTTON));
        break;
    case CRS_BTN_CHOICE:
    case CRS_BTN_SECONDARY: {
        SDL_Color f = col(p, b->style == CRS_BTN_CHOICE ? CRS_COL_SURFACE : CRS_COL_BUTTON);
        if (hover) f = col(p, CRS_COL_BUTTON_HOVER);
        if (pressed) f = mix(col(p, CRS_COL_BUTTON_HOVER), ink, 10);
        crs_gfx_round_border(p->ctx.gfx, r, rad, bw,
                             col(p, b->style == CRS_BTN_CHOICE ? CRS_COL_RULE : CRS_COL_RULE), f);
        break;
    }
    }
    if (b->key > 0) {
        int size = crs_page_px(p, 34), pad = crs_page_px(p, 18);
        int lh = crs_text_line_h(p->ctx.ts, CRS_FONT_BOLD);
        int top = r.y + crs_page_px(p, 13) + (lh - size) / 2;
        if (r.h <= crs_page_px(p, 56)) top = r.y + (r.h - size) / 2;
        crs_gfx_round(p->ctx.gfx, (SDL_Rect){r.x + pad, top, size, size}, size / 2,
                      col(p, CRS_COL_ACCENT));
    }
}

static void draw_map_placeholder(crs_page *p, SDL_Rect r)
{
    crs_gfx_round(p->ctx.gfx, r, crs_page_px(p, 10), col(p, CRS_COL_MAP));
}

static void draw_item(crs_page *p, const crs_pitem *it, int dy,
                      void (*map_draw)(void *ud, SDL_Rect r), void *ud)
{
    SDL_Rect r = it->r;
    r.y += dy;
    switch (it->kind) {
    case PI_TEXT:
        crs_text_draw(p->ctx.ts, (crs_font)it->font, it->text, SDL_strlen(it->text), r.x, r.y,
                      col(p, it->col));
        break;
    case PI_RECT:
        if (it->col2 >= 0)
            crs_gfx_round_border(p->ctx.gfx, r, it->radius,
                                 crs_page_px(p, 1) > 0 ? crs_page_px(p, 1) : 1, col(p, it->col2),
                                 col(p, it->col));
        else
            crs_gfx_round(p->ctx.gfx, r, it->radius, col(p, it->col));
        break;
    case PI_BUTTON:
        draw_button(p, it, r);
        break;
    case PI_ICON_GEAR:
        crs_gfx_gear(p->ctx.gfx, r, col(p, CRS_COL_INK), col(p, CRS_COL_BG));
        break;
    case PI_ICON_LIST:
        crs_gfx_list(p->ctx.gfx, r, col(p, CRS_COL_INK));
        break;
    case PI_MAP:
        if (map_draw)
            map_draw(ud, r);
        else
            draw_map_placeholder(p, r);
        break;
    }
}

static int visible(const crs_pitem *it, int dy, int top, int bottom)
{
    return it->r.y + dy < bottom && it->r.y + dy + it->r.h > top;
}

static void draw_scrollbar(crs_page *p)
{
    if (p->scroll_max <= 0) return;
    int vh = p->ctx.h - p->top_h - p->foot_h;
    int th = vh * vh / p->content_h, w = crs_page_px(p, 5);
    if (th < crs_page_px(p, 40)) th = crs_page_px(p, 40);
    int y = p->top_h + (vh - th) * p->scroll / p->scroll_max;
    SDL_Rect r = {p->ctx.w - w - crs_page_px(p, 6), y, w, th};
    crs_gfx_round(p->ctx.gfx, r, w / 2, col(p, CRS_COL_RULE));
}

void crs_page_draw(crs_page *p, void (*map_draw)(void *ud, SDL_Rect r), void *ud)
{
    if (!p->panel)
        crs_gfx_fill(p->ctx.gfx, (SDL_Rect){0, 0, p->ctx.w, p->ctx.h}, col(p, CRS_COL_BG));
    int top = p->top_h, bottom = p->ctx.h - p->foot_h, dy = top - p->scroll;
    for (int i = 0; i < p->nitems; i++) {
        const crs_pitem *it = &p->items[i];
        if (it->layer == L_BODY && visible(it, dy, top, bottom)) draw_item(p, it, dy, map_draw, ud);
    }
    /* The bars are drawn over the body, which hides the scrolled-away lines beneath them. */
    int rule = crs_page_px(p, 1) > 0 ? crs_page_px(p, 1) : 1;
    if (p->top_h > 0) {
        crs_gfx_fill(p->ctx.gfx, (SDL_Rect){0, 0, p->ctx.w, p->top_h}, col(p, CRS_COL_BG));
        if (p->scroll > 0)
            crs_gfx_fill(p->ctx.gfx, (SDL_Rect){0, p->top_h - rule, p->ctx.w, rule},
                         col(p, CRS_COL_RULE));
    }
    if (p->foot_h > 0) {
        crs_gfx_fill(p->ctx.gfx, (SDL_Rect){0, bottom, p->ctx.w, p->foot_h}, col(p, CRS_COL_BG));
        crs_gfx_fill(p->ctx.gfx, (SDL_Rect){0, bottom, p->ctx.w, rule}, col(p, CRS_COL_RULE));
    }
    for (int i = 0; i < p->nitems; i++) {
        const crs_pitem *it = &p->items[i];
        if (it->layer != L_BODY) draw_item(p, it, 0, map_draw, ud);
    }
    draw_scrollbar(p);
}
