/* Facilitator mode's export confirmation (E, or Export on the debrief): the two files
 * written, by full name, or why they could not be. */
#include "shell/ui.h"

enum { ID_CLOSE = 1 };

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    crs_app_begin_page(a, p, 1060, s ? crs_app_text(a, &s->title) : "", 0);
    const char *err = crs_facil_export_error(a);
    if (err[0]) {
        crs_page_text(p, CRS_FONT_HEADING, CRS_COL_WARN, crs_app_str(a, F_EXPORT_FAILED));
        crs_page_gap(p, 12);
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, err);
        crs_page_gap(p, 16);
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_app_str(a, F_EXPORT_FAILED_HINT));
    } else {
        crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, F_EXPORTED));
        crs_page_gap(p, 12);
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, F_EXPORTED_BODY));
        crs_page_gap(p, 14);
        crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
        crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, crs_app_str(a, F_FOLDER));
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_facil_export_dir(a));
        for (int html = 0; html < 2; html++) {
            const char *path = crs_facil_export_path(a, html), *slash = SDL_strrchr(path, '/');
            crs_page_gap(p, 12);
            crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, html ? "HTML" : "Markdown");
            crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, slash ? slash + 1 : path);
        }
        crs_page_card_end(p);
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_app_str(a, F_EXPORTED_HINT));
    }
    crs_ui_close_footer(a, p, ID_CLOSE, CRS_BTN_PRIMARY);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CLOSE) crs_app_pop(a);
}

const crs_screen crs_screen_exported = {"exported", NULL, build, NULL, activate, NULL, NULL, 1};
