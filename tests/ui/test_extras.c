/* Accessibility and classroom features through the real app loop: session codes shown on the
 * debrief and replayed from the keypad (keyboard, mouse, touch), wrong codes refused; the text
 * mirror matching the page; summaries of tagged passages; the pause panel; self-voicing with
 * the recorder and once with the real eSpeak NG. */
#define _POSIX_C_SOURCE 200809L /* setenv */
#include "fixture.h"
#include "harness.h"

#include "access/extras.h"
#include "access/mirror.h"
#include "page_text.h"

static crs_scenario *scen[1] = {&fx_scenario};

/* Like harness_open, with the extra options (and no motion). */
static int open_with(harness *h, const crs_app_opts *extra, crs_scenario *const *sc, int n,
                     const char *lang)
{
    crs_app_opts o = *extra;
    o.reduced_motion = 1;
    return harness_open_opts(h, 1280, 720, &o, sc, n, lang);
}

static const char *screen(harness *h)
{
    return crs_app_screen_name(h->app);
}

static const crs_engine *eng(harness *h)
{
    return crs_app_engine(h->app);
}

/* Title -> first node by Enter; then the given digit keys (Enter on other screens) until the
 * journey ends and the debrief shows. */
static void play_to_debrief(harness *h, SDL_Keycode choice)
{
    for (int i = 0; i < 30 && strcmp(screen(h), "debrief"); i++)
        key(h, strcmp(screen(h), "node") ? SDLK_RETURN : choice);
}

static void type_text(harness *h, const char *s)
{
    for (; *s; s++) {
        char c = *s >= 'A' && *s <= 'Z' ? (char)(*s - 'A' + 'a') : *s;
        key(h, (SDL_Keycode)c);
    }
}

static int same_path(const crs_engine *a, const crs_engine *b)
{
    if (!a || !b || crs_engine_history_len(a) != crs_engine_history_len(b)) return 0;
    if (crs_engine_persona(a) != crs_engine_persona(b)) return 0;
    for (size_t i = 0; i < crs_engine_history_len(a); i++) {
        const crs_step *x = crs_engine_history(a, i), *y = crs_engine_history(b, i);
        if (x->node != y->node || x->choice != y->choice || x->outcome != y->outcome) return 0;
    }
    return crs_engine_ending(a) == crs_engine_ending(b);
}

/* ===== session codes ===== */

static void code_on_debrief_replays_by_keyboard(void)
{
    harness h;
    crs_app_opts o = {.seed = 7};
    if (open_with(&h, &o, scen, 1, "en")) return;
    play_to_debrief(&h, SDLK_1);
    CHECK_STR(screen(&h), "debrief");
    CHECK(golden(&h, "en-debrief-code"));
    char code[CRS_CODE_MAX];
    CHECK_INT(crs_code_encode(eng(&h), code, sizeof code, NULL), 0);
    crs_engine *played = crs_engine_clone(eng(&h));
    /* The code is on the page, in groups of four with spaces. */
    char spaced[CRS_CODE_MAX];
    size_t o2 = 0;
    for (const char *c = code; *c; c++) spaced[o2++] = *c == '-' ? ' ' : *c;
    spaced[o2] = 0;
    char *m = mirror_of(&h);
    CHECK_CONTAINS(m, spaced);
    free(m);
    key(&h, SDLK_RETURN); /* back to the start */
    CHECK_STR(screen(&h), "title");
    CHECK(click_button(&h, 60, 0)); /* Enter a code */
    CHECK_STR(screen(&h), "code");
    type_text(&h, code); /* dashes included: they are ignored */
    CHECK(golden(&h, "en-code-typed"));
    key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "debrief");
    CHECK(same_path(played, eng(&h)));
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "Replayed from a session code");
    free(m);
    crs_engine_free(played);
    harness_close(&h);
}

