/* The pause panel, one tap (or P) away during a journey: the journey stays visible, dimmed,
 * behind a calm card; the clock stops (crs_app.paused, read by the kiosk's idle timers) until
 * the visitor continues, skips to looking back, or starts over. */
#include "access/extras.h"

enum { ID_CONTINUE = 1, ID_DEBRIEF, ID_START_OVER };

static void enter(crs_app *a)
{
    a->paused = 1;
}

static void leave(crs_app *a)
{
    a->paused = 0;
}

static void build(crs_app *a, crs_page *p)
{
    crs_page_begin(p, &p->ctx, 620);
    p->panel = 1;
    crs_page_gap(p, p->ctx.h > p->ctx.w ? 300 : 90);
    crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_extras_str(a, X_PAUSED_TITLE));
    crs_page_gap(p, 6);
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_extras_str(a, X_PAUSED_BODY));
    crs_page_gap(p, 18);
    crs_page_button(p, ID_CONTINUE, CRS_BTN_PRIMARY, crs_app_str(a, S_CONTINUE), NULL, 0);
    crs_page_button(p, ID_DEBRIEF, CRS_BTN_SECONDARY, crs_extras_str(a, X_SKIP_DEBRIEF), NULL, 0);
    crs_page_button(p, ID_START_OVER, CRS_BTN_SECONDARY, crs_extras_str(a, X_START_OVER), NULL, 0);
    crs_page_card_end(p);
}

static void activate(crs_app *a, int id)
{
    switch (id) {
    case ID_CONTINUE:
        crs_app_pop(a);
        break;
    case ID_DEBRIEF:
        crs_app_goto(a, &crs_screen_debrief);
        break;
    case ID_START_OVER:
        crs_app_leave_journey(a);
        break;
    default:
        break;
    }
}

const crs_screen crs_screen_pause = {"pause", enter, build, NULL, activate, NULL, leave, 1};
