/* The cost of steady-state frames of a text-heavy screen, measured inside the game: the real app
 * drawing onto an offscreen surface with the software renderer (as in its window), taken by
 * Enter to the first node of a scenario, in Korean at the largest text size (the most glyphs
 * and the widest lines). After one frame has drawn the node, it redraws the same screen FRAMES
 * times (an expose event each, as a window manager would send) and prints how many textures
 * those frames created. Run under `valgrind --tool=callgrind --instr-atstart=no`, only those
 * frames are counted (callgrind client requests around them), so the instruction total divided
 * by FRAMES is the cost of one steady frame.
 * Usage: frame_cost DATA_DIR SCENARIO.json FRAMES */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <valgrind/callgrind.h>
#include "shell/app.h"
#include "crossings/scenario.h"

static void push_key(SDL_Keycode k)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_KEYDOWN;
    ev.key.state = SDL_PRESSED;
    ev.key.keysym.sym = k;
    SDL_PushEvent(&ev);
    ev.type = SDL_KEYUP;
    ev.key.state = SDL_RELEASED;
    SDL_PushEvent(&ev);
}

static void push_expose(void)
{
    SDL_Event ev;
    memset(&ev, 0, sizeof ev);
    ev.type = SDL_WINDOWEVENT;
    ev.window.event = SDL_WINDOWEVENT_EXPOSED;
    SDL_PushEvent(&ev);
}

/* Enter through the title, the list, the persona and any intro until the first node. */
static int to_first_node(crs_app *a)
{
    for (int tries = 0; tries < 40; tries++) {
        if (strcmp(crs_app_screen_name(a), "node") == 0) return 0;
        push_key(SDLK_RETURN);
        for (int i = 0; i < 4; i++) crs_app_step(a, 0);
    }
    return -1;
}

int main(int argc, char **argv)
{
    int frames = argc > 3 ? atoi(argv[3]) : 0;
    if (argc < 4 || frames < 1) {
        fputs("usage: frame_cost DATA_DIR SCENARIO.json FRAMES\n", stderr);
        return 2;
    }
    SDL_SetHint(SDL_HINT_VIDEODRIVER, "offscreen");
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(argv[2], &d);
    crs_diags_clear(&d);
    if (!s) {
        fprintf(stderr, "frame_cost: cannot load %s\n", argv[2]);
        return 1;
    }
    SDL_Surface *surf = SDL_CreateRGBSurfaceWithFormat(0, 1280, 720, 32, SDL_PIXELFORMAT_RGB888);
    crs_scenario *const list[1] = {s};
    crs_app_opts o = {.data_dir = argv[1],
                      .preloaded = list,
                      .npreloaded = 1,
                      .target = surf,
                      .lang = "ko",
                      .text_step = 2,
                      .seed = 7,
                      .reduced_motion = 1};
    char err[512];
    int status;
    crs_app *a = surf ? crs_app_new(&o, err, sizeof err, &status) : NULL;
    if (!a || to_first_node(a) != 0) {
        fprintf(stderr, "frame_cost: %s\n", a ? "never reached a node" : err);
        crs_app_free(a);
        SDL_FreeSurface(surf);
        crs_scenario_free(s);
        return 1;
    }
    push_expose();
    crs_app_step(a, 0); /* the node drawn once: its lines are in the cache from here on */
    unsigned long before = crs_app_textures_created(a), drawn = crs_app_frames_drawn(a);
    CALLGRIND_START_INSTRUMENTATION;
    for (int i = 0; i < frames; i++) {
        push_expose();
        crs_app_step(a, 0);
    }
    CALLGRIND_STOP_INSTRUMENTATION;
    printf("screen %s\nframes %lu\ntextures_steady %lu\n", crs_app_screen_name(a),
           crs_app_frames_drawn(a) - drawn, crs_app_textures_created(a) - before);
    crs_app_free(a);
    SDL_FreeSurface(surf);
    crs_scenario_free(s);
    SDL_Quit();
    return 0;
}
