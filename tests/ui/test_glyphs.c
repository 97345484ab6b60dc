/* Every string of every shipped scenario, in every language, can be drawn with the shipped
 * fonts: SDL2_ttf has no fallback, so a missing glyph would show a box to a visitor. */
#include "check.h"

#include <SDL_ttf.h>
#include <dirent.h>
#include "crossings/scenario.h"

typedef struct {
    TTF_Font *fonts[2];
    const char *file;
    int missing;
} glyph_ctx;

static int next_cp(const unsigned char **p, Uint32 *cp)
{
    const unsigned char *s = *p;
    if (!*s) return 0;
    int n = s[0] < 0x80 ? 1 : (s[0] & 0xE0) == 0xC0 ? 2 : (s[0] & 0xF0) == 0xE0 ? 3 : 4;
    Uint32 v = n == 1 ? s[0] : n == 2 ? s[0] & 0x1Fu : n == 3 ? s[0] & 0x0Fu : s[0] & 0x07u;
    for (int i = 1; i < n; i++) {
        if (!s[i]) return 0;
        v = (v << 6) | (s[i] & 0x3Fu);
    }
    *cp = v;
    *p = s + n;
    return 1;
}

static void check_text(const crs_text *t, void *p)
{
    glyph_ctx *c = p;
    for (int l = 0; l < CRS_MAX_LANGS; l++) {
        const unsigned char *s = (const unsigned char *)t->s[l];
        Uint32 cp;
        while (s && next_cp(&s, &cp)) {
            if (cp == '\n') continue;
            for (int f = 0; f < 2; f++) {
                if (TTF_GlyphIsProvided32(c->fonts[f], cp)) continue;
                if (c->missing++ < 10)
                    fprintf(stderr, "%s: U+%04X has no glyph in font %d, in \"%.60s\"\n", c->file,
                            (unsigned)cp, f, t->s[l]);
            }
        }
    }
}

static void shipped_scenarios_have_every_glyph(void)
{
    CHECK_INT(TTF_Init(), 0);
    glyph_ctx c = {{TTF_OpenFont(CRS_SOURCE_DIR "/assets/fonts/NanumGothic.ttf", 20),
                    TTF_OpenFont(CRS_SOURCE_DIR "/assets/fonts/NanumGothicBold.ttf", 20)},
                   NULL,
                   0};
    CHECK(c.fonts[0] && c.fonts[1]);
    if (!c.fonts[0] || !c.fonts[1]) return;
    /* The check itself must be able to fail: an emoji is not in Nanum. */
    CHECK(!TTF_GlyphIsProvided32(c.fonts[0], 0x1F600));
    CHECK(TTF_GlyphIsProvided32(c.fonts[0], 0xD55C)); /* 한 */
    DIR *d = opendir(CRS_SOURCE_DIR "/scenarios");
    CHECK(d != NULL);
    int files = 0;
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        if (n < 6 || strcmp(e->d_name + n - 5, ".json") || !strcmp(e->d_name, "schema.json"))
            continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/scenarios/%s", CRS_SOURCE_DIR, e->d_name);
        crs_diags diags = {0};
        crs_scenario *s = crs_scenario_load_file(path, &diags);
        CHECK(s != NULL);
        c.file = e->d_name;
        if (s) crs_scenario_each_text(s, check_text, &c);
        crs_scenario_free(s);
        crs_diags_clear(&diags);
        files++;
    }
    if (d) closedir(d);
    CHECK(files >= 1);
    CHECK_INT(c.missing, 0);
    TTF_CloseFont(c.fonts[0]);
    TTF_CloseFont(c.fonts[1]);
    TTF_Quit();
}

int main(void)
{
    static const check_case cases[] = {
        {"shipped_scenarios_have_every_glyph", shipped_scenarios_have_every_glyph},
    };
    return check_run("glyphs", cases, sizeof cases / sizeof cases[0]);
}
