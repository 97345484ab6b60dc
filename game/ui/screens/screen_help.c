/* Help: how to play, the keys, touch. */
#include "shell/ui.h"
#include "text/xstrings.h"

enum { ID_CLOSE = 1 };

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 740, crs_app_str(a, S_APP_TITLE), -1);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_HELP_TITLE));
    crs_page_gap(p, 12);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, S_HELP_BODY));
    crs_page_gap(p, 20);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_str(a, S_HELP_KEYS));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, S_HELP_KEYLIST));
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_xstr_get(X_HELP_KEYS, a->ko)); /* P, V */
    crs_page_gap(p, 16);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, S_HELP_TOUCH));
    if (a->facil) crs_facil_help(a, p); /* the facilitator's keys */
    crs_ui_close_footer(a, p, ID_CLOSE, CRS_BTN_PRIMARY);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CLOSE) crs_app_pop(a);
}

const crs_screen crs_screen_help = {"help", NULL, build, NULL, activate, NULL, NULL, 1};
