/* Every screen of every shipped scenario — each node, outcome, stage, ending and debrief, the
 * persona lists, title, settings, help, history, pause and code screens — laid out in English,
 * Korean and a pseudo-language 40% longer with accented letters, at every text size and on a
 * landscape and a portrait screen (and both languages at once at the largest text), with no text
 * off the screen or out of its button, no bar overflowing, no line cut off and no character missing
 * from the font chain; and Chinese test text at every text size. */
#include "harness.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "access/extras.h"
#include "crossings/messages.h"
#include "page/page_check.h"
#include "text/pseudo.h"

#define MAX_SCEN 32

static crs_scenario *scen[MAX_SCEN];
static int nscen;
static int problems, pages;
static const char *mode_name[5] = {"en", "ko", "pseudo", "both languages", "zh-Hans"};

typedef struct {
    const char *mode;
    int step, w, h;
    int draw_twice; /* also draw each screen twice: the second frame must create no texture */
} combo;

static void load_shipped(void)
{
    DIR *d = opendir(CRS_SOURCE_DIR "/scenarios");
    CHECK(d != NULL);
    for (struct dirent *e; d && (e = readdir(d)) && nscen < MAX_SCEN;) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".json") || !strcmp(e->d_name, "schema.json"))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/scenarios/%s", CRS_SOURCE_DIR, e->d_name);
        crs_diags diags = {0};
        scen[nscen] = crs_scenario_load_file(path, &diags);
        CHECK(scen[nscen] != NULL);
        if (scen[nscen]) nscen++;
        crs_diags_clear(&diags);
    }
    if (d) closedir(d);
}

/* ===== the pseudo-language in the scenarios' English slot ===== */

static char **pseudo_texts;
static size_t npseudo;

/* The loaded model is immutable for the game; this test alone rewrites its English text in
 * place (keeping the originals) to lay the scenarios out in the pseudo-language. */
typedef struct {
    int lang;
    int restore;
    const char **orig;
    size_t at;
} swap_ctx;

static const char **originals;
static size_t noriginals;

static void swap_text(const crs_text *t, void *p)
{
    swap_ctx *c = p;
    crs_text *w = (crs_text *)t;
    if (c->restore) {
        w->s[c->lang] = originals[c->at++];
        return;
    }
    const char **no = realloc(originals, sizeof *no * (noriginals + 1));
    char **np = realloc(pseudo_texts, sizeof *np * (npseudo + 1));
    if (no) originals = no;
    if (np) pseudo_texts = np;
    if (!no || !np) return;
    originals[noriginals++] = w->s[c->lang];
    const char *src = w->s[c->lang] ? w->s[c->lang] : "";
    size_t n = crs_pseudo(src, NULL, 0);
    char *s = malloc(n + 1);
    if (s) crs_pseudo(src, s, n + 1);
    pseudo_texts[npseudo++] = s;
    w->s[c->lang] = w->s[c->lang] && s ? s : w->s[c->lang];
}

static void pseudo_scenarios(int on)
{
    size_t at = 0;
    for (int i = 0; i < nscen; i++) {
        swap_ctx c = {crs_scenario_lang(scen[i], "en"), !on, NULL, at};
        if (c.lang < 0) continue;
        crs_scenario_each_text(scen[i], swap_text, &c);
        at = c.at;
    }
    if (on) return;
    for (size_t i = 0; i < npseudo; i++) free(pseudo_texts[i]);
    free(pseudo_texts);
    free(originals);
    pseudo_texts = NULL;
    originals = NULL;
    npseudo = noriginals = 0;
}

/* ===== laying screens out ===== */

/* Draws the top screen twice; the second, steady frame must take every line from the text cache
 * (the cache's byte bound must hold a whole screen of the densest text). Returns 1 if not. */
static int steady_frame_rasterises(crs_app *a)
{
    a->dirty = 1;
    crs_app_step(a, 0);
    unsigned long before = crs_app_textures_created(a);
    a->dirty = 1;
    crs_app_step(a, 0);
    return crs_app_textures_created(a) != before;
}

