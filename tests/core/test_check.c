/* Checks after a clean load: reachability and ways to an ending (errors), and the warnings a
 * workshop scenario should not have. Each case changes one thing in the minimal fixture. */
#include <stdio.h>

#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "scenario_text.h"
#include "crossings/scenario.h"

typedef struct check_case_ {
    const char *name;
    const char *edits[3][2]; /* find, replace; unused pairs are NULL */
    crs_code code;
    crs_severity sev;
    int line, col;
    const char *path, *message;
} graph_case;

static const graph_case cases_[] = {
    {"unreachable node",
     {{"\"effects\": {\"months\": 1}, \"next\": \"town\"",
       "\"effects\": {\"months\": 1}, \"ending\": \"stayed\""}},
     CRS_E_GRAPH,
     CRS_SEV_ERROR,
     53,
     12,
     "/nodes/1/id",
     "node \"town\" cannot be reached from any persona's start"},
    {"node with no way to an ending",
     {{"{\"id\": \"home\", \"label\": {\"en\": \"Go home\", \"ko\": \"집으로\"}, \"ending\": "
       "\"went-home\"}",
       "{\"id\": \"home\", \"label\": {\"en\": \"Go home\", \"ko\": \"집으로\"}, \"next\": "
       "\"limbo\"}"},
      {"     ]}\n  ],\n  \"endings\": [",
       "     ]},\n    {\"id\": \"limbo\", \"stage\": \"border\", \"text\": {\"en\": \"Waiting.\", "
       "\"ko\": \"기다림.\"},\n     \"choices\": [{\"label\": {\"en\": \"Wait\", \"ko\": "
       "\"기다린다\"}, \"next\": \"limbo\"}]}\n  ],\n  \"endings\": ["}},
     CRS_E_GRAPH,
     CRS_SEV_ERROR,
     81,
     12,
     "/nodes/2/id",
     "node \"limbo\" has no way to an ending (every path from it goes round without ending)"},
    {"ending never reached",
     {{"\"ending\": \"stayed\", \"illustrative\": true,",
       "\"ending\": \"went-home\", \"illustrative\": true,"}},
     CRS_E_GRAPH,
     CRS_SEV_WARNING,
     86,
     12,
     "/endings/1/id",
     "ending \"stayed\" is never reached (no reachable choice or outcome leads to it)"},
    {"variable never used",
     {{"\"if\": {\"any\": [{\"speaks_chinese\": true}, {\"not\": {\"months\": {\"max\": 3}}}]},",
       "\"if\": {\"not\": {\"months\": {\"max\": 3}}},"},
      {"\"effects\": {\"months\": {\"set\": 12}, \"speaks_chinese\": true},",
       "\"effects\": {\"months\": {\"set\": 12}},"},
      {"{\"if\": {\"speaks_chinese\": true}, \"times\": 0.5}",
       "{\"if\": {\"months\": 1}, \"times\": 0.5}"}},
     CRS_E_REFERENCE,
     CRS_SEV_WARNING,
     25,
     12,
     "/variables/1/id",
     "variable \"speaks_chinese\" is never used (no condition, effect or debrief bar names it)"},
    {"source never cited",
     {{"\"cite\": {\"source\": \"lim-chung\", \"where\": \"Table 1\",\n                    "
       "\"figure\"",
       "\"cite\": {\"source\": \"other\", \"where\": \"Table 1\",\n                    \"figure\""},
      {"\"document\": \"002_f62a99ef4183e381.txt\"}\n  ]",
       "\"document\": \"002_f62a99ef4183e381.txt\"},\n    {\"id\": \"other\", \"author\": \"A\", "
       "\"title\": \"B\", \"year\": \"2000\"}\n  ]"},
      {"\"cite\": {\"source\": \"lim-chung\", \"where\": \"Table 1\",\n                \"figure\"",
       "\"cite\": {\"source\": \"other\", \"where\": \"Table 1\",\n                \"figure\""}},
     CRS_E_REFERENCE,
     CRS_SEV_WARNING,
     17,
     12,
     "/sources/0/id",
     "source \"lim-chung\" is never cited"},
    {"stage without questions",
     {{"     \"notes\": {\"en\": \"Notes.\", \"ko\": \"메모.\"},\n     \"questions\": [{\"en\": "
       "\"Why?\", \"ko\": \"왜?\"}, {\"en\": \"How?\", \"ko\": \"어떻게?\"}]},\n    {\"id\": "
       "\"china\"",
       "     \"notes\": {\"en\": \"Notes.\", \"ko\": \"메모.\"}},\n    {\"id\": \"china\""}},
     CRS_E_MISSING,
     CRS_SEV_WARNING,
     34,
     12,
     "/stages/0/id",
     "stage \"border\" has no discussion \"questions\""},
    {"stage without notes or questions",
     {{"     \"notes\": {\"en\": \"Notes.\", \"ko\": \"메모.\"},\n     \"questions\": [{\"en\": "
       "\"Why?\", \"ko\": \"왜?\"}, {\"en\": \"How?\", \"ko\": \"어떻게?\"}]},\n    {\"id\": "
       "\"china\"",
       "     \"_comment\": \"none\"},\n    {\"id\": \"china\""}},
     CRS_E_MISSING,
     CRS_SEV_WARNING,
     34,
     12,
     "/stages/0/id",
     "stage \"border\" has no facilitator \"notes\" and no \"questions\""},
    {"every choice guarded",
     {{"{\"id\": \"home\", \"label\": {\"en\": \"Go home\", \"ko\": \"집으로\"}, \"ending\": "
       "\"went-home\"}",
       "{\"id\": \"home\", \"label\": {\"en\": \"Go home\", \"ko\": \"집으로\"}, \"if\": "
       "{\"months\": {\"min\": 0}}, \"ending\": \"went-home\"}"},
      {"\"effects\": {\"months\": 1}, \"next\": \"town\"",
       "\"if\": {\"speaks_chinese\": false}, \"effects\": {\"months\": 1}, \"next\": \"town\""}},
     CRS_E_GRAPH,
     CRS_SEV_WARNING,
     46,
     12,
     "/nodes/0/id",
     "every choice of node \"river\" has a condition: if none holds, the player is stuck there"},
};

