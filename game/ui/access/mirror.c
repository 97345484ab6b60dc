/* Reading a laid-out page back as text. The page keeps every text line with its rectangle, so
 * a button's label is the text inside its rectangle, and a paragraph is a run of lines of one
 * font at one x, each one line below the last. */
#include "access/mirror.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { L_BODY, L_TOP, L_FOOT };

typedef struct {
    char *s;
    size_t len, cap;
    char last;
} sink;

static void put(sink *o, const char *s)
{
    size_t n = strlen(s);
    if (o->cap > 0 && o->len + 1 < o->cap) {
        size_t room = o->cap - 1 - o->len, k = n < room ? n : room;
        memcpy(o->s + o->len, s, k);
        o->s[o->len + k] = 0;
    }
    o->len += n;
    if (n) o->last = s[n - 1];
}

/* The button whose rectangle holds text item i, or -1. */
static int owner(const crs_page *p, int i)
{
    const crs_pitem *t = &p->items[i];
    for (int b = 0; b < p->nbuttons; b++) {
        const crs_pbutton *bt = &p->buttons[b];
        SDL_Rect r = bt->r;
        if (bt->layer == t->layer && t->r.x >= r.x && t->r.x < r.x + r.w && t->r.y >= r.y &&
            t->r.y < r.y + r.h)
            return b;
    }
    return -1;
}

static void button_text(const crs_page *p, int b, crs_mirror_namer name, void *ud, sink *o)
{
    const crs_pbutton *bt = &p->buttons[b];
    char num[8];
    snprintf(num, sizeof num, "%d", bt->key);
    const char *nm = name && bt->style == CRS_BTN_ICON ? name(bt->id, ud) : NULL;
    put(o, bt->key > 0 ? num : "[");
    put(o, bt->key > 0 ? ". " : "");
    if (nm) put(o, nm);
    int prev = -1, lines = 0, badge = -1;
    for (int i = 0; bt->key > 0 && i < p->nitems; i++)
        if (p->items[i].kind == PI_TEXT && owner(p, i) == b) badge = i;
    for (int i = 0; !nm && i < p->nitems; i++) {
        const crs_pitem *it = &p->items[i];
        /* The number badge is the last text a numbered button adds: the mirror's "N." says it. */
        if (it->kind != PI_TEXT || owner(p, i) != b || i == badge) continue;
        if (lines++)
            put(o, prev >= 0 && p->items[prev].font != it->font ? " — "
                   : it->joins_bare                             ? ""
                                                                : " ");
        put(o, it->text);
        prev = i;
    }
    if (bt->style == CRS_BTN_TOGGLE_ON && name) {
        put(o, " (");
        put(o, name(CRS_MIRROR_SELECTED, ud));
        put(o, ")");
    }
    put(o, bt->key > 0 ? "" : "]");
}

/* How a text line joins the one before: a space in the same row, the break's own space (none
 * where the layout broke between characters) in the same paragraph, else a line break. */
static const char *joiner(const crs_pitem *prev, const crs_pitem *it)
{
    if (!prev) return "";
    if (it->r.y == prev->r.y) return " ";
    if (it->font == prev->font && it->r.x == prev->r.x && it->r.y == prev->r.y + prev->r.h)
        return it->joins_bare ? "" : " ";
    return "\n";
}

static void layer_text(const crs_page *p, int layer, int with_buttons, crs_mirror_namer name,
                       void *ud, sink *o)
{
    const crs_pitem *prev = NULL;
    for (int i = 0; i < p->nitems; i++) {
        const crs_pitem *it = &p->items[i];
        if (it->layer != layer) continue;
        if (it->kind == PI_BUTTON && with_buttons) {
            if (o->len && o->last != '\n') put(o, "\n");
            button_text(p, it->button, name, ud, o);
            put(o, "\n");
            prev = NULL;
        } else if (it->kind == PI_TEXT && owner(p, i) < 0) {
            put(o, joiner(prev, it));
            put(o, it->text);
            prev = it;
        }
    }
    if (prev) put(o, "\n");
}

size_t crs_mirror_page(const crs_page *p, crs_mirror_namer name, void *ud, char *out, size_t cap)
{
    sink o = {out, 0, cap, 0};
    if (cap) out[0] = 0;
    layer_text(p, L_TOP, 0, name, ud, &o);
    layer_text(p, L_BODY, 1, name, ud, &o);
    layer_text(p, L_FOOT, 1, name, ud, &o);
    /* The top bar's buttons, left to right as the eye reads them. */
    int last_x = -1;
    for (;;) {
        int next = -1;
        for (int b = 0; b < p->nbuttons; b++)
            if (p->buttons[b].layer == L_TOP && p->buttons[b].r.x > last_x &&
                (next < 0 || p->buttons[b].r.x < p->buttons[next].r.x))
                next = b;
        if (next < 0) break;
        button_text(p, next, name, ud, &o);
        put(&o, "\n");
        last_x = p->buttons[next].r.x;
    }
    return o.len;
}

size_t crs_mirror_button(const crs_page *p, int id, crs_mirror_namer name, void *ud, char *out,
                         size_t cap)
{
    sink o = {out, 0, cap, 0};
    if (cap) out[0] = 0;
    for (int b = 0; b < p->nbuttons; b++)
        if (p->buttons[b].id == id) {
            button_text(p, b, name, ud, &o);
            break;
        }
    return o.len;
}
