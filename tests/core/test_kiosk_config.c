/* Kiosk configuration tests: the full fixture's values, defaults of the minimal one, and each
 * error with its exact code, line, column, JSON path and message. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "crossings/kiosk_config.h"
#include "read_text.h"

/* base with the single occurrence of find replaced by rep (a fixture drift fails the test). */
static char *mutate(const char *base, const char *find, const char *rep)
{
    const char *at = strstr(base, find);
    CHECK(at != NULL);
    CHECK(at == NULL || strstr(at + 1, find) == NULL);
    if (!at) return strdup(base);
    size_t bl = strlen(base), fl = strlen(find), rl = strlen(rep), pre = (size_t)(at - base);
    char *out = malloc(bl - fl + rl + 1);
    memcpy(out, base, pre);
    memcpy(out + pre, rep, rl);
    memcpy(out + pre + rl, at + fl, bl - pre - fl + 1);
    return out;
}

static void test_valid(void)
{
    crs_kiosk_config c;
    crs_diags d = {0};
    CHECK_INT(crs_kiosk_config_load_file(CRS_TEST_DATA "/kiosk/valid.json", &c, &d), 0);
    CHECK_INT(d.count, 0);
    CHECK_STR(c.id, "hall-2-east");
    CHECK_INT(c.nscenarios, 2);
    CHECK_STR(c.scenarios[0].file, "tumen-1998.json");
    CHECK_INT(c.scenarios[0].npersonas, 0);
    CHECK_STR(c.scenarios[1].file, "closing-border-2010s.json");
    CHECK_INT(c.scenarios[1].npersonas, 1);
    CHECK_STR(c.scenarios[1].personas[0], "jin-hyok");
    CHECK_STR(c.lang, "ko");
    CHECK_INT(c.idle_seconds, 120);
    CHECK_INT(c.prompt_seconds, 15);
    CHECK_STR(c.pin, "0427");
    CHECK_INT(c.text_size, 2);
    CHECK_INT(c.high_contrast, 0);
    CHECK_INT(c.reduced_motion, 1);
    CHECK_INT(c.analytics, 1);
    CHECK_INT(c.max_log_bytes, 2000000);
    CHECK_INT(c.files_kept, 3);
    CHECK_STR(c.log_dir, "/var/lib/crossings-kiosk");
    CHECK_STR(crs_audience_name(c.audience), "13+");
    CHECK_INT(c.others_threshold, 25);
    crs_diags_clear(&d);
}

/* The example shipped with the guide must stay valid. */
static void test_shipped_example(void)
{
    crs_kiosk_config c;
    crs_diags d = {0};
    CHECK_INT(crs_kiosk_config_load_file(CRS_SOURCE_DIR "/docs/kiosk.example.json", &c, &d), 0);
    CHECK_INT(d.count, 0);
    CHECK_STR(c.id, "museum-hall-2");
    CHECK_INT(c.nscenarios, 2);
    CHECK_STR(c.settled_term, "탈북민");
    crs_diags_clear(&d);
}

static void test_minimal_defaults(void)
{
    crs_kiosk_config c;
    crs_diags d = {0};
    CHECK_INT(crs_kiosk_config_load_file(CRS_TEST_DATA "/kiosk/minimal.json", &c, &d), 0);
    CHECK_INT(d.count, 0);
    CHECK_STR(c.lang, "en");
    CHECK_INT(c.idle_seconds, 90);
    CHECK_INT(c.prompt_seconds, 20);
    CHECK_INT(c.text_size, 1);
    CHECK_INT(c.analytics, 1);
    CHECK_INT(c.files_kept, 5);
    CHECK_STR(c.log_dir, "");
    CHECK_STR(crs_audience_name(c.audience), "general");
    CHECK_STR(c.settled_term, ""); /* the scenario's default, 탈북민 */
    crs_diags_clear(&d);
}

/* Loads valid.json with find replaced by rep and expects exactly one error as described. */
static void expect(const char *find, const char *rep, crs_code code, int line, int col,
                   const char *path, const char *message)
{
    char *base = read_text(CRS_TEST_DATA "/kiosk/valid.json", NULL);
    CHECK(base != NULL);
    if (!base) return;
    char *text = mutate(base, find, rep);
    crs_kiosk_config c;
    crs_diags d = {0};
    CHECK_INT(crs_kiosk_config_load_buffer("kiosk.json", text, strlen(text), &c, &d), -1);
    CHECK_INT(d.errors, 1);
    if (d.count >= 1) {
        const crs_diag *g = &d.items[0];
        CHECK_STR(crs_code_name(g->code), crs_code_name(code));
        CHECK_INT(g->line, line);
        CHECK_INT(g->col, col);
        CHECK_STR(g->path, path);
        CHECK_STR(g->message, message);
        CHECK_STR(g->file, "kiosk.json");
    }
    crs_diags_clear(&d);
    free(text);
    free(base);
}

