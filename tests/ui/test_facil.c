/* Facilitator mode through the real loop on an offscreen surface, with the shipped scenarios:
 * stepping back restores the exact state, stage jumps land on the stage's first node, a group
 * vote reaches the export, exports carry every citation of the path, notes show on N.
 * Set CRS_FACIL_SHOTS=DIR to also save 1920x1080 screenshots of every facilitator screen. */
#include "harness.h"

#include "shell/ui.h"

#include <dirent.h>
#include <stdio.h>
#include <sys/stat.h>
#include <unistd.h>

static crs_scenario *tumen, *closing;
static char outdir[256];

static int open_facil(harness *h, int w, int hgt, crs_scenario *s, const char *lang)
{
    static crs_scenario *scen[1];
    scen[0] = s;
    crs_app_opts o = {
        .seed = 7, .reduced_motion = 1, .facilitator = 1, .text_step = 1, .export_dir = outdir};
    return harness_open_opts(h, w, hgt, &o, scen, 1, lang);
}

static const crs_engine *eng(harness *h)
{
    return crs_app_engine(h->app);
}

static const char *screen(harness *h)
{
    return crs_app_screen_name(h->app);
}

/* Title, scenario, persona, stage intro: Enter on each, to the first situation. */
static void to_first_node(harness *h)
{
    for (int i = 0; i < 4; i++) key(h, SDLK_RETURN);
}

/* Continues (Enter) through outcome and stage screens until a situation or the ending. */
static void to_next_node(harness *h)
{
    for (int i = 0; i < 6 && strcmp(screen(h), "node") && strcmp(screen(h), "ending"); i++)
        key(h, SDLK_RETURN);
}

static void shot(harness *h, const char *name)
{
    const char *dir = getenv("CRS_FACIL_SHOTS");
    if (!dir || !*dir) return;
    char path[512];
    snprintf(path, sizeof path, "%s/%s-%s.png", dir, crs_app_lang(h->app), name);
    CHECK_INT(crs_app_screenshot(h->app, path), 0);
}

static void page_text(harness *h, char *out, size_t cap);
static void squeeze(const char *s, char *out, size_t cap);

/* Over an outcome that crossed into a new stage, the notes are those of the stage the choice
 * was made in (the one the outcome screen belongs to). Returns 1 when it checked. */
static int notes_over_outcome(harness *h, const crs_step *st)
{
    if (strcmp(screen(h), "outcome") || st->stage_before == st->stage_after) return 0;
    static char text[65536], want[8192];
    const crs_scenario *s = crs_engine_scenario(eng(h));
    key(h, SDLK_n);
    CHECK_STR(screen(h), "notes");
    page_text(h, text, sizeof text);
    squeeze(crs_text_get(&s->stages[st->stage_before].notes, 0), want, sizeof want);
    CHECK(strstr(text, want) != NULL);
    key(h, SDLK_n);
    CHECK_STR(screen(h), "outcome");
    return 1;
}

typedef struct {
    int node;
    size_t hist;
    int32_t vars[CRS_LIMIT_VARS];
} snapshot;

static void take_snapshot(harness *h, snapshot *s)
{
    const crs_engine *e = eng(h);
    s->node = crs_engine_node(e);
    s->hist = crs_engine_history_len(e);
    int n = crs_engine_scenario(e)->nvars;
    memcpy(s->vars, crs_engine_vars(e), sizeof(int32_t) * (size_t)n);
}

static int same_state(harness *h, const snapshot *s)
{
    snapshot now;
    take_snapshot(h, &now);
    int n = crs_engine_scenario(eng(h))->nvars;
    return now.node == s->node && now.hist == s->hist &&
           !memcmp(now.vars, s->vars, sizeof(int32_t) * (size_t)n);
}

/* At every situation of a playthrough: choose, step back (B, then Backspace), check the exact
 * earlier state and screen, choose again and get the same outcome. */
