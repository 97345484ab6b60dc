/* Pieces several screens share: the source card under every documented figure, the label of
 * an illustrative outcome, ending kind names, and the route map's slot. */
#include "ui.h"

#include <string.h>

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
                 c->year ? c->year : "", crs_app_str(a, S_POPULATION),
                 crs_app_text(a, &c->population));
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, buf);
    if (s && c->source >= 0 && c->source < s->nsources) {
        const crs_source *src = &s->sources[c->source];
        SDL_snprintf(buf, sizeof buf, "%s, “%s”%s%s, %s%s%s", src->author ? src->author : "",
                     src->title ? src->title : "", src->publisher ? ", " : "",
                     src->publisher ? src->publisher : "", src->year ? src->year : "",
                     c->where ? " — " : "", c->where ? c->where : "");
        crs_page_gap(p, 4);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    }
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

/* Until the route map module is linked in, the slot shows where the map goes and the name of
 * the current place, so the layout and the player's orientation are already right. */
void crs_ui_map_draw(void *ud, SDL_Rect r)
{
    crs_app *a = ud;
    crs_gfx_round(a->gfx, r, (int)(10 * a->scale), a->theme.c[CRS_COL_MAP]);
    const char *label = crs_app_str(a, S_MAP);
    int pad = (int)(16 * a->scale);
    crs_text_draw(a->ts, CRS_FONT_SMALL_BOLD, label, strlen(label), r.x + pad, r.y + pad / 2,
                  a->theme.c[CRS_COL_MUTED]);
    const crs_scenario *s = crs_app_scenario(a);
    int st = a->eng ? crs_engine_stage(a->eng) : -1;
    if (s && st >= 0 && st < s->nstages && s->stages[st].has_map) {
        const char *place = crs_app_text(a, &s->stages[st].place);
        int lh = crs_text_line_h(a->ts, CRS_FONT_HEADING);
        int tw = crs_text_width(a->ts, CRS_FONT_HEADING, place, strlen(place));
        crs_text_draw(a->ts, CRS_FONT_HEADING, place, strlen(place), r.x + (r.w - tw) / 2,
                      r.y + (r.h - lh) / 2, a->theme.c[CRS_COL_INK]);
    }
}
