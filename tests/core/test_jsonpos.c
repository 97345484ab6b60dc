/* The loader's one-pass parser (jp_parse) against cJSON: the same tree for every shipped
 * scenario, every test file and a set of awkward texts; the same verdict as the check-only scan;
 * and a duplicate-key flag that is never wrongly clear. */
#include <dirent.h>
#include <stdlib.h>
#include "arena.h"
#include "check.h"
#include "json_same.h"
#include "jsonpos.h"
#include "read_text.h"

/* Parses text both ways; returns 1 when jp_parse accepted it (and then checks the trees). */
static int same_as_cjson(const char *text, size_t len, const char *name, int *maybe_dup)
{
    crs_arena *a = crs_arena_new();
    cJSON *mine = NULL;
    jp_error e, e2;
    int dup = 0;
    int rc = jp_parse(text, len, a, &mine, &dup, &e);
    /* The check-only scan and the building parse are one grammar: same verdict, same place. */
    int rc2 = jp_scan(text, len, &e2);
    CHECK_INT(rc2, rc);
    if (rc && rc2) {
        CHECK_INT(e2.off, e.off);
        CHECK_INT(e2.code, e.code);
    }
    if (rc == 0) {
        size_t bom = jp_bom(text, len);
        cJSON *theirs = /* + 1: cJSON looks for the NUL inside the length it is given */
            cJSON_ParseWithLengthOpts(text + bom, len - bom + 1, NULL, 1);
        CHECK(theirs != NULL);
        int same = json_same(mine, theirs, name);
        if (!same) fprintf(stderr, "  in %s\n", name);
        CHECK(same);
        cJSON_Delete(theirs);
        if (maybe_dup) *maybe_dup = dup;
    }
    crs_arena_free(a);
    return rc == 0;
}

/* Every .json file in dir; returns how many parsed. */
static int every_file_in(const char *dir, int *seen)
{
    DIR *d = opendir(dir);
    int parsed = 0;
    CHECK(d != NULL);
    if (!d) return 0;
    struct dirent *ent;
    while ((ent = readdir(d)) != NULL) {
        size_t n = strlen(ent->d_name);
        if (n < 6 || strcmp(ent->d_name + n - 5, ".json") != 0) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        size_t len;
        char *text = read_text(path, &len);
        CHECK(text != NULL);
        if (!text) continue;
        (*seen)++;
        parsed += same_as_cjson(text, len, path, NULL);
        free(text);
    }
    closedir(d);
    return parsed;
}

static void files_match_cjson(void)
{
    int seen = 0, parsed = 0;
    parsed += every_file_in(CRS_SOURCE_DIR "/scenarios", &seen);
    parsed += every_file_in(CRS_TEST_DATA "/valid", &seen);
    parsed += every_file_in(CRS_TEST_DATA "/bad", &seen);
    parsed += every_file_in(CRS_TEST_DATA "/kiosk", &seen);
    parsed += every_file_in(CRS_SOURCE_DIR "/tests/fuzz/corpus/load", &seen);
    CHECK(seen >= 20);
    CHECK(parsed >= 15); /* the shipped scenarios and the valid files at least */
    printf("jp_parse: %d of %d files parsed, each the same tree as cJSON's\n", parsed, seen);
}

static int parses_same(const char *text)
{
    return same_as_cjson(text, strlen(text), text, NULL);
}

static void awkward_texts_match_cjson(void)
{
    static const char *const ok[] = {
        "{}",
        "[]",
        "\"\"",
        "0",
        "-0",
        "-0.0",
        "1e308",
        "1e-320",
        "0.1",
        "123456789012345678901234567890",
        "2147483647",
        "2147483648",
        "-2147483649",
        "1.5E+3",
        "true",
        "false",
        "null",
        "\xEF\xBB\xBF{\"bom\": 1}",
        " \t\r\n[ 1 , 2 ,3 ] \n",
        "{\"a\\u0041\": \"\\u00e9\\u4e2d\\ud83d\\ude00\\n\\t\\\"\\\\\\/\\b\\f\\r\"}",
        "{\"\": {\"\": []}}",
        "{\"k\": \"\xEA\xB8\xB8 \xED\x95\x9C\xEA\xB8\x80\"}",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "[{\"a\": [1, {\"b\": null}], \"c\": {\"d\": [true, false]}}, \"x\", -1.25e-2]",
    };
    for (size_t i = 0; i < sizeof ok / sizeof ok[0]; i++) CHECK(parses_same(ok[i]));
    /* Refused by both (the scan is stricter than cJSON, so only the verdicts are compared). */
    static const char *const bad[] = {"",      "{",       "[1,]",    "{\"a\":1,}",  "01",
                                      "1.",    "'x'",     "\"\\x\"", "\"\\ud800\"", "\"\\u0000\"",
                                      "[1] 2", "\"a\nb\""};
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) CHECK(!parses_same(bad[i]));
}