static void step_back_restores_exact_state(void)
{
    harness h;
    if (open_facil(&h, 1280, 720, closing, "en")) return;
    to_first_node(&h);
    int weighted = 0, notes_seen = 0;
    for (int step = 0; step < 20 && !strcmp(screen(&h), "node"); step++) {
        snapshot before;
        take_snapshot(&h, &before);
        key(&h, SDLK_1);
        const crs_step first = *crs_engine_history(eng(&h), before.hist);
        weighted += first.outcome >= 0;
        key(&h, step % 2 ? SDLK_BACKSPACE : SDLK_b);
        CHECK_STR(screen(&h), "node");
        CHECK(same_state(&h, &before));
        key(&h, SDLK_1);
        CHECK_INT(crs_engine_history_len(eng(&h)), before.hist + 1);
        const crs_step *again = crs_engine_history(eng(&h), before.hist);
        CHECK_INT(again->choice, first.choice);
        CHECK_INT(again->outcome, first.outcome);
        CHECK_INT(again->next, first.next);
        CHECK_INT(again->ending, first.ending);
        notes_seen += notes_over_outcome(&h, again);
        to_next_node(&h);
    }
    CHECK(weighted > 0);   /* the walk met at least one drawn outcome */
    CHECK(notes_seen > 0); /* and one that led into a new stage */
    /* From the ending too: B returns to the last situation. */
    CHECK_STR(screen(&h), "ending");
    size_t n = crs_engine_history_len(eng(&h));
    key(&h, SDLK_b);
    CHECK_STR(screen(&h), "node");
    CHECK_INT(crs_engine_history_len(eng(&h)), n - 1);
    CHECK(!crs_engine_ended(eng(&h)));
    harness_close(&h);
}

/* Replays the engine's history on a fresh engine: the state must match (a consistent path). */
static int consistent(const crs_engine *e)
{
    crs_engine *f = crs_engine_clone(e);
    if (!f) return 0;
    crs_engine_reset(f);
    int ok = 1;
    for (size_t i = 0; i < crs_engine_history_len(e) && ok; i++) {
        const crs_step *st = crs_engine_history(e, i);
        ok = crs_engine_choose_outcome(f, st->choice, st->outcome, NULL, NULL) == 0;
    }
    const crs_scenario *s = crs_engine_scenario(e);
    ok = ok && crs_engine_node(f) == crs_engine_node(e) &&
         !memcmp(crs_engine_vars(f), crs_engine_vars(e), sizeof(int32_t) * (size_t)s->nvars);
    crs_engine_free(f);
    return ok;
}

static int stage_has_node(const crs_scenario *s, int stage)
{
    for (int i = 0; i < s->nnodes; i++)
        if (s->nodes[i].stage == stage) return 1;
    return 0;
}

static void jump_to(harness *h, int stage)
{
    key(h, SDLK_j);
    CHECK_STR(screen(h), "jump");
    key(h, SDLK_1 + stage);
}

static void jump_lands_on_the_stage(crs_scenario *s)
{
    harness h;
    if (open_facil(&h, 1280, 720, s, "en")) return;
    to_first_node(&h);
    /* Forwards from the start, then backwards (which replays from the start). */
    for (int pass = 0; pass < 2; pass++)
        for (int k = 1; k < s->nstages - pass; k++) {
            int i = pass ? s->nstages - 1 - k : k;
            if (!stage_has_node(s, i)) continue; /* a stage only endings happen in */
            int from_start, cost = crs_facil_jump_cost(h.app, i, &from_start);
            CHECK(cost >= 0);
            jump_to(&h, i);
            CHECK_STR(screen(&h), "stage");
            CHECK_INT(crs_engine_stage(eng(&h)), i);
            CHECK_INT(s->nodes[crs_engine_node(eng(&h))].stage, i);
            /* The first node of the stage: the last move crossed into it. */
            size_t n = crs_engine_history_len(eng(&h));
            CHECK(n > 0);
            if (n > 0) CHECK(crs_engine_history(eng(&h), n - 1)->stage_before != i);
            CHECK(consistent(eng(&h)));
            key(&h, SDLK_RETURN);
            CHECK_STR(screen(&h), "node");
            CHECK(crs_facil_jumped(h.app) >= 0); /* the notice says the figures follow a path */
        }
    /* The stage the group is in closes the list; stage 1 from later on is the very start. */
    int here = crs_engine_stage(eng(&h));
    size_t n = crs_engine_history_len(eng(&h));
    jump_to(&h, here);
    CHECK_STR(screen(&h), "node");
    CHECK_INT(crs_engine_history_len(eng(&h)), n);
    jump_to(&h, 0);
    CHECK_INT(crs_engine_history_len(eng(&h)), 0);
    CHECK_INT(crs_engine_node(eng(&h)), s->personas[0].start);
    harness_close(&h);
}

