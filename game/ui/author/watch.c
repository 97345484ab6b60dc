/* Live preview (--watch FILE): the scenario file is looked at twice a second (a stat, so an
 * idle game still sleeps), and each saved version is loaded. A good one replaces the scenario
 * and the choices made so far are replayed on it, so the author stays where they were; a
 * broken one leaves the last good version playing with check's located errors over it. */
#include "shell/ui.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#define POLL_MS    500
#define MAX_ERRORS 6

struct crs_watch {
    char *path;
    struct stat seen; /* the file as last loaded (or found broken) */
    int have_seen;
    Uint64 next; /* app time of the next look */
    int nerrors;
    char errors[MAX_ERRORS][400]; /* file:line:col: error: message (path) */
    size_t more;                  /* errors beyond those kept */
};

static int same_file(const struct stat *a, const struct stat *b)
{
    return a->st_ino == b->st_ino && a->st_size == b->st_size &&
           a->st_mtim.tv_sec == b->st_mtim.tv_sec && a->st_mtim.tv_nsec == b->st_mtim.tv_nsec;
}

crs_watch *crs_watch_new(const char *path)
{
    crs_watch *w = calloc(1, sizeof *w);
    if (!w || !(w->path = SDL_strdup(path))) {
        free(w);
        return NULL;
    }
    w->have_seen = stat(path, &w->seen) == 0;
    return w;
}

void crs_watch_free(crs_watch *w)
{
    if (!w) return;
    SDL_free(w->path);
    free(w);
}

/* ===== replaying the path on the new version ===== */

/* Index of the choice (or outcome) with id among n, else the same position when it has no id
 * in both versions; -1 when it is gone. */
static int match_choice(const crs_node *n, const crs_choice *old, int at)
{
    for (int c = 0; old->id && c < n->nchoices; c++)
        if (n->choices[c].id && !strcmp(n->choices[c].id, old->id)) return c;
    return !old->id && at < n->nchoices && !n->choices[at].id ? at : -1;
}

static int match_outcome(const crs_choice *ch, const crs_outcome *old, int at)
{
    for (int o = 0; old->id && o < ch->noutcomes; o++)
        if (ch->outcomes[o].id && !strcmp(ch->outcomes[o].id, old->id)) return o;
    return !old->id && at < ch->noutcomes && !ch->outcomes[at].id ? at : -1;
}

/* Takes on e (over the new scenario) each step of old that still exists, with the outcome it
 * had; stops at the first that does not. Returns the number of steps replayed. */
static size_t replay(crs_app *a, crs_engine *e, const crs_engine *old)
{
    const crs_scenario *os = crs_engine_scenario(old), *ns = crs_engine_scenario(e);
    size_t i = 0;
    for (; i < crs_engine_history_len(old) && !crs_engine_ended(e); i++) {
        const crs_step *st = crs_engine_history(old, i);
        const crs_choice *och = &os->nodes[st->node].choices[st->choice];
        const crs_node *here = &ns->nodes[crs_engine_node(e)];
        if (strcmp(here->id, os->nodes[st->node].id)) break;
        int c = match_choice(here, och, st->choice), o = -1;
        if (c < 0) break;
        if (st->outcome >= 0 && ns->nodes[crs_engine_node(e)].choices[c].noutcomes > 0) {
            o = match_outcome(&here->choices[c], &och->outcomes[st->outcome], st->outcome);
            if (o < 0) break;
        } else if ((st->outcome >= 0) != (here->choices[c].noutcomes > 0)) {
            break;
        }
        if (crs_engine_choose_outcome(e, c, o, &a->last, NULL) != 0) break;
        crs_engine_set_tally(e, st->tally, 9);
        if (st->replayed) crs_engine_mark_replayed(e);
    }
    return i;
}

