/* Creating and destroying the app: the window (or an offscreen surface for tests), the
 * renderer choice, fonts from the data folder, and the scenario list. */
#include "shell/ui.h"
#include "crossings/datadir.h"
#include "crossings/terms.h"

#include "crossings/sim.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ===== scenarios ===== */

static int add_entry(crs_app *a, const char *path, crs_scenario *s, int owned)
{
    crs_entry *n = realloc(a->entries, sizeof *n * (size_t)(a->nentries + 1));
    if (!n) return -1;
    a->entries = n;
    crs_entry *e = &n[a->nentries++];
    memset(e, 0, sizeof *e);
    e->path = SDL_strdup(path ? path : "");
    e->s = s;
    e->owned = owned;
    return 0;
}

void crs_app_apply_terms(const crs_app *a, crs_scenario *s)
{
    if (s && a->o.settled_term && crs_scenario_set_settled_term(s, a->o.settled_term))
        SDL_Log("crossings: %s: out of memory setting the term %s", s->file, a->o.settled_term);
}

static void load_one(crs_app *a, const char *path)
{
    if (add_entry(a, path, NULL, 1) != 0) return;
    crs_entry *e = &a->entries[a->nentries - 1];
    e->s = crs_scenario_load_file(path, &e->diags);
    crs_app_apply_terms(a, e->s);
    if (!e->s) SDL_Log("crossings: %s: %zu error(s)", path, e->diags.errors);
}

static int by_name(const void *x, const void *y)
{
    return strcmp(*(char *const *)x, *(char *const *)y);
}

/* Every *.json in dir/scenarios, in name order (schema.json is the editors' schema). */
static void scan_dir(crs_app *a)
{
    char dir[1200];
    SDL_snprintf(dir, sizeof dir, "%s/scenarios", a->data_dir);
    DIR *d = opendir(dir);
    if (!d) {
        SDL_Log("crossings: cannot open %s", dir);
        return;
    }
    char *names[256];
    int n = 0;
    struct dirent *de;
    while ((de = readdir(d)) != NULL && n < 256) {
        size_t len = strlen(de->d_name);
        if (len > 5 && strcmp(de->d_name + len - 5, ".json") == 0 &&
            strcmp(de->d_name, "schema.json") != 0)
            names[n++] = SDL_strdup(de->d_name);
    }
    closedir(d);
    qsort(names, (size_t)n, sizeof names[0], by_name);
    for (int i = 0; i < n; i++) {
        char path[1600];
        SDL_snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        load_one(a, path);
        SDL_free(names[i]);
    }
}

/* Scenarios in the order of the years they cover, then by file; broken files last. */
static int by_era(const void *x, const void *y)
{
    const crs_entry *a = x, *b = y;
    if (!a->s || !b->s) return (a->s == NULL) - (b->s == NULL);
    if (a->s->era_from != b->s->era_from) return a->s->era_from < b->s->era_from ? -1 : 1;
    return strcmp(a->path, b->path);
}

void crs_app_load_entries(crs_app *a)
{
    if (a->entries_loaded) return;
    a->entries_loaded = 1;
    if (a->o.npreloaded > 0) {
        for (int i = 0; i < a->o.npreloaded; i++)
            add_entry(a, a->o.preloaded[i]->file, a->o.preloaded[i], 0);
    } else if (a->o.nfiles > 0) {
        for (int i = 0; i < a->o.nfiles; i++) load_one(a, a->o.files[i]);
    } else {
        scan_dir(a);
    }
    if (a->nentries > 1) qsort(a->entries, (size_t)a->nentries, sizeof a->entries[0], by_era);
}

static void free_entries(crs_app *a)
{
    for (int i = 0; i < a->nentries; i++) {
        if (a->entries[i].owned) crs_scenario_free(a->entries[i].s);
        crs_diags_clear(&a->entries[i].diags);
        SDL_free(a->entries[i].path);
    }
    free(a->entries);
    a->entries = NULL;
    a->nentries = 0;
}

/* ===== video ===== */

static int want_accelerated(const crs_app *a)
{
    if (a->o.render == CRS_RENDER_ACCELERATED) return 1;
    if (a->o.render == CRS_RENDER_SOFTWARE) return 0;
    /* auto: software unless asked, since without a GPU "accelerated" means llvmpipe, which
     * costs more than a core and ~100 MB for no visible gain on these flat screens. */
    const char *env = SDL_getenv("CROSSINGS_RENDERER");
    return env && strcmp(env, "accelerated") == 0;
}

