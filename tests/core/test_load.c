/* Loader tests: the minimal fixture's model, then one case per error class with its exact
 * message, line, column and path, limits, out-of-memory at every allocation, and no crash. */
#include <errno.h>
#include <math.h>
#include <stdio.h>
#include "arena.h"

#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "scenario_text.h"
#include <sys/stat.h>
#include <unistd.h>
#include "crossings/scenario.h"

/* ===== the valid fixture ===== */

static void test_minimal_model(void)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(CRS_TEST_DATA "/valid/minimal.json", &d);
    CHECK(s != NULL);
    CHECK_INT(d.errors, 0);
    CHECK_INT(d.warnings, 0);
    if (!s) return;
    CHECK_STR(s->id, "minimal");
    CHECK_STR(s->version, "1.0.0");
    CHECK_STR(s->file, CRS_TEST_DATA "/valid/minimal.json");
    CHECK_INT(s->nlangs, 2);
    CHECK_STR(s->langs[1].code, "ko");
    CHECK_STR(s->langs[1].name, "한국어");
    CHECK_STR(s->langs[1].status, "draft");
    CHECK(s->langs[1].reviewer == NULL);
    CHECK_STR(s->langs[0].reviewer, "test fixture");
    CHECK_STR(s->title.s[1], "최소");
    CHECK_INT(s->era_from, 1998);
    CHECK_INT(s->era_to, 1999);
    CHECK_INT(s->nsources, 1);
    CHECK_STR(s->sources[0].document, "002_f62a99ef4183e381.txt");
    CHECK(s->sources[0].url == NULL);

    CHECK_INT(s->nvars, 2);
    CHECK_INT(s->vars[0].type, CRS_VAR_INT);
    CHECK_INT(s->vars[0].max, 600);
    CHECK_INT(s->vars[0].shown, 1);
    CHECK_INT(s->vars[1].type, CRS_VAR_BOOL);
    CHECK_INT(s->vars[1].min, 0);
    CHECK_INT(s->vars[1].max, 1);
    CHECK_STR(s->vars[1].label.s[1], "중국어 가능");

    CHECK_INT(s->npersonas, 1);
    CHECK_INT(s->personas[0].start, 0);
    CHECK_INT(s->personas[0].init[0], 1); /* "set" overrides "initial" */
    CHECK_INT(s->personas[0].init[1], 0);

    CHECK_INT(s->nstages, 2);
    CHECK_INT(s->stages[0].kind, CRS_STAGE_BORDER);
    CHECK_INT(s->stages[0].has_map, 1);
    CHECK(fabs(s->stages[0].lat - 42.9) < 1e-9);
    CHECK_STR(s->stages[0].place.s[1], "두만강");
    CHECK_INT(s->stages[1].nquestions, 2);
    CHECK_STR(s->stages[1].questions[1].s[0], "How?");
    CHECK_INT(s->stages[1].has_map, 0);

    CHECK_INT(s->nnodes, 2);
    const crs_node *river = &s->nodes[0], *town = &s->nodes[1];
    CHECK_INT(river->stage, 0);
    CHECK_INT(river->nchoices, 2);
    CHECK_INT(river->choices[0].next, 1);
    CHECK_INT(river->choices[0].ending, -1);
    CHECK_INT(river->choices[0].neffects, 1);
    CHECK_INT(river->choices[0].effects[0].op, CRS_EFF_ADD);
    CHECK_INT(river->choices[0].effects[0].value, 1);
    CHECK(river->choices[0].cond == NULL);
    CHECK_INT(river->choices[1].ending, 0);
    CHECK_INT(river->choices[1].next, -1);
    CHECK_INT(town->ntags, 1);
    CHECK_STR(town->tags[0], "arrest");
    CHECK_STR(town->summary.s[0], "A risky stay.");

    const crs_choice *stay = &town->choices[0];
    CHECK_INT(stay->noutcomes, 2);
    CHECK_INT(stay->next, -1);
    const crs_outcome *soon = &stay->outcomes[0], *later = &stay->outcomes[1];
    CHECK_STR(soon->id, "soon");
    CHECK(fabs(soon->weight.base - 50.3) < 1e-9);
    CHECK_INT(soon->weight.nadj, 0);
    CHECK_INT(soon->ending, 0);
    CHECK_INT(soon->has_cite, 1);
    CHECK_INT(soon->cite.source, 0);
    CHECK_STR(soon->cite.where.s[0], "Table 1");
    CHECK_STR(soon->cite.population.s[1], "중국 내 북한 주민 28,472명 조사");
    CHECK_STR(soon->cite.derivation, "50.3 / 49.7 from Table 1");
    CHECK_INT(soon->illustrative, 0);
    CHECK_INT(later->has_cite, 0);
    CHECK_INT(later->illustrative, 1);
    CHECK_STR(later->illustrative_note.s[0], "For play.");
    CHECK_INT(later->ending, 1);
    CHECK(fabs(later->weight.base - 49.7) < 1e-9);
    CHECK_INT(later->weight.nadj, 2);
    CHECK_INT(later->weight.adj[0].op, CRS_ADJ_TIMES);
    CHECK(fabs(later->weight.adj[0].value - 0.5) < 1e-12);
    CHECK_INT(later->weight.adj[0].cond->op, CRS_COND_CMP);
    CHECK_INT(later->weight.adj[0].cond->var, 1);
    CHECK_INT(later->weight.adj[0].cond->cmp, CRS_CMP_EQ);
    CHECK_INT(later->weight.adj[0].cond->value, 1);
    const crs_cond *range = later->weight.adj[1].cond; /* {"months": {"min": 2, "max": 10}} */
    CHECK_INT(later->weight.adj[1].op, CRS_ADJ_ADD);
    CHECK_INT(range->op, CRS_COND_ALL);
    CHECK_INT(range->nkids, 2);
    CHECK_INT(range->kids[0].cmp, CRS_CMP_GE);
    CHECK_INT(range->kids[0].value, 2);
    CHECK_INT(range->kids[1].cmp, CRS_CMP_LE);
    CHECK_INT(range->kids[1].value, 10);
    CHECK_INT(later->neffects, 2);
    CHECK_INT(later->effects[0].op, CRS_EFF_SET);
    CHECK_INT(later->effects[0].value, 12);
    CHECK_INT(later->effects[1].var, 1);
    CHECK_INT(later->effects[1].value, 1);

    /* {"any": [{"speaks_chinese": true}, {"not": {"months": {"max": 3}}}]} */
    const crs_cond *any = town->choices[1].cond;
    CHECK(any != NULL);
    if (any) {
        CHECK_INT(any->op, CRS_COND_ANY);
        CHECK_INT(any->nkids, 2);
        CHECK_INT(any->kids[1].op, CRS_COND_NOT);
        CHECK_INT(any->kids[1].kids[0].op, CRS_COND_ALL);
        CHECK_INT(any->kids[1].kids[0].kids[0].cmp, CRS_CMP_LE);
        CHECK_INT(any->kids[1].kids[0].kids[0].value, 3);
    }
    CHECK_INT(town->choices[1].next, 0);

    CHECK_INT(s->nendings, 2);
    CHECK_INT(s->endings[0].kind, CRS_END_RETURNED_NORTH_KOREA);
    CHECK_INT(s->endings[1].stage, 1);
    CHECK_INT(s->endings[1].nfacts, 1);
    CHECK_INT(s->endings[1].facts[0].has_cite, 0);
    CHECK_INT(s->nquestions, 1);
    CHECK_INT(s->ndists, 1);
    const crs_distribution *dist = &s->dists[0];
    CHECK(fabs(dist->tolerance - 5) < 1e-12);
    CHECK_INT(dist->cite.source, 0);
    CHECK_INT(dist->nbars, 3);
    CHECK_INT(dist->bars[0].match, CRS_MATCH_VAR);
    CHECK_INT(dist->bars[0].var, 0);
    CHECK_INT(dist->bars[0].max, 2);
    CHECK_INT(dist->bars[0].min, -1000000000);
    CHECK_INT(dist->bars[1].match, CRS_MATCH_ENDINGS);
    CHECK_INT(dist->bars[1].nendings, 1);
    CHECK_INT(dist->bars[1].endings[0], 0);
    CHECK_INT(dist->bars[2].match, CRS_MATCH_KINDS);
    CHECK_INT(dist->bars[2].kinds, 1u << CRS_END_RETURNED_NORTH_KOREA);
    crs_scenario_free(s);
    crs_diags_clear(&d);
}