/* The journey under way moved onto s: same persona (by id) and seed, the same choices. */
static void move_journey(crs_app *a, const crs_scenario *s)
{
    crs_engine *old = a->eng;
    const char *pid = crs_engine_scenario(old)->personas[crs_engine_persona(old)].id;
    int persona = crs_scenario_persona(s, pid);
    crs_engine *e = crs_engine_new(s, persona < 0 ? 0 : persona, crs_engine_seed(old), NULL);
    crs_diag err;
    if (e && crs_app_place_start(a, e, &err) != 0) {
        crs_engine_free(e); /* the start no longer fits: from the persona's own start */
        e = crs_engine_new(s, persona < 0 ? 0 : persona, crs_engine_seed(old), NULL);
    }
    a->eng = e;
    if (!e) {
        crs_engine_free(old);
        crs_app_goto(a, &crs_screen_title);
        return;
    }
    memset(&a->last, 0, sizeof a->last);
    a->last.outcome = -1;
    size_t n = replay(a, e, old);
    SDL_Log("crossings: watch: replayed %zu of %zu choices", n, crs_engine_history_len(old));
    crs_engine_free(old);
    crs_app_goto(a, crs_engine_ended(e) ? &crs_screen_ending : &crs_screen_node);
}

/* ===== loading a saved version ===== */

static void keep_errors(crs_watch *w, const crs_diags *d)
{
    w->nerrors = 0;
    w->more = 0;
    for (size_t i = 0; i < d->count; i++) {
        const crs_diag *g = &d->items[i];
        if (g->severity != CRS_SEV_ERROR) continue;
        if (w->nerrors == MAX_ERRORS) {
            w->more++;
            continue;
        }
        SDL_snprintf(w->errors[w->nerrors++], sizeof w->errors[0], "%s:%d:%d: error: %s (%s)",
                     g->file, g->line, g->col, g->message, g->path);
    }
    w->more += d->errors > d->count ? d->errors - d->count : 0;
    if (w->nerrors == 0)
        SDL_snprintf(w->errors[w->nerrors++], sizeof w->errors[0], "%s: cannot be loaded", w->path);
}

static crs_entry *entry_of(crs_app *a, const char *path)
{
    for (int i = 0; i < a->nentries; i++)
        if (!strcmp(a->entries[i].path, path)) return &a->entries[i];
    return NULL;
}

/* Loads the saved version: on success it replaces the entry's scenario and the errors go. */
static void reload(crs_app *a, crs_watch *w)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(w->path, &d);
    crs_entry *en = entry_of(a, w->path);
    if (!s || !en) {
        keep_errors(w, &d);
        SDL_Log("crossings: watch: %s has %zu error(s); still playing the last good version",
                w->path, d.errors);
        crs_diags_clear(&d);
        crs_scenario_free(s);
        a->relayout = 1;
        return;
    }
    w->nerrors = 0;
    crs_scenario *old = en->s;
    crs_diags_clear(&en->diags);
    en->diags = d;
    en->s = s;
    a->debrief_sim_for = NULL; /* the simulated shares belong to the old version */
    if (a->eng && crs_engine_scenario(a->eng) == old) move_journey(a, s);
    if (en->owned) crs_scenario_free(old);
    en->owned = 1;
    SDL_Log("crossings: watch: reloaded %s", w->path);
    a->relayout = 1;
}

int crs_watch_poll(crs_app *a)
{
    crs_watch *w = a->watch;
    if (!w || !a->entries_loaded) return -1;
    Uint64 now = crs_app_ticks(a);
    if (now < w->next) return (int)(w->next - now);
    w->next = now + POLL_MS;
    struct stat st;
    /* A file in the middle of being replaced may be missing for a moment: look again later. */
    if (stat(w->path, &st) != 0 || (w->have_seen && same_file(&st, &w->seen))) return POLL_MS;
    w->seen = st;
    w->have_seen = 1;
    reload(a, w);
    return POLL_MS;
}

void crs_watch_overlay(crs_app *a, crs_page *p)
{
    crs_watch *w = a->watch;
    if (!w || w->nerrors == 0) return;
    char buf[160];
    crs_page_card_begin(p, CRS_COL_WARN_BG, CRS_COL_WARN);
    crs_page_text(p, CRS_FONT_SMALL_BOLD, CRS_COL_WARN, crs_app_str(a, S_WATCH_BROKEN));
    crs_page_gap(p, 4);
    for (int i = 0; i < w->nerrors; i++)
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_INK, w->errors[i]);
    if (w->more) {
        SDL_snprintf(buf, sizeof buf, crs_app_str(a, S_WATCH_MORE), (int)w->more);
        crs_page_text(p, CRS_FONT_SMALL, CRS_COL_MUTED, buf);
    }
    crs_page_card_end(p);
    crs_page_gap(p, 10);
}

int crs_watch_errors(const crs_app *a)
{
    return a->watch ? a->watch->nerrors : 0;
}
