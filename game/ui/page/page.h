/* A page: what a screen shows, laid out once into positioned text lines, shapes and buttons,
 * then drawn, scrolled and hit-tested every frame without measuring or rasterising again. */
#ifndef CRS_UI_PAGE_H
#define CRS_UI_PAGE_H

#include <SDL.h>
#include "shell/gfx.h"
#include "shell/input.h"
#include "text/text.h"
#include "shell/theme.h"

typedef enum {
    CRS_BTN_PRIMARY,
    CRS_BTN_SECONDARY,
    CRS_BTN_CHOICE,
    CRS_BTN_ICON,
    CRS_BTN_TOGGLE_ON
} crs_btn_style;

/* Ids of the buttons every page may carry in its top bar. */
enum { CRS_ID_SETTINGS = 9001, CRS_ID_HELP, CRS_ID_HISTORY, CRS_ID_PAUSE };

typedef enum { PI_TEXT, PI_RECT, PI_BUTTON, PI_ICON_GEAR, PI_ICON_LIST, PI_MAP } crs_pitem_kind;

typedef struct crs_pitem {
    crs_pitem_kind kind;
    int layer; /* 0 body (scrolls), 1 top bar, 2 footer */
    SDL_Rect r;
    int font, col, col2; /* text: font and colour; rect: fill and border (-1 none) */
    int radius;
    int button; /* PI_BUTTON: index into buttons */
    char *text;
    int joins_bare; /* a wrapped line that continues the one before with no space between (the
                       break fell between Chinese characters or after a hyphen) */
} crs_pitem;

typedef struct crs_pbutton {
    int id, layer, key;
    crs_btn_style style;
    SDL_Rect r;
} crs_pbutton;

/* Layout context handed in by the app. */
typedef struct crs_page_ctx {
    crs_textsys *ts;
    crs_gfx *gfx;
    const crs_theme *theme;
    int w, h;    /* output size in pixels */
    float scale; /* pixels per logical unit */
} crs_page_ctx;

typedef struct crs_page {
    crs_page_ctx ctx;
    crs_pitem *items;
    int nitems, capitems;
    crs_pbutton *buttons;
    int nbuttons, capbuttons;
    int oom;
    /* layout cursor */
    int col_x, col_w, y, layer;
    int card_item, card_y, card_col;
    int top_h, foot_h; /* bar heights in pixels */
    int content_h, scroll, scroll_max;
    /* interaction */
    int focus, pressed, hover, show_focus;
    int dragging, down;
    float down_x, down_y;
    int scroll_at_down;
    int map_item;  /* index of the map slot, or -1 */
    int pause_id;  /* > 0: the top bar shows a pause button with this id (set before topbar) */
    int panel;     /* drawn over the page below it: no background of its own */
    int truncated; /* lines cut off in the layout (a top-bar label, a text over MAX_LINES) */
} crs_page;

/* Starts (or restarts) building; keeps scroll and focus for a rebuild of the same screen. */
void crs_page_begin(crs_page *p, const crs_page_ctx *ctx, int col_max_w);
/* Frees what the page holds. */
void crs_page_free(crs_page *p);
/* Logical units to pixels. */
int crs_page_px(const crs_page *p, float logical);

/* Top bar: a label on the left (may be NULL), a marker (e.g. draft language, may be NULL),
 * and icon buttons for history (if with_history), help and settings on the right. */
void crs_page_topbar(crs_page *p, const char *label, const char *marker, int with_history);
/* Wrapped text in the column. */
void crs_page_text(crs_page *p, crs_font f, crs_colour c, const char *s);
/* Text indented by indent logical units (for lists). */
void crs_page_text_indent(crs_page *p, crs_font f, crs_colour c, const char *s, int indent);
/* A list item: marker (e.g. "2." or a bullet) at the column's edge, the text wrapped with a
 * hanging indent of indent logical units. */
void crs_page_item(crs_page *p, crs_font f, crs_colour c, const char *marker, const char *s,
                   int indent);
void crs_page_gap(crs_page *p, float logical);
/* A thin horizontal rule across the column. */
void crs_page_rule(crs_page *p);
/* A full-width button: label (and optional second line); key is its number shortcut (0 none). */
void crs_page_button(crs_page *p, int id, crs_btn_style style, const char *label, const char *sub,
                     int key);
/* A row of equal buttons (e.g. a setting's choices); selected gets the "on" style. */
void crs_page_button_row(crs_page *p, const int *ids, const char *const *labels, int n,
                         int selected);
/* A card: a panel behind everything added until card_end. */
void crs_page_card_begin(crs_page *p, crs_colour fill, crs_colour border);
void crs_page_card_end(crs_page *p);
/* A small label on a tinted pill, e.g. "Illustrative". */
void crs_page_pill(crs_page *p, const char *s, crs_colour fg, crs_colour bg);
/* A horizontal bar for a chart: label, share in percent, highlighted or not, and a note shown
 * beside the highlighted bar. */
void crs_page_bar(crs_page *p, const char *label, double percent, int highlight, const char *mark);
/* A thin bar under the last bar: a simulated share in percent, with a short note after it. */
void crs_page_subbar(crs_page *p, double percent, const char *note);
/* The slot the route map is drawn in, h logical units high; its rect is map_rect(). */
void crs_page_map(crs_page *p, float h);
/* Footer buttons: the first on the left (e.g. Back; id < 0 for none), the rest on the right. */
void crs_page_footer(crs_page *p, const int *ids, const char *const *labels,
                     const crs_btn_style *styles, int n);
/* Finishes the layout: content height, scroll range, initial focus. */
void crs_page_end(crs_page *p);

/* Handles an action; sets *activated to a button id (or -1). Returns 1 if the page changed. */
int crs_page_handle(crs_page *p, const crs_action *a, int *activated);
/* Focuses the button with this id; returns 0 if there is none. */
int crs_page_focus_id(crs_page *p, int id);
/* Id of the focused button, or -1. */
int crs_page_focused_id(const crs_page *p);
/* Centre of the button with this id in logical units; 0 if there is none. */
int crs_page_button_centre(const crs_page *p, int id, float *x, float *y);
/* Whether the page can scroll. */
int crs_page_scrollable(const crs_page *p);
/* Draws the page; map_draw (may be NULL) draws into the map slot. */
void crs_page_draw(crs_page *p, void (*map_draw)(void *ud, SDL_Rect r), void *ud);

#endif