static void code_replays_by_touch_in_korean(void)
{
    harness h;
    crs_app_opts o = {.seed = 4000000001u};
    if (open_with(&h, &o, scen, 1, "ko")) return;
    play_to_debrief(&h, SDLK_2);
    char code[CRS_CODE_MAX];
    CHECK_INT(crs_code_encode(eng(&h), code, sizeof code, NULL), 0);
    crs_engine *played = crs_engine_clone(eng(&h));
    key(&h, SDLK_RETURN);
    CHECK(click_button(&h, 60, 1));
    CHECK_STR(screen(&h), "code");
    static const char chars[] = CRS_CODE_CHARS;
    for (const char *c = code; *c; c++)
        if (*c != '-') CHECK(click_button(&h, 200 + (int)(strchr(chars, *c) - chars), 1));
    CHECK(golden(&h, "ko-code-typed"));
    CHECK(click_button(&h, 2, 1)); /* Replay */
    CHECK_STR(screen(&h), "debrief");
    CHECK(same_path(played, eng(&h)));
    CHECK(golden(&h, "ko-debrief-code"));
    crs_engine_free(played);
    harness_close(&h);
}

static void wrong_codes_are_refused(void)
{
    /* A code for another version of the scenario: same ids, same path. */
    crs_scenario other = fx_scenario;
    other.version = "1.1.0";
    crs_engine *e = crs_engine_new(&other, 0, 7, NULL);
    crs_engine_choose(e, 1, NULL, NULL);
    char code[CRS_CODE_MAX], typo[CRS_CODE_MAX];
    CHECK_INT(crs_code_encode(e, code, sizeof code, NULL), 0);
    crs_engine_free(e);
    harness h;
    if (harness_open(&h, 1280, 720, scen, 1, "en")) return;
    CHECK(click_button(&h, 60, 0));
    type_text(&h, code);
    key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "code");
    CHECK(eng(&h) == NULL);
    char *m = mirror_of(&h);
    CHECK_CONTAINS(m, "not installed here");
    free(m);
    /* One character changed: the check character catches it. */
    e = crs_engine_new(&fx_scenario, 0, 7, NULL);
    crs_engine_choose(e, 1, NULL, NULL);
    crs_code_encode(e, typo, sizeof typo, NULL);
    crs_engine_free(e);
    typo[1] = typo[1] == 'A' ? 'B' : 'A';
    CHECK(click_button(&h, 241, 0)); /* Clear */
    type_text(&h, typo);
    CHECK(click_button(&h, 2, 0));
    CHECK_STR(screen(&h), "code");
    CHECK(eng(&h) == NULL);
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "typing mistake");
    CHECK_CONTAINS(m, "typo");
    free(m);
    CHECK(golden(&h, "en-code-typo"));
    /* Backspace deletes; Esc goes back to the title. */
    key(&h, SDLK_BACKSPACE);
    CHECK_INT(strlen(h.app->x->code), strlen(typo) - 1 - 3);
    key(&h, SDLK_ESCAPE);
    CHECK_STR(screen(&h), "title");
    harness_close(&h);
}

static void clock_seed_makes_a_code(void)
{
    harness h;
    crs_app_opts o = {0}; /* seed 0: from the clock, which must still fit a code */
    if (open_with(&h, &o, scen, 1, "en")) return;
    CHECK(h.app->seed <= 0xFFFFFFFFu);
    play_to_debrief(&h, SDLK_1);
    char code[CRS_CODE_MAX];
    CHECK_INT(crs_code_encode(eng(&h), code, sizeof code, NULL), 0);
    harness_close(&h);
}

/* ===== text mirror ===== */

static char *read_file(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = calloc(1, 1 << 20);
    if (buf) fread(buf, 1, (1 << 20) - 1, f);
    fclose(f);
    return buf;
}

/* The last block of the mirror file (between the last two "---" lines). */
static const char *last_block(char *all)
{
    size_t n = strlen(all);
    if (n < 4 || strcmp(all + n - 4, "---\n") != 0) return "";
    all[n - 4] = 0;
    char *prev = strstr(all, "---\n"), *at = NULL;
    while (prev) {
        at = prev;
        prev = strstr(prev + 4, "---\n");
    }
    return at ? at + 4 : all;
}

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}

/* A number badge (the mirror writes "N. ") or an icon's glyph (the mirror names it). */
static int badge_or_icon(const crs_page *p, const crs_pitem *it)
{
    for (int b = 0; b < p->nbuttons; b++) {
        SDL_Rect r = p->buttons[b].r;
        SDL_Point pt = {it->r.x, it->r.y};
        if (p->buttons[b].layer != it->layer || !SDL_PointInRect(&pt, &r)) continue;
        if (p->buttons[b].style == CRS_BTN_ICON) return 1;
        if (p->buttons[b].key > 0 && atoi(it->text) == p->buttons[b].key) return 1;
    }
    return 0;
}

