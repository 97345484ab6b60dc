/* "How others chose": the panels after a choice and on the debrief show what `crossings stats`
 * reports for the same local log, stay hidden below the threshold, and appear once the log
 * grows past it, in both languages. */
#include "fixture.h"
#include "harness.h"

#include "access/extras.h"
#include "access/mirror.h"

static crs_scenario *scen[1] = {&fx_scenario};
static const char *log_path = "others-sessions.log";

/* One session on the fixture: at each node the pick-th open choice (cycling through picks). */
static void add_session(uint64_t seed, int k0, int k1)
{
    crs_engine *e = crs_engine_new(&fx_scenario, 0, seed, NULL);
    int picks[2] = {k0, k1};
    for (int step = 0; e && !crs_engine_ended(e) && step < 20; step++) {
        int open[9], n = crs_engine_available(e, open, 9);
        crs_engine_choose(e, open[picks[step % 2] % n], NULL, NULL);
    }
    crs_session_record r;
    memset(&r, 0, sizeof r);
    crs_session_from_engine(&r, e, 0);
    r.kiosk = "test";
    r.started = 1767261600;
    r.seconds = 60;
    crs_buf b = {0};
    crs_session_format(&r, &b);
    FILE *f = fopen(log_path, "a");
    if (f) {
        fputs(crs_buf_str(&b), f);
        fclose(f);
    }
    crs_buf_free(&b);
    crs_engine_free(e);
}

/* The share `crossings stats` prints for a row whose columns contain all of a, b, c. */
static int stats_share(const char *a, const char *b, const char *c, char *out, size_t cap)
{
    crs_stats *st = crs_stats_new();
    crs_stats_add_file(st, log_path, NULL);
    crs_buf rep = {0};
    crs_stats_report_text(st, &rep);
    int found = 0;
    char *text = strdup(crs_buf_str(&rep));
    for (char *line = strtok(text, "\n"); line && !found; line = strtok(NULL, "\n")) {
        char w1[64], w2[64], w3[64], pct[32];
        long n;
        if (sscanf(line, "%63s %63s %63s %ld %31s", w1, w2, w3, &n, pct) == 5 && !strcmp(w1, a) &&
            !strcmp(w2, b) && !strcmp(w3, c)) {
            snprintf(out, cap, "%s", pct);
            found = 1;
        }
    }
    free(text);
    crs_buf_free(&rep);
    crs_stats_free(st);
    return found;
}

/* Whether the bar labelled label shows share: the figure follows the label (which may wrap). */
static int share_after(const char *mirror, const char *label, const char *share)
{
    const char *at = strstr(mirror, label);
    if (!at) return 0;
    const char *end = strchr(at + strlen(label) + 1, '\n');
    const char *f = strstr(at + strlen(label), share);
    if (!f || (end && f > end)) fprintf(stderr, "bar \"%s\" does not show %s\n", label, share);
    return f && (!end || f < end);
}

static int open_app(harness *h, const char *lang)
{
    crs_app_opts o = {
        .seed = 7, .reduced_motion = 1, .access = {.others_log = log_path, .others_threshold = 20}};
    return harness_open_opts(h, 1280, 720, &o, scen, 1, lang);
}

/* Title to the river, then across the ice: the outcome screen. */
static void to_outcome(harness *h)
{
    for (int i = 0; i < 4; i++) key(h, SDLK_RETURN);
    key(h, SDLK_1);
    key(h, SDLK_RETURN);
    key(h, SDLK_1);
}

static void panel_hidden_below_threshold_then_matches_stats(void)
{
    remove(log_path);
    /* 19 sessions reach the river: below the threshold of 20. */
    for (int i = 0; i < 19; i++) add_session((uint64_t)i + 1, i % 2, i % 3 == 0 ? 1 : 0);
    harness h;
    if (open_app(&h, "en")) return;
    to_outcome(&h);
    CHECK_STR(crs_app_screen_name(h.app), "outcome");
    char *m = mirror_of(&h);
    CHECK(strstr(m, "How other visitors") == NULL);
    CHECK(strstr(m, "journeys played") == NULL);
    free(m);
    /* The 20th session: the panel appears on the next screen built, as stats reports it. */
    add_session(99, 0, 0);
    CHECK(switch_lang(&h, "en")); /* round the languages and back: lays the page out again */
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "How other visitors on this machine chose here");
    CHECK_CONTAINS(m, "20 journeys played on this machine");
    CHECK_CONTAINS(m, "not records of real people");
    char want[32];
    CHECK(stats_share("fixture-winter-river", "riverbank", "walk-the-ice", want, sizeof want));
    const char *panel = strstr(m, "How other visitors");
    CHECK(panel && share_after(panel, "Walk over the ice before the moon rises", want));
    CHECK(stats_share("fixture-winter-river", "riverbank", "go-home", want, sizeof want));
    CHECK(panel && share_after(panel, "Go home and try again in spring", want));
    CHECK_CONTAINS(m, "your choice");
    free(m);
    CHECK(golden(&h, "en-outcome-others"));
    CHECK(switch_lang(&h, "ko"));
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "이 기기에서 다른 관람객들이 이 장면에서 고른 선택");
    free(m);
    CHECK(golden(&h, "ko-outcome-others"));
    CHECK(switch_lang(&h, "en"));
    /* On to the debrief: where their journeys ended. */
    for (int i = 0; i < 12 && strcmp(crs_app_screen_name(h.app), "debrief"); i++)
        key(&h, strcmp(crs_app_screen_name(h.app), "node") ? SDLK_RETURN : SDLK_1);
    CHECK_STR(crs_app_screen_name(h.app), "debrief");
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "Where other visitors' journeys ended");
    CHECK(stats_share("fixture-winter-river", "went-home", "returned_north_korea", want,
                      sizeof want));
    panel = strstr(m, "Where other visitors");
    CHECK(panel && share_after(panel, "Back in Musan", want));
    free(m);
    harness_close(&h);
    remove(log_path);
}

static void no_log_no_panel(void)
{
    for (int i = 0; i < 25; i++) add_session((uint64_t)i + 1, 0, 0);
    harness h; /* the same log exists, but the app is not told about it */
    if (harness_open(&h, 1280, 720, scen, 1, "en")) return;
    to_outcome(&h);
    CHECK_STR(crs_app_screen_name(h.app), "outcome");
    char *m = mirror_of(&h);
    CHECK(strstr(m, "How other visitors") == NULL);
    free(m);
    CHECK(click_button(&h, 1, 1)); /* Continue, by touch */
    CHECK(strcmp(crs_app_screen_name(h.app), "outcome") != 0);
    harness_close(&h);
    remove(log_path);
}

int main(void)
{
    static const check_case cases[] = {
        {"panel_hidden_below_threshold_then_matches_stats",
         panel_hidden_below_threshold_then_matches_stats},
        {"no_log_no_panel", no_log_no_panel},
    };
    int rc = check_run("ui_others", cases, sizeof cases / sizeof cases[0]);
    SDL_Quit();
    return rc;
}
