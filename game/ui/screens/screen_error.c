/* A scenario that failed to load: its located diagnostics (file:line:column, message, JSON
 * path) as the loader reported them, so an author can fix the file. Never a crash. */
#include "shell/ui.h"
#include "crossings/messages.h"

enum { ID_BACK = 1 };

/* One diagnostic: in Korean, the place and what kind of problem it is in Korean, then the
 * loader's exact message (English, as check prints it) for the author to search for. */
static void diag_lines(crs_app *a, crs_page *p, const crs_diag *d)
{
    char buf[1200];
    if (a->ko) {
        SDL_snprintf(buf, sizeof buf, "%s:%d:%d: %s: %s", d->file, d->line, d->col,
                     crs_severity_text(d->severity, "ko"), crs_code_text(d->code, "ko"));
        crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_INK, buf);
        crs_page_gap(p, 2);
        SDL_snprintf(buf, sizeof buf, "%s %s%s%s%s", crs_app_str(a, S_ERROR_ORIGINAL), d->message,
                     d->path[0] ? " (" : "", d->path, d->path[0] ? ")" : "");
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    } else {
        crs_diag_format(d, buf, sizeof buf);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, buf);
    }
    crs_page_gap(p, 6);
}

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 900, crs_app_str(a, S_APP_TITLE), -1);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_ERROR_TITLE));
    crs_page_gap(p, 6);
    if (a->error_of >= 0 && a->error_of < a->nentries) {
        const crs_entry *e = &a->entries[a->error_of];
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, e->path);
        crs_page_gap(p, 12);
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, S_ERROR_INTRO));
        crs_page_gap(p, 14);
        crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
        for (size_t i = 0; i < e->diags.count; i++) diag_lines(a, p, &e->diags.items[i]);
        crs_page_card_end(p);
    }
    static const int ids[2] = {ID_BACK, -1}; /* Back sits on the left */
    const char *labels[2] = {crs_app_str(a, S_BACK), ""};
    static const crs_btn_style styles[2] = {CRS_BTN_SECONDARY, CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 2);
}

static void back(crs_app *a)
{
    a->phase = 0;
    a->cur = -1;
    crs_app_goto(a, &crs_screen_select);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_BACK) back(a);
}

static int handle(crs_app *a, const crs_action *act)
{
    if (act->kind != CRS_ACT_BACK) return 0;
    back(a);
    return 1;
}

const crs_screen crs_screen_error = {"error", NULL, build, handle, activate, NULL, NULL, 0};