/* Every text line of the page appears in the block: the body's and then the footer's in page
 * order, the top bar's anywhere; every numbered button as "N. ". */
static void check_block_matches_page(harness *h, const char *block)
{
    const crs_page *p = crs_app_page(h->app);
    static const int layers[3] = {0, 2, 1}; /* body, footer, top bar */
    const char *at = block;
    int texts = 0;
    for (int l = 0; l < 3; l++)
        for (int i = 0; i < p->nitems; i++) {
            const crs_pitem *it = &p->items[i];
            if (it->kind != PI_TEXT || it->layer != layers[l] || badge_or_icon(p, it)) continue;
            texts++;
            const char *f = strstr(layers[l] == 1 ? block : at, it->text);
            if (!f) fprintf(stderr, "not in the mirror, or out of order: \"%s\"\n", it->text);
            CHECK(f != NULL);
            if (f && layers[l] != 1) at = f;
        }
    CHECK(texts > 0);
    for (int b = 0; b < p->nbuttons; b++)
        if (p->buttons[b].key > 0) {
            char num[16];
            snprintf(num, sizeof num, "\n%d. ", p->buttons[b].key);
            CHECK_CONTAINS(block, num);
        }
}

static void text_mirror_follows_every_screen(void)
{
    const char *path = "extras-mirror.txt";
    harness h;
    crs_app_opts o = {.seed = 7, .text_mirror = path};
    if (open_with(&h, &o, scen, 1, "en")) return;
    pump(&h);
    char *all = read_file(path);
    CHECK(all != NULL);
    if (!all) return;
    CHECK_INT(count(all, "---\n"), 1);
    CHECK_CONTAINS(all, "Crossings\n");
    CHECK_CONTAINS(all, "\n[Begin]\n");
    CHECK_CONTAINS(all, "[English (selected)]");
    check_block_matches_page(&h, last_block(all));
    free(all);
    const char *screens[4] = {"select", "select", "stage", "node"};
    for (int i = 0; i < 4; i++) {
        key(&h, SDLK_RETURN);
        CHECK_STR(screen(&h), screens[i]);
        all = read_file(path);
        CHECK_INT(count(all, "---\n"), i + 2);
        check_block_matches_page(&h, last_block(all));
        free(all);
    }
    all = read_file(path);
    const char *b = last_block(all);
    CHECK_CONTAINS(b, "1. Go with your neighbour tonight\n");
    CHECK_CONTAINS(b, "2. Wait a week and sell the sewing machine first\n");
    CHECK_CONTAINS(b, "The market in Musan has had no maize for a week.");
    CHECK_CONTAINS(b, "[Pause]\n[Your choices]\n[Help]\n[Settings]\n");
    free(all);
    /* Moving the focus changes nothing on the page: no new block. */
    key(&h, SDLK_DOWN);
    key(&h, SDLK_DOWN);
    all = read_file(path);
    CHECK_INT(count(all, "---\n"), 5);
    free(all);
    key(&h, SDLK_l); /* language */
    all = read_file(path);
    CHECK_INT(count(all, "---\n"), 6);
    b = last_block(all);
    CHECK_CONTAINS(b, "1. 오늘 밤 이웃과 함께 떠난다");
    CHECK_CONTAINS(b, "[잠시 멈춤]");
    check_block_matches_page(&h, b);
    free(all);
    harness_close(&h);
    remove(path);
}

/* The settings page scrolls: its last rows are reached by scrolling to the end first. */
static int settings_click(harness *h, int id, int touch)
{
    key(h, SDLK_END);
    return click_button(h, id, touch);
}

/* Title -> first node -> (direct choice 2) -> the river node. */
static void to_river(harness *h)
{
    for (int i = 0; i < 4; i++) key(h, SDLK_RETURN);
    key(h, SDLK_2);
    key(h, SDLK_RETURN);
}

/* ===== pause ===== */

