/* The optional fields added to format 1: translatable source fields, caveats on citations and
 * sources, the language review record, and the {탈북민} display token. Each case edits the
 * minimal fixture; the format-1 file kept as it was must still load. */
#include <stdio.h>

#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "check.h"
#include "scenario_text.h"
#include "crossings/scenario.h"
#include "crossings/terms.h"

static const char *const src_author = "\"author\": \"Lim Hyun-Chin and Chung Young Chul\"";

/* ===== translatable source and citation fields ===== */

static void test_plain_strings_fall_back(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 0);
    if (s) {
        const crs_source *src = &s->sources[0];
        /* A plain string is every language's: Korean falls back to it. */
        CHECK_STR(crs_text_get(&src->author, 1), "Lim Hyun-Chin and Chung Young Chul");
        CHECK_STR(crs_text_get(&src->year, 1), "c. 2005");
        CHECK_STR(crs_text_get(&s->nodes[1].choices[0].outcomes[0].cite.where, 1), "Table 1");
        CHECK_INT(crs_text_present(&src->caveat), 0);
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
}

static void test_translated_fields(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    t = mutate(t, src_author,
               "\"author\": {\"en\": \"Lim Hyun-Chin and Chung Young Chul\", "
               "\"ko\": \"임현진·정영철\"}");
    t = mutate(t, "\"year\": \"c. 2005\"", "\"year\": {\"en\": \"c. 2005\", \"ko\": \"2005년경\"}");
    t = mutate(
        t, "\"where\": \"Table 1\",\n                    \"figure\"",
        "\"where\": {\"en\": \"Table 1\", \"ko\": \"표 1\"},\n                    \"figure\"");
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.errors, 0);
    CHECK_INT(d.warnings, 0);
    if (s) {
        CHECK_STR(crs_text_get(&s->sources[0].author, 0), "Lim Hyun-Chin and Chung Young Chul");
        CHECK_STR(crs_text_get(&s->sources[0].author, 1), "임현진·정영철");
        CHECK_STR(crs_text_get(&s->sources[0].year, 1), "2005년경");
        CHECK_STR(crs_text_get(&s->nodes[1].choices[0].outcomes[0].cite.where, 1), "표 1");
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
}

/* A translated field that leaves a language out still loads, with a located warning. */
static void test_missing_translation_warns(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    t = mutate(t, "\"publisher\": \"academic paper\"",
               "\"publisher\": {\"en\": \"academic paper\"}");
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.errors, 0);
    CHECK_INT(d.warnings, 1);
    /* Korean is a draft here: its gaps are counted in one warning at its declaration. */
    expect_diag(&d, 0, CRS_E_TEXT, CRS_SEV_WARNING, 9, 5, "/languages/1",
                "language \"ko\" (한국어) is a draft with 1 of 44 texts untranslated, shown in "
                "English instead (/sources/0/publisher); 'crossings po export FILE --lang ko' "
                "lists them");
    if (s) CHECK_STR(crs_text_get(&s->sources[0].publisher, 1), "academic paper");
    crs_scenario_free(s);
    crs_diags_clear(&d);
    /* A reviewed language is warned about field by field. */
    t = mutate(t, "\"status\": \"draft\"}", "\"status\": \"reviewed\", \"reviewer\": \"editor\"}");
    s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.errors, 0);
    CHECK_INT(d.warnings, 1);
    expect_diag(&d, 0, CRS_E_TEXT, CRS_SEV_WARNING, 19, 19, "/sources/0/publisher",
                "source \"lim-chung\": \"publisher\" is translated but has no \"ko\" (한국어) text "
                "(another language's is shown instead)");
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
}

static void test_bad_translatable_values(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    t = mutate(t, "\"year\": \"c. 2005\"", "\"year\": 2005");
    CHECK(load_text(t, &d) == NULL);
    expect_diag(&d, 0, CRS_E_TYPE, CRS_SEV_ERROR, 19, 45, "/sources/0/year",
                "source \"lim-chung\": \"year\" must be a string or a text object ({\"en\": "
                "\"...\", \"ko\": \"...\"}), not a number");
    crs_diags_clear(&d);
    free(t);
    t = minimal_text();
    t = mutate(t, "\"year\": \"c. 2005\"", "\"year\": {\"fr\": \"vers 2005\"}");
    CHECK(load_text(t, &d) == NULL);
    CHECK(d.errors >= 1);
    if (d.count) CHECK_CONTAINS(d.items[0].message, "not a declared language");
    crs_diags_clear(&d);
    free(t);
}

/* ===== caveats ===== */

static void test_caveats(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    t = mutate(t, "\"section\": \"Table 1\",",
               "\"section\": \"Table 1\", \"caveat\": {\"en\": \"Limited use.\", \"ko\": \"쓸모가 "
               "제한적임.\"},");
    t = mutate(t, "\"year\": \"1999\",\n                    \"population\"",
               "\"year\": \"1999\", \"caveat\": {\"en\": \"Counts do not add up.\", \"ko\": \"합이 "
               "맞지 않음.\"},\n                    \"population\"");
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 0);
    if (s) {
        const crs_cite *c = &s->nodes[1].choices[0].outcomes[0].cite;
        CHECK_STR(crs_text_get(&c->caveat, 0), "Counts do not add up.");
        CHECK_STR(crs_text_get(&c->caveat, 1), "합이 맞지 않음.");
        CHECK_STR(crs_text_get(&s->sources[0].caveat, 1), "쓸모가 제한적임.");
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
    /* A caveat is a text like any other: the first language is required. */
    t = minimal_text();
    t = mutate(t, "\"year\": \"1999\",\n                    \"population\"",
               "\"year\": \"1999\", \"caveat\": {\"ko\": \"의심됨.\"},\n                    "
               "\"population\"");
    CHECK(load_text(t, &d) == NULL);
    expect_diag(&d, 0, CRS_E_TEXT, CRS_SEV_ERROR, 65, 47,
                "/nodes/1/choices/0/outcomes/0/cite/caveat",
                "the citation of outcome \"soon\" of choice \"stay\" of node \"town\": \"caveat\" "
                "has no \"en\" (English) text");
    crs_diags_clear(&d);
    free(t);
}

