/* Helpers shared by the loader tests: read the minimal fixture, change one thing in it, load
 * it from memory, and compare a diagnostic with what was expected. */
#ifndef CRS_TEST_SCENARIO_TEXT_H
#define CRS_TEST_SCENARIO_TEXT_H

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "crossings/scenario.h"
#include "read_text.h"

static char *minimal_text(void)
{
    char *t = read_text(CRS_TEST_DATA "/valid/minimal.json", NULL);
    CHECK(t != NULL);
    return t;
}

/* base with the single occurrence of find replaced by rep; a fixture drift fails the test. */
static char *mutate(char *base, const char *find, const char *rep)
{
    char *at = strstr(base, find);
    CHECK(at != NULL);
    if (!at) return base;
    CHECK(strstr(at + 1, find) == NULL);
    size_t bl = strlen(base), fl = strlen(find), rl = strlen(rep);
    char *out = malloc(bl - fl + rl + 1);
    size_t pre = (size_t)(at - base);
    memcpy(out, base, pre);
    memcpy(out + pre, rep, rl);
    memcpy(out + pre + rl, at + fl, bl - pre - fl + 1);
    free(base);
    return out;
}

/* Loads text as "minimal.json" into d; returns the scenario (NULL on errors). */
static crs_scenario *load_text(const char *text, crs_diags *d)
{
    return crs_scenario_load_buffer("minimal.json", text, strlen(text), d);
}

/* Checks diagnostic i against code, severity, position, path and message. */
static void expect_diag(const crs_diags *d, size_t i, crs_code code, crs_severity sev, int line,
                        int col, const char *path, const char *message)
{
    CHECK(d->count > i);
    if (d->count <= i) return;
    const crs_diag *g = &d->items[i];
    CHECK_STR(crs_code_name(g->code), crs_code_name(code));
    CHECK_INT(g->severity, sev);
    CHECK_INT(g->line, line);
    CHECK_INT(g->col, col);
    CHECK_STR(g->path, path);
    CHECK_STR(g->message, message);
    CHECK_STR(g->file, "minimal.json");
}

#endif