static void pause_stops_and_continues_at_the_same_node(void)
{
    harness h;
    crs_app_opts o = {.seed = 7};
    if (open_with(&h, &o, scen, 1, "en")) return;
    key(&h, SDLK_p); /* not during a journey: nothing happens */
    CHECK_STR(screen(&h), "title");
    to_river(&h);
    int node = crs_engine_node(eng(&h));
    size_t n = crs_engine_history_len(eng(&h));
    key(&h, SDLK_p);
    CHECK_STR(screen(&h), "pause");
    CHECK_INT(h.app->paused, 1);
    CHECK(golden(&h, "en-pause"));
    CHECK(click_button(&h, 1, 0)); /* Continue */
    CHECK_STR(screen(&h), "node");
    CHECK_INT(h.app->paused, 0);
    CHECK_INT(crs_engine_node(eng(&h)), node);
    CHECK_INT(crs_engine_history_len(eng(&h)), n);
    /* The pause button in the top bar, by touch; P again closes it. */
    CHECK(click_button(&h, CRS_ID_PAUSE, 1));
    CHECK_STR(screen(&h), "pause");
    key(&h, SDLK_p);
    CHECK_STR(screen(&h), "node");
    CHECK_INT(crs_engine_node(eng(&h)), node);
    /* From the settings overlay too; Enter continues (the default focus). */
    key(&h, SDLK_F2);
    key(&h, SDLK_p);
    CHECK_STR(screen(&h), "pause");
    key(&h, SDLK_l);
    CHECK(golden(&h, "ko-pause"));
    key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "node");
    /* Skip to looking back. */
    key(&h, SDLK_p);
    CHECK(click_button(&h, 2, 1));
    CHECK_STR(screen(&h), "debrief");
    CHECK_INT(h.app->paused, 0);
    CHECK(eng(&h) != NULL);
    harness_close(&h);
    /* Start over. */
    if (open_with(&h, &o, scen, 1, "en")) return;
    to_river(&h);
    key(&h, SDLK_p);
    CHECK(click_button(&h, 3, 0));
    CHECK_STR(screen(&h), "title");
    CHECK(eng(&h) == NULL);
    CHECK_INT(h.app->paused, 0);
    harness_close(&h);
}

/* The pause stops the idle clock that sends an unattended game back to the title. */
static uint64_t fake_now;
static uint64_t fake_clock(void *ud)
{
    (void)ud;
    return fake_now;
}

static void pause_stops_the_idle_clock(void)
{
    harness h;
    fake_now = 1000;
    crs_app_opts o = {.seed = 7, .idle_reset = 60, .clock = fake_clock};
    if (open_with(&h, &o, scen, 1, "en")) return;
    to_river(&h);
    key(&h, SDLK_p);
    CHECK_STR(screen(&h), "pause");
    fake_now += 10 * 60 * 1000; /* ten minutes paused */
    pump(&h);
    CHECK_STR(screen(&h), "pause");
    CHECK(eng(&h) != NULL);
    key(&h, SDLK_RETURN); /* continue */
    CHECK_STR(screen(&h), "node");
    fake_now += 59 * 1000;
    pump(&h);
    CHECK_STR(screen(&h), "node");
    fake_now += 2 * 1000; /* a minute after continuing: back to the title */
    pump(&h);
    CHECK_STR(screen(&h), "title");
    harness_close(&h);
}

/* ===== self-voicing ===== */

static const char *last_line(const char *log, char *buf, size_t cap)
{
    size_t n = strlen(log);
    if (n && log[n - 1] == '\n') n--;
    size_t s = n;
    while (s > 0 && log[s - 1] != '\n') s--;
    snprintf(buf, cap, "%.*s", (int)(n - s), log + s);
    return buf;
}

