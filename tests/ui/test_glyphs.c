/* Every string of every shipped scenario, in every language, and every character of the
 * interface's PO catalogues can be drawn by the font chain in both weights: NanumGothic (the
 * shipped files), then Noto Sans CJK SC (Debian's fonts-noto-cjk). SDL2_ttf has no fallback of
 * its own, so a code point neither has would be missing for a visitor. */
#include "check.h"

#include <SDL_ttf.h>
#include <dirent.h>
#include "crossings/scenario.h"

#define CJK_DIR "/usr/share/fonts/opentype/noto"

typedef struct {
    TTF_Font *fonts[2], *cjk[2];
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

/* Counts (and names the first few of) the code points of s that neither font of a weight has. */
static void check_string(glyph_ctx *c, const char *str)
{
    const unsigned char *s = (const unsigned char *)str;
    Uint32 cp;
    while (s && next_cp(&s, &cp)) {
        if (cp == '\n' || cp == '\t' || cp == '\r') continue;
        for (int f = 0; f < 2; f++) {
            if (TTF_GlyphIsProvided32(c->fonts[f], cp) || TTF_GlyphIsProvided32(c->cjk[f], cp))
                continue;
            if (c->missing++ < 10)
                fprintf(stderr, "%s: U+%04X has no glyph in weight %d, in \"%.60s\"\n", c->file,
                        (unsigned)cp, f, str);
        }
    }
}

static void check_text(const crs_text *t, void *p)
{
    for (int l = 0; l < CRS_MAX_LANGS; l++) check_string(p, t->s[l]);
}

static int open_chain(glyph_ctx *c)
{
    CHECK_INT(TTF_Init(), 0);
    c->fonts[0] = TTF_OpenFont(CRS_SOURCE_DIR "/assets/fonts/NanumGothic.ttf", 20);
    c->fonts[1] = TTF_OpenFont(CRS_SOURCE_DIR "/assets/fonts/NanumGothicBold.ttf", 20);
    c->cjk[0] = TTF_OpenFontIndex(CJK_DIR "/NotoSansCJK-Regular.ttc", 20, 2);
    c->cjk[1] = TTF_OpenFontIndex(CJK_DIR "/NotoSansCJK-Bold.ttc", 20, 2);
    CHECK(c->fonts[0] && c->fonts[1]);
    CHECK(c->cjk[0] && c->cjk[1]); /* fonts-noto-cjk, from scripts/deps.sh */
    return c->fonts[0] && c->fonts[1] && c->cjk[0] && c->cjk[1] ? 0 : -1;
}

static void close_chain(glyph_ctx *c)
{
    for (int f = 0; f < 2; f++) {
        if (c->fonts[f]) TTF_CloseFont(c->fonts[f]);
        if (c->cjk[f]) TTF_CloseFont(c->cjk[f]);
    }
    TTF_Quit();
}

static void shipped_scenarios_have_every_glyph(void)
{
    glyph_ctx c = {0};
    if (open_chain(&c) != 0) return;
    /* The check itself must be able to fail: an emoji is in neither font. */
    c.file = "the check itself";
    check_string(&c, "\xF0\x9F\x98\x80");
    CHECK_INT(c.missing, 2);
    c.missing = 0;
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
    close_chain(&c);
}

/* The chain is needed for Chinese: NanumGothic lacks most Simplified characters. Test strings
 * of our own until the zh-Hans catalogue lands; then every character of the po folder's .po files
 * counts too. */
static void chinese_needs_and_gets_the_cjk_font(void)
{
    glyph_ctx c = {0};
    if (open_chain(&c) != 0) return;
    CHECK(!TTF_GlyphIsProvided32(c.fonts[0], 0x4EEC)); /* 们 */
    CHECK(TTF_GlyphIsProvided32(c.cjk[0], 0x4EEC));
    static const char *zh[] = {
        "选择你的旅程",
        "一九九八年冬天，图们江结了冰。",
        "「继续」（返回）……——“是的”",
        "文字大小：大；语言：简体中文",
        "本结局的来源：联合国难民署，2019年，约三万人。",
        "日本語：ひらがな、カタカナ。",
    };
    c.file = "zh-Hans test strings";
    for (size_t i = 0; i < sizeof zh / sizeof zh[0]; i++) check_string(&c, zh[i]);
    CHECK_INT(c.missing, 0);
    DIR *d = opendir(CRS_SOURCE_DIR "/po");
    for (struct dirent *e; d && (e = readdir(d));) {
        size_t n = strlen(e->d_name);
        if (n < 4 || strcmp(e->d_name + n - 3, ".po")) continue;
        char path[1024];
        snprintf(path, sizeof path, "%s/po/%s", CRS_SOURCE_DIR, e->d_name);
        FILE *f = fopen(path, "rb");
        CHECK(f != NULL);
        char line[4096];
        c.file = e->d_name;
        while (f && fgets(line, sizeof line, f))
            if (line[0] != '#') check_string(&c, line); /* strings, not comments */
        if (f) fclose(f);
    }
    if (d) closedir(d);
    CHECK_INT(c.missing, 0);
    close_chain(&c);
}

int main(void)
{
    static const check_case cases[] = {
        {"shipped_scenarios_have_every_glyph", shipped_scenarios_have_every_glyph},
        {"chinese_needs_and_gets_the_cjk_font", chinese_needs_and_gets_the_cjk_font},
    };
    return check_run("glyphs", cases, sizeof cases / sizeof cases[0]);
}
