/* Rounded shapes from one antialiased disc texture per radius: the disc's quarters are the
 * corners, plain rectangles fill the rest. Discs are made once and reused every frame. */
#include "shell/gfx.h"

#include <math.h>
#include <stdlib.h>

#define MAX_DISCS 24
#define PI_F      3.14159265f

struct crs_gfx {
    SDL_Renderer *r;
    struct {
        int rad;
        SDL_Texture *tex;
    } discs[MAX_DISCS];
    int ndiscs;
    unsigned long created;
};

crs_gfx *crs_gfx_new(SDL_Renderer *r)
{
    crs_gfx *g = calloc(1, sizeof *g);
    if (g) g->r = r;
    return g;
}

void crs_gfx_free(crs_gfx *g)
{
    if (!g) return;
    for (int i = 0; i < g->ndiscs; i++) SDL_DestroyTexture(g->discs[i].tex);
    free(g);
}

unsigned long crs_gfx_textures_created(const crs_gfx *g)
{
    return g->created;
}

/* Coverage of each pixel by a disc of radius rad, from a 4x4 grid of samples. */
static SDL_Texture *make_disc(crs_gfx *g, int rad)
{
    int d = rad * 2;
    SDL_Surface *s = SDL_CreateRGBSurfaceWithFormat(0, d, d, 32, SDL_PIXELFORMAT_ARGB8888);
    if (!s) return NULL;
    for (int y = 0; y < d; y++) {
        Uint32 *row = (Uint32 *)((Uint8 *)s->pixels + y * s->pitch);
        for (int x = 0; x < d; x++) {
            int in = 0;
            for (int sy = 0; sy < 4; sy++)
                for (int sx = 0; sx < 4; sx++) {
                    float px = (float)x + (sx + 0.5f) / 4.0f - (float)rad;
                    float py = (float)y + (sy + 0.5f) / 4.0f - (float)rad;
                    in += px * px + py * py <= (float)(rad * rad);
                }
            Uint32 a = (Uint32)(in * 255 / 16);
            row[x] = a << 24 | 0xFFFFFFu;
        }
    }
    SDL_Texture *t = SDL_CreateTextureFromSurface(g->r, s);
    SDL_FreeSurface(s);
    if (t) {
        SDL_SetTextureBlendMode(t, SDL_BLENDMODE_BLEND);
        g->created++;
    }
    return t;
}

static SDL_Texture *disc(crs_gfx *g, int rad)
{
    for (int i = 0; i < g->ndiscs; i++)
        if (g->discs[i].rad == rad) return g->discs[i].tex;
    SDL_Texture *t = make_disc(g, rad);
    if (!t) return NULL;
    if (g->ndiscs == MAX_DISCS) {
        SDL_DestroyTexture(g->discs[0].tex);
        SDL_memmove(g->discs, g->discs + 1, sizeof g->discs[0] * (MAX_DISCS - 1));
        g->ndiscs--;
    }
    g->discs[g->ndiscs].rad = rad;
    g->discs[g->ndiscs].tex = t;
    g->ndiscs++;
    return t;
}

void crs_gfx_fill(crs_gfx *g, SDL_Rect r, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    SDL_SetRenderDrawBlendMode(g->r, c.a == 255 ? SDL_BLENDMODE_NONE : SDL_BLENDMODE_BLEND);
    SDL_SetRenderDrawColor(g->r, c.r, c.g, c.b, c.a);
    SDL_RenderFillRect(g->r, &r);
}

void crs_gfx_round(crs_gfx *g, SDL_Rect r, int rad, SDL_Color c)
{
    if (r.w <= 0 || r.h <= 0) return;
    if (rad > r.w / 2) rad = r.w / 2;
    if (rad > r.h / 2) rad = r.h / 2;
    SDL_Texture *t = rad > 0 ? disc(g, rad) : NULL;
    if (!t) {
        crs_gfx_fill(g, r, c);
        return;
    }
    SDL_SetTextureColorMod(t, c.r, c.g, c.b);
    SDL_SetTextureAlphaMod(t, c.a);
    for (int q = 0; q < 4; q++) {
        int qx = q & 1, qy = q >> 1;
        SDL_Rect src = {qx * rad, qy * rad, rad, rad};
        SDL_Rect dst = {qx ? r.x + r.w - rad : r.x, qy ? r.y + r.h - rad : r.y, rad, rad};
        SDL_RenderCopy(g->r, t, &src, &dst);
    }
    crs_gfx_fill(g, (SDL_Rect){r.x + rad, r.y, r.w - 2 * rad, r.h}, c);
    crs_gfx_fill(g, (SDL_Rect){r.x, r.y + rad, rad, r.h - 2 * rad}, c);
    crs_gfx_fill(g, (SDL_Rect){r.x + r.w - rad, r.y + rad, rad, r.h - 2 * rad}, c);
}

void crs_gfx_round_border(crs_gfx *g, SDL_Rect r, int rad, int bw, SDL_Color edge, SDL_Color fill)
{
    crs_gfx_round(g, r, rad, edge);
    SDL_Rect in = {r.x + bw, r.y + bw, r.w - 2 * bw, r.h - 2 * bw};
    crs_gfx_round(g, in, rad > bw ? rad - bw : 0, fill);
}

void crs_gfx_disc(crs_gfx *g, int cx, int cy, int rad, SDL_Color c)
{
    crs_gfx_round(g, (SDL_Rect){cx - rad, cy - rad, rad * 2, rad * 2}, rad, c);
}

void crs_gfx_gear(crs_gfx *g, SDL_Rect box, SDL_Color c, SDL_Color hole)
{
    int cx = box.x + box.w / 2, cy = box.y + box.h / 2, R = box.w * 31 / 100;
    int tooth = box.w / 9 > 2 ? box.w / 9 : 2;
    /* Square-ish teeth: a short row of small discs along each of eight spokes. */
    for (int i = 0; i < 8; i++) {
        float a = PI_F * 2.0f * (float)i / 8.0f;
        for (int k = 0; k < 3; k++) {
            float d = (float)R + (float)tooth * (0.2f + 0.45f * (float)k);
            crs_gfx_disc(g, cx + (int)lroundf(cosf(a) * d), cy + (int)lroundf(sinf(a) * d), tooth,
                         c);
        }
    }
    crs_gfx_disc(g, cx, cy, R, c);
    crs_gfx_disc(g, cx, cy, R * 45 / 100 > 1 ? R * 45 / 100 : 1, hole);
}

void crs_gfx_list(crs_gfx *g, SDL_Rect box, SDL_Color c)
{
    int th = box.h / 10 > 1 ? box.h / 10 : 2, x0 = box.x + box.w / 5, w = box.w * 3 / 5;
    for (int i = 0; i < 3; i++) {
        int y = box.y + box.h * (3 + 2 * i) / 10;
        crs_gfx_round(g, (SDL_Rect){x0, y, w, th}, th / 2, c);
    }
}
