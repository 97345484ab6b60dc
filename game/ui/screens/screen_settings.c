/* Settings, reachable from every screen: language (the place is kept), text size in three
 * steps, high contrast, reduced motion, summaries of difficult passages. Each change lays every
 * open page out again. */
#include "access/extras.h"
#include "shell/ui.h"

enum {
    ID_CLOSE = 1,
    ID_EN = 10,
    ID_KO,
    ID_SIZE = 20,
    ID_CONTRAST = 30,
    ID_MOTION = 40,
    ID_PASSAGES = 50,
    ID_SIM = 60
};

/* One setting: its name and a row of choices; side by side on landscape screens. */
void crs_ui_setting_row(crs_page *p, const char *title, const int *ids, const char *const *labels,
                        int n, int sel)
{
    if (p->ctx.w > p->ctx.h) {
        int x0 = p->col_x, w0 = p->col_w, y0 = p->y, lw = w0 * 30 / 100;
        int bh = crs_page_px(p, 56), lh = crs_text_line_h(p->ctx.ts, CRS_FONT_BOLD);
        p->col_w = lw;
        p->y = y0 + (bh - lh) / 2;
        crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, title);
        p->col_x = x0 + lw;
        p->col_w = w0 - lw;
        p->y = y0;
        crs_page_button_row(p, ids, labels, n, sel);
        p->col_x = x0;
        p->col_w = w0;
        crs_page_gap(p, 8);
        return;
    }
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED, title);
    crs_page_gap(p, 6);
    crs_page_button_row(p, ids, labels, n, sel);
    crs_page_gap(p, 10);
}

static void row(crs_app *a, crs_page *p, crs_str title, const int *ids, const char *const *labels,
                int n, int sel)
{
    crs_ui_setting_row(p, crs_app_str(a, title), ids, labels, n, sel);
}

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 820, crs_app_str(a, S_APP_TITLE), -1);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_SETTINGS));
    crs_page_gap(p, 16);
    static const int lang_ids[2] = {ID_EN, ID_KO};
    static const char *const langs[2] = {"English", "한국어"};
    row(a, p, S_LANGUAGE, lang_ids, langs, 2, a->ko);
    static const int size_ids[3] = {ID_SIZE, ID_SIZE + 1, ID_SIZE + 2};
    const char *sizes[3] = {crs_app_str(a, S_SIZE_1), crs_app_str(a, S_SIZE_2),
                            crs_app_str(a, S_SIZE_3)};
    row(a, p, S_TEXT_SIZE, size_ids, sizes, 3, a->text_step);
    static const int con_ids[2] = {ID_CONTRAST, ID_CONTRAST + 1};
    const char *cons[2] = {crs_app_str(a, S_CONTRAST_STD), crs_app_str(a, S_CONTRAST_HIGH)};
    row(a, p, S_CONTRAST, con_ids, cons, 2, a->high_contrast);
    static const int mot_ids[2] = {ID_MOTION, ID_MOTION + 1};
    const char *mots[2] = {crs_app_str(a, S_MOTION_FULL), crs_app_str(a, S_MOTION_REDUCED)};
    row(a, p, S_MOTION, mot_ids, mots, 2, a->reduced_motion);
    static const int pas_ids[2] = {ID_PASSAGES, ID_PASSAGES + 1};
    const char *pas[2] = {crs_app_str(a, S_PASSAGES_FULL), crs_app_str(a, S_PASSAGES_SUMMARY)};
    row(a, p, S_PASSAGES, pas_ids, pas, 2, a->summaries);
    if (a->facil) { /* for the projector: the random-choice shares on Looking back */
        static const int sim_ids[2] = {ID_SIM, ID_SIM + 1};
        const char *sims[2] = {crs_app_str(a, S_SIM_SHOWN), crs_app_str(a, S_SIM_HIDDEN)};
        row(a, p, S_SIM_ROW, sim_ids, sims, 2, a->hide_sim);
    }
    crs_extras_settings(a, p); /* reading aloud, reading speed */
    crs_ui_close_footer(a, p, ID_CLOSE, CRS_BTN_PRIMARY);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CLOSE) {
        crs_app_pop(a);
        return;
    }
    if (crs_extras_settings_activate(a, id)) return;
    if (id == ID_EN || id == ID_KO)
        a->ko = id == ID_KO;
    else if (id >= ID_SIZE && id < ID_SIZE + 3)
        a->text_step = id - ID_SIZE;
    else if (id == ID_CONTRAST || id == ID_CONTRAST + 1)
        a->high_contrast = id - ID_CONTRAST;
    else if (id == ID_MOTION || id == ID_MOTION + 1)
        a->reduced_motion = id - ID_MOTION;
    else if (id == ID_PASSAGES || id == ID_PASSAGES + 1)
        a->summaries = id - ID_PASSAGES;
    else if (id == ID_SIM || id == ID_SIM + 1)
        a->hide_sim = id - ID_SIM;
    else
        return;
    a->relayout = 1;
}

const crs_screen crs_screen_settings = {"settings", NULL, build, NULL, activate, NULL, NULL, 1};