/* Every shipped scenario (every *.json in scenarios/ but the schema). */
static void jumps_land_on_their_stages(void)
{
    DIR *d = opendir(CRS_SOURCE_DIR "/scenarios");
    struct dirent *de;
    int n = 0;
    while (d && (de = readdir(d)) != NULL) {
        size_t len = strlen(de->d_name);
        if (len < 6 || strcmp(de->d_name + len - 5, ".json") || !strcmp(de->d_name, "schema.json"))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/scenarios/%s", CRS_SOURCE_DIR, de->d_name);
        crs_diags diags = {0};
        crs_scenario *s = crs_scenario_load_file(path, &diags);
        CHECK(s != NULL);
        if (s) jump_lands_on_the_stage(s);
        crs_scenario_free(s);
        crs_diags_clear(&diags);
        n++;
    }
    if (d) closedir(d);
    CHECK(n >= 2);
}

/* A stage behind the group starts the journey again; it never loops forwards through a rare
 * outcome that happens to lead back (here an 8% police check returns to "Years in China").
 * A jump that sets an outcome against chance says which one, and its chance. */
static void jump_back_restarts_and_forced_outcomes_show(void)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(CRS_TEST_DATA "/valid/jump-back.json", &d);
    crs_diags_clear(&d);
    CHECK(s != NULL);
    harness h;
    if (!s || open_facil(&h, 1920, 1080, s, "en")) {
        crs_scenario_free(s);
        return;
    }
    static char text[65536];
    to_first_node(&h);
    key(&h, SDLK_1); /* leave: the bus, stage 2 */
    to_next_node(&h);
    CHECK_INT(crs_engine_stage(eng(&h)), 1);
    int from_start, cost = crs_facil_jump_cost(h.app, 0, &from_start);
    CHECK_INT(from_start, 1);
    CHECK_INT(cost, 0);
    jump_to(&h, 0);
    CHECK_INT(crs_engine_history_len(eng(&h)), 0);
    CHECK_INT(crs_engine_node(eng(&h)), s->personas[0].start);
    to_next_node(&h);
    page_text(&h, text, sizeof text);
    CHECK_CONTAINS(text, "Thejourneystartedagainfromthebeginning");
    CHECK(strstr(text, "choices,") == NULL);
    /* Ahead to "Arrival": the 92% outcome is set, and the screen says so. */
    jump_to(&h, 2);
    CHECK_INT(crs_engine_history_len(eng(&h)), 2);
    CHECK_INT(crs_engine_history(eng(&h), 0)->replayed, 1);
    CHECK_INT(crs_engine_history(eng(&h), 1)->replayed, 1);
    to_next_node(&h);
    page_text(&h, text, sizeof text);
    CHECK_CONTAINS(text, "(2choices,outcomessetalongtheway)");
    CHECK_CONTAINS(text, "Step2wasset,notdrawn:“Thebusreachesthebordertown.”(itschancethen:92%)");
    shot(&h, "jump-forced");
    /* The history (H) marks both steps as replayed. */
    key(&h, SDLK_h);
    page_text(&h, text, sizeof text);
    char *first = strstr(text, "Replayedbygoingtoastage");
    CHECK(first != NULL);
    CHECK(first && strstr(first + 1, "Replayedbygoingtoastage") != NULL);
    key(&h, SDLK_ESCAPE);
    /* One replayed choice reads "1 choice". */
    jump_to(&h, 0);
    jump_to(&h, 1);
    to_next_node(&h);
    page_text(&h, text, sizeof text);
    CHECK_CONTAINS(text, "(1choice,itsoutcomeset)");
    harness_close(&h);
    crs_scenario_free(s);
}

/* Reads an exported file whole and removes it (the folder is the test's own). */
static char *read_all(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    fseek(f, 0, SEEK_END);
    long n = ftell(f);
    fseek(f, 0, SEEK_SET);
    char *b = malloc((size_t)n + 1);
    if (b && fread(b, 1, (size_t)n, f) != (size_t)n) n = 0;
    if (b) b[n] = 0;
    fclose(f);
    remove(path);
    return b;
}