static void check_top(crs_app *a, const combo *c, const char *what, int n)
{
    char why[2048];
    pages++;
    if (c->draw_twice && steady_frame_rasterises(a)) {
        fprintf(stderr, "[%s, text size %d, %dx%d] %s %d: a steady frame created textures\n",
                c->mode, c->step + 1, c->w, c->h, what, n);
        problems++;
    }
    int k = crs_page_check(crs_app_page(a), why, sizeof why);
    if (k == 0) return;
    if (problems < 40 || getenv("CRS_LAYOUT_ALL"))
        fprintf(stderr, "[%s, text size %d, %dx%d] %s %d:\n%s", c->mode, c->step + 1, c->w, c->h,
                what, n, why);
    problems += k;
}

static void show(crs_app *a, const crs_screen *s, const crs_engine *e, const crs_step *st)
{
    crs_engine_free(a->eng);
    a->eng = e ? crs_engine_clone(e) : NULL;
    if (st) a->last = *st;
    crs_app_goto(a, s);
}

typedef struct {
    crs_app *a;
    const combo *c;
    const crs_scenario *s;
    unsigned char node_seen[4096], stage_seen[64], ending_seen[256];
} walk;

static void visit_ending(walk *w, const crs_engine *e, const crs_step *st)
{
    int end = crs_engine_ending(e);
    if (end < 0 || end >= 256 || w->ending_seen[end]) return;
    w->ending_seen[end] = 1;
    show(w->a, &crs_screen_ending, e, st);
    check_top(w->a, w->c, "ending", end);
    show(w->a, &crs_screen_debrief, e, st);
    check_top(w->a, w->c, "debrief of ending", end);
    crs_app_push(w->a, &crs_screen_history);
    check_top(w->a, w->c, "history at ending", end);
}

/* Every outcome of every choice at e's node, then on to the nodes they lead to. */
static void visit(walk *w, const crs_engine *e, int depth)
{
    int n = crs_engine_node(e);
    if (n < 0 || n >= 4096 || w->node_seen[n] || depth > 64) return;
    w->node_seen[n] = 1;
    int stage = crs_engine_stage(e);
    if (stage >= 0 && stage < 64 && !w->stage_seen[stage]) {
        w->stage_seen[stage] = 1;
        show(w->a, &crs_screen_stage, e, NULL);
        check_top(w->a, w->c, "stage", stage);
    }
    show(w->a, &crs_screen_node, e, NULL);
    check_top(w->a, w->c, "node", n);
    int open[16], k = crs_engine_available(e, open, 16);
    const crs_node *node = &w->s->nodes[n];
    for (int i = 0; i < k && i < 16; i++) {
        const crs_choice *ch = &node->choices[open[i]];
        for (int o = 0; o < (ch->noutcomes ? ch->noutcomes : 1); o++) {
            crs_engine *x = crs_engine_clone(e);
            crs_step st;
            if (!x || crs_engine_choose_outcome(x, open[i], ch->noutcomes ? o : -1, &st, NULL)) {
                crs_engine_free(x);
                continue;
            }
            if (st.outcome >= 0) {
                show(w->a, &crs_screen_outcome, x, &st);
                check_top(w->a, w->c, "outcome of node", n);
            }
            if (crs_engine_ended(x))
                visit_ending(w, x, &st);
            else
                visit(w, x, depth + 1);
            crs_engine_free(x);
        }
    }
}

static void every_scenario_screen(crs_app *a, const combo *c, int i)
{
    walk *w = calloc(1, sizeof *w);
    if (!w) return;
    w->a = a;
    w->c = c;
    const crs_scenario *sc = a->entries[i].s; /* the app's order (by era), not the files' */
    w->s = sc;
    a->cur = i;
    a->phase = 1;
    show(a, &crs_screen_select, NULL, NULL);
    check_top(a, c, "persona list of scenario", i);
    for (int p = 0; p < sc->npersonas; p++) {
        crs_engine *e = crs_engine_new(sc, p, 7, NULL);
        if (!e) continue;
        if (p == 0) {
            show(a, &crs_screen_node, e, NULL);
            crs_app_push(a, &crs_screen_pause);
            check_top(a, c, "pause in scenario", i);
        }
        visit(w, e, 0);
        crs_engine_free(e);
    }
    free(w);
}

