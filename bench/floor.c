/* The floor: the least an SDL2 + SDL2_ttf program can do to show one line of text — software
 * renderer, NanumGothic, one wrapped line, one presented frame — timed like the game. */
#include <SDL2/SDL.h>
#include <SDL2/SDL_ttf.h>
#include <stdio.h>
#include <time.h>

/* Prints the CLOCK_MONOTONIC time of the first presented frame; bench/launch.c reads it. */
static void stamp(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    printf("presented %lld\n", (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec);
    fflush(stdout);
}

int main(int argc, char **argv)
{
    const char *font_path = argc > 1 ? argv[1] : "assets/fonts/NanumGothic.ttf";
    SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0"); /* before the window exists */
    if (SDL_Init(SDL_INIT_VIDEO) != 0 || TTF_Init() != 0) {
        fprintf(stderr, "floor: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Window *win =
        SDL_CreateWindow("floor", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED, 1024, 768, 0);
    SDL_Renderer *ren = win ? SDL_CreateRenderer(win, -1, SDL_RENDERER_SOFTWARE) : NULL;
    TTF_Font *font = TTF_OpenFont(font_path, 24);
    if (!ren || !font) {
        fprintf(stderr, "floor: %s\n", SDL_GetError());
        return 1;
    }
    SDL_Color ink = {20, 20, 20, 255};
    SDL_Surface *text = TTF_RenderUTF8_Blended_Wrapped(
        font, "두만강을 건넌다 — You stand at the frozen river.", ink, 900);
    SDL_Texture *tex = text ? SDL_CreateTextureFromSurface(ren, text) : NULL;
    SDL_SetRenderDrawColor(ren, 250, 248, 240, 255);
    SDL_RenderClear(ren);
    if (tex) {
        SDL_Rect dst = {40, 40, text->w, text->h};
        SDL_RenderCopy(ren, tex, NULL, &dst);
    }
    SDL_RenderPresent(ren);
    stamp();
    SDL_DestroyTexture(tex);
    SDL_FreeSurface(text);
    TTF_CloseFont(font);
    SDL_DestroyRenderer(ren);
    SDL_DestroyWindow(win);
    TTF_Quit();
    SDL_Quit();
    return 0;
}