static void vote_reaches_the_export(void)
{
    harness h;
    if (open_facil(&h, 1920, 1080, tumen, "en")) return;
    to_first_node(&h);
    int open[9], k = crs_engine_available(eng(&h), open, 9);
    CHECK(k >= 2);
    key(&h, SDLK_v);
    CHECK_STR(screen(&h), "vote");
    key(&h, SDLK_3);      /* choice 1: 3 hands */
    key(&h, SDLK_DOWN);   /* choice 2 */
    key(&h, SDLK_1);      /* 1 */
    key(&h, SDLK_2);      /* 12 */
    key(&h, SDLK_EQUALS); /* + : 13 */
    shot(&h, "vote");
    key(&h, SDLK_RETURN); /* go with the majority */
    CHECK_INT(crs_engine_history_len(eng(&h)), 1);
    const crs_step *st = crs_engine_history(eng(&h), 0);
    CHECK_INT(st->choice, open[1]);
    CHECK_INT(st->tally[0], 3);
    CHECK_INT(st->tally[1], 13);
    key(&h, SDLK_e);
    CHECK_STR(screen(&h), "exported");
    CHECK_STR(crs_facil_export_error(h.app), "");
    char *md = read_all(crs_facil_export_path(h.app, 0));
    char *html = read_all(crs_facil_export_path(h.app, 1));
    CHECK(md && strstr(md, "Group vote:** 1: 3, 2: 13"));
    CHECK(html && strstr(html, "<b>Group vote:</b> 1: 3, 2: 13"));
    free(md);
    free(html);
    /* A tie takes nothing until the facilitator picks. */
    key(&h, SDLK_ESCAPE);
    to_next_node(&h);
    size_t n = crs_engine_history_len(eng(&h));
    key(&h, SDLK_v);
    key(&h, SDLK_2);
    key(&h, SDLK_DOWN);
    key(&h, SDLK_2);
    key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "vote");
    CHECK_INT(crs_engine_history_len(eng(&h)), n);
    shot(&h, "vote-tie");
    CHECK(click_button(&h, 101, 1)); /* tap the second choice: the facilitator's pick */
    key(&h, SDLK_RETURN);
    CHECK_INT(crs_engine_history_len(eng(&h)), n + 1);
    CHECK_INT(crs_engine_history(eng(&h), n)->tally[1], 2);
    harness_close(&h);
}

/* Markdown and HTML escape a figure the way the export does. */
static void escape(const char *s, int html, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s && n + 8 < cap; s++) {
        const char *rep = NULL;
        if (html && *s == '&') rep = "&amp;";
        if (html && *s == '<') rep = "&lt;";
        if (html && *s == '>') rep = "&gt;";
        if (html && *s == '"') rep = "&quot;";
        if (!html && strchr("\\`*_[]<>#|", *s)) out[n++] = '\\';
        if (rep) {
            memcpy(out + n, rep, strlen(rep));
            n += strlen(rep);
        } else {
            out[n++] = *s;
        }
    }
    out[n] = 0;
}

/* Every figure cited on the path (outcomes and the ending's facts) appears in both files. */
static int cites_present(const crs_engine *e, int lang, const char *doc, int html)
{
    const crs_scenario *s = crs_engine_scenario(e);
    char want[4096];
    int count = 0, missing = 0;
    for (size_t i = 0; i < crs_engine_history_len(e); i++) {
        const crs_step *st = crs_engine_history(e, i);
        const crs_choice *ch = &s->nodes[st->node].choices[st->choice];
        if (st->outcome < 0 || !ch->outcomes[st->outcome].has_cite) continue;
        escape(crs_text_get(&ch->outcomes[st->outcome].cite.figure, lang), html, want, sizeof want);
        count++;
        if (!strstr(doc, want)) missing++, fprintf(stderr, "missing cite: %s\n", want);
    }
    const crs_ending *en = &s->endings[crs_engine_ending(e)];
    for (int f = 0; f < en->nfacts; f++) {
        if (!en->facts[f].has_cite) continue;
        escape(crs_text_get(&en->facts[f].cite.figure, lang), html, want, sizeof want);
        count++;
        if (!strstr(doc, want)) missing++, fprintf(stderr, "missing cite: %s\n", want);
    }
    return count > 0 && missing == 0;
}

