/* What authors and facilitators see, through the real loop on an offscreen surface: the draft
 * badge names every draft language, and looking back labels its simulated shares as random
 * play (and hides them on request). Assertions read the screen's text as the mirror writes it. */
#include "harness.h"
#include "ui.h"

#include "page_text.h"

#include <stdio.h>

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

static void draft_badge_names_every_draft_language(void)
{
    /* English reviewed, Korean draft: "Korean draft" in Korean, nothing in English. */
    crs_scenario *s = load_fixture("jump-back.json", NULL, NULL);
    char *t = first_node_text(s, "ko");
    CHECK_CONTAINS(t, "초안 번역 (검토 전)");
    free(t);
    t = first_node_text(s, "en");
    CHECK(t && !strstr(t, "draft") && !strstr(t, "Draft"));
    free(t);
    crs_scenario_free(s);
    /* Both drafts: the badge names both, whichever language is on screen. */
    s = load_fixture("jump-back.json", "\"status\": \"reviewed\"", "\"status\": \"draft\"   ");
    t = first_node_text(s, "en");
    CHECK_CONTAINS(t, "Draft: English, 한국어");
    CHECK(t && !strstr(t, "Korean draft"));
    free(t);
    t = first_node_text(s, "ko");
    CHECK_CONTAINS(t, "초안 번역: English, 한국어");
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

int main(void)
{
    (void)golden;
    (void)click_button;
    static const check_case cases[] = {
        {"draft_badge_names_every_draft_language", draft_badge_names_every_draft_language},
        {"random_shares_are_labelled_and_can_hide", random_shares_are_labelled_and_can_hide},
        {"summaries_reach_outcomes_and_endings", summaries_reach_outcomes_and_endings},
    };
    int rc = check_run("ui_author", cases, sizeof cases / sizeof cases[0]);
    SDL_Quit();
    return rc;
}