static void reading_aloud_follows_screen_and_focus(void)
{
    harness h;
    crs_app_opts o = {.seed = 7, .read_aloud = 1, .speech_recorder = 1};
    if (open_with(&h, &o, scen, 1, "en")) return;
    pump(&h);
    crs_speech *sp = h.app->x->speech;
    CHECK(sp != NULL);
    if (!sp) return;
    char line[4096];
    CHECK_CONTAINS(crs_speech_log(sp), "en: [Begin].\nCrossings\n");
    for (int i = 0; i < 4; i++) key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "node");
    last_line(crs_speech_log(sp), line, sizeof line);
    CHECK_CONTAINS(crs_speech_log(sp), "en: 1. Go with your neighbour tonight.\n");
    CHECK_CONTAINS(crs_speech_log(sp), "The market in Musan has had no maize");
    /* Focus moves: the new choice is read, cutting off what came before. */
    key(&h, SDLK_DOWN); /* shows the focus */
    key(&h, SDLK_DOWN);
    CHECK_STR(last_line(crs_speech_log(sp), line, sizeof line),
              "en: 2. Wait a week and sell the sewing machine first");
    const char *log = crs_speech_log(sp);
    CHECK(strstr(log, "-\nen: 2. Wait a week") != NULL);
    /* V reads the screen again now; the language follows the interface. */
    size_t before = strlen(log);
    key(&h, SDLK_v);
    CHECK(strlen(crs_speech_log(sp)) > before);
    key(&h, SDLK_l);
    CHECK_CONTAINS(crs_speech_log(sp), "ko: 2. 일주일 기다려 재봉틀부터 판다.\n");
    /* Reading speed from the settings. */
    key(&h, SDLK_s);
    key(&h, SDLK_END);
    CHECK(golden(&h, "ko-settings-voice"));
    CHECK(settings_click(&h, 76, 0));
    CHECK_INT(crs_speech_rate(sp), 240);
    CHECK(settings_click(&h, 74, 0));
    CHECK_INT(crs_speech_rate(sp), 130);
    /* Switched off: nothing more is said on screen changes. */
    CHECK(settings_click(&h, 72, 0));
    before = strlen(crs_speech_log(sp));
    key(&h, SDLK_ESCAPE);
    key(&h, SDLK_1);
    CHECK_INT(strlen(crs_speech_log(sp)), before);
    CHECK_STR(last_line(crs_speech_log(sp), line, sizeof line),
              "-"); /* cut off when switched off */
    harness_close(&h);
}

static void missing_espeak_keeps_the_game_silent(void)
{
    setenv("CROSSINGS_ESPEAK_LIBRARY", "libespeak-ng-not-installed.so.9", 1);
    harness h;
    crs_app_opts o = {.seed = 7, .read_aloud = 1};
    int rc = open_with(&h, &o, scen, 1, "en");
    unsetenv("CROSSINGS_ESPEAK_LIBRARY");
    if (rc) return;
    CHECK(!crs_speech_available(h.app->x->speech));
    CHECK_CONTAINS(crs_speech_problem(h.app->x->speech), "not found");
    key(&h, SDLK_v);
    key(&h, SDLK_F2);
    key(&h, SDLK_END);
    CHECK(golden(&h, "en-settings-voice-missing"));
    char *m = mirror_of(&h);
    CHECK_CONTAINS(m, "Reading aloud needs eSpeak NG");
    free(m);
    key(&h, SDLK_l);
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "eSpeak NG(libespeak-ng1, espeak-ng-data)와 소리 장치가 필요합니다");
    free(m);
    key(&h, SDLK_ESCAPE);
    to_river(&h); /* the game goes on */
    CHECK_STR(screen(&h), "node");
    harness_close(&h);
}

/* A library that loads but is not eSpeak NG (the C library here) leaves speech off with the
 * reason, and every call on that speaker is a harmless no-op: nothing is called through a
 * missing symbol. */
static void library_without_the_espeak_api_stays_silent(void)
{
    setenv("CROSSINGS_ESPEAK_LIBRARY", "libc.so.6", 1);
    crs_speech *play = crs_speech_new(CRS_SPEECH_ESPEAK),
               *sink = crs_speech_new(CRS_SPEECH_ESPEAK_SINK);
    unsetenv("CROSSINGS_ESPEAK_LIBRARY");
    crs_speech *both[2] = {play, sink};
    for (int i = 0; i < 2; i++) {
        crs_speech *sp = both[i];
        CHECK(sp != NULL);
        if (!sp) continue;
        CHECK(!crs_speech_available(sp));
        CHECK_STR(crs_speech_problem(sp), "libc.so.6 lacks the speak_lib API");
        CHECK_INT(crs_speech_say(sp, "en", "The winter river."), -1);
        crs_speech_cancel(sp);
        crs_speech_set_rate(sp, 10); /* kept and clamped even while silent */
        CHECK_INT(crs_speech_rate(sp), 80);
        crs_speech_set_rate(sp, 1000);
        CHECK_INT(crs_speech_rate(sp), 450);
        CHECK_STR(crs_speech_log(sp), "");
    }
    crs_speech_free(play);
    crs_speech_free(sink);
}

/* The real eSpeak NG, synthesising into a sink (no sound card needed): both voices exist and
 * produce samples. Fails when libespeak-ng1 or its data is missing (scripts/deps.sh). */
