/* The "how others chose" panels: bars of how visitors on this machine split at the choice just
 * made, and of where their journeys ended, each with its count and a plain note that these are
 * choices in a game, not records. Hidden until enough sessions reached the point. */
#include "access/extras.h"

#include <stdio.h>
#include <string.h>

static void header(crs_app *a, crs_page *p, crs_xstr title, long n)
{
    char buf[160];
    crs_page_card_begin(p, CRS_COL_SURFACE, CRS_COL_RULE);
    crs_page_text(p, CRS_FONT_BOLD, CRS_COL_INK, crs_extras_str(a, title));
    snprintf(buf, sizeof buf, crs_extras_str(a, X_OTHERS_COUNT), n);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    crs_page_gap(p, 10);
}

static void footer(crs_app *a, crs_page *p)
{
    crs_page_gap(p, 2);
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_extras_str(a, X_OTHERS_NOTE));
    crs_page_card_end(p);
}

void crs_extras_others_choice(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    if (!a->x || !a->x->others || !s || a->last.node < 0 || a->last.node >= s->nnodes) return;
    crs_others_refresh(a->x->others);
    const crs_node *node = &s->nodes[a->last.node];
    crs_split sp[16];
    int n = 0;
    long total = crs_others_split(a->x->others, s->id, node->id, sp, 16, &n);
    if (total < crs_others_threshold(a->x->others) || total <= 0) return;
    crs_page_gap(p, 8);
    header(a, p, X_OTHERS_CHOSE, total);
    /* In the node's order, so the bars read like the choices did. */
    for (int c = 0; c < node->nchoices; c++)
        for (int i = 0; i < n; i++)
            if (sp[i].choice && strcmp(sp[i].choice, node->choices[c].id) == 0)
                crs_page_bar(p, crs_app_text(a, &node->choices[c].label),
                             100.0 * (double)sp[i].count / (double)total, c == a->last.choice,
                             crs_extras_str(a, X_YOUR_CHOICE));
    footer(a, p);
}

void crs_extras_others_endings(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    if (!a->x || !a->x->others || !s || !a->eng) return;
    crs_others_refresh(a->x->others);
    long dummy;
    long total = crs_others_endings(a->x->others, s->id, NULL, &dummy);
    if (total < crs_others_threshold(a->x->others) || total <= 0) return;
    header(a, p, X_OTHERS_ENDED, total);
    int mine = crs_engine_ending(a->eng);
    for (int e = 0; e < s->nendings; e++) {
        long count;
        crs_others_endings(a->x->others, s->id, s->endings[e].id, &count);
        if (count == 0 && e != mine) continue;
        crs_page_bar(p, crs_app_text(a, &s->endings[e].title),
                     100.0 * (double)count / (double)total, e == mine,
                     crs_extras_str(a, X_YOUR_ENDING_X));
    }
    footer(a, p);
    crs_page_gap(p, 10);
}