static void test_errors(void)
{
    expect("\"crossings-kiosk/1\"", "\"crossings-kiosk/2\"", CRS_E_VALUE, 2, 13, "/format",
           "the kiosk config: \"format\" must be \"crossings-kiosk/1\", not \"crossings-kiosk/2\"");
    expect("\"kiosk_id\": \"hall-2-east\"", "\"kiosk_id\": \"Hall 2\"", CRS_E_VALUE, 3, 15,
           "/kiosk_id",
           "the kiosk config: \"Hall 2\" is not a valid id (1-64 characters of a-z, 0-9, _ and -, "
           "starting with a letter)");
    expect("\"tumen-1998.json\"", "\"/etc/passwd.json\"", CRS_E_VALUE, 5, 5, "/scenarios/0",
           "scenario 1 of the kiosk config: \"/etc/passwd.json\" must be a file name in the data "
           "folder's scenarios/, not an absolute path");
    expect("\"tumen-1998.json\"", "\"../secret.json\"", CRS_E_VALUE, 5, 5, "/scenarios/0",
           "scenario 1 of the kiosk config: \"../secret.json\" must not contain \"..\" (only files "
           "in scenarios/ are offered)");
    expect("\"file\": \"closing-border-2010s.json\"", "\"file\": \"x/closing.json\"", CRS_E_VALUE,
           6, 15, "/scenarios/1/file",
           "scenario 2 of the kiosk config: \"x/closing.json\" must be a file name in scenarios/, "
           "without folders");
    expect("\"file\": \"closing-border-2010s.json\"", "\"file\": \"tumen-1998.json\"",
           CRS_E_DUPLICATE, 6, 5, "/scenarios/1",
           "the kiosk config lists \"tumen-1998.json\" twice (scenarios 1 and 2)");
    expect("\"personas\": [\"jin-hyok\"]", "\"persona\": [\"jin-hyok\"]", CRS_E_UNKNOWN_KEY, 6, 44,
           "/scenarios/1/persona",
           "scenario 2 of the kiosk config has unknown key \"persona\" (did you mean "
           "\"personas\"?)");
    expect("\"default_language\": \"ko\"", "\"default_language\": \"kr\"", CRS_E_VALUE, 8, 23,
           "/default_language",
           "the kiosk config: \"default_language\" must be one of \"en\", \"ko\", not \"kr\" (did "
           "you mean \"ko\"?)");
    expect("\"idle_seconds\": 120", "\"idle_seconds\": 5", CRS_E_VALUE, 9, 19, "/idle_seconds",
           "the kiosk config: \"idle_seconds\" must be a whole number from 15 to 3600");
    expect("\"exit_pin\": \"0427\"", "\"exit_pin\": \"04a7\"", CRS_E_VALUE, 11, 15, "/exit_pin",
           "the kiosk config: \"exit_pin\" must be 4 to 8 digits (a string such as \"4071\")");
    expect("\"exit_pin\": \"0427\"", "\"exit_pin\": 4271", CRS_E_TYPE, 11, 15, "/exit_pin",
           "the kiosk config: \"exit_pin\" must be a string, not a number");
    expect("\"exit_pin\": \"0427\",", "", CRS_E_MISSING, 1, 1, "/exit_pin",
           "the kiosk config has no \"exit_pin\" (it is required)");
    expect("\"text_size\": 2", "\"text_size\": 4", CRS_E_VALUE, 12, 16, "/text_size",
           "the kiosk config: \"text_size\" must be a whole number from 1 to 3");
    expect("\"high_contrast\": false", "\"high_contrast\": \"no\"", CRS_E_TYPE, 13, 20,
           "/high_contrast",
           "the kiosk config: \"high_contrast\" must be true or false, not a string");
    expect("\"files_kept\": 3", "\"files_kept\": 3, \"max_byte\": 1", CRS_E_UNKNOWN_KEY, 15, 74,
           "/analytics/max_byte",
           "\"analytics\" of the kiosk config has unknown key \"max_byte\" (did you mean "
           "\"max_bytes\"?)");
    expect(
        "\"audience\": \"13+\"", "\"audience\": \"adults\"", CRS_E_VALUE, 17, 15, "/audience",
        "the kiosk config: \"audience\" must be one of \"general\", \"13+\", \"adult-workshop\", "
        "not \"adults\"");
    expect("\"others_threshold\": 25", "\"others_threshold\": 2.5", CRS_E_VALUE, 18, 23,
           "/others_threshold",
           "the kiosk config: \"others_threshold\" must be a whole number from 0 to 1000000");
    expect("\"others_threshold\": 25", "\"others_threshold\": 25, \"idle_seconds\": 60",
           CRS_E_DUPLICATE, 18, 27, "/idle_seconds",
           "duplicate key \"idle_seconds\" in the same object (JSON readers would keep only one of "
           "them)");
    expect("\"others_threshold\": 25", "\"others_treshold\": 25", CRS_E_UNKNOWN_KEY, 18, 3,
           "/others_treshold",
           "the kiosk config has unknown key \"others_treshold\" (did you mean "
           "\"others_threshold\"?)");
}