static void test_graph_cases(void)
{
    char *base = minimal_text();
    for (size_t i = 0; i < sizeof cases_ / sizeof cases_[0]; i++) {
        const graph_case *c = &cases_[i];
        char *t = strdup(base);
        for (int e = 0; e < 3 && c->edits[e][0]; e++) t = mutate(t, c->edits[e][0], c->edits[e][1]);
        crs_diags d = {0};
        crs_scenario *s = load_text(t, &d);
        if (d.count != 1) fprintf(stderr, "case \"%s\":\n", c->name);
        /* Warnings leave the scenario loadable; errors reject it. */
        CHECK((s != NULL) == (c->sev == CRS_SEV_WARNING));
        CHECK_INT(d.count, 1);
        expect_diag(&d, 0, c->code, c->sev, c->line, c->col, c->path, c->message);
        crs_scenario_free(s);
        crs_diags_clear(&d);
        free(t);
    }
    free(base);
}

/* 1 when d holds a diagnostic of severity sev at path whose message contains text. */
static int has_diag(const crs_diags *d, crs_severity sev, const char *path, const char *text)
{
    for (size_t i = 0; i < d->count; i++)
        if (d->items[i].severity == sev && strcmp(d->items[i].path, path) == 0 &&
            strstr(d->items[i].message, text))
            return 1;
    return 0;
}

/* Loads the fixture with up to three edits; returns whether it loaded, diagnostics in d. */
static int load_edited(const char *const edits[][2], int n, crs_diags *d)
{
    char *t = minimal_text();
    for (int e = 0; e < n; e++) t = mutate(t, edits[e][0], edits[e][1]);
    crs_scenario *s = load_text(t, d);
    int ok = s != NULL;
    crs_scenario_free(s);
    free(t);
    return ok;
}

/* Scenarios that trap the player: no choice open where a persona starts; a node none of whose
 * choices can ever be open within the variables' declared ranges; a loop whose only way out
 * asks for a value outside its variable's range. Each is an error, at its place. */
static void test_traps(void)
{
    static const char *const start_closed[][2] = {
        {"\"effects\": {\"months\": 1}, \"next\": \"town\"",
         "\"if\": {\"months\": {\"min\": 5}}, \"effects\": {\"months\": 1}, \"next\": \"town\""},
        {"\"ko\": \"집으로\"}, \"ending\": \"went-home\"}",
         "\"ko\": \"집으로\"}, \"if\": {\"speaks_chinese\": true}, \"ending\": \"went-home\"}"}};
    crs_diags d = {0};
    CHECK(!load_edited(start_closed, 2, &d));
    CHECK(has_diag(&d, CRS_SEV_ERROR, "/personas/0/start",
                   "persona \"sun-hee\" starts at node \"river\", where no choice is open"));
    crs_diags_clear(&d);

    static const char *const never_open[][2] = {
        {"{\"id\": \"stay\", \"label\": {\"en\": \"Stay\", \"ko\": \"머문다\"},",
         "{\"id\": \"stay\", \"label\": {\"en\": \"Stay\", \"ko\": \"머문다\"}, \"if\": "
         "{\"months\": {\"min\": 700}},"},
        {"\"if\": {\"any\": [{\"speaks_chinese\": true}, {\"not\": {\"months\": {\"max\": 3}}}]},",
         "\"if\": {\"all\": [{\"months\": {\"max\": 3}}, {\"not\": {\"months\": {\"max\": "
         "3}}}]},"}};
    CHECK(!load_edited(never_open, 2, &d));
    CHECK(
        has_diag(&d, CRS_SEV_ERROR, "/nodes/1/id", "no choice of node \"town\" can ever be open"));
    CHECK(has_diag(&d, CRS_SEV_ERROR, "/nodes/1/id", "has no way to an ending"));
    crs_diags_clear(&d);

    static const char *const loop_exit_closed[][2] = {
        {"{\"id\": \"home\", \"label\": {\"en\": \"Go home\", \"ko\": \"집으로\"}, \"ending\": "
         "\"went-home\"}",
         "{\"id\": \"home\", \"label\": {\"en\": \"Go home\", \"ko\": \"집으로\"}, \"next\": "
         "\"limbo\"}"},
        {"     ]}\n  ],\n  \"endings\": [",
         "     ]},\n    {\"id\": \"limbo\", \"stage\": \"border\", \"text\": {\"en\": "
         "\"Waiting.\", "
         "\"ko\": \"기다림.\"},\n     \"choices\": [{\"id\": \"wait\", \"label\": {\"en\": "
         "\"Wait\", \"ko\": \"기다린다\"}, \"next\": \"limbo\"}, {\"id\": \"leave\", \"label\": "
         "{\"en\": \"Leave\", \"ko\": \"떠난다\"}, \"if\": {\"months\": {\"min\": 601}}, "
         "\"ending\": \"went-home\"}]}\n  ],\n  \"endings\": ["}};
    CHECK(!load_edited(loop_exit_closed, 2, &d));
    CHECK(has_diag(&d, CRS_SEV_ERROR, "/nodes/2/id", "node \"limbo\" has no way to an ending"));
    CHECK(has_diag(&d, CRS_SEV_WARNING, "/nodes/2/choices/1/if",
                   "choice \"leave\" of node \"limbo\" can never be open"));
    crs_diags_clear(&d);
}

