/* Monte Carlo over the engine: many playthroughs split into contiguous blocks over threads,
 * each run seeded from (seed, run index), so the totals never depend on scheduling. */
#include "crossings/sim.h"

#include <math.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/engine.h"

/* The streams the engine and `crossings run` use, so that a simulated run replays exactly. */
#define ENGINE_STREAM     0x63726f7373696e67ULL
#define PICK_STREAM       0x7069636bULL
#define DEFAULT_RUNS      10000u
#define DEFAULT_MAX_STEPS 1000
#define MAX_THREADS       64
#define MAX_BINS          1024
#define PROGRESS_EVERY    1024u

/* ===== Counting ========================================================================== */

/* A histogram over [lo, lo + nbins * width) with exact sum, min and max. */
typedef struct {
    int32_t lo, width;
    int nbins;
    uint64_t *bins;
    uint64_t n;
    int64_t sum;
    int32_t min, max;
} hist;

/* What one worker counts; merged in worker order once every worker has finished. */
typedef struct {
    uint64_t completed, step_limited, stuck, script_misses, steps;
    uint64_t *endings, *stages, *stamp, *bars;
    uint64_t kinds[CRS_END__COUNT];
    hist *vars;
    hist steps_hist;
} tally;

typedef struct {
    const crs_scenario *s;
    const crs_sim_opts *o;
    uint64_t first, last; /* runs [first, last) */
    int nbars;            /* bars of all distributions */
    crs_engine **engines; /* one per persona played, NULL otherwise */
    double *weights;      /* scratch: the outcome weights of one choice */
    tally t;
    atomic_uint_fast64_t *done;
    int failed;
    pthread_t thread;
    char pad[128]; /* keeps one worker's hot counters off its neighbour's cache lines */
} worker;

static int hist_init(hist *h, int32_t lo, int32_t hi)
{
    int64_t span = (int64_t)hi - lo + 1;
    int64_t width = (span + MAX_BINS - 1) / MAX_BINS;
    memset(h, 0, sizeof *h);
    h->lo = lo;
    h->width = (int32_t)(width > 0 ? width : 1);
    h->nbins = (int)((span + h->width - 1) / h->width);
    if (h->nbins < 1) h->nbins = 1;
    h->bins = calloc((size_t)h->nbins, sizeof *h->bins);
    h->min = INT32_MAX;
    h->max = INT32_MIN;
    return h->bins ? 0 : -1;
}

static void hist_add(hist *h, int32_t v)
{
    int64_t b = ((int64_t)v - h->lo) / h->width;
    if (b < 0) b = 0;
    if (b >= h->nbins) b = h->nbins - 1;
    h->bins[b]++;
    h->n++;
    h->sum += v;
    if (v < h->min) h->min = v;
    if (v > h->max) h->max = v;
}

static void hist_merge(hist *into, const hist *h)
{
    for (int i = 0; i < h->nbins; i++) into->bins[i] += h->bins[i];
    into->n += h->n;
    into->sum += h->sum;
    if (h->min < into->min) into->min = h->min;
    if (h->max > into->max) into->max = h->max;
}

/* Nearest-rank percentile: the lower edge of the bin holding it, kept within [min, max]. */
static int32_t hist_pct(const hist *h, double q)
{
    uint64_t rank = (uint64_t)ceil(q * (double)h->n), seen = 0;
    if (rank == 0) rank = 1;
    for (int i = 0; i < h->nbins; i++) {
        seen += h->bins[i];
        if (seen < rank) continue;
        int64_t v = (int64_t)h->lo + (int64_t)i * h->width;
        return (int32_t)(v < h->min ? h->min : v > h->max ? h->max : v);
    }
    return h->max;
}

static crs_sim_stat hist_stat(const hist *h)
{
    crs_sim_stat st = {.bin_width = h->width};
    if (h->n == 0) return st;
    st.mean = (double)h->sum / (double)h->n;
    st.min = h->min;
    st.max = h->max;
    st.p10 = hist_pct(h, 0.10);
    st.p25 = hist_pct(h, 0.25);
    st.p50 = hist_pct(h, 0.50);
    st.p75 = hist_pct(h, 0.75);
    st.p90 = hist_pct(h, 0.90);
    return st;
}

