/* Pieces several screens share: the source card under every documented figure, the label of
 * an illustrative outcome, ending kind names, and the route map's slot. */
#include "shell/ui.h"

#include <string.h>

static void cite_caveat(crs_app *a, crs_page *p, const crs_text *caveat)
{
    if (!crs_text_present(caveat)) return;
    char buf[1200];
    SDL_snprintf(buf, sizeof buf, "%s: %s", crs_app_str(a, S_CAVEAT), crs_app_text(a, caveat));
    crs_page_gap(p, 4);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_WARN, buf);
}

void crs_ui_cite(crs_app *a, crs_page *p, const crs_cite *c)
{
    const crs_scenario *s = crs_app_scenario(a);
    char buf[1600];
    crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_ACCENT, crs_app_str(a, S_SOURCE));
    crs_page_gap(p, 2);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_app_text(a, &c->figure));
    crs_page_gap(p, 4);
    SDL_snprintf(buf, sizeof buf, "%s: %s   ·   %s: %s", crs_app_str(a, S_YEAR),
                 crs_app_text(a, &c->year), crs_app_str(a, S_POPULATION),
                 crs_app_text(a, &c->population));
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, buf);
    const crs_source *src =
        s && c->source >= 0 && c->source < s->nsources ? &s->sources[c->source] : NULL;
    if (src) {
        int pub = crs_text_present(&src->publisher), where = crs_text_present(&c->where);
        SDL_snprintf(buf, sizeof buf, "%s, “%s”%s%s, %s%s%s", crs_app_text(a, &src->author),
                     crs_app_text(a, &src->title), pub ? ", " : "",
                     pub ? crs_app_text(a, &src->publisher) : "", crs_app_text(a, &src->year),
                     where ? " — " : "", where ? crs_app_text(a, &c->where) : "");
        crs_page_gap(p, 4);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    }
    /* A doubt about the figure belongs beside it, not only in the notes. */
    cite_caveat(a, p, &c->caveat);
    if (src) cite_caveat(a, p, &src->caveat);
    crs_page_card_end(p);
}

void crs_ui_illustrative(crs_app *a, crs_page *p, const crs_text *note, int with_cite)
{
    crs_page_card_begin(p, CRS_COL_WARN_BG, CRS_COL_WARN_BG);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_WARN,
                  crs_app_str(a, with_cite ? S_ILLUSTRATIVE_WEIGHT : S_ILLUSTRATIVE));
    const char *n = note ? crs_app_text(a, note) : "";
    if (*n) {
        crs_page_gap(p, 2);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, n);
    }
    crs_page_card_end(p);
}

const char *crs_ui_ending_kind(const crs_app *a, crs_ending_kind k)
{
    static const crs_str names[CRS_END__COUNT] = {S_END_RESETTLED,   S_END_THIRD,
                                                  S_END_CHINA,       S_END_RETURNED,
                                                  S_END_REPATRIATED, S_END_TRANSIT};
    return (int)k >= 0 && k < CRS_END__COUNT ? crs_app_str(a, names[k]) : "";
}

void crs_ui_close_footer(crs_app *a, crs_page *p, int id, crs_btn_style style)
{
    const int ids[1] = {id};
    const char *labels[1] = {crs_app_str(a, S_CLOSE)};
    const crs_btn_style styles[1] = {style};
    crs_page_footer(p, ids, labels, styles, 1);
}

/* The map of the scenario's region with the path so far; on a stage intro the last leg is
 * drawn in (path_t), and the present place is named in a caption. */
void crs_ui_map_draw(void *ud, SDL_Rect r)
{
    crs_app *a = ud;
    const crs_scenario *s = crs_app_scenario(a);
    int on_stage = a->stack[a->depth - 1] == &crs_screen_stage;
    crs_gfx_round(a->gfx, r, (int)(10 * a->scale), a->theme.c[CRS_COL_MAP]);
    crs_mapview_draw(a->map, a->ren, a->ts, &a->theme, a->high_contrast, r, a->scale,
                     a->ko ? "ko" : "en", s, a->eng, on_stage ? a->path_t : 1.0f,
                     a->stack[a->depth - 1] == &crs_screen_debrief);
    /* A hairline frame: the map's land is close to the paper colour. */
    SDL_Color rule = a->theme.c[CRS_COL_RULE];
    SDL_SetRenderDrawBlendMode(a->ren, SDL_BLENDMODE_NONE);
    SDL_SetRenderDrawColor(a->ren, rule.r, rule.g, rule.b, 255);
    SDL_RenderDrawRect(a->ren, &r);
    int st = a->eng ? crs_engine_stage(a->eng) : -1;
    if (!s || st < 0 || st >= s->nstages || !s->stages[st].has_map) return;
    const char *place = crs_app_text(a, &s->stages[st].place);
    size_t len = strlen(place);
    if (!len) return;
    int pad = (int)(10 * a->scale), lh = crs_text_line_h(a->ts, CRS_FONT_SMALL_BOLD);
    int w = crs_text_width(a->ts, CRS_FONT_SMALL_BOLD, place, len) + 2 * pad;
    SDL_Rect cap = {r.x + pad, r.y + r.h - lh - pad, w, lh};
    crs_gfx_round(a->gfx, cap, lh / 2, a->theme.c[CRS_COL_SURFACE]);
    crs_text_draw(a->ts, CRS_FONT_SMALL_BOLD, place, len, cap.x + pad, cap.y,
                  a->theme.c[CRS_COL_INK]);
}