/* Graph checks run only on a model without errors, so a broken reference does not also make
 * every node behind it "unreachable". */
static void test_no_cascade(void)
{
    char *t = mutate(minimal_text(), "\"start\": \"river\"", "\"start\": \"nowhere\"");
    crs_diags d = {0};
    CHECK(load_text(t, &d) == NULL);
    CHECK_INT(d.count, 1);
    CHECK_INT(d.items[0].code, CRS_E_REFERENCE);
    crs_diags_clear(&d);
    free(t);
}

/* A long chain and a wide fan of nodes: the checks stay linear (no recursion, no quadratic
 * lookups), and a node at the end of the chain that cannot end is still found. */
static void test_large_graph(void)
{
    int n = 20000;
    size_t cap = (size_t)n * 200 + 4096;
    char *t = malloc(cap);
    size_t len = (size_t)snprintf(
        t, cap,
        "{\"format\": \"crossings-scenario/1\", \"id\": \"big\", \"version\": \"1\","
        "\"languages\": [{\"code\": \"en\", \"name\": \"English\", \"status\": \"draft\"}],"
        "\"title\": {\"en\": \"t\"}, \"summary\": {\"en\": \"s\"}, \"audience\": {\"en\": \"a\"},"
        "\"content_note\": {\"en\": \"c\"}, \"era\": {\"from\": 1999, \"to\": 1999},"
        "\"sources\": [], \"personas\": [{\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"start\": "
        "\"n0\"}], \"stages\": [{\"id\": \"s\", \"kind\": \"china\", \"title\": {\"en\": \"S\"}, "
        "\"notes\": {\"en\": \"n\"}, \"questions\": [{\"en\": \"q\"}]}], \"nodes\": [");
    for (int i = 0; i < n; i++) {
        /* node i goes on to i+1 and back to 0; only the first node can end; the last loops. */
        len +=
            (size_t)snprintf(t + len, cap - len,
                             "%s{\"id\": \"n%d\", \"stage\": \"s\", \"text\": {\"en\": \"x\"}, "
                             "\"choices\": [{\"label\": {\"en\": \"on\"}, \"next\": \"n%d\"}%s]}",
                             i ? "," : "", i, i + 1 < n ? i + 1 : i,
                             i == 0      ? ", {\"label\": {\"en\": \"end\"}, \"ending\": \"e\"}"
                             : i + 1 < n ? ", {\"label\": {\"en\": \"back\"}, \"next\": \"n0\"}"
                                         : "");
    }
    len += (size_t)snprintf(t + len, cap - len,
                            "], \"endings\": [{\"id\": \"e\", \"kind\": \"staying_in_china\", "
                            "\"title\": {\"en\": \"E\"}, \"text\": {\"en\": \"T\"}}]}");
    crs_diags d = {0};
    CHECK(crs_scenario_load_buffer("minimal.json", t, len, &d) == NULL);
    CHECK_INT(d.errors, 1);
    if (d.count) {
        char want[64];
        snprintf(want, sizeof want, "/nodes/%d/id", n - 1);
        CHECK_STR(d.items[0].path, want);
        CHECK_CONTAINS(d.items[0].message, "has no way to an ending");
    }
    crs_diags_clear(&d);
    free(t);
}

int main(void)
{
    static const check_case cases[] = {
        {"graph_cases", test_graph_cases},
        {"no_cascade", test_no_cascade},
        {"traps", test_traps},
        {"large_graph", test_large_graph},
    };
    return check_run("check", cases, sizeof cases / sizeof cases[0]);
}