static int max_steps_of(const crs_sim_opts *o)
{
    return o->max_steps > 0 ? o->max_steps : DEFAULT_MAX_STEPS;
}

static int tally_init(tally *t, const crs_scenario *s, const crs_sim_opts *o, int nbars)
{
    memset(t, 0, sizeof *t);
    t->endings = calloc((size_t)s->nendings + 1, sizeof *t->endings);
    t->stages = calloc((size_t)s->nstages + 1, sizeof *t->stages);
    t->stamp = calloc((size_t)s->nstages + 1, sizeof *t->stamp);
    t->bars = calloc((size_t)nbars + 1, sizeof *t->bars);
    t->vars = calloc((size_t)s->nvars + 1, sizeof *t->vars);
    if (!t->endings || !t->stages || !t->stamp || !t->bars || !t->vars) return -1;
    for (int i = 0; i < s->nvars; i++) {
        const crs_var *v = &s->vars[i];
        int bad = v->type == CRS_VAR_BOOL ? hist_init(&t->vars[i], 0, 1)
                                          : hist_init(&t->vars[i], v->min, v->max);
        if (bad) return -1;
    }
    return hist_init(&t->steps_hist, 0, max_steps_of(o));
}

static void tally_free(tally *t, int nvars)
{
    for (int i = 0; t->vars && i < nvars; i++) free(t->vars[i].bins);
    free(t->vars);
    free(t->steps_hist.bins);
    free(t->endings);
    free(t->stages);
    free(t->stamp);
    free(t->bars);
}

static void tally_merge(tally *into, const tally *t, const crs_scenario *s, int nbars)
{
    into->completed += t->completed;
    into->step_limited += t->step_limited;
    into->stuck += t->stuck;
    into->script_misses += t->script_misses;
    into->steps += t->steps;
    for (int i = 0; i < s->nendings; i++) into->endings[i] += t->endings[i];
    for (int i = 0; i < s->nstages; i++) into->stages[i] += t->stages[i];
    for (int i = 0; i < nbars; i++) into->bars[i] += t->bars[i];
    for (int k = 0; k < CRS_END__COUNT; k++) into->kinds[k] += t->kinds[k];
    for (int i = 0; i < s->nvars; i++) hist_merge(&into->vars[i], &t->vars[i]);
    hist_merge(&into->steps_hist, &t->steps_hist);
}

/* ===== Playing ========================================================================== */