static void test_syntax_and_io(void)
{
    crs_kiosk_config c;
    crs_diags d = {0};
    const char *t = "{\n  \"format\": \"crossings-kiosk/1\",\n  \"kiosk_id\": \"a\" \"b\"\n}\n";
    CHECK_INT(crs_kiosk_config_load_buffer("k.json", t, strlen(t), &c, &d), -1);
    CHECK_INT(d.count, 1);
    if (d.count) {
        CHECK_STR(crs_code_name(d.items[0].code), "syntax");
        CHECK_INT(d.items[0].line, 3);
        CHECK_INT(d.items[0].col, 19);
    }
    crs_diags_clear(&d);
    CHECK_INT(crs_kiosk_config_load_file(CRS_TEST_DATA "/kiosk/no-such.json", &c, &d), -1);
    CHECK_INT(d.count, 1);
    if (d.count) CHECK_STR(crs_code_name(d.items[0].code), "io");
    crs_diags_clear(&d);
    const char *empty = "{\"format\": \"crossings-kiosk/1\", \"kiosk_id\": \"a\", \"scenarios\": "
                        "[], \"exit_pin\": \"1234\"}";
    CHECK_INT(crs_kiosk_config_load_buffer("k.json", empty, strlen(empty), &c, &d), -1);
    CHECK_INT(d.count, 1);
    if (d.count) {
        CHECK_STR(d.items[0].path, "/scenarios");
        CHECK_STR(d.items[0].message, "the kiosk config: \"scenarios\" lists no scenario");
    }
    crs_diags_clear(&d);
}

/* The museum's word for {탈북민}: read, and refused when it could break the text. */
static void test_settled_term(void)
{
    char *base = read_text(CRS_TEST_DATA "/kiosk/valid.json", NULL);
    CHECK(base != NULL);
    if (!base) return;
    char *text = mutate(base, "\"others_threshold\": 25",
                        "\"others_threshold\": 25, \"ko_settled_term\": \"북향민\"");
    crs_kiosk_config c;
    crs_diags d = {0};
    CHECK_INT(crs_kiosk_config_load_buffer("kiosk.json", text, strlen(text), &c, &d), 0);
    CHECK_INT(d.count, 0);
    CHECK_STR(c.settled_term, "북향민");
    crs_diags_clear(&d);
    free(text);
    free(base);
    expect("\"others_threshold\": 25",
           "\"others_threshold\": 25, \"ko_settled_term\": \"{탈북민}\"", CRS_E_VALUE, 18, 46,
           "/ko_settled_term",
           "the kiosk config: \"ko_settled_term\" must be a word of 1-64 bytes with no braces or "
           "line breaks, such as \"탈북민\" or \"북향민\"");
}

int main(void)
{
    static const check_case cases[] = {
        {"valid", test_valid},
        {"minimal_defaults", test_minimal_defaults},
        {"settled_term", test_settled_term},
        {"shipped_example", test_shipped_example},
        {"errors", test_errors},
        {"syntax_and_io", test_syntax_and_io},
    };
    return check_run("kiosk_config", cases, sizeof cases / sizeof cases[0]);
}
