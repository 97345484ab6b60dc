/* Automation scripts: a file of timed commands fed through the real event queue, for smoke
 * tests of the real binary in a real window. One command per line, '#' starts a comment:
 *   wait MS                 pause before the next command
 *   key NAME                press and release a key (SDL key names: Return, Escape, 1, F2 ...)
 *   click ID | click X Y    left click on a button of the top screen by id, or at window X Y
 *   tap X Y                 a touch at normalised X Y (0..1)
 *   until SCREEN KEY MAX    press KEY until SCREEN shows, at most MAX times (fails otherwise)
 *   expect SCREEN           fail unless SCREEN is showing
 *   focus                   fail unless the game's window has the keyboard focus
 *   shot FILE               save a PNG of the current frame
 *   resize W H              resize the window, as another X client could (kiosk tests)
 *   hang MS                 block the loop for MS (the watchdog test)
 *   quit                    leave (exit status 0 unless an expectation failed) */
#include "shell/ui.h"
#include "crossings/fileio.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_CMDS 512

typedef struct {
    char verb[16], a1[256], a2[64], a3[32];
} cmd;

struct crs_script {
    cmd cmds[MAX_CMDS];
    int n, at, repeats;
    Uint64 due;
};

crs_script *crs_script_load(const char *path, char *err, size_t cap)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    if (!f) {
        SDL_snprintf(err, cap, "cannot read script %s (%s)", path, why);
        return NULL;
    }
    crs_script *s = calloc(1, sizeof *s);
    char line[512];
    while (s && s->n < MAX_CMDS && fgets(line, sizeof line, f)) {
        cmd *c = &s->cmds[s->n];
        char *hash = strchr(line, '#');
        if (hash) *hash = 0;
        if (sscanf(line, "%15s %255s %63s %31s", c->verb, c->a1, c->a2, c->a3) >= 1) s->n++;
    }
    fclose(f);
    if (!s)
        SDL_snprintf(err, cap, "out of memory");
    else
        s->due = SDL_GetTicks64() + 300; /* let the first frame show */
    return s;
}

void crs_script_free(crs_script *s)
{
    free(s);
}

static void push_key(const char *name)
{
    SDL_Keycode k = SDL_GetKeyFromName(name);
    if (k == SDLK_UNKNOWN) {
        SDL_Log("crossings: script: unknown key %s", name);
        return;
    }
    SDL_Event ev;
    SDL_zero(ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = k;
    ev.key.keysym.scancode = SDL_GetScancodeFromKey(k);
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
}

static void push_click(crs_app *a, int x, int y)
{
    SDL_Event ev;
    SDL_zero(ev);
    ev.type = SDL_MOUSEBUTTONDOWN;
    ev.button.button = SDL_BUTTON_LEFT;
    ev.button.state = SDL_PRESSED;
    ev.button.clicks = 1;
    ev.button.x = x;
    ev.button.y = y;
    ev.button.windowID = a->win ? SDL_GetWindowID(a->win) : 0;
    SDL_PushEvent(&ev);
    ev.type = SDL_MOUSEBUTTONUP;
    ev.button.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
}

static void push_tap(float x, float y)
{
    SDL_Event ev;
    SDL_zero(ev);
    ev.type = SDL_FINGERDOWN;
    ev.tfinger.touchId = 1;
    ev.tfinger.fingerId = 1;
    ev.tfinger.x = x;
    ev.tfinger.y = y;
    ev.tfinger.pressure = 1.0f;
    SDL_PushEvent(&ev);
    ev.type = SDL_FINGERUP;
    SDL_PushEvent(&ev);
}

static void fail(crs_app *a, const char *what, const char *want)
{
    fprintf(stderr, "crossings: script: %s %s failed (screen is %s)\n", what, want,
            crs_app_screen_name(a));
    a->status = 1;
    a->quit = 1;
}

/* Runs one command; returns the delay in ms before the next. */
static int run(crs_script *s, crs_app *a, const cmd *c)
{
    if (!strcmp(c->verb, "wait")) return atoi(c->a1);
    if (!strcmp(c->verb, "key"))
        push_key(c->a1);
    else if (!strcmp(c->verb, "click") && c->a2[0])
        push_click(a, atoi(c->a1), atoi(c->a2));
    else if (!strcmp(c->verb, "click")) {
        int x, y;
        if (crs_app_button_pos(a, atoi(c->a1), &x, &y))
            push_click(a, x, y);
        else
            fail(a, "click", c->a1);
    } else if (!strcmp(c->verb, "tap"))
        push_tap((float)atof(c->a1), (float)atof(c->a2));
    else if (!strcmp(c->verb, "expect") && strcmp(crs_app_screen_name(a), c->a1))
        fail(a, "expect", c->a1);
    else if (!strcmp(c->verb, "focus") && (!a->win || SDL_GetKeyboardFocus() != a->win))
        fail(a, "focus", "the game's window");
    else if (!strcmp(c->verb, "shot") && crs_app_screenshot(a, c->a1) != 0)
        fail(a, "shot", c->a1);
    else if (!strcmp(c->verb, "quit"))
        a->quit = 1;
    else if (!strcmp(c->verb, "hang")) /* a hung loop, for the watchdog test */
        SDL_Delay((Uint32)atoi(c->a1));
    else if (!strcmp(c->verb, "resize") && a->win) { /* as another client would (tests) */
        SDL_SetWindowFullscreen(a->win, 0);
        SDL_SetWindowSize(a->win, atoi(c->a1), atoi(c->a2));
    } else if (!strcmp(c->verb, "until")) {
        if (!strcmp(crs_app_screen_name(a), c->a1)) {
            s->repeats = 0;
            return 0;
        }
        if (s->repeats++ >= atoi(c->a3)) {
            fail(a, "until", c->a1);
            return 0;
        }
        push_key(c->a2);
        s->at--; /* run this line again */
        return 120;
    }
    return 60;
}

int crs_script_poll(crs_script *s, crs_app *a)
{
    Uint64 now = SDL_GetTicks64();
    while (s->at < s->n && now >= s->due && !a->quit) {
        const cmd *c = &s->cmds[s->at++];
        SDL_Log("crossings: script: %s %s %s", c->verb, c->a1, c->a2);
        s->due = now + (Uint64)run(s, a, c);
        if (s->due > now) break;
    }
    if (s->at >= s->n) return -1;
    return s->due > now ? (int)(s->due - now) : 0;
}