uint64_t crs_sim_run_seed(uint64_t seed, uint64_t run)
{
    /* SplitMix64 (Steele, Lea, Flood 2014) over seed + run * golden ratio: neighbouring runs
     * get unrelated seeds. */
    uint64_t z = seed + (run + 1) * 0x9e3779b97f4a7c15ULL;
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

static void mark_stage(tally *t, int stage, uint64_t run)
{
    if (stage < 0 || t->stamp[stage] == run + 1) return;
    t->stamp[stage] = run + 1;
    t->stages[stage]++;
}

static void count_end(worker *w, const crs_engine *e)
{
    const crs_scenario *s = w->s;
    tally *t = &w->t;
    int ending = crs_engine_ending(e);
    const int32_t *vars = crs_engine_vars(e);
    t->completed++;
    t->endings[ending]++;
    t->kinds[s->endings[ending].kind]++;
    for (int i = 0; i < s->nvars; i++) hist_add(&t->vars[i], vars[i]);
    int k = 0;
    for (int d = 0; d < s->ndists; d++)
        for (int b = 0; b < s->dists[d].nbars; b++, k++)
            t->bars[k] += (uint64_t)crs_bar_matches(s, &s->dists[d].bars[b], ending, vars);
}

/* The engine's own rule (engine.c pick_outcome) on our RNG, so `crossings run` replays it. */
static int pick_outcome(worker *w, const crs_engine *e, crs_rng *rng, int idx)
{
    const crs_choice *ch = &w->s->nodes[crs_engine_node(e)].choices[idx];
    if (ch->noutcomes == 0) return -1;
    if (ch->noutcomes == 1) return 0;
    double total = 0;
    for (int i = 0; i < ch->noutcomes; i++)
        total += w->weights[i] = crs_engine_outcome_weight(e, idx, i);
    if (!(total > 0) || !isfinite(total)) return (int)crs_rng_below(rng, (uint32_t)ch->noutcomes);
    double r = crs_rng_unit(rng) * total;
    for (int i = 0; i < ch->noutcomes; i++) {
        if (r < w->weights[i]) return i;
        r -= w->weights[i];
    }
    return ch->noutcomes - 1;
}

static int pick_choice(worker *w, crs_rng *pick, int step, const int *open, int nopen, int *missed)
{
    const crs_sim_opts *o = w->o;
    if (o->policy == CRS_SIM_FIRST) return open[0];
    if (o->policy == CRS_SIM_SCRIPT && step < o->nscript) {
        int n = o->script[step];
        if (n >= 1 && n <= nopen) return open[n - 1];
        *missed = 1;
    }
    return open[crs_rng_below(pick, (uint32_t)nopen)];
}

/* Plays run number `run` to its end; returns -1 only when the engine ran out of memory. */
static int play_one(worker *w, uint64_t run)
{
    const crs_sim_opts *o = w->o;
    int persona =
        o->persona == CRS_SIM_ALL_PERSONAS ? (int)(run % (uint64_t)w->s->npersonas) : o->persona;
    crs_engine *e = w->engines[persona];
    uint64_t seed = crs_sim_run_seed(o->seed, run);
    crs_rng out, pick;
    crs_rng_seed(&out, seed, ENGINE_STREAM);
    crs_rng_seed(&pick, seed, PICK_STREAM);
    crs_engine_reset(e);
    mark_stage(&w->t, crs_engine_stage(e), run);
    int steps = 0, missed = 0, max_steps = max_steps_of(o);
    while (!crs_engine_ended(e)) {
        int open[16], nopen = crs_engine_available(e, open, 16);
        if (nopen > 16) nopen = 16;
        if (steps >= max_steps || nopen == 0) {
            w->t.step_limited += nopen > 0;
            w->t.stuck += nopen == 0;
            break;
        }
        int idx = pick_choice(w, &pick, steps, open, nopen, &missed);
        if (crs_engine_choose_outcome(e, idx, pick_outcome(w, e, &out, idx), NULL, NULL)) return -1;
        steps++;
        mark_stage(&w->t, crs_engine_stage(e), run);
    }
    if (crs_engine_ended(e)) count_end(w, e);
    w->t.script_misses += (uint64_t)missed;
    w->t.steps += (uint64_t)steps;
    hist_add(&w->t.steps_hist, steps);
    return 0;
}

static void report(const worker *w, uint64_t done)
{
    if (w->o->progress)
        w->o->progress(done, w->o->runs ? w->o->runs : DEFAULT_RUNS, w->o->progress_ctx);
}

static void *work(void *arg)
{
    worker *w = arg;
    uint64_t pending = 0;
    for (uint64_t run = w->first; run < w->last; run++) {
        if (play_one(w, run) != 0) {
            w->failed = 1;
            break;
        }
        if (++pending < PROGRESS_EVERY) continue;
        uint64_t done = atomic_fetch_add(w->done, pending) + pending;
        pending = 0;
        if (w->first == 0) report(w, done); /* worker 0 runs on the calling thread */
    }
    atomic_fetch_add(w->done, pending);
    return NULL;
}

/* ===== Setting up and summing up ========================================================== */

static int count_bars(const crs_scenario *s)
{
    int n = 0;
    for (int d = 0; d < s->ndists; d++) n += s->dists[d].nbars;
    return n;
}

static int max_outcomes(const crs_scenario *s)
{
    int m = 1;
    for (int i = 0; i < s->nnodes; i++)
        for (int c = 0; c < s->nodes[i].nchoices; c++)
            if (s->nodes[i].choices[c].noutcomes > m) m = s->nodes[i].choices[c].noutcomes;
    return m;
}

static void worker_free(worker *w, const crs_scenario *s)
{
    for (int p = 0; w->engines && p < s->npersonas; p++) crs_engine_free(w->engines[p]);
    free(w->engines);
    free(w->weights);
    tally_free(&w->t, s->nvars);
}

static int worker_init(worker *w, const crs_scenario *s, const crs_sim_opts *o, int nbars)
{
    w->s = s;
    w->o = o;
    w->nbars = nbars;
    w->engines = calloc((size_t)s->npersonas, sizeof *w->engines);
    w->weights = calloc((size_t)max_outcomes(s), sizeof *w->weights);
    if (!w->engines || !w->weights || tally_init(&w->t, s, o, nbars)) return -1;
    for (int p = 0; p < s->npersonas; p++) {
        if (o->persona != CRS_SIM_ALL_PERSONAS && p != o->persona) continue;
        w->engines[p] = crs_engine_new(s, p, 0, NULL);
        if (!w->engines[p]) return -1;
    }
    return 0;
}

static const char *check_opts(const crs_scenario *s, const crs_sim_opts *o)
{
    if (!s || s->npersonas < 1) return "the scenario has no persona";
    if (o->persona != CRS_SIM_ALL_PERSONAS && (o->persona < 0 || o->persona >= s->npersonas))
        return "no such persona";
    if (o->threads < 0 || o->threads > MAX_THREADS) return "threads must be between 1 and 64";
    if (o->policy != CRS_SIM_RANDOM && o->policy != CRS_SIM_FIRST && o->policy != CRS_SIM_SCRIPT)
        return "unknown policy";
    if (o->nscript < 0 || (o->nscript > 0 && !o->script)) return "bad script";
    if (o->max_steps < 0) return "max_steps must not be negative";
    return NULL;
}

/* Runs every worker, the first on the calling thread; returns -1 if one failed. */
static int run_workers(worker *w, int nw)
{
    int started = 1, failed = 0;
    for (; started < nw; started++)
        if (pthread_create(&w[started].thread, NULL, work, &w[started]) != 0) break;
    if (started < nw) failed = 1;
    work(&w[0]);
    for (int i = 1; i < started; i++) pthread_join(w[i].thread, NULL);
    for (int i = 0; i < started; i++) failed |= w[i].failed;
    return failed ? -1 : 0;
}

static crs_sim_result *summarise(const crs_scenario *s, const tally *t, uint64_t runs)
{
    crs_sim_result *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->endings = calloc((size_t)s->nendings + 1, sizeof *r->endings);
    r->stages = calloc((size_t)s->nstages + 1, sizeof *r->stages);
    r->vars = calloc((size_t)s->nvars + 1, sizeof *r->vars);
    r->dists = calloc((size_t)s->ndists + 1, sizeof *r->dists);
    if (!r->endings || !r->stages || !r->vars || !r->dists) goto oom;
    r->runs = runs;
    r->completed = t->completed;
    r->step_limited = t->step_limited;
    r->stuck = t->stuck;
    r->script_misses = t->script_misses;
    r->steps = t->steps;
    r->steps_per_run = hist_stat(&t->steps_hist);
    r->nendings = s->nendings;
    r->nstages = s->nstages;
    r->nvars = s->nvars;
    r->ndists = s->ndists;
    for (int i = 0; i < s->nendings; i++)
        r->endings[i] = crs_sim_wilson(t->endings[i], t->completed);
    for (int k = 0; k < CRS_END__COUNT; k++)
        r->kinds[k] = crs_sim_wilson(t->kinds[k], t->completed);
    for (int i = 0; i < s->nstages; i++) r->stages[i] = crs_sim_wilson(t->stages[i], runs);
    for (int i = 0; i < s->nvars; i++) r->vars[i] = hist_stat(&t->vars[i]);
    const uint64_t *bars = t->bars;
    for (int d = 0; d < s->ndists; d++) {
        const crs_distribution *dist = &s->dists[d];
        crs_sim_dist *sd = &r->dists[d];
        sd->tolerance = dist->tolerance;
        sd->bars = calloc((size_t)dist->nbars + 1, sizeof *sd->bars);
        if (!sd->bars) goto oom;
        sd->nbars = dist->nbars;
        for (int b = 0; b < dist->nbars; b++) {
            crs_sim_bar *sb = &sd->bars[b];
            sb->documented = dist->bars[b].value;
            sb->sim = crs_sim_wilson(*bars++, t->completed);
            sb->diff = 100.0 * sb->sim.share - sb->documented;
            sb->diverges = fabs(sb->diff) > dist->tolerance;
            sd->diverges |= sb->diverges;
        }
        r->diverging += sd->diverges;
    }
    return r;
oom:
    crs_sim_result_free(r);
    return NULL;
}

int crs_sim_run(const crs_scenario *s, const crs_sim_opts *opts, crs_sim_result **out,
                crs_diag *err)
{
    crs_sim_opts o = *opts;
    const char *bad = check_opts(s, &o);
    *out = NULL;
    if (bad) return crs_diag_set(err, CRS_E_VALUE, bad), -1;
    if (o.runs == 0) o.runs = DEFAULT_RUNS;
    int nw = o.threads > 1 ? o.threads : 1, nbars = count_bars(s), rc = -1;
    atomic_uint_fast64_t done;
    atomic_init(&done, 0);
    worker *w = calloc((size_t)nw, sizeof *w);
    tally total;
    int ok = w && tally_init(&total, s, &o, nbars) == 0;
    for (int i = 0; ok && i < nw; i++) {
        ok = worker_init(&w[i], s, &o, nbars) == 0;
        w[i].first = o.runs * (uint64_t)i / (uint64_t)nw; /* contiguous blocks */
        w[i].last = o.runs * (uint64_t)(i + 1) / (uint64_t)nw;
        w[i].done = &done;
    }
    if (ok && run_workers(w, nw) == 0) {
        for (int i = 0; i < nw; i++) tally_merge(&total, &w[i].t, s, nbars);
        *out = summarise(s, &total, o.runs);
        rc = *out ? 0 : -1;
        if (*out) report(&w[0], o.runs);
    }
    if (rc) crs_diag_set(err, CRS_E_MEMORY, "out of memory or could not start threads");
    for (int i = 0; w && i < nw; i++) worker_free(&w[i], s);
    free(w);
    if (w) tally_free(&total, s->nvars);
    return rc;
}

void crs_sim_result_free(crs_sim_result *r)
{
    if (!r) return;
    for (int d = 0; r->dists && d < r->ndists; d++) free(r->dists[d].bars);
    free(r->dists);
    free(r->endings);
    free(r->stages);
    free(r->vars);
    free(r);
}

int crs_sim_endings(const crs_scenario *s, int persona, uint64_t seed, uint64_t runs,
                    double *shares, crs_diag *err)
{
    crs_sim_opts o = {.runs = runs, .seed = seed, .persona = persona};
    crs_sim_result *r;
    if (crs_sim_run(s, &o, &r, err) != 0) return -1;
    for (int i = 0; i < s->nendings; i++) shares[i] = r->endings[i].share;
    crs_sim_result_free(r);
    return 0;
}

crs_sim_share crs_sim_wilson(uint64_t count, uint64_t n)
{
    crs_sim_share sh = {.count = count, .lo = 0, .hi = 1};
    if (n == 0) return sh;
    const double z = 1.959963984540054; /* two-sided 95% */
    double nn = (double)n, p = (double)count / nn, z2 = z * z;
    double centre = (p + z2 / (2 * nn)) / (1 + z2 / nn);
    double half = z * sqrt(p * (1 - p) / nn + z2 / (4 * nn * nn)) / (1 + z2 / nn);
    sh.share = p;
    /* At 0 or n the bound is exactly 0 or 1; rounding would leave a speck. */
    sh.lo = count == 0 || centre - half < 0 ? 0 : centre - half;
    sh.hi = count == n || centre + half > 1 ? 1 : centre + half;
    return sh;
}
