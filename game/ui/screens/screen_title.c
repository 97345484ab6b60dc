/* The title screen: what the game is, Begin, and the language switch (the first thing a
 * museum visitor may need). */
#include "access/extras.h"
#include "shell/ui.h"

enum { ID_BEGIN = 1, ID_EN, ID_KO, ID_QUIT };

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 700, NULL, -1);
    crs_page_gap(p, p->ctx.h > p->ctx.w ? 160 : 40);
    crs_page_text(p, CRS_FONT_TITLE, CRS_COL_INK, crs_app_str(a, S_APP_TITLE));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_LEAD, CRS_COL_MUTED, crs_app_str(a, S_TAGLINE));
    crs_page_gap(p, 18);
    crs_page_rule(p);
    crs_page_gap(p, 18);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, S_TITLE_NOTE));
    crs_page_gap(p, 30);
    crs_page_button(p, ID_BEGIN, CRS_BTN_PRIMARY, crs_app_str(a, S_START), NULL, 0);
    crs_extras_title(a, p); /* "Enter a code" */
    crs_page_gap(p, 8);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED, crs_app_str(a, S_LANGUAGE));
    crs_page_gap(p, 6);
    static const int ids[2] = {ID_EN, ID_KO};
    static const char *const names[2] = {"English", "한국어"};
    crs_page_button_row(p, ids, names, 2, a->ko);
}

static void activate(crs_app *a, int id)
{
    if (crs_extras_title_activate(a, id)) return;
    switch (id) {
    case ID_BEGIN:
        a->cur = -1;
        a->phase = 0;
        crs_app_goto(a, &crs_screen_select);
        break;
    case ID_EN:
    case ID_KO:
        a->ko = id == ID_KO;
        a->relayout = 1;
        break;
    case ID_QUIT:
        a->quit = 1;
        break;
    default:
        break;
    }
}

const crs_screen crs_screen_title = {"title", NULL, build, NULL, activate, NULL, NULL, 0};
