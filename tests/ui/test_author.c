/* What authors and facilitators see, through the real loop on an offscreen surface: the draft
 * badge names every draft language, and looking back labels its simulated shares as random
 * play (and hides them on request). Assertions read the screen's text as the mirror writes it. */
#include "harness.h"
#include "author/watch.h"

#include <stdio.h>
#include <unistd.h>

/* A fixture with up to two edits (find[i] replaced by rep[i]), loaded from memory. */
static crs_scenario *load_edited(const char *name, const char *const *find, const char *const *rep,
                                 int n)
{
    char path[512];
    snprintf(path, sizeof path, "%s/valid/%s", CRS_TEST_DATA, name);
    FILE *f = fopen(path, "rb");
    CHECK(f != NULL);
    if (!f) return NULL;
    static char text[1 << 16], out[1 << 16];
    size_t len = fread(text, 1, sizeof text - 1, f);
    fclose(f);
    text[len] = 0;
    for (int i = 0; i < n; i++) {
        char *at = strstr(text, find[i]);
        CHECK(at != NULL);
        if (!at) continue;
        snprintf(out, sizeof out, "%.*s%s%s", (int)(at - text), text, rep[i], at + strlen(find[i]));
        memcpy(text, out, strlen(out) + 1);
    }
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_buffer(name, text, strlen(text), &d);
    for (size_t i = 0; i < d.count; i++)
        if (d.items[i].severity == CRS_SEV_ERROR) fprintf(stderr, "%s\n", d.items[i].message);
    crs_diags_clear(&d);
    CHECK(s != NULL);
    return s;
}

static crs_scenario *load_fixture(const char *name, const char *find, const char *rep)
{
    return load_edited(name, &find, &rep, find ? 1 : 0);
}

/* With CRS_AUTHOR_SHOTS=DIR, a screenshot of the screen named name. */
static void shot_to(harness *h, const char *name)
{
    const char *dir = getenv("CRS_AUTHOR_SHOTS");
    if (!dir || !*dir) return;
    char path[512];
    snprintf(path, sizeof path, "%s/%s.png", dir, name);
    CHECK_INT(crs_app_screenshot(h->app, path), 0);
}

static void to_first_node(harness *h)
{
    for (int i = 0; i < 4; i++) key(h, SDLK_RETURN);
    CHECK_STR(crs_app_screen_name(h->app), "node");
}

/* The text on the first node of s in lang, as a malloc'd string. */
static char *first_node_text(crs_scenario *s, const char *lang)
{
    harness h;
    crs_scenario *scen[1] = {s};
    if (!s || harness_open(&h, 1280, 720, scen, 1, lang)) return NULL;
    to_first_node(&h);
    char *t = mirror_of(&h);
    harness_close(&h);
    return t;
}

static void draft_badge_names_the_shown_and_original_drafts(void)
{
    /* English reviewed, Korean draft: "Korean draft" in Korean, nothing in English. */
    crs_scenario *s = load_fixture("jump-back.json", NULL, NULL);
    char *t = first_node_text(s, "ko");
    CHECK_CONTAINS(t, "한국어 초안(검토 전)");
    free(t);
    t = first_node_text(s, "en");
    CHECK(t && !strstr(t, "draft") && !strstr(t, "Draft"));
    free(t);
    crs_scenario_free(s);
    /* Both drafts: the Korean screen names both (a translation of a draft original), the
     * English screen its own language only. */
    s = load_fixture("jump-back.json", "\"status\": \"reviewed\"", "\"status\": \"draft\"   ");
    t = first_node_text(s, "en");
    CHECK_CONTAINS(t, "Draft: English");
    CHECK(t && !strstr(t, "한국어") && !strstr(t, "Korean draft"));
    free(t);
    t = first_node_text(s, "ko");
    CHECK_CONTAINS(t, "초안(검토 전): English, 한국어");
    free(t);
    crs_scenario_free(s);
}

