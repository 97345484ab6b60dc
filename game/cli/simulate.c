/* `crossings simulate`: plays a scenario many times and reports endings, stages, variables and
 * how the simulated shares compare with every documented distribution, as text or JSON. */
#include "cli.h"

#include "crossings/fileio.h"

#include <cjson/cJSON.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include "crossings/buf.h"
#include "crossings/sim.h"
#include "crossings/transcript.h"

int crs_cli_simulate(int argc, char **argv); /* dispatched from main.c */

static const char simulate_help[] =
    "Usage: crossings simulate FILE [-n N] [--seed S] [--persona ID] [--policy POLICY]\n"
    "                          [--threads T] [--lang CODE] [--json]\n"
    "Play a scenario many times and report the share of each ending and ending kind (with 95%\n"
    "confidence intervals), the stages reached, variables at the end, steps per run, and every\n"
    "documented distribution of the debrief beside its simulated share.\n\n"
    "  -n N             number of playthroughs (default 10000)\n"
    "  --seed S         seed (default 1); run i is seeded from S and i, so the report is the\n"
    "                   same for any --threads\n"
    "  --persona ID     who plays (default: all personas in turn)\n"
    "  --policy P       how choices are made: random (default), first (always the first open\n"
    "                   choice) or 'script FILE' (choice numbers as for run --choices, separated\n"
    "                   by commas or spaces; random once the script runs out)\n"
    "  --threads T      worker threads, 1-64 (default 1)\n"
    "  --max-steps N    stop a run after N steps and count it as cycling (default 1000)\n"
    "  --lang CODE      language of labels (default: the scenario's first)\n"
    "  --json           print the report as JSON\n"
    "  --timing         print elapsed time and steps per second on stderr\n"
    "  --replay I       print the 'crossings run' command that replays run I (0-based) of\n"
    "                   these options step by step, and simulate nothing\n\n"
    "A bar is flagged DIVERGES when the simulated share differs from the documented one by\n"
    "more than the distribution's tolerance (percentage points).\n"
    "Exit status: 0 report printed (also when distributions diverge), 1 scenario errors,\n"
    "2 usage error or unreadable file.\n";

typedef struct {
    const char *file, *persona, *lang, *script_file;
    uint64_t runs, seed, threads, max_steps, replay;
    crs_sim_policy policy;
    int json, timing, has_replay;
} sim_args;

static int parse_policy(const char *v, const char *next, sim_args *a, int *used)
{
    *used = 1;
    if (strcmp(v, "random") == 0)
        a->policy = CRS_SIM_RANDOM;
    else if (strcmp(v, "first") == 0)
        a->policy = CRS_SIM_FIRST;
    else if (strcmp(v, "script") == 0 && next) {
        a->policy = CRS_SIM_SCRIPT;
        a->script_file = next;
        *used = 2;
    } else
        return crs_cli_usage_error("simulate", "--policy is random, first or 'script FILE'");
    return 0;
}

static int parse_number(const char *opt, const char *v, uint64_t *out, uint64_t lo, uint64_t hi)
{
    if (crs_cli_parse_u64(v, out) || *out < lo || *out > hi)
        return crs_cli_usage_error("simulate", "%s takes a whole number from %llu to %llu", opt,
                                   (unsigned long long)lo, (unsigned long long)hi);
    return 0;
}

static int parse_option(int argc, char **argv, int *i, sim_args *a)
{
    const char *o = argv[*i], *v = argv[++*i];
    if (strcmp(o, "-n") == 0 || strcmp(o, "--runs") == 0)
        return parse_number(o, v, &a->runs, 1, 1000000000000ULL);
    if (strcmp(o, "--seed") == 0) return parse_number(o, v, &a->seed, 0, UINT64_MAX);
    if (strcmp(o, "--threads") == 0) return parse_number(o, v, &a->threads, 1, 64);
    if (strcmp(o, "--max-steps") == 0) return parse_number(o, v, &a->max_steps, 1, 10000000);
    if (strcmp(o, "--replay") == 0) {
        a->has_replay = 1;
        return parse_number(o, v, &a->replay, 0, UINT64_MAX);
    }
    if (strcmp(o, "--persona") == 0) return a->persona = v, 0;
    if (strcmp(o, "--lang") == 0) return a->lang = v, 0;
    if (strcmp(o, "--policy") == 0) {
        int used, st = parse_policy(v, *i + 1 < argc ? argv[*i + 1] : NULL, a, &used);
        *i += used - 1;
        return st;
    }
    return crs_cli_usage_error("simulate", "unknown option '%s'", o);
}

