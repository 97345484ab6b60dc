/* What followed a choice: the outcome's text and the record it rests on (figure, year,
 * population, source), or the plain label that it is illustrative. */
#include "access/extras.h"
#include "shell/ui.h"

#include <stdio.h>

enum { ID_CONTINUE = 1 };

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    char label[512];
    crs_app_stage_label(a, a->last.stage_before, label, sizeof label);
    crs_app_begin_page(a, p, 800, label, 1);
    const crs_step *st = &a->last;
    if (!s || st->node < 0 || st->node >= s->nnodes) return;
    const crs_node *node = &s->nodes[st->node];
    if (st->choice < 0 || st->choice >= node->nchoices) return;
    const crs_choice *ch = &node->choices[st->choice];
    if (st->outcome < 0 || st->outcome >= ch->noutcomes) return;
    const crs_outcome *o = &ch->outcomes[st->outcome];
    char buf[1024];
    snprintf(buf, sizeof buf, "%s: %s", crs_app_str(a, S_OUTCOME_OF), crs_app_text(a, &ch->label));
    crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    crs_page_gap(p, 10);
    crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, crs_app_str(a, S_WHAT_HAPPENED));
    crs_page_gap(p, 8);
    /* The node's tags cover what follows from its choices, as do the outcome's own. */
    crs_ui_passage(a, p, CRS_FONT_LEAD, &o->text, &o->summary, o->ntags > 0 || node->ntags > 0, 1);
    crs_page_gap(p, 22);
    if (o->has_cite) crs_ui_cite(a, p, &o->cite);
    if (o->illustrative) crs_ui_illustrative(a, p, &o->illustrative_note, o->has_cite);
    crs_extras_others_choice(a, p); /* how other visitors chose here */
    static const int ids[1] = {ID_CONTINUE};
    const char *labels[1] = {crs_app_str(a, S_CONTINUE)};
    static const crs_btn_style styles[1] = {CRS_BTN_PRIMARY};
    crs_page_footer(p, ids, labels, styles, 1);
}

static void activate(crs_app *a, int id)
{
    if (id == ID_CONTINUE) crs_app_advance(a, 1);
}

const crs_screen crs_screen_outcome = {"outcome", NULL, build, crs_app_game_back,
                                       activate,  NULL, NULL,  0};