/* minimal.json: "Go home" ends at once; looking back has one documented distribution. */
static char *debrief_text(crs_scenario *s, int hide)
{
    harness h;
    crs_scenario *scen[1] = {s};
    crs_app_opts o = {.seed = 7, .reduced_motion = 1, .hide_random_shares = hide};
    if (harness_open_opts(&h, 1280, 720, &o, scen, 1, "en")) return NULL;
    to_first_node(&h);
    key(&h, SDLK_2);
    for (int i = 0; i < 6 && strcmp(crs_app_screen_name(h.app), "debrief"); i++)
        key(&h, SDLK_RETURN);
    CHECK_STR(crs_app_screen_name(h.app), "debrief");
    char *t = mirror_of(&h);
    harness_close(&h);
    return t;
}

static void random_shares_are_labelled_and_can_hide(void)
{
    crs_scenario *s = load_fixture("minimal.json", NULL, NULL);
    if (!s) return;
    char *t = debrief_text(s, 0);
    CHECK_CONTAINS(t, "if every choice were random");
    CHECK_CONTAINS(t, "is not a finding");
    CHECK(t && !strstr(t, "in simulated play"));
    free(t);
    t = debrief_text(s, 1);
    CHECK(t && !strstr(t, "if every choice were random"));
    CHECK_CONTAINS(t, "Under 3 months"); /* the documented bars stay */
    free(t);
    crs_scenario_free(s);
}

/* Short-summary mode reaches outcomes (the tagged node covers them) and endings with their
 * facts: "You stay longer." and "Many stayed." must not show, the ending's summary must. */
static void summaries_reach_outcomes_and_endings(void)
{
    static const char *const find[2] = {"\"weight\": 50.3",
                                        "\"id\": \"stayed\", \"kind\": \"staying_in_china\","};
    static const char *const rep[2] = {
        "\"weight\": 0.0001",
        "\"id\": \"stayed\", \"kind\": \"staying_in_china\", \"tags\": [\"detention\"], "
        "\"summary\": {\"en\": \"You stay on in China.\", \"ko\": \"중국에 머뭅니다.\"},"};
    crs_scenario *s = load_edited("minimal.json", find, rep, 2);
    if (!s) return;
    for (int summaries = 0; summaries < 2; summaries++) {
        harness h;
        crs_scenario *scen[1] = {s};
        crs_app_opts o = {.seed = 7, .reduced_motion = 1, .summaries = summaries};
        if (harness_open_opts(&h, 1280, 720, &o, scen, 1, "en")) break;
        to_first_node(&h);
        key(&h, SDLK_1); /* cross: the stage intro of China, then the town */
        key(&h, SDLK_RETURN);
        key(&h, SDLK_1); /* stay: "You stay longer." (the other weight is tiny) */
        CHECK_STR(crs_app_screen_name(h.app), "outcome");
        char *t = mirror_of(&h);
        CHECK(t && (strstr(t, "You stay longer.") != NULL) == !summaries);
        if (summaries) CHECK_CONTAINS(t, "The full account is not shown in short-summary mode.");
        if (summaries) CHECK_CONTAINS(t, "Illustrative"); /* its label stays */
        free(t);
        key(&h, SDLK_RETURN);
        CHECK_STR(crs_app_screen_name(h.app), "ending");
        t = mirror_of(&h);
        CHECK(t && (strstr(t, "You stayed in China.") != NULL) == !summaries);
        CHECK(t && (strstr(t, "Many stayed.") != NULL) == !summaries);
        CHECK(t && (strstr(t, "You stay on in China.") != NULL) == summaries);
        free(t);
        harness_close(&h);
    }
    crs_scenario_free(s);
}

/* --start and --set in the game: the journey begins at the node with the values given, and
 * the screen shows what those values open. */
static void journey_starts_where_asked(void)
{
    crs_scenario *s = load_fixture("minimal.json", NULL, NULL);
    if (!s) return;
    static const char *const sets[2] = {"months=5", "speaks_chinese=true"};
    crs_scenario *scen[1] = {s};
    crs_app_opts o = {
        .seed = 7, .reduced_motion = 1, .start_node = "town", .start_sets = sets, .nstart_sets = 2};
    harness h;
    if (harness_open_opts(&h, 1280, 720, &o, scen, 1, "en")) {
        crs_scenario_free(s);
        return;
    }
    to_first_node(&h);
    const crs_engine *e = crs_app_engine(h.app);
    CHECK_INT(crs_engine_node(e), crs_scenario_node(s, "town"));
    CHECK_INT(crs_engine_vars(e)[crs_scenario_var(s, "months")], 5);
    char *t = mirror_of(&h);
    CHECK_CONTAINS(t, "A market town.");
    CHECK_CONTAINS(t, "Take the train"); /* open only with speaks_chinese */
    free(t);
    harness_close(&h);
    crs_scenario_free(s);
}