static void export_carries_every_citation(crs_scenario *s, const char *lang, SDL_Keycode pick)
{
    harness h;
    if (open_facil(&h, 1920, 1080, s, lang)) return;
    to_first_node(&h);
    for (int i = 0; i < 40 && strcmp(screen(&h), "debrief"); i++)
        key(&h, strcmp(screen(&h), "node")                           ? SDLK_RETURN
                : crs_engine_available(eng(&h), (int[9]){0}, 9) >= 2 ? pick
                                                                     : SDLK_1);
    CHECK_STR(screen(&h), "debrief");
    CHECK(crs_engine_ended(eng(&h)));
    CHECK(click_button(&h, CRS_ID_F_EXPORT, 0));
    CHECK_STR(screen(&h), "exported");
    shot(&h, "exported");
    char *md = read_all(crs_facil_export_path(h.app, 0));
    char *html = read_all(crs_facil_export_path(h.app, 1));
    int lang_i = crs_scenario_lang(s, lang);
    CHECK(md && cites_present(eng(&h), lang_i, md, 0));
    CHECK(html && cites_present(eng(&h), lang_i, html, 1));
    CHECK(html && strstr(html, "<!DOCTYPE html>") && !strstr(html, "<link") &&
          !strstr(html, "<script src"));
    free(md);
    free(html);
    key(&h, SDLK_ESCAPE);
    CHECK_STR(screen(&h), "debrief");
    harness_close(&h);
}

static void exports_carry_every_citation(void)
{
    export_carries_every_citation(tumen, "en", SDLK_1);
    export_carries_every_citation(tumen, "ko", SDLK_2);
    export_carries_every_citation(closing, "en", SDLK_2);
    export_carries_every_citation(closing, "ko", SDLK_1);
}

/* All text of the top page, spaces removed (wrapping drops the spaces it breaks at). */
static void page_text(harness *h, char *out, size_t cap)
{
    const crs_page *p = crs_app_page(h->app);
    size_t n = 0;
    for (int i = 0; i < p->nitems; i++)
        for (const char *c = p->items[i].kind == PI_TEXT ? p->items[i].text : ""; *c; c++)
            if (*c != ' ' && n + 1 < cap) out[n++] = *c;
    out[n] = 0;
}

static void squeeze(const char *s, char *out, size_t cap)
{
    size_t n = 0;
    for (; *s && n + 1 < cap; s++)
        if (*s != ' ') out[n++] = *s;
    out[n] = 0;
}

static void notes_toggle(const char *lang)
{
    harness h;
    if (open_facil(&h, 1920, 1080, closing, lang)) return;
    to_first_node(&h);
    shot(&h, "node");
    /* The vote screen in this language (Esc leaves it without a choice). */
    key(&h, SDLK_v);
    key(&h, SDLK_7);
    key(&h, SDLK_DOWN);
    key(&h, SDLK_9);
    CHECK_STR(screen(&h), "vote");
    shot(&h, "vote-b");
    key(&h, SDLK_ESCAPE);
    CHECK_STR(screen(&h), "node");
    CHECK_INT(crs_engine_history_len(eng(&h)), 0);
    const crs_scenario *s = closing;
    int li = crs_scenario_lang(s, lang);
    static char text[65536], want[8192];
    for (int stage = 0; stage < 3; stage++) {
        if (stage > 0) jump_to(&h, stage), key(&h, SDLK_RETURN);
        CHECK_STR(screen(&h), "node");
        if (stage == 1) shot(&h, "node-after-jump");
        key(&h, SDLK_n);
        CHECK_STR(screen(&h), "notes");
        page_text(&h, text, sizeof text);
        const crs_stage *st = &s->stages[stage];
        squeeze(crs_text_get(&st->notes, li), want, sizeof want);
        CHECK(want[0] && strstr(text, want));
        for (int q = 0; q < st->nquestions; q++) {
            squeeze(crs_text_get(&st->questions[q], li), want, sizeof want);
            CHECK(strstr(text, want));
        }
        if (stage == 2) shot(&h, "notes");
        key(&h, SDLK_n);
        CHECK_STR(screen(&h), "node");
    }
    key(&h, SDLK_j);
    shot(&h, "jump");
    key(&h, SDLK_ESCAPE);
    /* Help names the facilitator's keys too. */
    key(&h, SDLK_F1);
    CHECK_STR(screen(&h), "help");
    page_text(&h, text, sizeof text);
    squeeze(crs_str_get(F_HELP_KEYS, !strcmp(lang, "ko")), want, sizeof want);
    CHECK(strstr(text, want) != NULL);
    shot(&h, "help");
    key(&h, SDLK_ESCAPE);
    harness_close(&h);
    /* The seed screen, before a journey: R, type a seed, Enter; the journey uses it. */
    if (open_facil(&h, 1920, 1080, closing, lang)) return;
    key(&h, SDLK_RETURN);
    key(&h, SDLK_r);
    CHECK_STR(screen(&h), "seed");
    key(&h, SDLK_4);
    key(&h, SDLK_2);
    key(&h, SDLK_0);
    shot(&h, "seed");
    key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "select");
    key(&h, SDLK_RETURN);
    key(&h, SDLK_RETURN);
    CHECK(eng(&h) && crs_engine_seed(eng(&h)) == 420);
    harness_close(&h);
}