/* ===== whole-text errors, built in memory ===== */

typedef struct text_case {
    const char *text;
    crs_code code;
    int line, col;
    const char *message;
} text_case;

static void test_text_errors(void)
{
    static const text_case cases[] = {
        {"", CRS_E_SYNTAX, 1, 1, "the file is empty"},
        {" \n\t ", CRS_E_SYNTAX, 1, 1, "the file is empty"},
        {"Title: Crossing\n", CRS_E_SYNTAX, 1, 1,
         "this is not JSON (a scenario file starts with '{')"},
        {"{\n  \"id\": \"a\",\n  \"nodes\": [1, 2", CRS_E_SYNTAX, 3, 17,
         "the file ends before the JSON is complete (a missing '}', ']' or '\"'?)"},
        {"{\"a\": [1, 2,]}", CRS_E_SYNTAX, 1, 13, "trailing comma before ']'"},
        {"{\"a\": 1,\n}", CRS_E_SYNTAX, 2, 1, "trailing comma before '}'"},
        {"{\"a\": 1 \"b\": 2}", CRS_E_SYNTAX, 1, 9,
         "expected ',' or '}' (is a comma missing before this?)"},
        {"{'a': 1}", CRS_E_SYNTAX, 1, 2, "expected a key in double quotes"},
        {"{\"a\": 01}", CRS_E_SYNTAX, 1, 8, "expected ',' or '}'"},
        {"{\"a\": \"x\ny\"}", CRS_E_SYNTAX, 1, 9,
         "line break or control character inside a string (write \\n instead)"},
        {"{} {}", CRS_E_SYNTAX, 1, 4, "unexpected text after the end of the JSON document"},
        {"{\"한\": \"\xed\xa0\x80\"}", CRS_E_ENCODING, 1, 8,
         "invalid UTF-8 (save the file as UTF-8; other encodings are not supported)"},
        {"{\"a\":\n \"caf\xe9\"}", CRS_E_ENCODING, 2, 6,
         "invalid UTF-8 (save the file as UTF-8; other encodings are not supported)"},
        {"{\"a\": \"\\u0000\"}", CRS_E_ENCODING, 1, 8, "\\u0000 (a NUL character) in a string"},
        {"{\"a\": \"\\udc00\"}", CRS_E_ENCODING, 1, 8, "lone UTF-16 low surrogate in a \\u escape"},
        {"{\"a\": 1e5, \"b\": 12345678901234567890123456789012345678901}", CRS_E_LIMIT, 1, 17,
         "number longer than 40 characters"},
        {"[1, 2]", CRS_E_TYPE, 1, 1,
         "the file must hold one JSON object {...} with the scenario, not a list [...]"},
        {"\xEF\xBB\xBF[1, 2]", CRS_E_TYPE, 1, 1, /* columns start after a byte-order mark */
         "the file must hold one JSON object {...} with the scenario, not a list [...]"},
        {"\"scenario\"", CRS_E_TYPE, 1, 1,
         "the file must hold one JSON object {...} with the scenario, not a string"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        crs_diags d = {0};
        crs_scenario *s = load_text(cases[i].text, &d);
        CHECK(s == NULL);
        CHECK_INT(d.errors, 1);
        expect_diag(&d, 0, cases[i].code, CRS_SEV_ERROR, cases[i].line, cases[i].col, "",
                    cases[i].message);
        crs_diags_clear(&d);
    }
}

/* A UTF-8 byte-order mark (some Windows editors add one) is allowed. */
static void test_bom(void)
{
    char *t = minimal_text();
    size_t n = strlen(t);
    char *b = malloc(n + 4);
    memcpy(b, "\xEF\xBB\xBF", 3);
    memcpy(b + 3, t, n + 1);
    crs_diags d = {0};
    crs_scenario *s = load_text(b, &d);
    CHECK(s != NULL);
    CHECK_INT(d.count, 0);
    crs_scenario_free(s);
    free(b);
    free(t);
}

static void test_nul_byte(void)
{
    static const char text[] = "{\"id\":\n \"a\0b\"}";
    crs_diags d = {0};
    CHECK(crs_scenario_load_buffer("minimal.json", text, sizeof text - 1, &d) == NULL);
    CHECK_INT(d.errors, 1);
    expect_diag(&d, 0, CRS_E_ENCODING, CRS_SEV_ERROR, 2, 4, "",
                "NUL byte in the file (is it really a text file?)");
    crs_diags_clear(&d);
}

/* Nesting: 32 levels are allowed, the 33rd is a located limit error; very deep input too. */
static void test_depth(void)
{
    size_t deep = 200000;
    char *t = malloc(2 * deep + 1);
    for (int levels = 32; levels <= 33; levels++) {
        crs_diags d = {0};
        size_t n = 0;
        t[n++] = '{';
        t[n++] = '"';
        t[n++] = 'x';
        t[n++] = '"';
        t[n++] = ':';
        for (int i = 1; i < levels; i++) t[n++] = '[';
        for (int i = 1; i < levels; i++) t[n++] = ']';
        t[n++] = '}';
        CHECK(crs_scenario_load_buffer("minimal.json", t, n, &d) == NULL);
        if (levels == 33)
            expect_diag(&d, 0, CRS_E_LIMIT, CRS_SEV_ERROR, 1, 37, "",
                        "nesting deeper than 32 levels");
        else
            CHECK(d.items[0].code != CRS_E_LIMIT); /* fails later, on content */
        crs_diags_clear(&d);
    }
    memset(t, '[', deep);
    memset(t + deep, ']', deep);
    crs_diags d = {0};
    CHECK(crs_scenario_load_buffer("minimal.json", t, 2 * deep, &d) == NULL);
    expect_diag(&d, 0, CRS_E_LIMIT, CRS_SEV_ERROR, 1, 33, "", "nesting deeper than 32 levels");
    crs_diags_clear(&d);
    free(t);
}

static void test_string_too_long(void)
{
    char *t = minimal_text();
    char *big = malloc(CRS_LIMIT_STRING_BYTES + 40);
    for (int len = CRS_LIMIT_STRING_BYTES; len <= CRS_LIMIT_STRING_BYTES + 1; len++) {
        char *copy = strdup(t);
        strcpy(big, "\"version\": \"");
        size_t n = strlen(big);
        memset(big + n, 'v', (size_t)len);
        strcpy(big + n + (size_t)len, "\"");
        copy = mutate(copy, "\"version\": \"1.0.0\"", big);
        crs_diags d = {0};
        crs_scenario *s = load_text(copy, &d);
        if (len == CRS_LIMIT_STRING_BYTES) {
            CHECK(s != NULL);
            CHECK_INT(d.errors, 0);
        } else {
            CHECK(s == NULL);
            expect_diag(&d, 0, CRS_E_LIMIT, CRS_SEV_ERROR, 6, 14, "",
                        "string longer than 8192 bytes");
        }
        crs_scenario_free(s);
        crs_diags_clear(&d);
        free(copy);
    }
    free(big);
    free(t);
}

static void test_file_errors(void)
{
    crs_diags d = {0};
    CHECK(crs_scenario_load_file(CRS_TEST_DATA "/valid/no-such-file.json", &d) == NULL);
    CHECK_INT(d.errors, 1);
    CHECK_INT(d.items[0].code, CRS_E_IO);
    CHECK_CONTAINS(d.items[0].message, "cannot open the file");
    crs_diags_clear(&d);
    CHECK(crs_scenario_load_file(CRS_TEST_DATA "/valid", &d) == NULL);
    CHECK_INT(d.errors, 1);
    CHECK_INT(d.items[0].code, CRS_E_IO);
    CHECK_CONTAINS(d.items[0].message, "a folder, not a file");
    crs_diags_clear(&d);
    /* A FIFO would block a reader forever: it is refused without reading. */
    char fifo[] = "/tmp/crs-fifo-XXXXXX";
    int fd = mkstemp(fifo);
    if (fd >= 0) close(fd);
    unlink(fifo);
    CHECK_INT(mkfifo(fifo, 0600), 0);
    CHECK(crs_scenario_load_file(fifo, &d) == NULL);
    CHECK_INT(d.errors, 1);
    CHECK_CONTAINS(d.items[0].message, "not a regular file");
    unlink(fifo);
    crs_diags_clear(&d);
    /* Too big: refused before anything is copied or parsed. */
    size_t big = CRS_LIMIT_FILE_BYTES + 1;
    char *t = malloc(big);
    memset(t, ' ', big);
    CHECK(crs_scenario_load_buffer("big.json", t, big, &d) == NULL);
    CHECK_INT(d.items[0].code, CRS_E_LIMIT);
    CHECK_STR(d.items[0].message, "the file is larger than 8 MiB");
    crs_diags_clear(&d);
    free(t);
}

/* ===== one thing wrong in the minimal fixture ===== */

typedef struct mutation {
    const char *name, *find, *replace;
    crs_code code;
    int line, col;
    const char *path, *message;
} mutation;

static const mutation mutations[] = {
    {"unknown key", "\"stage\": \"border\",\n     \"text\"",
     "\"stage\": \"border\", \"sumary\": {\"en\": \"x\", \"ko\": \"y\"},\n     \"text\"",
     CRS_E_UNKNOWN_KEY, 46, 40, "/nodes/0/sumary",
     "node \"river\" has unknown key \"sumary\" (did you mean \"summary\"?)"},
    {"wrong type", "\"version\": \"1.0.0\"", "\"version\": 1", CRS_E_TYPE, 6, 14, "/version",
     "the scenario: \"version\" must be a string, not a number"},
    {"missing field", "\"title\": {\"en\": \"China\", \"ko\": \"중국\"},\n", "", CRS_E_MISSING, 40,
     5, "/stages/1/title", "stage \"china\" has no \"title\" (it is required)"},
    {"bad id", "\"id\": \"stay-length\"", "\"id\": \"Stay length\"", CRS_E_VALUE, 94, 14,
     "/debrief/distributions/0/id",
     "distribution 1 has a bad id \"Stay length\" (ids are 1-64 characters of a-z, 0-9, _ and -, "
     "starting with a letter)"},
    {"duplicate id", "\"document\": \"002_f62a99ef4183e381.txt\"}\n  ]",
     "\"document\": \"002_f62a99ef4183e381.txt\"},\n    {\"id\": \"lim-chung\", \"author\": \"A\", "
     "\"title\": \"B\", \"year\": \"2000\"}\n  ]",
     CRS_E_DUPLICATE, 21, 12, "/sources/1/id",
     "source id \"lim-chung\" is used twice (source 1 and source 2)"},
    {"duplicate key", "{\"id\": \"river\", \"stage\": \"border\",",
     "{\"id\": \"river\", \"stage\": \"border\", \"stage\": \"china\",", CRS_E_DUPLICATE, 46, 40,
     "/nodes/0/stage",
     "duplicate key \"stage\" in the same object (JSON readers would keep only one of them)"},
    {"unknown node", "\"next\": \"town\"", "\"next\": \"towm\"", CRS_E_REFERENCE, 50, 43,
     "/nodes/0/choices/0/next",
     "choice \"cross\" of node \"river\" goes to unknown node \"towm\" (did you mean \"town\"?)"},
    {"unknown stage", "{\"id\": \"town\", \"stage\": \"china\"",
     "{\"id\": \"town\", \"stage\": \"chna\"", CRS_E_REFERENCE, 53, 29, "/nodes/1/stage",
     "node \"town\" is in unknown stage \"chna\" (did you mean \"china\"?)"},
    {"unknown ending", "\"ko\": \"집으로\"}, \"ending\": \"went-home\"",
     "\"ko\": \"집으로\"}, \"ending\": \"went-hom\"", CRS_E_REFERENCE, 51, 74,
     "/nodes/0/choices/1/ending",
     "choice \"home\" of node \"river\" ends in unknown ending \"went-hom\" (did you mean "
     "\"went-home\"?)"},
    {"unknown variable in a condition", "{\"if\": {\"speaks_chinese\": true}, \"times\": 0.5}",
     "{\"if\": {\"speaks_chines\": true}, \"times\": 0.5}", CRS_E_REFERENCE, 70, 22,
     "/nodes/1/choices/0/outcomes/1/weight/adjust/0/if/speaks_chines",
     "outcome \"later\" of choice \"stay\" of node \"town\" tests unknown variable "
     "\"speaks_chines\" (did you mean \"speaks_chinese\"?)"},
    {"unknown variable in effects", "\"effects\": {\"months\": 1}", "\"effects\": {\"month\": 1}",
     CRS_E_REFERENCE, 50, 21, "/nodes/0/choices/0/effects/month",
     "choice \"cross\" of node \"river\" changes unknown variable \"month\" (did you mean "
     "\"months\"?)"},
    {"unknown source",
     "\"cite\": {\"source\": \"lim-chung\", \"where\": \"Table 1\",\n          "
     "          \"figure\"",
     "\"cite\": {\"source\": \"lim\", \"where\": \"Table 1\",\n                    \"figure\"",
     CRS_E_REFERENCE, 63, 31, "/nodes/1/choices/0/outcomes/0/cite/source",
     "the citation of outcome \"soon\" of choice \"stay\" of node \"town\" cites unknown source "
     "\"lim\""},
    {"unknown start node", "\"start\": \"river\"", "\"start\": \"rivers\"", CRS_E_REFERENCE, 31, 15,
     "/personas/0/start",
     "persona \"sun-hee\" starts at unknown node \"rivers\" (did you mean \"river\"?)"},
    {"unknown ending in a bar", "\"endings\": [\"went-home\"]", "\"endings\": [\"gone-home\"]",
     CRS_E_REFERENCE, 104, 75, "/debrief/distributions/0/bars/1/endings/0",
     "bar 2 of distribution \"stay-length\" counts unknown ending \"gone-home\" (did you mean "
     "\"went-home\"?)"},
    {"unknown variable in a bar", "\"var\": \"months\", \"max\": 2",
     "\"var\": \"monhts\", \"max\": 2", CRS_E_REFERENCE, 103, 18,
     "/debrief/distributions/0/bars/0/var",
     "bar 1 of distribution \"stay-length\" counts unknown variable \"monhts\" (did you mean "
     "\"months\"?)"},
    {"zero weight", "\"weight\": 50.3", "\"weight\": 0", CRS_E_VALUE, 60, 36,
     "/nodes/1/choices/0/outcomes/0/weight",
     "outcome \"soon\" of choice \"stay\" of node \"town\": \"weight\" must be more than 0 (and at "
     "most 1e9), not 0"},
    {"negative base weight", "\"base\": 49.7", "\"base\": -1", CRS_E_VALUE, 69, 46,
     "/nodes/1/choices/0/outcomes/1/weight/base",
     "outcome \"later\" of choice \"stay\" of node \"town\": the weight's base must be more than "
     "0, not -1"},
    {"no citation", "\"ending\": \"stayed\", \"illustrative\": true,", "\"ending\": \"stayed\",",
     CRS_E_CITATION, 69, 11, "/nodes/1/choices/0/outcomes/1",
     "outcome \"later\" of choice \"stay\" of node \"town\" has neither a \"cite\" nor "
     "\"illustrative\": true (an outcome rests on a cited figure or is labelled illustrative)"},
    /* The first language is the fallback: a text without it is an error (a draft language's
     * gaps are counted instead: test_format). */
    {"missing language", "\"title\": {\"en\": \"Stayed\", \"ko\": \"체류\"}",
     "\"title\": {\"ko\": \"체류\"}", CRS_E_TEXT, 87, 15, "/endings/1/title",
     "ending \"stayed\": \"title\" has no \"en\" (English) text"},
    {"undeclared language", "\"title\": {\"en\": \"Stayed\", \"ko\": \"체류\"}",
     "\"title\": {\"en\": \"Stayed\", \"ko\": \"체류\", \"kr\": \"체류\"}", CRS_E_UNKNOWN_KEY, 87,
     44, "/endings/1/title/kr",
     "ending \"stayed\": \"title\" has \"kr\", which is not a declared language (did you mean "
     "\"ko\"?)"},
    {"tag without summary", "\"summary\": {\"en\": \"A risky stay.\", \"ko\": \"위험한 체류.\"},\n",
     "", CRS_E_MISSING, 53, 5, "/nodes/1/summary",
     "node \"town\" has content tags but no \"summary\" (a neutral text shown instead when "
     "summaries are asked for)"},
    {"unknown tag", "\"tags\": [\"arrest\"]", "\"tags\": [\"arest\"]", CRS_E_VALUE, 55, 15,
     "/nodes/1/tags/0", "node \"town\": unknown content tag \"arest\" (did you mean \"arrest\"?)"},
    {"not a whole number", "\"from\": 1998", "\"from\": 1998.5", CRS_E_VALUE, 15, 19, "/era/from",
     "the era: \"from\" must be a whole number from 1000 to 3000"},
    {"number out of range", "\"max\": 600", "\"max\": 3e9", CRS_E_VALUE, 23, 54, "/variables/0/max",
     "variable \"months\": \"max\" must be a whole number from -1000000000 to 1000000000"},
    {"wrong format", "\"format\": \"crossings-scenario/1\"", "\"format\": \"crossings-scenario/2\"",
     CRS_E_VALUE, 4, 13, "/format",
     "\"format\" must be \"crossings-scenario/1\", not \"crossings-scenario/2\""},
    {"two targets", "\"effects\": {\"months\": 1}, \"next\": \"town\"",
     "\"effects\": {\"months\": 1}, \"next\": \"town\", \"ending\": \"stayed\"", CRS_E_VALUE, 49, 8,
     "/nodes/0/choices/0",
     "choice \"cross\" of node \"river\" has more than one of \"next\", \"ending\" or "
     "\"outcomes\" (keep one)"},
    {"no target", "\"effects\": {\"months\": 1}, \"next\": \"town\"",
     "\"effects\": {\"months\": 1}", CRS_E_VALUE, 49, 8, "/nodes/0/choices/0",
     "choice \"cross\" of node \"river\" needs one of \"next\", \"ending\" or \"outcomes\""},
    {"question without a language",
     "[{\"en\": \"Why?\", \"ko\": \"왜?\"}, {\"en\": \"How?\", \"ko\": "
     "\"어떻게?\"}]},\n    {\"id\": \"china\"",
     "[{\"en\": \"Why?\", \"ko\": \"왜?\"}, {\"ko\": \"어떻게?\"}]},\n    {\"id\": \"china\"",
     CRS_E_TEXT, 39, 48, "/stages/0/questions/1",
     "stage \"border\": \"question 2\" has no \"en\" (English) text"},
    {"bool variable tested with a number", "{\"if\": {\"speaks_chinese\": true}, \"times\": 0.5}",
     "{\"if\": {\"speaks_chinese\": 1}, \"times\": 0.5}", CRS_E_TYPE, 70, 40,
     "/nodes/1/choices/0/outcomes/1/weight/adjust/0/if/speaks_chinese",
     "outcome \"later\" of choice \"stay\" of node \"town\": \"speaks_chinese\" is a true/false "
     "variable: test it with true or false, not a number"},
    {"unknown stage kind", "\"kind\": \"border\"", "\"kind\": \"boarder\"", CRS_E_VALUE, 34, 30,
     "/stages/0/kind",
     "stage \"border\": unknown kind \"boarder\" (did you mean \"border\"?); the kinds are: "
     "departure, border, china, transit, arrival, resettlement"},
    {"unknown ending kind", "\"kind\": \"staying_in_china\"", "\"kind\": \"stayed\"", CRS_E_VALUE,
     86, 30, "/endings/1/kind",
     "ending \"stayed\": unknown kind \"stayed\"; the kinds are: resettled_south_korea, "
     "settled_third_country, staying_in_china, returned_north_korea, repatriated, "
     "still_in_transit"},
};

static void test_mutations(void)
{
    char *base = minimal_text();
    for (size_t i = 0; i < sizeof mutations / sizeof mutations[0]; i++) {
        const mutation *m = &mutations[i];
        char *t = mutate(strdup(base), m->find, m->replace);
        crs_diags d = {0};
        crs_scenario *s = load_text(t, &d);
        if (s || d.errors != 1) fprintf(stderr, "mutation \"%s\":\n", m->name);
        CHECK(s == NULL);
        CHECK_INT(d.errors, 1);
        /* A mistyped reference also warns at the id it resembles (the typo may be there). */
        int typo = m->code == CRS_E_REFERENCE && strstr(m->message, "did you mean");
        CHECK(d.warnings <= (size_t)typo);
        size_t at = 0;
        while (at < d.count && d.items[at].severity != CRS_SEV_ERROR) at++;
        expect_diag(&d, at, m->code, CRS_SEV_ERROR, m->line, m->col, m->path, m->message);
        crs_scenario_free(s);
        crs_diags_clear(&d);
        free(t);
    }
    free(base);
}

/* ===== files in tests/data/bad: each shows one mistake as an author would make it ===== */

typedef struct bad_file {
    const char *file;
    crs_code code;
    int line, col;
    const char *path, *message;
} bad_file;

static void test_bad_files(void)
{
    static const bad_file files[] = {
        {"trailing-comma.json", CRS_E_SYNTAX, 9, 3, "", "trailing comma before ']'"},
        {"duplicate-key.json", CRS_E_DUPLICATE, 6, 3, "/id",
         "duplicate key \"id\" in the same object (JSON readers would keep only one of them)"},
        {"truncated.json", CRS_E_SYNTAX, 5, 1, "",
         "the file ends before the JSON is complete (a missing '}', ']' or '\"'?)"},
        {"latin1.json", CRS_E_ENCODING, 4, 32, "",
         "invalid UTF-8 (save the file as UTF-8; other encodings are not supported)"},
    };
    for (size_t i = 0; i < sizeof files / sizeof files[0]; i++) {
        char path[512];
        snprintf(path, sizeof path, "%s/bad/%s", CRS_TEST_DATA, files[i].file);
        crs_diags d = {0};
        CHECK(crs_scenario_load_file(path, &d) == NULL);
        CHECK_INT(d.errors, 1);
        if (d.count) {
            const crs_diag *g = &d.items[0];
            CHECK_STR(g->file, path);
            CHECK_INT(g->code, files[i].code);
            CHECK_INT(g->line, files[i].line);
            CHECK_INT(g->col, files[i].col);
            CHECK_STR(g->path, files[i].path);
            CHECK_STR(g->message, files[i].message);
        }
        crs_diags_clear(&d);
    }
}

/* ===== collecting errors ===== */

/* Several independent mistakes are all reported, in document order, and a subtree of the wrong
 * shape is reported once and not walked further. */
static void test_collects_errors(void)
{
    char *t = minimal_text();
    t = mutate(t, "\"version\": \"1.0.0\"", "\"version\": 1");
    t = mutate(t, "\"next\": \"town\"", "\"next\": \"towm\"");
    t = mutate(t, "\"tags\": [\"arrest\"]", "\"tags\": {\"arrest\": true}");
    t = mutate(t, "\"weight\": 50.3", "\"weight\": -2");
    crs_diags d = {0};
    CHECK(load_text(t, &d) == NULL);
    CHECK_INT(d.errors, 4);
    CHECK_INT(d.count, 5);
    if (d.count == 5) {
        CHECK_STR(d.items[0].path, "/version");
        CHECK_STR(d.items[1].path, "/nodes/0/choices/0/next");
        CHECK_STR(d.items[2].path, "/nodes/1/id"); /* "town", which "towm" resembles */
        CHECK_STR(d.items[2].message,
                  "node \"town\" is defined here, but a reference names \"towm\": if that is "
                  "the name you want, the typo is in this id");
        CHECK_STR(d.items[3].path, "/nodes/1/tags");
        CHECK_STR(d.items[3].message,
                  "node \"town\": \"tags\" must be a list [...], not an object {...}");
        CHECK_STR(d.items[4].path, "/nodes/1/choices/0/outcomes/0/weight");
    }
    crs_diags_clear(&d);
    free(t);
}

/* A file with thousands of mistakes stores the first 200 and counts the rest, quickly. */
static void test_many_errors(void)
{
    size_t n = 5000, cap = 64 + n * 24;
    char *t = malloc(cap);
    size_t len = (size_t)snprintf(t, cap, "{\"format\": \"crossings-scenario/1\"");
    for (size_t i = 0; i < n; i++) len += (size_t)snprintf(t + len, cap - len, ", \"k%zu\": 1", i);
    len += (size_t)snprintf(t + len, cap - len, "}");
    crs_diags d = {0};
    CHECK(crs_scenario_load_buffer("minimal.json", t, len, &d) == NULL);
    CHECK(d.errors > n);
    CHECK_INT(d.count, 200);
    CHECK(d.dropped > 0);
    expect_diag(&d, 0, CRS_E_UNKNOWN_KEY, CRS_SEV_ERROR, 1, 36, "/k0",
                "the scenario has unknown key \"k0\"");
    crs_diags_clear(&d);
    free(t);
}

/* ===== out of memory at every allocation ===== */

static void test_out_of_memory(void)
{
    size_t len;
    char *t = read_text(CRS_TEST_DATA "/valid/minimal.json", &len);
    long n;
    int clean = 1;
    for (n = 0; n < 100000; n++) {
        crs_diags d = {0};
        crs_alloc_fail_after(n);
        crs_scenario *s = crs_scenario_load_buffer("minimal.json", t, len, &d);
        int failed = crs_alloc_failed();
        crs_alloc_fail_after(-1);
        if (s) {
            CHECK(!failed);
            CHECK_INT(d.errors, 0);
            crs_scenario_free(s);
            crs_diags_clear(&d);
            break;
        }
        /* Every failure is a clean CRS_E_MEMORY error, never a crash or another error. */
        int ok = failed && d.errors == 1 && d.count == 1 && d.items[0].code == CRS_E_MEMORY;
        if (!ok && clean) {
            fprintf(stderr, "allocation %ld: errors %zu, first %s\n", n, d.errors,
                    d.count ? d.items[0].message : "(none)");
            clean = 0;
        }
        crs_diags_clear(&d);
    }
    CHECK(clean);
    CHECK(n >= 5); /* the load does allocate (arena blocks, the model); each was made to fail */
    CHECK(n < 100000);
    printf("out-of-memory: %ld allocation points, each failed cleanly\n", n);
    free(t);
}

/* ===== never crash ===== */

/* Loads text[0, len): counts a load, or a rejection that must come with an error. */
static void load_or_reject(const char *text, size_t len, long *loaded, long *rejected)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_buffer("minimal.json", text, len, &d);
    if (s) {
        (*loaded)++;
    } else {
        (*rejected)++;
        CHECK(d.errors > 0);
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
}

/* Every prefix of the fixture, and the fixture with each byte replaced by a structural
 * character, loads or fails cleanly (run under ASan/UBSan and valgrind for the "no leak"). */
static void test_every_prefix_and_byte(void)
{
    size_t len;
    char *t = read_text(CRS_TEST_DATA "/valid/minimal.json", &len);
    char *copy = malloc(len + 1);
    long loaded = 0, rejected = 0;
    for (size_t cut = 0; cut < len; cut += 3) load_or_reject(t, cut, &loaded, &rejected);
    static const char subst[] = "}]\"{[,:0";
    for (size_t i = 0; i < len; i += 2) {
        memcpy(copy, t, len + 1);
        copy[i] = subst[i % (sizeof subst - 1)];
        load_or_reject(copy, len, &loaded, &rejected);
    }
    CHECK(rejected > 0);
    printf("robustness: %ld variants rejected cleanly, %ld still valid\n", rejected, loaded);
    free(copy);
    free(t);
}

int main(void)
{
    static const check_case cases[] = {
        {"minimal_model", test_minimal_model},
        {"text_errors", test_text_errors},
        {"bom", test_bom},
        {"nul_byte", test_nul_byte},
        {"depth", test_depth},
        {"string_too_long", test_string_too_long},
        {"file_errors", test_file_errors},
        {"mutations", test_mutations},
        {"bad_files", test_bad_files},
        {"collects_errors", test_collects_errors},
        {"many_errors", test_many_errors},
        {"out_of_memory", test_out_of_memory},
        {"every_prefix_and_byte", test_every_prefix_and_byte},
    };
    return check_run("load", cases, sizeof cases / sizeof cases[0]);
}
