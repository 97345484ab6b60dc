/* A stage begins: the route map with the path so far (drawn in, unless motion is reduced),
 * the stage's title, place and introduction. */
#include "shell/ui.h"

enum { ID_CONTINUE = 1 };

static void enter(crs_app *a)
{
    a->path_t = a->reduced_motion ? 1.0f : 0.0f;
}

static void text_part(crs_app *a, crs_page *p, const crs_stage *st)
{
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_text(a, &st->title));
    if (st->has_map) crs_page_text(p, CRS_FONT_BODY, CRS_COL_MUTED, crs_app_text(a, &st->place));
    crs_page_gap(p, 14);
    crs_page_text(p, CRS_FONT_LEAD, CRS_COL_INK, crs_app_text(a, &st->intro));
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    char label[512];
    crs_app_stage_label(a, -1, label, sizeof label);
    int wide = p->ctx.w * 10 > p->ctx.h * 13;
    crs_app_begin_page(a, p, wide ? 1120 : 780, label, 1);
    int st = a->eng ? crs_engine_stage(a->eng) : -1;
    if (s && st >= 0 && st < s->nstages) {
        if (wide) {
            /* Landscape: the map on the left, the text beside it. */
            int x0 = p->col_x, w0 = p->col_w, y0 = p->y, gap = crs_page_px(p, 40);
            p->col_w = w0 * 46 / 100;
            crs_page_map(p, 420);
            int ymap = p->y;
            p->col_x = x0 + p->col_w + gap;
            p->col_w = w0 - p->col_w - gap;
            p->y = y0;
            text_part(a, p, &s->stages[st]);
            if (p->y < ymap) p->y = ymap;
            p->col_x = x0;
            p->col_w = w0;
        } else {
            /* Portrait kiosks have height to spare: give it to the map. */
            crs_page_map(p, p->ctx.h > p->ctx.w ? 620 : 380);
            text_part(a, p, &s->stages[st]);
        }
    }
    static const int ids[1] = {ID_CONTINUE};
    const char *labels[1] = {crs_app_str(a, S_CONTINUE)};
    static const crs_btn_style styles[1] = {CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 1);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CONTINUE) crs_app_goto(a, &crs_screen_node);
}

static int update(crs_app *a, double dt)
{
    if (a->path_t >= 1.0f) return 0;
    a->path_t += (float)(dt / 1.4);
    if (a->path_t > 1.0f || a->reduced_motion) a->path_t = 1.0f;
    return 1;
}

const crs_screen crs_screen_stage = {"stage",  enter,  build, crs_app_game_back,
                                     activate, update, NULL,  0};
