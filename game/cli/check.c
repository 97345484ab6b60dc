/* `crossings check [--json] FILE...`: loads and validates scenario files and reports every
 * located error and warning, plus statistics, as text or as one JSON report per file. */
#include "cli.h"

#include <cjson/cJSON.h>
#include <string.h>
#include "crossings/lint.h"
#include "crossings/messages.h"
#include "crossings/start.h"

static const char check_help[] =
    "Usage: crossings check [--json] [--lang CODE] [--topics] [--start NODE] [--set VAR=VALUE "
    "...]\n"
    "                       FILE...\n"
    "Check scenario files: syntax, the format, references, reachability, citations and\n"
    "text in every declared language.\n\n"
    "  --json    print a machine-readable report (errors, warnings, statistics) per file\n"
    "  --lang CODE  write the messages in this language (a catalogue in po/: ko, ...); the\n"
    "            file:line:col: and the JSON path stay as they are; --json stays English\n"
    "  --topics  also warn where a text the player sees mentions a content-tag topic\n"
    "            (arrest, detention, ...) that no tag covers (see scenarios/FORMAT.md)\n"
    "  --start NODE, --set VAR=VALUE\n"
    "            also check that this start fits each file, as 'run' and the game take it\n"
    "  --help    show this help\n\n"
    "Exit status: 0 all files valid, 1 some file has errors, 2 usage error or unreadable file.\n";

static cJSON *diag_json(const crs_diag *d)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "code", crs_code_name(d->code));
    cJSON_AddStringToObject(j, "severity", d->severity == CRS_SEV_ERROR ? "error" : "warning");
    cJSON_AddNumberToObject(j, "line", d->line);
    cJSON_AddNumberToObject(j, "column", d->col);
    cJSON_AddStringToObject(j, "path", d->path);
    cJSON_AddStringToObject(j, "message", d->message);
    return j;
}

static cJSON *stats_json(const crs_scenario *s)
{
    crs_scenario_stats st;
    crs_scenario_get_stats(s, &st);
    cJSON *j = cJSON_CreateObject();
    cJSON_AddNumberToObject(j, "nodes", st.nodes);
    cJSON_AddNumberToObject(j, "choices", st.choices);
    cJSON_AddNumberToObject(j, "outcomes", st.outcomes);
    cJSON_AddNumberToObject(j, "cited_outcomes", st.cited);
    cJSON_AddNumberToObject(j, "illustrative_outcomes", st.illustrative);
    cJSON_AddNumberToObject(j, "endings", st.endings);
    cJSON_AddNumberToObject(j, "sources", st.sources);
    cJSON *kinds = cJSON_AddObjectToObject(j, "endings_by_kind");
    for (int k = 0; k < CRS_END__COUNT; k++)
        cJSON_AddNumberToObject(kinds, crs_ending_kind_name((crs_ending_kind)k),
                                st.endings_by_kind[k]);
    cJSON *langs = cJSON_AddArrayToObject(j, "languages");
    for (int l = 0; l < s->nlangs; l++) {
        cJSON *lj = cJSON_CreateObject();
        cJSON_AddStringToObject(lj, "code", s->langs[l].code);
        cJSON_AddStringToObject(lj, "status", s->langs[l].status ? s->langs[l].status : "");
        cJSON_AddNumberToObject(lj, "texts", st.text_present[l]);
        cJSON_AddNumberToObject(lj, "coverage",
                                st.text_total ? 100.0 * st.text_present[l] / st.text_total : 100);
        cJSON_AddItemToArray(langs, lj);
    }
    return j;
}

static cJSON *report_json(const char *path, const crs_diags *d, const crs_scenario *s)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "file", path);
    cJSON_AddBoolToObject(j, "valid", s != NULL);
    cJSON *errs = cJSON_AddArrayToObject(j, "errors");
    cJSON *warns = cJSON_AddArrayToObject(j, "warnings");
    for (size_t i = 0; i < d->count; i++)
        cJSON_AddItemToArray(d->items[i].severity == CRS_SEV_ERROR ? errs : warns,
                             diag_json(&d->items[i]));
    cJSON_AddNumberToObject(j, "error_count", (double)d->errors);
    cJSON_AddNumberToObject(j, "warning_count", (double)d->warnings);
    if (s) cJSON_AddItemToObject(j, "stats", stats_json(s));
    return j;
}

/* Writes sep, then form with its "%d" replaced by n. The form comes from a catalogue, which is
 * data, so it is never used as a format string; one without "%d" is shown after the number. */
static void put_count(FILE *f, const char *sep, const char *form, unsigned long n)
{
    const char *at = strstr(form, "%d");
    fputs(sep, f);
    if (at)
        fprintf(f, "%.*s%lu%s", (int)(at - form), form, n, at + 2);
    else
        fprintf(f, "%lu %s", n, form);
}

/* The summary after a file's messages, in lang: each count with the plural form the language's
 * rule picks ("1 warning", "2 warnings"), the punctuation between them as in English. */