static void notes_show_the_stage_notes(void)
{
    notes_toggle("en");
    notes_toggle("ko");
}

/* The fonts hold every glyph of the mode's words (SDL2_ttf has no fallback: a missing one
 * draws a box, as U+2212 MINUS SIGN once did on the vote screen). */
static void every_glyph_is_in_the_font(void)
{
    harness h;
    if (open_facil(&h, 1280, 720, tumen, "en")) return;
    for (int ko = 0; ko < 2; ko++)
        for (int id = F_MODE; id < S__COUNT; id++) {
            const char *t = crs_str_get((crs_str)id, ko);
            if (!crs_text_has_glyphs(h.app->ts, t)) fprintf(stderr, "missing glyph in: %s\n", t);
            CHECK(crs_text_has_glyphs(h.app->ts, t));
        }
    CHECK(crs_text_has_glyphs(h.app->ts, "←  –  +  ·"));
    harness_close(&h);
}

/* A folder that cannot exist: the confirmation screen names the failure instead. */
static void export_failure_is_shown(void)
{
    harness h;
    char saved[256];
    snprintf(saved, sizeof saved, "%s", outdir);
    snprintf(outdir, sizeof outdir, "/dev/null/no-folder-here");
    int rc = open_facil(&h, 1280, 720, tumen, "en");
    snprintf(outdir, sizeof outdir, "%s", saved);
    if (rc) return;
    to_first_node(&h);
    key(&h, SDLK_e);
    CHECK_STR(screen(&h), "exported");
    CHECK_CONTAINS(crs_facil_export_error(h.app), "/dev/null/no-folder-here");
    CHECK_STR(crs_facil_export_path(h.app, 0), "");
    shot(&h, "export-failed");
    key(&h, SDLK_ESCAPE);
    CHECK_STR(screen(&h), "node");
    harness_close(&h);
}

int main(void)
{
    (void)harness_open; /* the facilitator's app is opened by open_facil */
    (void)golden;
    crs_diags d = {0};
    tumen = crs_scenario_load_file(CRS_SOURCE_DIR "/scenarios/tumen-1998.json", &d);
    closing = crs_scenario_load_file(CRS_SOURCE_DIR "/scenarios/closing-border-2010s.json", &d);
    crs_diags_clear(&d);
    snprintf(outdir, sizeof outdir, "facil-export-%ld", (long)getpid());
    mkdir(outdir, 0755);
    if (!tumen || !closing) {
        fprintf(stderr, "cannot load the shipped scenarios\n");
        return 1;
    }
    static const check_case cases[] = {
        {"step_back_restores_exact_state", step_back_restores_exact_state},
        {"jumps_land_on_their_stages", jumps_land_on_their_stages},
        {"jump_back_restarts_and_forced_outcomes_show",
         jump_back_restarts_and_forced_outcomes_show},
        {"vote_reaches_the_export", vote_reaches_the_export},
        {"exports_carry_every_citation", exports_carry_every_citation},
        {"notes_show_the_stage_notes", notes_show_the_stage_notes},
        {"export_failure_is_shown", export_failure_is_shown},
        {"every_glyph_is_in_the_font", every_glyph_is_in_the_font},
    };
    int rc = check_run("ui_facil", cases, sizeof cases / sizeof cases[0]);
    crs_scenario_free(tumen);
    crs_scenario_free(closing);
    if (rmdir(outdir) != 0) fprintf(stderr, "export folder %s is not empty\n", outdir);
    SDL_Quit();
    return rc;
}
