/* Help: how to play, the keys, touch. */
#include "shell/ui.h"
#include "facilitator/facil.h"
#include "shell/tr.h"

enum { ID_CLOSE = 1 };

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 740, crs_tr(a, "Crossings"), -1);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_tr(a, "How to play"));
    crs_page_gap(p, 12);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK,
                  crs_tr(a, "Read each situation and choose what the person does. Every outcome "
                            "shows the record it rests on: the figure, the year and who was "
                            "counted. Outcomes without a record are marked illustrative."));
    crs_page_gap(p, 20);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_tr(a, "Keys"));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK,
                  crs_tr(a, "Arrows or Tab: move · Enter or Space: choose · 1–9: pick a choice · "
                            "Esc: back or pause · H: your choices · S or F2: settings · L: "
                            "language · F1 or ?: help · F12: screenshot"));
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK,
                  crs_tr(a, "P: pause · V: read the screen aloud")); /* P, V */
    crs_page_gap(p, 16);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK,
                  crs_tr(a, "On a touch screen, tap a button; drag to scroll long pages."));
    if (a->facil) crs_facil_help(a, p); /* the facilitator's keys */
    crs_ui_close_footer(a, p, ID_CLOSE, CRS_BTN_PRIMARY);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CLOSE) crs_app_pop(a);
}

const crs_screen crs_screen_help = {"help", NULL, build, NULL, activate, NULL, NULL, 1};