static void duplicate_flag(void)
{
    static const struct {
        const char *text;
        int dup;
    } cases[] = {
        {"{\"a\": 1, \"b\": {\"c\": 1, \"d\": 2}}", 0},
        {"{\"a\": 1, \"b\": [{\"c\": 1, \"c\": 2}]}", 1},
        {"[{\"id\": 1}, {\"id\": 2}]", 0}, /* the same key in two objects is no duplicate */
        {"{\"a\": 1, \"\\u0061\": 2}", 1}, /* keys are compared decoded */
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        int dup = -1;
        CHECK(same_as_cjson(cases[i].text, strlen(cases[i].text), cases[i].text, &dup));
        CHECK_INT(dup, cases[i].dup);
    }
    /* Past the kept hashes the flag is raised so the full check decides. */
    char big[1024] = "{";
    for (int i = 0; i < 20; i++)
        snprintf(big + strlen(big), sizeof big - strlen(big), "%s\"k%d\": %d", i ? ", " : "", i, i);
    strcat(big, "}");
    int dup = -1;
    CHECK(same_as_cjson(big, strlen(big), "big", &dup));
    CHECK_INT(dup, 1);
}

/* Every arena allocation of a parse fails cleanly in turn (memory code, no tree). */
static void out_of_memory(void)
{
    const char *text = "{\"a\": [\"x\", \"y\"], \"b\": {\"c\": 1}}";
    long n;
    for (n = 0; n < 100; n++) {
        crs_arena *a = crs_arena_new();
        if (!a) continue;
        cJSON *root = NULL;
        int dup;
        jp_error e;
        crs_alloc_fail_after(n);
        int rc = jp_parse(text, strlen(text), a, &root, &dup, &e);
        crs_alloc_fail_after(-1);
        crs_arena_free(a);
        if (rc == 0) break;
        CHECK_INT(e.code, CRS_E_MEMORY);
        CHECK(root == NULL);
    }
    CHECK(n >= 1 && n < 100);
}

/* Syntax errors name the everyday slip behind them, at the place it happened. */
static void slips_are_named(void)
{
    static const struct {
        const char *text, *at, *hint;
    } cases[] = {
        {"{\"en\": \"You stand at \"the\" river.\"}", "the\" river",
         "a \" inside a text ends it early"},
        {"{\"id\": \"x\", // the id\n \"v\": 1}", "// the", "JSON has no comments"},
        {"{\"id\": \"x\" /* note */}", "/* note", "JSON has no comments"},
        {"{“en”: \"x\"}", "“en", "curly quotes from a word processor"},
        {"{\"en\": “x”}", "“x", "curly quotes from a word processor"},
        {"{\"weight\": 33.2%}", "%}", "a number cannot carry a % sign"},
        {"{\"a\": \"x\"\n \"b\": 1}", "\"b\"", "is a comma missing before this?"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        jp_error e;
        const char *t = cases[i].text;
        CHECK_INT(jp_scan(t, strlen(t), &e), -1);
        CHECK_INT(e.off, strstr(t, cases[i].at) - t);
        CHECK_CONTAINS(e.msg, cases[i].hint);
    }
    /* Other errors keep their plain message. */
    jp_error e;
    CHECK_INT(jp_scan("{\"a\": 1,}", 9, &e), -1);
    CHECK_STR(e.msg, "trailing comma before '}'");
}

int main(void)
{
    static const check_case cases[] = {
        {"files_match_cjson", files_match_cjson},
        {"awkward_texts_match_cjson", awkward_texts_match_cjson},
        {"duplicate_flag", duplicate_flag},
        {"out_of_memory", out_of_memory},
        {"slips_are_named", slips_are_named},
    };
    return check_run("jsonpos", cases, sizeof cases / sizeof cases[0]);
}
