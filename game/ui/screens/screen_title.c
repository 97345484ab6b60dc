/* The title screen: what the game is, Begin, and the language switch (the first thing a
 * museum visitor may need). */
#include "access/extras.h"
#include "shell/ui.h"

enum { ID_BEGIN = 1, ID_LANG = 2, ID_QUIT = ID_LANG + CRS_UI_LANGS }; /* English is 2 */

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 700, NULL, -1);
    crs_page_gap(p, p->ctx.h > p->ctx.w ? 160 : 40);
    crs_page_text(p, CRS_FONT_TITLE, CRS_COL_INK, crs_tr(a, "Crossings"));
    crs_page_gap(p, 6);
    crs_page_text(
        p, CRS_FONT_LEAD, CRS_COL_MUTED,
        crs_tr(a, "Journeys of North Korean migrants, followed through documented figures"));
    crs_page_gap(p, 18);
    crs_page_rule(p);
    crs_page_gap(p, 18);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK,
                  crs_tr(a, "Every outcome names its source, the year and the people it describes. "
                            "Where no record exists, the game says so."));
    crs_page_gap(p, 30);
    /* TRANSLATORS: a button; keep it short */
    crs_page_button(p, ID_BEGIN, CRS_BTN_PRIMARY, crs_tr(a, "Begin"), NULL, 0);
    crs_extras_title(a, p); /* "Enter a code" */
    crs_page_gap(p, 8);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED, crs_tr(a, "Language"));
    crs_page_gap(p, 6);
    /* every language by its own name, from its catalogue */
    int ids[CRS_UI_LANGS];
    const char *names[CRS_UI_LANGS];
    for (int i = 0; i < a->nlangs; i++) {
        ids[i] = ID_LANG + i;
        names[i] = crs_str_filtered(crs_msg_language_name(a->langs[i]));
    }
    crs_page_button_row(p, ids, names, a->nlangs, a->lang);
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
    case ID_QUIT:
        a->quit = 1;
        break;
    default:
        if (id >= ID_LANG && id < ID_LANG + a->nlangs) crs_app_set_lang(a, id - ID_LANG);
        break;
    }
}

const crs_screen crs_screen_title = {"title", NULL, build, NULL, activate, NULL, NULL, 0};