static void frame_screens(crs_app *a, const combo *c)
{
    a->cur = -1;
    a->phase = 0;
    show(a, &crs_screen_title, NULL, NULL);
    check_top(a, c, "title", 0);
    crs_app_push(a, &crs_screen_settings);
    check_top(a, c, "settings", 0);
    crs_app_pop(a);
    crs_app_push(a, &crs_screen_help);
    check_top(a, c, "help", 0);
    show(a, &crs_screen_select, NULL, NULL);
    check_top(a, c, "scenario list", 0);
    show(a, &crs_screen_code, NULL, NULL);
    SDL_strlcpy(a->x->code, "2XDP-P000-0001-R3K-2XDP-P000-0001", sizeof a->x->code);
    a->x->code_err = N_("This code belongs to a scenario, or a version of one, that is not "
                        "installed here. Nothing was replayed.");
    SDL_strlcpy(a->x->code_detail, "no scenario loaded here matches this code",
                sizeof a->x->code_detail);
    crs_app_relayout(a);
    check_top(a, c, "code entry with a refusal", 0);
}

static void lay_out(const combo *c)
{
    harness h;
    crs_app_opts o = {.text_step = c->step, .seed = 7, .reduced_motion = 1};
    /* the interface language: the mode's own (ko, zh-Hans: from the build's catalogues), else en */
    const char *lang = !strcmp(c->mode, "ko") || !strcmp(c->mode, "zh-Hans") ? c->mode : "en";
    if (harness_open_opts(&h, c->w, c->h, &o, scen, nscen, lang)) return;
    crs_app *a = h.app;
    if (strcmp(c->mode, "both languages") == 0) a->x->bilingual = 1;
    crs_app_step(a, 0); /* the first frame: the title, then the scenarios are listed */
    CHECK_INT(a->nentries, nscen);
    frame_screens(a, c);
    for (int i = 0; i < a->nentries; i++) every_scenario_screen(a, c, i);
    harness_close(&h);
}

static void every_screen_fits(void)
{
    load_shipped();
    CHECK(nscen >= 4);
    static const int modes[] = {0, 1, 2, 4}; /* 3, both languages, is laid out with Korean */
    for (size_t mi = 0; mi < sizeof modes / sizeof modes[0]; mi++) {
        int m = modes[mi];
        if (m == 2) {
            crs_str_set_filter(crs_pseudo_filter);
            pseudo_scenarios(1);
        }
        for (int step = 0; step < 3; step++) {
            combo c = {mode_name[m], step, 1280, 720, 0};
            lay_out(&c);
        }
        combo portrait = {mode_name[m], 2, 1080, 1920, 0};
        lay_out(&portrait);
        if (m == 1) { /* both languages at once, at the largest text: the longest pages */
            combo both = {mode_name[3], 2, 1280, 720, 0},
                  both_portrait = {mode_name[3], 2, 1080, 1920, 1};
            lay_out(&both);
            lay_out(&both_portrait);
        }
        if (m == 2) {
            pseudo_scenarios(0);
            crs_str_set_filter(NULL);
            crs_pseudo_free();
        }
    }
    fprintf(stderr, "%d pages laid out, %d problems\n", pages, problems);
    CHECK(pages > 1000);
    CHECK_INT(problems, 0);
    for (int i = 0; i < nscen; i++) crs_scenario_free(scen[i]);
}

/* The checks themselves can fail, and the pseudo-language is what it claims. */
static void checks_can_fail(void)
{
    char buf[256];
    crs_pseudo("The winter river", buf, sizeof buf);
    CHECK_STR(buf, "Ŧħê wîñŧêr rîvêr ~~~~ ~");
    CHECK(crs_pseudo("강", NULL, 0) >= strlen("강") + 2);
    harness h;
    crs_app_opts o = {.reduced_motion = 1};
    if (harness_open_opts(&h, 1280, 720, &o, NULL, 0, NULL)) return;
    crs_app *a = h.app;
    char why[512];
    crs_page *p = crs_app_page(a);
    CHECK_INT(crs_page_check(p, why, sizeof why), 0);
    /* Text off the screen, a glyph the font lacks, a cut-off line. */
    char long_text[2048] = "";
    for (int i = 0; i < 60; i++) strcat(long_text, "words and more words ");
    crs_page_begin(p, &p->ctx, 400);
    crs_page_pill(p, long_text, CRS_COL_INK, CRS_COL_WARN_BG); /* a pill does not wrap */
    crs_page_text(p, CRS_FONT_BODY, CRS_COL_INK, "emoji \xF0\x9F\x98\x80");
    crs_page_topbar(p, long_text, NULL, 1); /* more than four lines */
    crs_page_end(p);
    CHECK_INT(crs_page_check(p, why, sizeof why), 3);
    CHECK_CONTAINS(why, "off the screen");
    CHECK_CONTAINS(why, "without a glyph");
    CHECK_CONTAINS(why, "cut off");
    harness_close(&h);
}