static int open_window(crs_app *a, char *err, size_t cap)
{
    int accel = want_accelerated(a);
    if (!accel) SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
    if (SDL_Init(SDL_INIT_VIDEO) != 0) {
        SDL_snprintf(err, cap, "cannot start SDL video: %s", SDL_GetError());
        return -1;
    }
    a->video_inited = 1;
    const char *drv = SDL_GetCurrentVideoDriver();
    SDL_Log("crossings: video driver %s", drv ? drv : "(none)");
    /* With no DISPLAY SDL silently falls back to an invisible driver: say so loudly. */
    if (drv && (!strcmp(drv, "offscreen") || !strcmp(drv, "dummy")))
        fprintf(stderr,
                "crossings: warning: the '%s' video driver shows no window; set DISPLAY "
                "or SDL_VIDEODRIVER\n",
                drv);
    Uint32 flags = SDL_WINDOW_ALLOW_HIGHDPI | SDL_WINDOW_RESIZABLE;
    if (a->o.fullscreen) flags |= SDL_WINDOW_FULLSCREEN_DESKTOP;
    int w = a->o.width > 0 ? a->o.width : 1280, h = a->o.height > 0 ? a->o.height : 720;
    a->win =
        SDL_CreateWindow("Crossings", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, w, h, flags);
    if (!a->win) {
        SDL_snprintf(err, cap, "cannot open a window: %s", SDL_GetError());
        return -1;
    }
    SDL_SetWindowMinimumSize(a->win, 640, 480);
    /* Before the renderer: a resize after it would make the framebuffer a second time. */
    if (a->o.fit_window) a->o.fit_window(a->win);
    Uint32 rf =
        accel ? SDL_RENDERER_ACCELERATED | SDL_RENDERER_PRESENTVSYNC : SDL_RENDERER_SOFTWARE;
    a->ren = SDL_CreateRenderer(a->win, -1, rf);
    if (!a->ren && accel) a->ren = SDL_CreateRenderer(a->win, -1, SDL_RENDERER_SOFTWARE);
    if (!a->ren) {
        SDL_snprintf(err, cap, "cannot create a renderer: %s", SDL_GetError());
        return -1;
    }
    SDL_RendererInfo info;
    if (SDL_GetRendererInfo(a->ren, &info) == 0) SDL_Log("crossings: renderer %s", info.name);
    return 0;
}

static int open_target(crs_app *a, char *err, size_t cap)
{
    if (SDL_InitSubSystem(SDL_INIT_EVENTS) != 0) {
        SDL_snprintf(err, cap, "cannot start SDL events: %s", SDL_GetError());
        return -1;
    }
    a->video_inited = 2;
    a->ren = SDL_CreateSoftwareRenderer(a->o.target);
    if (!a->ren) {
        SDL_snprintf(err, cap, "cannot create a software renderer: %s", SDL_GetError());
        return -1;
    }
    return 0;
}

static int open_assets(crs_app *a, char *err, size_t cap)
{
    char reg[1200], bold[1200];
    crs_text_font_path(a->data_dir, "NanumGothic.ttf", reg, sizeof reg);
    crs_text_font_path(a->data_dir, "NanumGothicBold.ttf", bold, sizeof bold);
    a->ts = crs_text_new(a->ren, reg, bold, err, cap);
    if (!a->ts) return -1;
    crs_text_add_cjk(a->ts, a->data_dir);
    a->gfx = crs_gfx_new(a->ren);
    if (!a->gfx) {
        SDL_snprintf(err, cap, "out of memory");
        return -1;
    }
    char map[1200], why[400];
    SDL_snprintf(map, sizeof map, "%s/assets/map/route-map.json", a->data_dir);
    a->map = crs_mapview_new(map, why, sizeof why);
    if (!a->map) {
        SDL_snprintf(err, cap, "cannot load the route map %s: %s", map, why);
        return -1;
    }
    return 0;
}

/* ===== layers ===== */

/* Creates the registered layers created at this point (early: before the window) that their
 * options ask for, in registration order. 0, or -1 with err set. */
static int create_layers(crs_app *a, int early, char *err, size_t cap)
{
    for (int i = 0; i < crs_ui_nlayers; i++) {
        const crs_layer_ops *ops = crs_ui_layers[i];
        if (!ops->early != !early || !ops->create) continue;
        err[0] = 0;
        void *self = ops->create(a, err, cap);
        if (!self) {
            if (err[0]) return -1;
            continue; /* off */
        }
        if (a->nlayers == CRS_MAX_LAYERS) {
            ops->free(self);
            SDL_snprintf(err, cap, "too many layers (%s)", ops->name);
            return -1;
        }
        a->layers[a->nlayers++] = (crs_layer){ops, self};
    }
    return 0;
}

static int open_layers_video(crs_app *a, char *err, size_t cap)
{
    for (int i = 0; i < a->nlayers; i++) {
        const crs_layer *l = &a->layers[i];
        if (l->ops->open_video && l->ops->open_video(a, l->self, err, cap) != 0) return -1;
    }
    return 0;
}