/* ===== the review record ===== */

static void test_review_record(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    t = mutate(t, "\"status\": \"reviewed\", \"reviewer\": \"test fixture\"",
               "\"status\": \"reviewed\"");
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 1);
    expect_diag(&d, 0, CRS_E_VALUE, CRS_SEV_WARNING, 8, 49, "/languages/0/status",
                "language 1: \"status\" is \"reviewed\" but names no \"reviewer\" (who read every "
                "string, and \"reviewed_on\": the date)");
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);

    t = minimal_text();
    t = mutate(t, "\"reviewer\": \"test fixture\"",
               "\"reviewer\": \"test fixture\", \"reviewed_on\": \"2026-12-01\"");
    s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.warnings, 0);
    if (s) CHECK_STR(s->langs[0].reviewed_on, "2026-12-01");
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);

    t = minimal_text();
    t = mutate(t, "\"reviewer\": \"test fixture\"",
               "\"reviewer\": \"test fixture\", \"reviewed_on\": \"1 Dec 2026\"");
    CHECK(load_text(t, &d) == NULL);
    expect_diag(
        &d, 0, CRS_E_VALUE, CRS_SEV_ERROR, 8, 104, "/languages/0/reviewed_on",
        "language 1: \"reviewed_on\" must be a date written YYYY-MM-DD, not \"1 Dec 2026\"");
    crs_diags_clear(&d);
    free(t);
}

/* ===== the {탈북민} token ===== */

static void test_expand(void)
{
    char *e = crs_text_expand("{탈북민} 지원과 {탈북민}의 삶", "북향민");
    CHECK_STR(e, "북향민 지원과 북향민의 삶");
    crs_free(e);
    e = crs_text_expand("{탈북민}", NULL);
    CHECK_STR(e, "탈북민");
    crs_free(e);
    /* Unknown tokens, lone braces and a token cut short stay as they are. */
    e = crs_text_expand("{남한} {탈북 {탈북민", "북향민");
    CHECK_STR(e, "{남한} {탈북 {탈북민");
    crs_free(e);
    CHECK_INT(crs_term_ok("북향민"), 1);
    CHECK_INT(crs_term_ok(""), 0);
    CHECK_INT(crs_term_ok("{탈북민}"), 0);
    CHECK_INT(crs_term_ok("a\nb"), 0);
}

static void test_settled_term(void)
{
    crs_diags d = {0};
    char *t = minimal_text();
    t = mutate(t, "\"ko\": \"최소\"", "\"ko\": \"{탈북민}과 {모름}\"");
    t = mutate(t, "\"publisher\": \"academic paper\"",
               "\"publisher\": {\"en\": \"academic paper\", \"ko\": \"{탈북민} 연구\"}");
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    CHECK_INT(d.errors, 0);
    if (s) {
        /* Loaded: the default term; the English is untouched. */
        CHECK_STR(crs_text_get(&s->title, 1), "탈북민과 {모름}");
        CHECK_STR(crs_text_get(&s->title, 0), "Minimal");
        CHECK_STR(crs_text_get(&s->sources[0].publisher, 1), "탈북민 연구");
        CHECK_INT(crs_scenario_set_settled_term(s, "북향민"), 0);
        CHECK_STR(crs_text_get(&s->title, 1), "북향민과 {모름}");
        CHECK_STR(crs_text_get(&s->sources[0].publisher, 1), "북향민 연구");
        /* Set again: from the raw text, not from the last term. */
        CHECK_INT(crs_scenario_set_settled_term(s, ""), 0);
        CHECK_STR(crs_text_get(&s->title, 1), "탈북민과 {모름}");
        /* Out of memory: the texts keep the term they had. */
        crs_alloc_fail_after(0);
        CHECK_INT(crs_scenario_set_settled_term(s, "북향민"), -1);
        crs_alloc_fail_after(-1);
        CHECK_STR(crs_text_get(&s->title, 1), "탈북민과 {모름}");
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    free(t);
}

/* ===== files written to format 1 before these fields ===== */

/* tumen-1998 exactly as it shipped before the optional fields: it loads with no error, and its
 * one warning is the new review-record nudge (its English is "reviewed" with no reviewer). */
static void test_format1_file(void)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(CRS_TEST_DATA "/valid/format1-tumen-1998.json", &d);
    CHECK(s != NULL);
    CHECK_INT(d.errors, 0);
    CHECK_INT(d.warnings, 1);
    if (d.count) CHECK_STR(d.items[0].path, "/languages/0/status");
    if (s) {
        CHECK_INT(s->nsources > 0, 1);
        CHECK(strlen(crs_text_get(&s->sources[0].author, 1)) > 0);
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
}

int main(void)
{
    static const check_case cases[] = {
        {"plain_strings_fall_back", test_plain_strings_fall_back},
        {"translated_fields", test_translated_fields},
        {"missing_translation_warns", test_missing_translation_warns},
        {"bad_translatable_values", test_bad_translatable_values},
        {"caveats", test_caveats},
        {"review_record", test_review_record},
        {"expand", test_expand},
        {"settled_term", test_settled_term},
        {"format1_file", test_format1_file},
    };
    return check_run("format", cases, sizeof cases / sizeof cases[0]);
}