/* Chinese (test strings of our own until the zh-Hans catalogue lands) on the screens' parts:
 * the top bar, a heading, passages, choice buttons, a row of setting buttons, a pill and the
 * footer, at every text size on a landscape and a portrait screen: nothing overflows and no
 * character lacks a glyph. */
static void chinese_fits_at_every_text_size(void)
{
    static const char *passage =
        "一九九八年冬天，图们江结了冰。邻居说，河对岸的亲戚在找人帮忙干农活，给钱也给米。"
        "你的母亲已经三天没有吃饱饭了。「我们去看看吧，」你说。（这是一个用于测试排版的示例段落，"
        "并非真实的人物或事件。）";
    static const char *labels[] = {"小", "中", "大"};
    static const int ids[] = {101, 102, 103}, foot_ids[] = {201, 202};
    static const char *foot[] = {"返回", "继续前进"};
    static const crs_btn_style foot_styles[] = {CRS_BTN_SECONDARY, CRS_BTN_PRIMARY};
    static const int sizes[][2] = {{1280, 720}, {1080, 1920}, {800, 600}};
    for (int step = 0; step < 3; step++)
        for (size_t z = 0; z < sizeof sizes / sizeof sizes[0]; z++) {
            SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, sizes[z][0], sizes[z][1], 32,
                                                               SDL_PIXELFORMAT_RGB888);
            crs_app_opts o;
            memset(&o, 0, sizeof o);
            o.target = surf;
            o.data_dir = CRS_SOURCE_DIR;
            o.text_step = step;
            o.reduced_motion = 1;
            char err[256], why[2048];
            int status;
            crs_app *a = crs_app_new(&o, err, sizeof err, &status);
            CHECK(a != NULL);
            if (!a) continue;
            crs_page *p = crs_app_page(a);
            crs_page_begin(p, &p->ctx, 800);
            crs_page_topbar(p, "图们江，一九九八年：离开家乡的旅程", "草稿（简体中文）", 1);
            crs_page_text(p, CRS_FONT_HEADING, CRS_COL_INK, "冬天的图们江");
            crs_page_pill(p, "示例数据", CRS_COL_INK, CRS_COL_WARN_BG);
            crs_page_text(p, CRS_FONT_LEAD, CRS_COL_INK, passage);
            crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED,
                          "来源：联合国难民署，2019年；人数为约数。");
            crs_page_button(p, 1, CRS_BTN_CHOICE, "跟邻居一起过江去干农活", "可能会被边防发现。",
                            1);
            crs_page_button(p, 2, CRS_BTN_CHOICE, "留在家里，等到春天再说", NULL, 2);
            crs_page_button_row(p, ids, labels, 3, 1);
            crs_page_footer(p, foot_ids, foot, foot_styles, 2);
            crs_page_end(p);
            int k = crs_page_check(p, why, sizeof why);
            if (k)
                fprintf(stderr, "[zh, text size %d, %dx%d]:\n%s", step + 1, sizes[z][0],
                        sizes[z][1], why);
            CHECK_INT(k, 0);
            pages++;
            crs_app_free(a);
            SDL_FreeSurface(surf);
        }
}

int main(void)
{
    crs_msg_set_dir(CRS_LOCALE_DIR); /* the core's messages in Korean, as in the game */
    static const check_case cases[] = {
        {"checks_can_fail", checks_can_fail},
        {"every_screen_fits", every_screen_fits},
        {"chinese_fits_at_every_text_size", chinese_fits_at_every_text_size},
    };
    int rc = check_run("ui_layout", cases, sizeof cases / sizeof cases[0]);
    SDL_Quit();
    return rc;
}
