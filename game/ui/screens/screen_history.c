/* The choices so far (also the pause panel during a journey): return, step back one choice,
 * or leave the journey for the title screen. */
#include "shell/ui.h"

#include <stdio.h>

enum { ID_RESUME = 1, ID_UNDO, ID_LEAVE };

static void steps(crs_app *a, crs_page *p, const crs_scenario *s)
{
    size_t n = a->eng ? crs_engine_history_len(a->eng) : 0;
    if (n == 0) crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_app_str(a, S_NO_HISTORY));
    for (size_t i = 0; i < n; i++) {
        const crs_step *st = crs_engine_history(a->eng, i);
        const crs_node *node = &s->nodes[st->node];
        const crs_choice *ch = &node->choices[st->choice];
        char buf[1024];
        snprintf(buf, sizeof buf, "%zu  ·  %s", i + 1,
                 crs_app_text(a, &s->stages[node->stage].title));
        crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, buf);
        if (st->replayed)
            crs_page_text(p, CRS_FONT_SMALL, CRS_COL_WARN, crs_app_str(a, F_REPLAYED_STEP));
        crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_text(a, &ch->label));
        if (st->outcome >= 0 && st->outcome < ch->noutcomes)
            crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK,
                          crs_app_text(a, &ch->outcomes[st->outcome].text));
        if (st->ending >= 0 && st->ending < s->nendings)
            crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_INK,
                          crs_app_text(a, &s->endings[st->ending].title));
        crs_page_gap(p, 12);
    }
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    int fresh = p->focus < 0;
    crs_app_begin_page(a, p, 780, crs_app_str(a, S_PAUSED), 0);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_HISTORY));
    crs_page_gap(p, 14);
    if (s) steps(a, p, s);
    int can_undo = a->eng && crs_engine_history_len(a->eng) > 0;
    int ids[3] = {ID_LEAVE, can_undo ? ID_UNDO : -1, ID_RESUME};
    const char *labels[3] = {crs_app_str(a, S_LEAVE), crs_app_str(a, S_UNDO),
                             crs_app_str(a, S_RESUME)};
    static const crs_btn_style styles[3] = {CRS_BTN_SECONDARY, CRS_BTN_SECONDARY, CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 3);
    if (fresh) {
        crs_page_end(p);
        crs_page_focus_id(p, ID_RESUME);
    }
}

static void activate(crs_app *a, int id)
{
    switch (id) {
    case ID_RESUME:
        crs_app_pop(a);
        break;
    case ID_UNDO:
        if (a->eng && crs_engine_undo(a->eng) == 0) crs_app_goto(a, &crs_screen_node);
        break;
    case ID_LEAVE:
        crs_app_leave_journey(a);
        break;
    default:
        break;
    }
}

const crs_screen crs_screen_history = {"history", NULL, build, NULL, activate, NULL, NULL, 1};
