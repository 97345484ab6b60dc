/* `crossings run`: plays a scenario headless with the choices given (then at random from the
 * seed) and prints the transcript, readable or JSON. Deterministic for the same arguments. */
#include "cli.h"
#include "crossings/terms.h"

#include <stdlib.h>
#include <string.h>
#include "crossings/engine.h"
#include "crossings/export.h"
#include "crossings/transcript.h"

static const char run_help[] =
    "Usage: crossings run FILE [--persona ID] [--seed N] [--choices 1,2,1] [--lang CODE] "
    "[--json] [--settled-term TERM]\n"
    "Play a scenario headless and print the transcript: stages, what you read, the choices,\n"
    "the pick, each outcome with its citation, and the ending.\n\n"
    "  --persona ID    who to play (default: the first persona)\n"
    "  --seed N        seed for outcomes and for picks after --choices runs out (default 1)\n"
    "  --choices LIST  1-based numbers among the choices open at each step, comma-separated;\n"
    "                  when the list runs out, choices are picked at random from the seed\n"
    "  --lang CODE     language of the transcript (default: the scenario's first)\n"
    "  --json          print the transcript as JSON (the same as --format json)\n"
    "  --format F      text (default), json, markdown or html: markdown and html are\n"
    "                  printable workshop exports with the debrief, questions and sources\n"
    "  --max-steps N   stop after N steps (default 1000)\n"
    "  --settled-term TERM  the Korean word shown for {탈북민} in scenario text, the social term\n"
    "                  for North Koreans settled in South Korea (default 탈북민; e.g. 북향민)\n\n"
    "Exit status: 0 played, 1 scenario errors, 2 usage error or unreadable file.\n";

typedef struct {
    const char *file, *persona, *lang, *choices, *settled_term;
    uint64_t seed, max_steps;
    int format; /* 0 text, 1 json, 2 markdown, 3 html */
} run_opts;

static const char *const formats[] = {"text", "json", "markdown", "html"};

static int parse(int argc, char **argv, run_opts *o)
{
    memset(o, 0, sizeof *o);
    o->seed = 1;
    o->max_steps = 1000;
    for (int i = 0; i < argc; i++) {
        const char *a = argv[i];
        const char *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (strcmp(a, "--json") == 0)
            o->format = 1;
        else if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0)
            return 1;
        else if (a[0] == '-' && a[1] && !v)
            return crs_cli_usage_error("run", "option '%s' needs a value", a);
        else if (strcmp(a, "--persona") == 0)
            o->persona = argv[++i];
        else if (strcmp(a, "--lang") == 0)
            o->lang = argv[++i];
        else if (strcmp(a, "--choices") == 0)
            o->choices = argv[++i];
        else if (strcmp(a, "--settled-term") == 0) {
            if (!crs_term_ok(o->settled_term = argv[++i]))
                return crs_cli_usage_error("run",
                                           "--settled-term takes a word of 1-%d bytes "
                                           "with no braces or line breaks",
                                           CRS_TERM_MAX_BYTES);
        } else if (strcmp(a, "--format") == 0) {
            o->format = 3;
            while (o->format >= 0 && strcmp(formats[o->format], v) != 0) o->format--;
            i++;
            if (o->format < 0)
                return crs_cli_usage_error("run", "--format is text, json, markdown or html");
        } else if (strcmp(a, "--seed") == 0) {
            if (crs_cli_parse_u64(argv[++i], &o->seed))
                return crs_cli_usage_error("run", "--seed takes a whole number, not '%s'", v);
        } else if (strcmp(a, "--max-steps") == 0) {
            if (crs_cli_parse_u64(argv[++i], &o->max_steps) || !o->max_steps)
                return crs_cli_usage_error("run", "--max-steps takes a positive number");
        } else if (a[0] == '-' && a[1])
            return crs_cli_usage_error("run", "unknown option '%s'", a);
        else if (o->file)
            return crs_cli_usage_error("run", "more than one scenario file given");
        else
            o->file = a;
    }
    if (!o->file) return crs_cli_usage_error("run", "no scenario file given");
    return 0;
}

/* Reads the next number from the comma list; 0 when the list is used up, -1 when malformed. */
static int next_choice(const char **p)
{
    if (!*p || !**p) return 0;
    char *end;
    long v = strtol(*p, &end, 10);
    if (end == *p || v < 1 || v > 99 || (*end && *end != ',')) return -1;
    *p = *end ? end + 1 : end;
    return (int)v;
}

static int play(crs_engine *e, const run_opts *o)
{
    crs_rng pick;
    crs_rng_seed(&pick, o->seed, 0x7069636bULL); /* its own stream: picks don't shift outcomes */
    const char *list = o->choices;
    for (uint64_t step = 0; !crs_engine_ended(e); step++) {
        if (step >= o->max_steps) {
            fprintf(stderr, "crossings run: stopped after %llu steps without an ending\n",
                    (unsigned long long)step);
            return 1;
        }
        int open[16], nopen = crs_engine_available(e, open, 16);
        if (nopen > 16) nopen = 16;
        if (nopen == 0) {
            fprintf(stderr, "crossings run: no choice is open at node \"%s\"\n",
                    crs_engine_scenario(e)->nodes[crs_engine_node(e)].id);
            return 1;
        }
        int n = next_choice(&list);
        if (n < 0) return crs_cli_usage_error("run", "--choices is a list like 1,2,1");
        if (n > nopen)
            return crs_cli_usage_error("run", "choice %d at step %llu is not open (%d choices)", n,
                                       (unsigned long long)step + 1, nopen);
        int idx = n ? open[n - 1] : open[crs_rng_below(&pick, (uint32_t)nopen)];
        crs_diag err;
        if (crs_engine_choose(e, idx, NULL, &err) != 0) {
            fprintf(stderr, "crossings run: %s\n", err.message);
            return 1;
        }
    }
    return 0;
}

static int find_persona(const crs_scenario *s, const char *id)
{
    if (!id) return 0;
    int p = crs_scenario_persona(s, id);
    if (p < 0) crs_cli_usage_error("run", "scenario %s has no persona \"%s\"", s->id, id);
    return p;
}

int crs_cli_run(int argc, char **argv)
{
    run_opts o;
    int st = parse(argc, argv, &o);
    if (st == 1) return fputs(run_help, stdout), 0;
    if (st) return st;
    crs_scenario *s = crs_cli_load(o.file, &st);
    if (!s) return st;
    if (o.settled_term && crs_scenario_set_settled_term(s, o.settled_term)) {
        fputs("crossings run: out of memory\n", stderr);
        crs_scenario_free(s);
        return 2;
    }
    int lang = o.lang ? crs_scenario_lang(s, o.lang) : 0;
    int persona = find_persona(s, o.persona);
    crs_engine *e = NULL;
    if (lang < 0)
        st = crs_cli_usage_error("run", "scenario %s has no language \"%s\"", s->id, o.lang);
    else if (persona < 0)
        st = 2;
    else if (!(e = crs_engine_new(s, persona, o.seed, NULL)))
        st = 1;
    else
        st = play(e, &o);
    if (e && st == 0) {
        crs_buf out = {0};
        int rc = o.format == 1   ? crs_transcript_json(e, lang, &out)
                 : o.format == 2 ? crs_export_markdown(e, lang, NULL, &out)
                 : o.format == 3 ? crs_export_html(e, lang, NULL, &out)
                                 : crs_transcript_text(e, lang, &out);
        crs_cli_write(stdout, crs_buf_str(&out));
        if (rc) st = 1;
        crs_buf_free(&out);
    }
    crs_engine_free(e);
    crs_scenario_free(s);
    return st;
}