static int parse(int argc, char **argv, sim_args *a)
{
    memset(a, 0, sizeof *a);
    a->runs = 10000;
    a->seed = 1;
    a->threads = 1;
    a->max_steps = 1000;
    for (int i = 0; i < argc; i++) {
        const char *o = argv[i];
        if (strcmp(o, "--help") == 0 || strcmp(o, "-h") == 0) return 1;
        if (strcmp(o, "--json") == 0)
            a->json = 1;
        else if (strcmp(o, "--timing") == 0)
            a->timing = 1;
        else if (o[0] == '-' && o[1] && i + 1 >= argc)
            return crs_cli_usage_error("simulate", "option '%s' needs a value", o);
        else if (o[0] == '-' && o[1]) {
            int st = parse_option(argc, argv, &i, a);
            if (st) return st;
        } else if (a->file)
            return crs_cli_usage_error("simulate", "more than one scenario file given");
        else
            a->file = o;
    }
    if (!a->file) return crs_cli_usage_error("simulate", "no scenario file given");
    return 0;
}

/* Reads choice numbers (1-99) separated by commas or white space; NULL after a usage error. */
static int *read_script(const char *path, int *n)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    if (!f) {
        crs_cli_usage_error("simulate", "cannot read script file '%s' (%s)", path, why);
        return NULL;
    }
    int *v = NULL, cap = 0, bad = 0;
    long x;
    *n = 0;
    while (fscanf(f, " %ld ,", &x) == 1) {
        if ((bad = x < 1 || x > 99)) break;
        if (*n == cap) {
            int *grown = realloc(v, (size_t)(cap = cap ? cap * 2 : 16) * sizeof *v);
            if ((bad = !grown)) break;
            v = grown;
        }
        v[(*n)++] = (int)x;
    }
    bad |= !feof(f);
    fclose(f);
    if (!bad && v) return v;
    free(v);
    crs_cli_usage_error("simulate", "script file '%s' must hold choice numbers 1-99", path);
    return NULL;
}

/* ===== The readable report ============================================================== */