/* The watch test's clock: it moves only when the test moves it. */
static uint64_t watch_now;
static uint64_t watch_clock(void *ud)
{
    (void)ud;
    return watch_now;
}

/* Writes minimal.json with one edit to path (as an editor's save does). */
static void save(const char *path, const char *find, const char *rep)
{
    char src[512];
    snprintf(src, sizeof src, "%s/valid/minimal.json", CRS_TEST_DATA);
    FILE *f = fopen(src, "rb");
    static char text[1 << 16];
    size_t len = f ? fread(text, 1, sizeof text - 1, f) : 0;
    if (f) fclose(f);
    text[len] = 0;
    char *at = find ? strstr(text, find) : NULL;
    CHECK(!find || at);
    FILE *o = fopen(path, "wb");
    CHECK(o != NULL);
    if (!o) return;
    if (at) {
        fwrite(text, 1, (size_t)(at - text), o);
        fputs(rep, o);
        fputs(at + strlen(find), o);
    } else {
        fputs(text, o);
    }
    fclose(o);
}

/* Moves the clock past the next look at the file and lets the loop run. */
static char *after_save(harness *h)
{
    watch_now += 600;
    pump(h);
    return mirror_of(h);
}

/* --watch: a good save is played from where the author was, a broken one shows its located
 * errors over the last good version, the next good save clears them. */
static void watch_reloads_and_shows_errors(void)
{
    static char path[64];
    snprintf(path, sizeof path, "watch-%ld.json", (long)getpid());
    save(path, NULL, NULL);
    const char *files[1] = {path};
    crs_app_opts o = {.seed = 7,
                      .reduced_motion = 1,
                      .watch = path,
                      .files = files,
                      .nfiles = 1,
                      .clock = watch_clock};
    harness h;
    if (harness_open_opts(&h, 1280, 720, &o, NULL, 0, "en")) return;
    to_first_node(&h);
    key(&h, SDLK_1); /* cross: the stage intro of China, then the town */
    key(&h, SDLK_RETURN);
    CHECK_STR(crs_app_screen_name(h.app), "node");
    save(path, "A market town.", "A busy market town.");
    char *t = after_save(&h);
    CHECK_CONTAINS(t, "A busy market town.");
    CHECK_INT(crs_engine_history_len(crs_app_engine(h.app)), 1); /* the crossing, replayed */
    free(t);
    save(path, "\"next\": \"town\"", "\"next\": \"twon\"");
    t = after_save(&h);
    CHECK_INT(crs_watch_errors(h.app), 1);
    CHECK_CONTAINS(t, "The saved file has errors");
    CHECK_CONTAINS(t, ":50:43: error: choice \"cross\" of node \"river\" goes to unknown node "
                      "\"twon\" (did you mean \"town\"?) (/nodes/0/choices/0/next)");
    CHECK_CONTAINS(t, "A busy market town."); /* the last good version plays on */
    free(t);
    shot_to(&h, "watch-broken");
    save(path, "A market town.", "A quiet market town.");
    t = after_save(&h);
    CHECK_INT(crs_watch_errors(h.app), 0);
    CHECK_CONTAINS(t, "A quiet market town.");
    CHECK(t && !strstr(t, "The saved file has errors"));
    free(t);
    harness_close(&h);
    remove(path);
}

int main(void)
{
    static const check_case cases[] = {
        {"draft_badge_names_the_shown_and_original_drafts", draft_badge_names_the_shown_and_original_drafts},
        {"random_shares_are_labelled_and_can_hide", random_shares_are_labelled_and_can_hide},
        {"summaries_reach_outcomes_and_endings", summaries_reach_outcomes_and_endings},
        {"journey_starts_where_asked", journey_starts_where_asked},
        {"watch_reloads_and_shows_errors", watch_reloads_and_shows_errors},
    };
    int rc = check_run("ui_author", cases, sizeof cases / sizeof cases[0]);
    SDL_Quit();
    return rc;
}
