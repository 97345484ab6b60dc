/* A situation and its choices: the passage, the shown variables, then one numbered button per
 * available choice (1-9 on the keyboard). Choosing advances the engine. */
#include "shell/ui.h"

#include <stdio.h>
#include <string.h>

enum { ID_CHOICE = 100 };

/* Items of the status line break only between one another: no-break spaces inside an item, and
 * the separator stays at the end of a line. */
#define SEP "\u00a0\u00a0·   "

/* Appends one item with its spaces made no-break, after the separator if it is not the first. */
static size_t append_item(char *buf, size_t len, size_t cap, const char *item)
{
    if (len > 0) len += (size_t)snprintf(buf + len, cap - len, "%s", SEP);
    for (const char *p = item; *p && len + 3 < cap; p++) {
        if (*p == ' ') {
            buf[len++] = (char)0xC2;
            buf[len++] = (char)0xA0;
        } else {
            buf[len++] = *p;
        }
    }
    buf[len] = 0;
    return len;
}

static void status_line(crs_app *a, crs_page *p, const crs_scenario *s)
{
    char buf[1024] = "", item[256];
    size_t len = 0;
    const int32_t *v = crs_engine_vars(a->eng);
    for (int i = 0; i < s->nvars && len < sizeof buf - 300; i++) {
        if (!s->vars[i].shown) continue;
        const char *lab = crs_app_text(a, &s->vars[i].label);
        if (s->vars[i].type == CRS_VAR_BOOL)
            snprintf(item, sizeof item, "%s: %s", lab, crs_app_str(a, v[i] ? S_YES : S_NO));
        else
            snprintf(item, sizeof item, "%s: %d", lab, (int)v[i]);
        len = append_item(buf, len, sizeof buf, item);
    }
    if (len) {
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
        crs_page_gap(p, 14);
    }
}

static const char *tag_name(const crs_app *a, const char *tag)
{
    static const struct {
        const char *id;
        crs_str name;
    } tags[] = {{"violence", S_TAG_VIOLENCE}, {"trafficking", S_TAG_TRAFFICKING},
                {"arrest", S_TAG_ARREST},     {"family_separation", S_TAG_FAMILY},
                {"death", S_TAG_DEATH},       {"detention", S_TAG_DETENTION}};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (strcmp(tags[i].id, tag) == 0) return crs_app_str(a, tags[i].name);
    return tag;
}

/* The passage, after a plain note of its content tags; the summary instead when asked. */
static void passage(crs_app *a, crs_page *p, const crs_node *node)
{
    const char *summary = crs_app_text(a, &node->summary);
    if (node->ntags > 0) {
        char buf[512];
        size_t len = (size_t)snprintf(buf, sizeof buf, "%s: ", crs_app_str(a, S_CONTENT));
        for (int i = 0; i < node->ntags && len < sizeof buf - 64; i++)
            len += (size_t)snprintf(buf + len, sizeof buf - len, "%s%s", i ? ", " : "",
                                    tag_name(a, node->tags[i]));
        crs_page_pill(p, buf, CRS_COL_WARN, CRS_COL_WARN_BG);
        crs_page_gap(p, 4);
    }
    if (a->summaries && node->ntags > 0 && *summary) {
        crs_page_text(p, CRS_FONT_LEAD, CRS_COL_INK, summary);
        crs_page_gap(p, 6);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, crs_app_str(a, S_SUMMARY_SHOWN));
        return;
    }
    crs_page_text(p, CRS_FONT_LEAD, CRS_COL_INK, crs_app_text(a, &node->text));
}

static void build(crs_app *a, crs_page *p)
{
    const crs_scenario *s = crs_app_scenario(a);
    char label[512];
    crs_app_stage_label(a, -1, label, sizeof label);
    crs_app_begin_page(a, p, a->facil ? 1060 : 800, label, 1); /* a wall: fewer, longer lines */
    int n = a->eng ? crs_engine_node(a->eng) : -1;
    if (!s || n < 0 || n >= s->nnodes) return;
    const crs_node *node = &s->nodes[n];
    if (a->facil) crs_facil_node_notice(a, p);
    status_line(a, p, s);
    passage(a, p, node);
    crs_page_gap(p, 22);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_MUTED, crs_app_str(a, S_WHAT_NEXT));
    crs_page_gap(p, 8);
    int open[9];
    int k = crs_engine_available(a->eng, open, 9);
    for (int i = 0; i < k && i < 9; i++)
        crs_page_button(p, ID_CHOICE + open[i], CRS_BTN_CHOICE,
                        crs_app_text(a, &node->choices[open[i]].label), NULL, i + 1);
    if (a->facil) crs_facil_node_footer(a, p);
}

static void activate(crs_app *a, int id)
{
    if (id < ID_CHOICE || !a->eng) return;
    crs_diag err;
    crs_step step;
    if (crs_engine_choose(a->eng, id - ID_CHOICE, &step, &err) != 0) {
        SDL_Log("crossings: choice refused: %s", err.message);
        return;
    }
    a->last = step;
    crs_app_advance(a, 0);
}

const crs_screen crs_screen_node = {"node",   NULL, build, crs_app_game_back,
                                    activate, NULL, NULL,  0};