/* Display columns of a UTF-8 string: Hangul and other wide scripts count two. */
static int cols_of(unsigned cp)
{
    return (cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
                   (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
                   (cp >= 0xFF00 && cp <= 0xFF60)
               ? 2
               : 1;
}

/* Decodes one UTF-8 sequence (the loader has checked it); returns its length. */
static int utf8_at(const unsigned char *p, unsigned *cp)
{
    int len = *p < 0x80 ? 1 : *p < 0xE0 ? 2 : *p < 0xF0 ? 3 : 4;
    *cp = len == 1 ? *p : len == 2 ? *p & 0x1Fu : len == 3 ? *p & 0x0Fu : *p & 0x07u;
    for (int i = 1; i < len; i++) {
        if (!p[i]) return i;
        *cp = (*cp << 6) | (p[i] & 0x3Fu);
    }
    return len;
}

static int width_of(const char *s)
{
    int w = 0;
    unsigned cp;
    for (const unsigned char *p = (const unsigned char *)s; *p;) {
        p += utf8_at(p, &cp);
        w += cols_of(cp);
    }
    return w;
}

/* Appends s padded to width columns and a space; a longer s is cut and ends in "~". */
static void cell(crs_buf *b, const char *s, int width)
{
    int fits = width_of(s) <= width, used = 0;
    unsigned cp;
    const unsigned char *p = (const unsigned char *)s;
    while (*p) {
        int len = utf8_at(p, &cp), w = cols_of(cp);
        if (!fits && used + w > width - 1) break;
        if (cp < 0x20)
            crs_buf_puts(b, " "); /* a line break in a title stays on the row */
        else
            crs_buf_append(b, (const char *)p, (size_t)len);
        used += w;
        p += len;
    }
    if (!fits) crs_buf_puts(b, "~"), used++;
    for (; used <= width; used++) crs_buf_puts(b, " ");
}

static void share_cells(crs_buf *b, const crs_sim_share *sh)
{
    crs_buf_printf(b, "%6.1f%%  [%5.1f, %5.1f]  %10llu\n", 100 * sh->share, 100 * sh->lo,
                   100 * sh->hi, (unsigned long long)sh->count);
}

static void text_header(crs_buf *b, const crs_scenario *s, const crs_sim_opts *o,
                        const crs_sim_result *r, const sim_args *a)
{
    static const char *const policies[] = {"random", "first open choice", "script"};
    crs_buf_printf(b, "Simulation of %s %s (%s)\n", s->id, s->version, a->file);
    crs_buf_printf(b, "%llu runs, persona %s, policy %s, seed %llu, at most %d steps a run\n",
                   (unsigned long long)r->runs,
                   o->persona < 0 ? "all in turn" : s->personas[o->persona].id, policies[o->policy],
                   (unsigned long long)o->seed, o->max_steps);
    crs_buf_printf(b,
                   "Completed %llu; stopped at the step limit %llu; stuck with no open choice "
                   "%llu%s\n",
                   (unsigned long long)r->completed, (unsigned long long)r->step_limited,
                   (unsigned long long)r->stuck, r->step_limited ? " (a cycle?)" : "");
    if (o->policy == CRS_SIM_SCRIPT)
        crs_buf_printf(b, "Runs where a scripted number was not open: %llu\n",
                       (unsigned long long)r->script_misses);
    const crs_sim_stat *st = &r->steps_per_run;
    crs_buf_printf(b, "Steps: %llu in all; per run mean %.2f, min %d, median %d, p90 %d, max %d\n",
                   (unsigned long long)r->steps, st->mean, st->min, st->p50, st->p90, st->max);
}

static void text_endings(crs_buf *b, const crs_scenario *s, const crs_sim_result *r, int lang)
{
    crs_buf_puts(b, "\nEndings (share of completed runs, 95% CI)\n  ");
    cell(b, "ending", 18);
    cell(b, "title", 24);
    cell(b, "kind", 23);
    crs_buf_printf(b, "%7s  %-14s  %10s\n", "share", "95% CI", "runs");
    for (int i = 0; i < s->nendings; i++) {
        crs_buf_puts(b, "  ");
        cell(b, s->endings[i].id, 18);
        cell(b, crs_text_get(&s->endings[i].title, lang), 24);
        cell(b, crs_ending_kind_name(s->endings[i].kind), 23);
        share_cells(b, &r->endings[i]);
    }
    crs_buf_puts(b, "\nEnding kinds\n");
    for (int k = 0; k < CRS_END__COUNT; k++) {
        crs_buf_puts(b, "  ");
        cell(b, crs_ending_kind_name((crs_ending_kind)k), 65);
        share_cells(b, &r->kinds[k]);
    }
}

static void text_stages_vars(crs_buf *b, const crs_scenario *s, const crs_sim_result *r, int lang)
{
    crs_buf_puts(b, "\nStages reached (share of all runs)\n");
    for (int i = 0; i < s->nstages; i++) {
        crs_buf_puts(b, "  ");
        cell(b, s->stages[i].id, 18);
        cell(b, crs_text_get(&s->stages[i].title, lang), 24);
        cell(b, crs_stage_kind_name(s->stages[i].kind), 23);
        share_cells(b, &r->stages[i]);
    }
    if (s->nvars == 0) return;
    crs_buf_puts(b, "\nVariables at the end of completed runs\n  ");
    cell(b, "variable", 18);
    crs_buf_puts(b, "     mean      min      p10      p25   median      p75      p90      max\n");
    for (int i = 0; i < s->nvars; i++) {
        const crs_sim_stat *v = &r->vars[i];
        crs_buf_puts(b, "  ");
        cell(b, s->vars[i].id, 18);
        crs_buf_printf(b, "%9.2f%9d%9d%9d%9d%9d%9d%9d%s\n", v->mean, v->min, v->p10, v->p25, v->p50,
                       v->p75, v->p90, v->max, v->bin_width > 1 ? "  (binned)" : "");
    }
}

static void text_dist(crs_buf *b, const crs_scenario *s, int d, const crs_sim_dist *sd, int lang)
{
    const crs_distribution *dist = &s->dists[d];
    crs_buf cite = {0};
    crs_cite_format(s, &dist->cite, lang, &cite);
    crs_buf_printf(b, "\n  %s: %s (tolerance %.1f pp)%s\n", dist->id,
                   crs_text_get(&dist->title, lang), dist->tolerance,
                   sd->diverges ? "  DIVERGES" : "");
    crs_buf_wrap(b, crs_buf_str(&cite), 96, 4);
    crs_buf_free(&cite);
    for (int i = 0; i < sd->nbars; i++) {
        const crs_sim_bar *bar = &sd->bars[i];
        double half = 50 * (bar->sim.hi - bar->sim.lo);
        crs_buf_puts(b, "    ");
        cell(b, crs_text_get(&dist->bars[i].label, lang), 24);
        crs_buf_printf(b, "documented %5.1f%% vs simulated %5.1f%% ± %.1f  diff %+6.1f pp  %s\n",
                       bar->documented, 100 * bar->sim.share, half, bar->diff,
                       bar->diverges ? "DIVERGES" : "OK");
    }
}

static void text_report(crs_buf *b, const crs_scenario *s, const crs_sim_opts *o,
                        const crs_sim_result *r, const sim_args *a, int lang)
{
    text_header(b, s, o, r, a);
    text_endings(b, s, r, lang);
    text_stages_vars(b, s, r, lang);
    crs_buf_printf(b, "\nDocumented distributions (%d)\n", s->ndists);
    if (s->ndists == 0) crs_buf_puts(b, "  (the scenario's debrief documents none)\n");
    for (int d = 0; d < s->ndists; d++) text_dist(b, s, d, &r->dists[d], lang);
    crs_buf_printf(b, "\nSummary: %d of %d documented distributions within tolerance.\n",
                   s->ndists - r->diverging, s->ndists);
}

/* ===== JSON ============================================================================= */

static cJSON *share_json(const crs_sim_share *sh)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddNumberToObject(j, "count", (double)sh->count);
    cJSON_AddNumberToObject(j, "share", sh->share);
    cJSON_AddNumberToObject(j, "ci_low", sh->lo);
    cJSON_AddNumberToObject(j, "ci_high", sh->hi);
    return j;
}

static cJSON *stat_json(const crs_sim_stat *v)
{
    cJSON *j = cJSON_CreateObject();
    cJSON_AddNumberToObject(j, "mean", v->mean);
    cJSON_AddNumberToObject(j, "min", v->min);
    cJSON_AddNumberToObject(j, "p10", v->p10);
    cJSON_AddNumberToObject(j, "p25", v->p25);
    cJSON_AddNumberToObject(j, "median", v->p50);
    cJSON_AddNumberToObject(j, "p75", v->p75);
    cJSON_AddNumberToObject(j, "p90", v->p90);
    cJSON_AddNumberToObject(j, "max", v->max);
    cJSON_AddNumberToObject(j, "bin_width", v->bin_width);
    return j;
}

/* Adds item under id (with its id also inside the item) to an array. */
static void add_named(cJSON *arr, const char *id, cJSON *item)
{
    cJSON_AddStringToObject(item, "id", id);
    cJSON_AddItemToArray(arr, item);
}

static cJSON *dist_json(const crs_scenario *s, int d, const crs_sim_dist *sd, int lang)
{
    const crs_distribution *dist = &s->dists[d];
    cJSON *j = cJSON_CreateObject();
    crs_buf cite = {0};
    crs_cite_format(s, &dist->cite, lang, &cite);
    cJSON_AddStringToObject(j, "id", dist->id);
    cJSON_AddStringToObject(j, "title", crs_text_get(&dist->title, lang));
    cJSON_AddStringToObject(j, "cite", crs_buf_str(&cite));
    crs_buf_free(&cite);
    cJSON_AddNumberToObject(j, "tolerance", sd->tolerance);
    cJSON_AddBoolToObject(j, "diverges", sd->diverges);
    cJSON *bars = cJSON_AddArrayToObject(j, "bars");
    for (int i = 0; i < sd->nbars; i++) {
        cJSON *bj = share_json(&sd->bars[i].sim);
        cJSON_AddStringToObject(bj, "label", crs_text_get(&dist->bars[i].label, lang));
        cJSON_AddNumberToObject(bj, "documented", sd->bars[i].documented);
        cJSON_AddNumberToObject(bj, "simulated", 100 * sd->bars[i].sim.share);
        cJSON_AddNumberToObject(bj, "diff", sd->bars[i].diff);
        cJSON_AddBoolToObject(bj, "diverges", sd->bars[i].diverges);
        cJSON_AddItemToArray(bars, bj);
    }
    return j;
}

static cJSON *json_report(const crs_scenario *s, const crs_sim_opts *o, const crs_sim_result *r,
                          int lang)
{
    static const char *const policies[] = {"random", "first", "script"};
    cJSON *j = cJSON_CreateObject();
    cJSON_AddStringToObject(j, "scenario", s->id);
    cJSON_AddStringToObject(j, "version", s->version);
    cJSON_AddStringToObject(j, "persona", o->persona < 0 ? "all" : s->personas[o->persona].id);
    cJSON_AddStringToObject(j, "policy", policies[o->policy]);
    cJSON_AddNumberToObject(j, "seed", (double)o->seed);
    cJSON_AddNumberToObject(j, "runs", (double)r->runs);
    cJSON_AddNumberToObject(j, "completed", (double)r->completed);
    cJSON_AddNumberToObject(j, "step_limited", (double)r->step_limited);
    cJSON_AddNumberToObject(j, "stuck", (double)r->stuck);
    cJSON_AddNumberToObject(j, "script_misses", (double)r->script_misses);
    cJSON_AddNumberToObject(j, "max_steps", o->max_steps);
    cJSON_AddNumberToObject(j, "steps", (double)r->steps);
    cJSON_AddItemToObject(j, "steps_per_run", stat_json(&r->steps_per_run));
    cJSON *arr = cJSON_AddArrayToObject(j, "endings");
    for (int i = 0; i < s->nendings; i++) {
        cJSON *e = share_json(&r->endings[i]);
        cJSON_AddStringToObject(e, "kind", crs_ending_kind_name(s->endings[i].kind));
        add_named(arr, s->endings[i].id, e);
    }
    cJSON *kinds = cJSON_AddObjectToObject(j, "kinds");
    for (int k = 0; k < CRS_END__COUNT; k++)
        cJSON_AddItemToObject(kinds, crs_ending_kind_name((crs_ending_kind)k),
                              share_json(&r->kinds[k]));
    arr = cJSON_AddArrayToObject(j, "stages");
    for (int i = 0; i < s->nstages; i++) add_named(arr, s->stages[i].id, share_json(&r->stages[i]));
    arr = cJSON_AddArrayToObject(j, "variables");
    for (int i = 0; i < s->nvars; i++) add_named(arr, s->vars[i].id, stat_json(&r->vars[i]));
    arr = cJSON_AddArrayToObject(j, "distributions");
    for (int d = 0; d < s->ndists; d++)
        cJSON_AddItemToArray(arr, dist_json(s, d, &r->dists[d], lang));
    cJSON_AddNumberToObject(j, "diverging", r->diverging);
    return j;
}

/* ===== Running ========================================================================== */

static void draw_progress(uint64_t done, uint64_t total, void *ctx)
{
    (void)ctx;
    int filled = total ? (int)(40 * done / total) : 40;
    fprintf(stderr, "\r[%.*s%*s] %3d%%", filled, "########################################",
            40 - filled, "", total ? (int)(100 * done / total) : 100);
    if (done >= total) fputs("\r\033[K", stderr);
    fflush(stderr);
}

/* Wall time (CLOCK_MONOTONIC) or, on a machine shared with other work, the CPU time all our
 * threads used (CLOCK_PROCESS_CPUTIME_ID), which the others' load does not inflate as much. */
static double now_seconds(clockid_t clock)
{
    struct timespec ts;
    clock_gettime(clock, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

static int print_report(const crs_scenario *s, const crs_sim_opts *o, const sim_args *a, int lang)
{
    crs_sim_result *r;
    crs_diag err;
    double t0 = now_seconds(CLOCK_MONOTONIC), c0 = now_seconds(CLOCK_PROCESS_CPUTIME_ID);
    if (crs_sim_run(s, o, &r, &err) != 0) {
        fprintf(stderr, "crossings simulate: %s\n", err.message);
        return 1;
    }
    double secs = now_seconds(CLOCK_MONOTONIC) - t0;
    double cpu = now_seconds(CLOCK_PROCESS_CPUTIME_ID) - c0;
    if (a->timing)
        fprintf(stderr,
                "crossings simulate: %llu runs, %llu steps in %.3f s: %.0f steps/s, %d "
                "thread(s); CPU %.3f s: %.0f steps per CPU second\n",
                (unsigned long long)r->runs, (unsigned long long)r->steps, secs,
                secs > 0 ? (double)r->steps / secs : 0.0, o->threads, cpu,
                cpu > 0 ? (double)r->steps / cpu : 0.0);
    int st = 0;
    if (a->json) {
        cJSON *j = json_report(s, o, r, lang);
        char *text = cJSON_Print(j);
        if (text)
            printf("%s\n", text);
        else
            st = 1;
        cJSON_free(text);
        cJSON_Delete(j);
    } else {
        crs_buf b = {0};
        text_report(&b, s, o, r, a, lang);
        crs_cli_write(stdout, crs_buf_str(&b));
        st = b.oom;
        crs_buf_free(&b);
    }
    crs_sim_result_free(r);
    return st;
}

/* Prints the run command that plays run a->replay exactly as the simulation played it. */
static int print_replay(const crs_scenario *s, const sim_args *a, int persona, const int *script,
                        int nscript)
{
    if (a->policy == CRS_SIM_FIRST)
        return crs_cli_usage_error("simulate", "--replay needs --policy random or script");
    if (persona == CRS_SIM_ALL_PERSONAS) persona = (int)(a->replay % (uint64_t)s->npersonas);
    printf("crossings run %s --persona %s --seed %llu --max-steps %llu", a->file,
           s->personas[persona].id, (unsigned long long)crs_sim_run_seed(a->seed, a->replay),
           (unsigned long long)a->max_steps);
    for (int i = 0; i < nscript; i++) printf("%s%d", i ? "," : " --choices ", script[i]);
    putchar('\n');
    return 0;
}

static int simulate(const crs_scenario *s, const sim_args *a, const int *script, int nscript)
{
    int lang = a->lang ? crs_scenario_lang(s, a->lang) : 0;
    if (lang < 0)
        return crs_cli_usage_error("simulate", "scenario %s has no language \"%s\"", s->id,
                                   a->lang);
    int all = !a->persona || strcmp(a->persona, "all") == 0;
    int persona = all ? CRS_SIM_ALL_PERSONAS : crs_scenario_persona(s, a->persona);
    if (persona == -1 && !all)
        return crs_cli_usage_error("simulate", "scenario %s has no persona \"%s\"", s->id,
                                   a->persona);
    if (a->has_replay) return print_replay(s, a, persona, script, nscript);
    crs_sim_opts o = {.runs = a->runs,
                      .seed = a->seed,
                      .persona = persona,
                      .policy = a->policy,
                      .script = script,
                      .nscript = nscript,
                      .threads = (int)a->threads,
                      .max_steps = (int)a->max_steps,
                      .progress = isatty(2) ? draw_progress : NULL};
    return print_report(s, &o, a, lang);
}

int crs_cli_simulate(int argc, char **argv)
{
    sim_args a;
    int st = parse(argc, argv, &a), nscript = 0;
    if (st == 1) return fputs(simulate_help, stdout), 0;
    if (st) return st;
    int *script = NULL;
    if (a.policy == CRS_SIM_SCRIPT && !(script = read_script(a.script_file, &nscript))) return 2;
    crs_scenario *s = crs_cli_load(a.file, &st);
    if (s) st = simulate(s, &a, script, nscript);
    crs_scenario_free(s);
    free(script);
    return st;
}
