/* Choosing a scenario (title, summary, audience) and then a persona, after the scenario's
 * content note; a scenario that failed to load leads to its diagnostics instead. */
#include "kiosk/kiosk.h"
#include "shell/ui.h"

#include <stdio.h>

enum { ID_BACK = 1, ID_SCEN = 100, ID_PERSONA = 400 };

static void list(crs_app *a, crs_page *p)
{
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_CHOOSE_SCENARIO));
    crs_page_gap(p, 16);
    if (a->nentries == 0) {
        crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_str(a, S_NO_SCENARIOS));
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, a->data_dir);
    }
    for (int i = 0; i < a->nentries && i < 200; i++) {
        const crs_scenario *s = a->entries[i].s;
        if (s) {
            crs_page_button(p, ID_SCEN + i, CRS_BTN_CHOICE, crs_app_text_of(a, s, &s->title),
                            crs_app_text_of(a, s, &s->summary), 0);
        } else {
            const char *base = SDL_strrchr(a->entries[i].path, '/');
            crs_page_button(p, ID_SCEN + i, CRS_BTN_SECONDARY, base ? base + 1 : a->entries[i].path,
                            crs_app_str(a, S_LOAD_FAILED), 0);
        }
    }
}

static void personas(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    char buf[512];
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_text(a, &s->title));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_text(a, &s->summary));
    crs_page_gap(p, 8);
    snprintf(buf, sizeof buf, "%s: %s   ·   %s: %d–%d", crs_app_str(a, S_AUDIENCE),
             crs_app_text(a, &s->audience), crs_app_str(a, S_YEARS), s->era_from, s->era_to);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    crs_page_gap(p, 16);
    crs_page_card_begin(p, CRS_COL_WARN_BG, CRS_COL_WARN_BG);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_WARN, crs_app_str(a, S_CONTENT_NOTE));
    crs_page_gap(p, 2);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, crs_app_text(a, &s->content_note));
    crs_page_card_end(p);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_str(a, S_CHOOSE_PERSONA));
    crs_page_gap(p, 10);
    for (int i = 0; i < s->npersonas && i < 100; i++) {
        if (a->kiosk && !crs_kiosk_persona_offered(a, i)) continue;
        crs_page_button(p, ID_PERSONA + i, CRS_BTN_CHOICE, crs_app_text(a, &s->personas[i].name),
                        crs_app_text(a, &s->personas[i].description), 0);
    }
}

static void build(crs_app *a, crs_page *p)
{
    crs_app_begin_page(a, p, 780, crs_app_str(a, S_APP_TITLE), 0);
    if (a->phase == 1 && crs_app_scenario(a))
        personas(a, p);
    else
        list(a, p);
    static const int ids[2] = {ID_BACK, -1}; /* Back sits on the left */
    const char *labels[2] = {crs_app_str(a, S_BACK), ""};
    static const crs_btn_style styles[2] = {CRS_BTN_SECONDARY, CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 2);
}

static void back(crs_app *a)
{
    if (a->phase == 1) {
        int was = a->cur;
        a->phase = 0;
        a->cur = -1;
        crs_app_goto(a, &crs_screen_select);
        crs_page_focus_id(crs_app_page(a), ID_SCEN + was);
    } else {
        crs_app_goto(a, &crs_screen_title);
    }
}

static void activate(crs_app *a, int id)
{
    if (id == ID_BACK) {
        back(a);
    } else if (id >= ID_PERSONA && a->phase == 1) {
        crs_app_start_journey(a, id - ID_PERSONA);
    } else if (id >= ID_SCEN && id < ID_SCEN + a->nentries) {
        if (!a->entries[id - ID_SCEN].s) {
            a->error_of = id - ID_SCEN;
            crs_app_goto(a, &crs_screen_error);
            return;
        }
        a->cur = id - ID_SCEN;
        a->phase = 1;
        crs_app_goto(a, &crs_screen_select);
    }
}

static int handle(crs_app *a, const crs_action *act)
{
    if (act->kind != CRS_ACT_BACK) return 0;
    back(a);
    return 1;
}

const crs_screen crs_screen_select = {"select", NULL, build, handle, activate, NULL, NULL, 0};
