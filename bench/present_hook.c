/* An LD_PRELOAD shim that measures an SDL program from outside, without changing it: prints
 * the CLOCK_MONOTONIC time of the first SDL_RenderPresent ("presented <ns>", read by launch.c),
 * counts textures the program creates in each frame, and with CRS_BENCH_FRAMES=N asks for a
 * redraw after every frame (an expose event) and quits right after the Nth. */
#define _GNU_SOURCE
#include <SDL2/SDL.h>
#include <dlfcn.h>
#include <stdio.h>
#include <stdlib.h>
#include <time.h>
#include <unistd.h>

static unsigned long frames, textures, textures_first, textures_later;

static void *real(const char *name)
{
    void *f = dlsym(RTLD_NEXT, name);
    if (!f) {
        fprintf(stderr, "present_hook: no %s\n", name);
        _exit(125);
    }
    return f;
}

SDL_Texture *SDL_CreateTexture(SDL_Renderer *r, Uint32 format, int access, int w, int h)
{
    static SDL_Texture *(*fn)(SDL_Renderer *, Uint32, int, int, int);
    if (!fn) *(void **)&fn = real("SDL_CreateTexture");
    textures++;
    return fn(r, format, access, w, h);
}

SDL_Texture *SDL_CreateTextureFromSurface(SDL_Renderer *r, SDL_Surface *s)
{
    static SDL_Texture *(*fn)(SDL_Renderer *, SDL_Surface *);
    if (!fn) *(void **)&fn = real("SDL_CreateTextureFromSurface");
    textures++;
    return fn(r, s);
}

/* Asks the program to draw the same screen again, as a window system does after an expose. */
static void ask_redraw(SDL_Renderer *r)
{
    SDL_Event ev = {.type = SDL_WINDOWEVENT};
    ev.window.event = SDL_WINDOWEVENT_EXPOSED;
    ev.window.windowID = SDL_GetWindowID(SDL_RenderGetWindow(r));
    SDL_PushEvent(&ev);
}

void SDL_RenderPresent(SDL_Renderer *r)
{
    static void (*fn)(SDL_Renderer *);
    if (!fn) *(void **)&fn = real("SDL_RenderPresent");
    fn(r);
    frames++;
    if (frames == 1) {
        struct timespec ts;
        clock_gettime(CLOCK_MONOTONIC, &ts);
        printf("presented %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
        fflush(stdout);
        textures_first = textures;
    } else {
        textures_later = textures - textures_first;
    }
    const char *want = getenv("CRS_BENCH_FRAMES");
    unsigned long limit = want ? strtoul(want, NULL, 10) : 0;
    if (!limit) return;
    if (frames < limit) {
        ask_redraw(r);
        return;
    }
    printf("frames %lu\ntextures_first_frame %lu\ntextures_later_frames %lu\n", frames,
           textures_first, textures_later);
    fflush(stdout);
    _exit(0); /* skip teardown: the figures are taken, peak RSS is already reached */
}