static void espeak_speaks_english_and_korean(void)
{
    crs_speech *sp = crs_speech_new(CRS_SPEECH_ESPEAK_SINK);
    CHECK(sp != NULL);
    if (!crs_speech_available(sp)) fprintf(stderr, "eSpeak NG: %s\n", crs_speech_problem(sp));
    CHECK(crs_speech_available(sp));
    long s0 = crs_speech_samples(sp);
    CHECK_INT(crs_speech_say(sp, "en", "The winter river."), 0);
    long s1 = crs_speech_samples(sp);
    CHECK(s1 > s0 + 1000);
    crs_speech_set_rate(sp, 300);
    CHECK_INT(crs_speech_say(sp, "ko", "겨울 강을 건넌다."), 0);
    CHECK(crs_speech_samples(sp) > s1 + 1000);
    CHECK(crs_speech_say(sp, "xx-no-such-voice", "nothing") != 0);
    crs_speech_free(sp);
}

/* ===== both languages ===== */

static void both_languages_one_above_the_other(void)
{
    harness h;
    crs_app_opts o = {.seed = 7};
    if (open_with(&h, &o, scen, 1, "en")) return;
    for (int i = 0; i < 4; i++) key(&h, SDLK_RETURN);
    CHECK_STR(screen(&h), "node");
    const char *en = fx_nodes[0].text.s[0], *ko = fx_nodes[0].text.s[1];
    char *m = mirror_of(&h);
    CHECK(strstr(m, ko) == NULL);
    free(m);
    key(&h, SDLK_s);
    CHECK(settings_click(&h, 81, 1)); /* Korean above English, by touch */
    CHECK(golden(&h, "en-settings-bilingual"));
    key(&h, SDLK_ESCAPE);
    m = mirror_of(&h);
    const char *k = strstr(m, ko), *e = strstr(m, en);
    CHECK(k && e && k < e);
    /* Short labels share a line. */
    CHECK_CONTAINS(m, "1. 오늘 밤 이웃과 함께 떠난다  /  Go with your neighbour tonight\n");
    free(m);
    CHECK(golden(&h, "en-node-bilingual"));
    key(&h, SDLK_s);
    CHECK(settings_click(&h, 82, 0)); /* English above Korean, by mouse */
    key(&h, SDLK_ESCAPE);
    m = mirror_of(&h);
    k = strstr(m, ko);
    e = strstr(m, en);
    CHECK(k && e && e < k);
    free(m);
    /* The interface language still switches; the frame stays in one language. */
    key(&h, SDLK_l);
    m = mirror_of(&h);
    CHECK_CONTAINS(m, "어떻게 할까요?");
    CHECK(strstr(m, "What do you do?") == NULL);
    free(m);
    CHECK(golden(&h, "ko-node-bilingual"));
    key(&h, SDLK_s);
    CHECK(settings_click(&h, 80, 0)); /* one language again */
    key(&h, SDLK_ESCAPE);
    m = mirror_of(&h);
    CHECK(strstr(m, en) == NULL);
    CHECK_CONTAINS(m, ko);
    free(m);
    harness_close(&h);
}

int main(void)
{
    static const check_case cases[] = {
        {"code_on_debrief_replays_by_keyboard", code_on_debrief_replays_by_keyboard},
        {"code_replays_by_touch_in_korean", code_replays_by_touch_in_korean},
        {"wrong_codes_are_refused", wrong_codes_are_refused},
        {"clock_seed_makes_a_code", clock_seed_makes_a_code},
        {"text_mirror_follows_every_screen", text_mirror_follows_every_screen},
        {"pause_stops_and_continues_at_the_same_node", pause_stops_and_continues_at_the_same_node},
        {"pause_stops_the_idle_clock", pause_stops_the_idle_clock},
        {"reading_aloud_follows_screen_and_focus", reading_aloud_follows_screen_and_focus},
        {"missing_espeak_keeps_the_game_silent", missing_espeak_keeps_the_game_silent},
        {"library_without_the_espeak_api_stays_silent",
         library_without_the_espeak_api_stays_silent},
        {"espeak_speaks_english_and_korean", espeak_speaks_english_and_korean},
        {"both_languages_one_above_the_other", both_languages_one_above_the_other},
    };
    int rc = check_run("ui_extras", cases, sizeof cases / sizeof cases[0]);
    SDL_Quit();
    return rc;
}