crs_app *crs_app_new(const crs_app_opts *o, char *err, size_t errcap, int *status)
{
    *status = 2;
    crs_app *a = calloc(1, sizeof *a);
    if (!a) {
        SDL_snprintf(err, errcap, "out of memory");
        return NULL;
    }
    a->o = *o;
    a->cur = -1;
    SDL_strlcpy(a->data_dir, o->data_dir ? o->data_dir : crs_data_dir(), sizeof a->data_dir);
    SDL_strlcpy(a->shot_dir, o->screenshot_dir ? o->screenshot_dir : ".", sizeof a->shot_dir);
    /* the languages on offer: English and every compiled catalogue (main() names the folder) */
    SDL_strlcpy(a->langs[0], "en", sizeof a->langs[0]);
    a->nlangs = 1 + crs_msg_languages(a->langs + 1, CRS_UI_LANGS - 1);
    int want = crs_app_lang_find(a, o->lang);
    if (o->lang && want < 0) /* a translator trying a file: say where it was looked for */
        SDL_LogWarn(SDL_LOG_CATEGORY_APPLICATION, "no catalogue %s.mo in %s: showing English",
                    o->lang, crs_msg_dir() ? crs_msg_dir() : "(no folder)");
    crs_app_set_lang(a, want > 0 ? want : 0);
    a->text_step = o->text_step >= 0 && o->text_step <= 2 ? o->text_step : 0;
    a->high_contrast = o->high_contrast;
    a->reduced_motion = o->reduced_motion;
    a->summaries = o->summaries;
    a->hide_sim = o->hide_random_shares;
    /* Below 2^32 so the journey has a session code (crs_code_encode). */
    a->seed = o->seed ? o->seed : (uint64_t)(Uint32)SDL_GetPerformanceCounter();
    a->path_t = 1.0f;
    int rc = create_layers(a, 1, err, errcap);
    if (rc == 0) rc = o->target ? open_target(a, err, errcap) : open_window(a, err, errcap);
    if (rc == 0 && a->win) rc = open_layers_video(a, err, errcap);
    if (rc == 0) rc = open_assets(a, err, errcap);
    if (rc == 0) rc = create_layers(a, 0, err, errcap);
    if (rc != 0) {
        crs_app_free(a);
        return NULL;
    }
    /* Scenarios are read after the title's first frame (crs_app_step), not before it. */
    a->last_tick = a->last_input = crs_app_ticks(a);
    crs_app_relayout(a);
    crs_app_goto(a, &crs_screen_title);
    for (int i = 0; i < a->nlayers; i++)
        if (a->layers[i].ops->begin) a->layers[i].ops->begin(a, a->layers[i].self);
    a->fade = 0.0f;
    *status = 0;
    return a;
}

void crs_app_free(crs_app *a)
{
    if (!a) return;
    while (a->depth > 0) {
        a->depth--;
        if (a->stack[a->depth]->leave) a->stack[a->depth]->leave(a);
    }
    for (int i = 0; i < CRS_STACK; i++) crs_page_free(&a->pages[i]);
    crs_engine_free(a->eng);
    free_entries(a);
    while (a->nlayers > 0) { /* the last created first */
        const crs_layer *l = &a->layers[--a->nlayers];
        if (l->ops->free) l->ops->free(l->self);
    }
    crs_text_free(a->ts);
    crs_gfx_free(a->gfx);
    crs_mapview_free(a->map);
    crs_sim_result_free(a->debrief_sim);
    if (a->ren) SDL_DestroyRenderer(a->ren);
    if (a->win) SDL_DestroyWindow(a->win);
    if (a->video_inited == 1) SDL_QuitSubSystem(SDL_INIT_VIDEO);
    if (a->video_inited == 2) SDL_QuitSubSystem(SDL_INIT_EVENTS);
    free(a);
}

/* ===== accessors ===== */

int crs_app_status(const crs_app *a)
{
    return a->status;
}

const char *crs_app_screen_name(const crs_app *a)
{
    return a->depth > 0 ? a->stack[a->depth - 1]->name : "";
}

const crs_engine *crs_app_engine(const crs_app *a)
{
    return a->eng;
}

unsigned long crs_app_textures_created(const crs_app *a)
{
    return crs_text_textures_created(a->ts) + crs_gfx_textures_created(a->gfx);
}

unsigned long crs_app_frames_drawn(const crs_app *a)
{
    return a->frames;
}

const char *crs_app_lang(const crs_app *a)
{
    return a->langs[a->lang >= 0 && a->lang < a->nlangs ? a->lang : 0];
}

int crs_app_lang_find(const crs_app *a, const char *code)
{
    for (int i = 0; code && i < a->nlangs; i++)
        if (!strcmp(a->langs[i], code)) return i;
    return -1;
}

void crs_app_set_lang(crs_app *a, int i)
{
    a->lang = i >= 0 && i < a->nlangs ? i : 0;
    a->ko = !strcmp(a->langs[a->lang], "ko");
    a->relayout = 1;
}

int crs_app_showing_summaries(const crs_app *a)
{
    return a->summaries;
}

int crs_app_focused_button(const crs_app *a)
{
    return a->depth > 0 ? crs_page_focused_id(&a->pages[a->depth - 1]) : -1;
}

int crs_app_button_pos(const crs_app *a, int id, int *x, int *y)
{
    float lx, ly;
    const crs_page *p = &a->pages[a->depth - 1];
    if (!crs_page_button_centre(p, id, &lx, &ly)) return 0;
    int ww = a->out_w, wh = a->out_h;
    if (a->win) SDL_GetWindowSize(a->win, &ww, &wh);
    *x = (int)(lx * a->scale * (float)ww / (float)a->out_w);
    *y = (int)(ly * a->scale * (float)wh / (float)a->out_h);
    return 1;
}