static void print_summary(const char *path, const crs_diags *d, const crs_scenario *s,
                          const char *lang)
{
    if (!s) {
        fprintf(stderr, "%s: ", path);
        put_count(stderr, "", crs_msgn("%d error", "%d errors", d->errors, lang), d->errors);
        put_count(stderr, ", ", crs_msgn("%d warning", "%d warnings", d->warnings, lang),
                  d->warnings);
        fputs("\n", stderr);
        return;
    }
    crs_scenario_stats st;
    crs_scenario_get_stats(s, &st);
    /* TRANSLATORS: `crossings check` says this of a file without errors, before its counts */
    printf("%s: %s (", path, crs_msgc("check", "ok", lang));
    put_count(stdout, "", crs_msgn("%d node", "%d nodes", (unsigned long)st.nodes, lang),
              (unsigned long)st.nodes);
    put_count(stdout, ", ", crs_msgn("%d choice", "%d choices", (unsigned long)st.choices, lang),
              (unsigned long)st.choices);
    put_count(stdout, ", ", crs_msgn("%d outcome", "%d outcomes", (unsigned long)st.outcomes, lang),
              (unsigned long)st.outcomes);
    /* TRANSLATORS: of the outcomes just counted, those that cite a source */
    put_count(stdout, ": ", crs_msgn("%d cited", "%d cited", (unsigned long)st.cited, lang),
              (unsigned long)st.cited);
    /* TRANSLATORS: of the outcomes just counted, those labelled illustrative */
    put_count(stdout, ", ",
              crs_msgn("%d illustrative", "%d illustrative", (unsigned long)st.illustrative, lang),
              (unsigned long)st.illustrative);
    put_count(stdout, "; ", crs_msgn("%d ending", "%d endings", (unsigned long)st.endings, lang),
              (unsigned long)st.endings);
    put_count(stdout, "; ", crs_msgn("%d warning", "%d warnings", d->warnings, lang), d->warnings);
    fputs(")\n", stdout);
}

/* scenarios/schema.json sits beside the scenarios for editors; checking every .json there skips
 * it rather than reporting that a schema is not a scenario. */
static int is_format_schema(const char *path)
{
    const char *base = strrchr(path, '/');
    return strcmp(base ? base + 1 : path, "schema.json") == 0;
}

typedef struct {
    int topics;        /* --topics: also the content-tag topic check */
    const char *start; /* --start NODE, or NULL */
    const char *sets[CRS_LIMIT_VARS];
    int nsets;
    const char *lang; /* --lang: the messages' language, NULL for English */
} check_opts;

/* --start and --set against s: an error in d (for the whole file) when they do not fit. */
static void check_start(const crs_scenario *s, const char *path, const check_opts *o, crs_diags *d)
{
    crs_start st;
    crs_diag err;
    crs_start_init(&st);
    int bad = o->start && crs_start_node(s, o->start, &st, &err) != 0;
    for (int i = 0; i < o->nsets && !bad; i++) bad = crs_start_set(s, o->sets[i], &st, &err) != 0;
    if (bad) crs_diags_add(d, err.code, CRS_SEV_ERROR, path, 0, 0, "", "%s", err.message);
}

/* Checks one file; returns 0 valid, 1 errors, 2 unreadable. */
static int check_one(const char *path, cJSON *reports, const check_opts *o)
{
    if (is_format_schema(path)) {
        if (!reports) printf("%s: skipped (the format's JSON Schema, not a scenario)\n", path);
        return 0;
    }
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(path, &d);
    int status = 0;
    for (size_t i = 0; !s && i < d.count; i++)
        if (d.items[i].code == CRS_E_IO) status = 2;
    if (!s && !status) status = 1;
    if (s && o->topics && crs_lint_topics(s, path, &d) < 0)
        fprintf(stderr, "crossings check: %s: the topic check could not run\n", path);
    if (s && (o->start || o->nsets)) {
        check_start(s, path, o, &d);
        if (d.errors) {
            status = 1;
            crs_scenario_free(s); /* reported as a file with errors */
            s = NULL;
        }
    }
    if (reports) {
        cJSON_AddItemToArray(reports, report_json(path, &d, s));
    } else {
        crs_cli_print_diags_lang(stderr, &d, o->lang);
        print_summary(path, &d, s, o->lang);
    }
    crs_scenario_free(s);
    crs_diags_clear(&d);
    return status;
}

int crs_cli_check(int argc, char **argv)
{
    int json = 0, nfiles = 0, worst = 0;
    check_opts o = {0};
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(check_help, stdout);
            return 0;
        }
        if (strcmp(argv[i], "--json") == 0)
            json = 1;
        else if (strcmp(argv[i], "--topics") == 0)
            o.topics = 1;
        else if ((!strcmp(argv[i], "--start") || !strcmp(argv[i], "--set") ||
                  !strcmp(argv[i], "--lang")) &&
                 i + 1 >= argc)
            return crs_cli_usage_error("check", "option '%s' needs a value", argv[i]);
        else if (!strcmp(argv[i], "--lang"))
            o.lang = argv[++i];
        else if (!strcmp(argv[i], "--start"))
            o.start = argv[++i];
        else if (!strcmp(argv[i], "--set") && o.nsets < CRS_LIMIT_VARS)
            o.sets[o.nsets++] = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1])
            return crs_cli_usage_error("check", "unknown option '%s'", argv[i]);
        else
            nfiles++;
    }
    if (!nfiles) return crs_cli_usage_error("check", "no scenario file given");
    crs_diag lerr;
    if (o.lang && crs_msg_language(o.lang, &lerr) != 0)
        return crs_cli_usage_error("check", "no messages in language '%s' (%s)", o.lang,
                                   lerr.message);
    cJSON *reports = json ? cJSON_CreateArray() : NULL;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--start") || !strcmp(argv[i], "--set") ||
            !strcmp(argv[i], "--lang")) {
            i++; /* its value is no file */
            continue;
        }
        if (argv[i][0] == '-' && argv[i][1]) continue;
        int st = check_one(argv[i], reports, &o);
        if (st > worst) worst = st;
    }
    if (reports) {
        char *text = cJSON_Print(reports);
        if (text) printf("%s\n", text);
        cJSON_free(text);
        cJSON_Delete(reports);
    }
    return worst;
}
