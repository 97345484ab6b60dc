/* Content warnings over the minimal fixture with one thing changed: empty text, one language
 * pasted into another, a distribution over 100%, a weight that no longer gives its citation's
 * derived share, and (check --topics) a topic in a text no tag covers. Each is located. */
#include "check.h"
#include "crossings/lint.h"
#include "jsonpos.h"
#include "scenario_text.h"

#include <unistd.h>

/* Line and column of the first occurrence of needle in text (where the report must point). */
static void where(const char *text, const char *needle, int *line, int *col)
{
    const char *at = strstr(text, needle);
    CHECK(at != NULL);
    *line = *col = 0;
    if (at) jp_line_col(text, strlen(text), (size_t)(at - text), line, col);
}

/* Loads text, expecting it to load with exactly one warning, located at needle. */
static void one_warning(const char *text, const char *needle, const char *path, const char *msg)
{
    crs_diags d = {0};
    crs_scenario *s = load_text(text, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 1);
    int line, col;
    where(text, needle, &line, &col);
    expect_diag(&d, 0, CRS_E_VALUE, CRS_SEV_WARNING, line, col, path, msg);
    crs_scenario_free(s);
    crs_diags_clear(&d);
}

static void clean_fixture_has_no_warning(void)
{
    char *t = minimal_text();
    crs_diags d = {0};
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 0);
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
}

static void empty_text(void)
{
    char *t = mutate(minimal_text(), "\"en\": \"A market town.\"", "\"en\": \"  \"");
    one_warning(t, "\"  \"", "/nodes/1/text/en",
                "node \"town\": the \"en\" text of \"text\" is empty");
    free(t);
    t = mutate(minimal_text(), "\"ko\": \"곧 돌아갑니다.\"", "\"ko\": \"\"");
    one_warning(t, "\"\"", "/nodes/1/choices/0/outcomes/0/text/ko",
                "outcome \"soon\" of node \"town\": the \"ko\" text of \"text\" is empty");
    free(t);
}

static void same_text_in_two_languages(void)
{
    char *t = mutate(minimal_text(), "\"ko\": \"강가에 서 있습니다.\"",
                     "\"ko\": \"You stand at the river.\"");
    one_warning(t, "\"You stand at the river.\"}", "/nodes/0/text/ko",
                "node \"river\": the \"ko\" text of \"text\" is the same as the \"en\" one (not "
                "yet translated?)");
    free(t);
    /* A name or a figure may rightly read the same: no warning. */
    t = mutate(minimal_text(), "\"ko\": \"선희\"", "\"ko\": \"Sun-hee\"");
    crs_diags d = {0};
    crs_scenario *s = load_text(t, &d);
    CHECK_INT(d.warnings, 0);
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
}

static void distribution_over_100(void)
{
    char *t = mutate(minimal_text(), "\"value\": 49.7", "\"value\": 59.7");
    one_warning(t, "[\n         {\"label\": {\"en\": \"Under 3", "/debrief/distributions/0/bars",
                "distribution \"stay-length\": its bars add up to 110.0%, more than 100 (is a "
                "share counted twice, or a figure mistyped?)");
    free(t);
}

static void derived_share_no_longer_matches(void)
{
    /* The weights are 50.3 and 49.7: a stated share of 50.3% matches, 33.2% does not. */
    char *t = mutate(minimal_text(), "\"derivation\": \"50.3 / 49.7 from Table 1\"",
                     "\"derivation\": \"50.3 / 49.7 from Table 1\", \"derive\": {\"share\": 50.3}");
    crs_diags d = {0};
    crs_scenario *s = load_text(t, &d);
    CHECK(s && s->nodes[1].choices[0].outcomes[0].cite.has_share);
    CHECK_INT(d.warnings, 0);
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
    t = mutate(minimal_text(), "\"derivation\": \"50.3 / 49.7 from Table 1\"",
               "\"derivation\": \"50.3 / 49.7 from Table 1\", \"derive\": {\"share\": 33.2}");
    one_warning(t, "50.3,\n           \"text\"", "/nodes/1/choices/0/outcomes/0/weight",
                "outcome \"soon\" of node \"town\": its weight gives 50.3% of the choice's "
                "outcomes (50.3 of 100), but its citation derives 33.2% (\"derive\": {\"share\": "
                "33.2}): a weight or the figure changed?");
    free(t);
    /* A share is a percent. */
    t = mutate(minimal_text(), "\"derivation\": \"50.3 / 49.7 from Table 1\"",
               "\"derivation\": \"x\", \"derive\": {\"share\": 133.2}");
    d = (crs_diags){0};
    CHECK(load_text(t, &d) == NULL);
    CHECK_INT(d.errors, 1);
    crs_diags_clear(&d);
    free(t);
}

/* The topic check reads the file again: write the text to a temporary file. */
static void topic_in_untagged_text(void)
{
    char *t = mutate(minimal_text(), "\"en\": \"You stayed in China.\"",
                     "\"en\": \"You were held in detention.\"");
    /* An outcome of the tagged node: its "arrest" tag covers the police. */
    t = mutate(t, "\"en\": \"You stay longer.\"", "\"en\": \"The police let you go.\"");
    char path[64];
    snprintf(path, sizeof path, "lint-topics-%ld.json", (long)getpid());
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs(t, f);
    fclose(f);
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(path, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 0); /* the topic check runs only when asked */
    CHECK_INT(crs_lint_topics(s, path, &d), 1);
    int line, col;
    where(t, "\"You were held in detention.\"", &line, &col);
    CHECK(d.count == 1);
    if (d.count == 1) {
        CHECK_INT(d.items[0].line, line);
        CHECK_INT(d.items[0].col, col);
        CHECK_STR(d.items[0].path, "/endings/1/text/en");
        CHECK_STR(d.items[0].message,
                  "ending \"stayed\": the \"text\" text mentions detention (\"detention\") but no "
                  "\"detention\" content tag covers it, so short-summary mode shows it in full");
    }
    CHECK(crs_lint_topic_words("detention") != NULL);
    CHECK(crs_lint_topic_words("weather") == NULL);
    crs_scenario_free(s);
    crs_diags_clear(&d);
    remove(path);
    free(t);
}

int main(void)
{
    static const check_case cases[] = {
        {"clean_fixture_has_no_warning", clean_fixture_has_no_warning},
        {"empty_text", empty_text},
        {"same_text_in_two_languages", same_text_in_two_languages},
        {"distribution_over_100", distribution_over_100},
        {"derived_share_no_longer_matches", derived_share_no_longer_matches},
        {"topic_in_untagged_text", topic_in_untagged_text},
    };
    return check_run("lint", cases, sizeof cases / sizeof cases[0]);
}
