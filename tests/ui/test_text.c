/* Text: our own wrapping (Korean at spaces, long runs between syllables, Chinese between
 * characters, no line starting with closing punctuation, never wider than asked), the font
 * chain (Chinese from Noto Sans CJK, a code point no font has left out, one baseline), the
 * line-texture cache and its counter, the glyph coverage of the interface's own strings, and the
 * PNG codec used for goldens. */
#include "check.h"

#include <dirent.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>
#include "shell/png_file.h"
#include "shell/tr.h"
#include "text/text.h"

#include <SDL_ttf.h>

static SDL_Surface *surf;
static SDL_Renderer *ren;
static crs_textsys *ts;

static int open_text(void)
{
    char err[256];
    surf = SDL_CreateRGBSurfaceWithFormat(0, 800, 600, 32, SDL_PIXELFORMAT_RGB888);
    ren = surf ? SDL_CreateSoftwareRenderer(surf) : NULL;
    ts = ren ? crs_text_new(ren, CRS_SOURCE_DIR "/assets/fonts/NanumGothic.ttf",
                            CRS_SOURCE_DIR "/assets/fonts/NanumGothicBold.ttf", err, sizeof err)
             : NULL;
    return ts ? 0 : -1;
}

/* Every line fits, and the lines put back together give the words of the text. */
static void check_lines(const char *s, int maxw, int expect_min_lines)
{
    crs_line lines[64];
    int n = crs_text_wrap(ts, CRS_FONT_BODY, s, maxw, lines, 64);
    CHECK(n >= expect_min_lines);
    char joined[2048] = "";
    for (int i = 0; i < n && i < 64; i++) {
        CHECK(crs_text_width(ts, CRS_FONT_BODY, s + lines[i].off, lines[i].len) <= maxw ||
              lines[i].len <= 4); /* a single code point may be wider than a tiny width */
        CHECK(lines[i].len == 0 || s[lines[i].off] != ' ');
        strncat(joined, s + lines[i].off, lines[i].len);
    }
    /* Remove spaces from both and compare: wrapping may only drop spaces at breaks. */
    char a[2048], b[2048];
    size_t na = 0, nb = 0;
    for (const char *p = s; *p; p++)
        if (*p != ' ' && *p != '\n') a[na++] = *p;
    for (const char *p = joined; *p; p++)
        if (*p != ' ') b[nb++] = *p;
    a[na] = b[nb] = 0;
    CHECK_STR(b, a);
}

static void wraps_english_and_korean_at_spaces(void)
{
    const char *en = "The market in Musan has had no maize for a week. Your neighbour says her "
                     "cousin across the river pays for help in the fields.";
    const char *ko = "무산 장마당에 옥수수가 떨어진 지 일주일이 되었다. 이웃 미란은 강 건너 중국에 "
                     "사는 사촌이 밭일을 도와주면 돈과 쌀을 준다고 한다.";
    check_lines(en, 300, 3);
    check_lines(ko, 300, 3);
    crs_line lines[16];
    int n = crs_text_wrap(ts, CRS_FONT_BODY, ko, 300, lines, 16);
    /* Korean breaks between words: every line but the last ends where a space was. */
    for (int i = 0; i + 1 < n; i++) CHECK(ko[lines[i].off + lines[i].len] == ' ');
}

static void splits_a_run_without_spaces_between_syllables(void)
{
    const char *run = "가나다라마바사아자차카타파하가나다라마바사아자차카타파하가나다라마바사";
    crs_line lines[16];
    int n = crs_text_wrap(ts, CRS_FONT_BODY, run, 200, lines, 16);
    CHECK(n >= 3);
    for (int i = 0; i < n; i++) {
        CHECK(lines[i].len % 3 == 0); /* whole three-byte syllables */
        CHECK(crs_text_width(ts, CRS_FONT_BODY, run + lines[i].off, lines[i].len) <= 200);
    }
    check_lines(run, 200, 3);
}

static void never_starts_a_line_with_closing_punctuation(void)
{
    const char *s = "가나다라마바사아자차카타파하가나다라마바사아자차카타파하." /* ends in '.' */;
    for (int w = 80; w < 420; w += 7) {
        crs_line lines[32];
        int n = crs_text_wrap(ts, CRS_FONT_BODY, s, w, lines, 32);
        for (int i = 1; i < n && i < 32; i++) CHECK(s[lines[i].off] != '.');
    }
    const char *t = "word word word word word word “quoted” (aside) end.";
    for (int w = 60; w < 400; w += 5) {
        crs_line lines[32];
        int n = crs_text_wrap(ts, CRS_FONT_BODY, t, w, lines, 32);
        for (int i = 1; i < n && i < 32; i++) {
            char c = t[lines[i].off];
            CHECK(c != ')' && c != '.' && c != ',');
        }
    }
}

static void newlines_and_empty_text(void)
{
    crs_line lines[8];
    CHECK_INT(crs_text_wrap(ts, CRS_FONT_BODY, "one\ntwo\n\nfour", 500, lines, 8), 4);
    CHECK_INT(lines[2].len, 0);
    CHECK_INT(crs_text_wrap(ts, CRS_FONT_BODY, "", 500, lines, 8), 1);
    CHECK_INT(lines[0].len, 0);
}

static void cache_rasterises_each_line_once(void)
{
    SDL_Color ink = {20, 20, 20, 255};
    unsigned long before = crs_text_textures_created(ts);
    for (int frame = 0; frame < 5; frame++) {
        crs_text_frame(ts);
        crs_text_draw(ts, CRS_FONT_BODY, "한 줄", strlen("한 줄"), 10, 10, ink);
        crs_text_draw(ts, CRS_FONT_BOLD, "a line", 6, 10, 40, ink);
    }
    CHECK_INT(crs_text_textures_created(ts) - before, 2);
    /* A different colour is a different texture. */
    SDL_Color red = {200, 0, 0, 255};
    crs_text_draw(ts, CRS_FONT_BOLD, "a line", 6, 10, 40, red);
    CHECK_INT(crs_text_textures_created(ts) - before, 3);
    /* The cache stays bounded however many lines pass through it. */
    char buf[32];
    for (int i = 0; i < 2000; i++) {
        crs_text_frame(ts);
        snprintf(buf, sizeof buf, "line %d", i);
        crs_text_draw(ts, CRS_FONT_SMALL, buf, strlen(buf), 0, 0, ink);
    }
    CHECK(crs_text_cached(ts) <= 768);
    /* And its texture memory stays within its byte bound: long lines, each a new texture. */
    size_t cap = 0;
    crs_text_bytes(ts, &cap);
    CHECK(cap >= (size_t)8 * 1024 * 1024);
    char wide[200];
    for (int i = 0; i < 600; i++) {
        crs_text_frame(ts);
        snprintf(wide, sizeof wide, "%d: a long line of text that makes a wide texture, %d", i, i);
        crs_text_draw(ts, CRS_FONT_TITLE, wide, strlen(wide), 0, 0, ink);
    }
    size_t held = crs_text_bytes(ts, NULL);
    CHECK(held <= cap);
    CHECK(held > cap / 2); /* the bound, not the count, was what limited it */
    /* Invalid UTF-8 (U+FFFD to the chain, which no font here has) is left out, not a crash. */
    crs_text_draw(ts, CRS_FONT_BODY, "\xff\xfe", 2, 0, 0, ink);
}

static void interface_strings_have_every_glyph(void)
{
    crs_msg_set_dir(CRS_LOCALE_DIR);
    crs_catalog *cat = crs_msg_catalog("ko");
    CHECK(cat != NULL);
    for (int i = 1; i < crs_catalog_size(cat); i++) /* 0: the header */
        for (int ko = 0; ko < 2; ko++) {
            const char *s = ko ? crs_catalog_value(cat, i) : crs_catalog_msgid(cat, i);
            if (!crs_text_has_glyphs(ts, s)) fprintf(stderr, "missing glyph in: %s\n", s);
            CHECK(crs_text_has_glyphs(ts, s));
        }
    CHECK(crs_text_has_glyphs(ts, "“”·•→—–"));
}

/* Pixels of the test surface that differ from its background (white). */
static int ink_in(const SDL_Rect *r)
{
    int n = 0;
    for (int y = r->y; y < r->y + r->h && y < surf->h; y++)
        for (int x = r->x; x < r->x + r->w && x < surf->w; x++) {
            Uint32 px = ((Uint32 *)((Uint8 *)surf->pixels + y * surf->pitch))[x];
            n += (px & 0xFFFFFF) != 0xFFFFFF;
        }
    return n;
}

static void clear_surface(void)
{
    SDL_FillRect(surf, NULL, SDL_MapRGB(surf->format, 255, 255, 255));
}

/* A text system of NanumGothic alone, the chain's first font. */
static crs_textsys *nanum_only(void)
{
    char err[256];
    crs_textsys *t =
        crs_text_new(ren, CRS_SOURCE_DIR "/assets/fonts/NanumGothic.ttf",
                     CRS_SOURCE_DIR "/assets/fonts/NanumGothicBold.ttf", err, sizeof err);
    CHECK(t != NULL);
    return t;
}

/* The chain: a Chinese character NanumGothic lacks comes from Noto Sans CJK; without the CJK
 * font it is reported missing; a code point no font has is left out, not drawn as a box. */
static void chinese_comes_from_the_cjk_font(void)
{
    char err[256];
    crs_textsys *t = nanum_only();
    if (!t) return;
    const char *zh = "图们江边的冬天很冷。";
    CHECK(!crs_text_has_glyphs(t, zh)); /* NanumGothic alone has no 们 */
    CHECK(crs_text_has_glyphs(t, "한국어 and English"));
    CHECK_INT(
        crs_text_add_fallback(t, "/nonexistent/a.ttc", "/nonexistent/b.ttc", 2, err, sizeof err),
        -1);
    CHECK_CONTAINS(err, "/nonexistent/a.ttc");
    CHECK(!crs_text_has_glyphs(t, zh));
    CHECK_INT(crs_text_add_cjk(t, CRS_SOURCE_DIR), 0); /* Debian's fonts-noto-cjk */
    CHECK(crs_text_has_glyphs(t, zh));
    CHECK(crs_text_has_glyphs(t, "日本語のテキスト、カタカナ。「」（）"));
    CHECK(!crs_text_has_glyphs(t, "emoji \xF0\x9F\x98\x80"));
    /* Widths add up run by run, and a Chinese character is about one em wide. */
    int wz = crs_text_width(t, CRS_FONT_BODY, "中文", strlen("中文")),
        wl = crs_text_width(t, CRS_FONT_BODY, "abc", 3),
        wm = crs_text_width(t, CRS_FONT_BODY, "中文abc", strlen("中文abc"));
    CHECK_INT(wm, wz + wl);
    CHECK(wz >= 36 && wz <= 44); /* 20 px text */
    /* Drawn: ink for Chinese; none at all for a code point no font has. */
    SDL_Color ink = {20, 20, 20, 255};
    clear_surface();
    crs_text_draw(t, CRS_FONT_BODY, zh, strlen(zh), 10, 10, ink);
    SDL_Rect line = {0, 0, 400, 60};
    CHECK(ink_in(&line) > 200);
    clear_surface();
    crs_text_draw(t, CRS_FONT_BODY, "\xF0\x9F\x98\x80", 4, 10, 10, ink);
    CHECK_INT(ink_in(&line), 0);
    int wa = crs_text_width(t, CRS_FONT_BODY, "a", 1);
    CHECK_INT(crs_text_width(t, CRS_FONT_BODY, "a\xF0\x9F\x98\x80", 5), wa);
    /* A mixed line sits on NanumGothic's baseline: the ink of "x" in "x中" is where it is in
     * "x" alone. */
    SDL_Rect x_only = {10, 0, wa - 1, 60};
    int rows[2][2];
    for (int k = 0; k < 2; k++) {
        clear_surface();
        const char *txt = k ? "a中" : "a";
        crs_text_draw(t, CRS_FONT_BODY, txt, strlen(txt), 10, 10, ink);
        rows[k][0] = 60, rows[k][1] = -1;
        for (int y = 0; y < 60; y++) {
            SDL_Rect row = {x_only.x, y, x_only.w, 1};
            if (ink_in(&row)) {
                if (y < rows[k][0]) rows[k][0] = y;
                rows[k][1] = y;
            }
        }
    }
    CHECK(rows[0][1] > 0);
    CHECK_INT(rows[1][0], rows[0][0]);
    CHECK_INT(rows[1][1], rows[0][1]);
    crs_text_free(t);
}

/* Chinese wraps between characters, never with closing punctuation first on a line, and every
 * line fits, at every width. */
static void wraps_chinese_between_characters(void)
{
    crs_textsys *t = nanum_only();
    CHECK(t && crs_text_add_cjk(t, CRS_SOURCE_DIR) == 0);
    if (!t) return;
    const char *zh = "一九九八年冬天，图们江结了冰。邻居说：「河对岸的亲戚在找人帮忙干农活，"
                     "给钱也给米。」你要不要去？（这是一个示例句子。）";
    const char *closing[] = {"，", "。", "：", "」", "？", "）"};
    for (int w = 60; w < 700; w += 13) {
        crs_line lines[64];
        int n = crs_text_wrap(t, CRS_FONT_BODY, zh, w, lines, 64);
        CHECK(n >= 1 && n <= 64);
        size_t total = 0;
        for (int i = 0; i < n && i < 64; i++) {
            CHECK(crs_text_width(t, CRS_FONT_BODY, zh + lines[i].off, lines[i].len) <= w);
            for (size_t c = 0; i > 0 && c < sizeof closing / sizeof closing[0]; c++)
                CHECK(strncmp(zh + lines[i].off, closing[c], strlen(closing[c])) != 0);
            total += lines[i].len;
        }
        CHECK_INT((int)total, (int)strlen(zh)); /* no spaces: every byte is on some line */
        if (w == 190) CHECK(n >= 5);            /* breaks between characters, not at spaces */
    }
    crs_text_free(t);
}

/* A frame-like test image: flat background, a few hard-edged bands, some noise. */
static uint8_t *png_test_pixels(int w, int h)
{
    uint8_t *px = malloc((size_t)w * h * 3);
    for (int i = 0; i < w * h * 3; i++) {
        unsigned noise = (unsigned)i * 2654435761u >> 24,
                 band = 200u + (unsigned)(i / (w * 3)) % 40;
        px[i] = (uint8_t)((i / 3) % w < w / 4 ? noise : band);
    }
    return px;
}

static int save_bytes(const char *path, const uint8_t *p, size_t n)
{
    FILE *f = fopen(path, "wb");
    int ok = f && fwrite(p, 1, n, f) == n;
    if (f && fclose(f) != 0) ok = 0;
    return ok ? 0 : -1;
}

static uint32_t png_crc(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    for (size_t i = 0; i < n; i++) {
        c ^= p[i];
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

/* Reading a damaged file fails with -1 and leaves the caller's variables alone. */
static void refused(const char *path)
{
    uint8_t *back = NULL;
    int w = -7, h = -7;
    CHECK_INT(crs_png_read(path, &back, &w, &h), -1);
    CHECK(back == NULL && w == -7 && h == -7);
}

/* The encoder's own output parses as PNG chunks: signature, IHDR (8-bit RGB), IDAT, IEND. */
static void png_encodes_rgb_chunks(void)
{
    int w = 64, h = 48;
    uint8_t *px = png_test_pixels(w, h), *png = NULL;
    size_t n = 0;
    CHECK_INT(crs_png_encode(px, w, h, &png, &n), 0);
    CHECK(png && n > 8 + 25 + 12 + 12);
    if (png && n > 33) {
        CHECK(memcmp(png, "\x89PNG\r\n\x1a\n", 8) == 0);
        CHECK(memcmp(png + 12, "IHDR", 4) == 0);
        CHECK_INT(png[16 + 8], 8); /* bit depth */
        CHECK_INT(png[16 + 9], 2); /* colour type: RGB */
        CHECK(memcmp(png + n - 8, "IEND", 4) == 0);
    }
    free(png);
    png = NULL;
    CHECK_INT(crs_png_encode(px, 0, h, &png, &n), -1);
    CHECK_INT(crs_png_encode(px, 16385, 1, &png, &n), -1);
    CHECK(png == NULL);
    free(px);
}

/* One changed byte in the pixel data is caught by the chunk's CRC; with the CRC put right, by
 * the deflate stream's own checks. Neither is read as wrong pixels. */
static void png_refuses_a_damaged_file(void)
{
    int w = 97, h = 61;
    uint8_t *px = png_test_pixels(w, h), *png = NULL;
    size_t n = 0;
    CHECK_INT(crs_png_encode(px, w, h, &png, &n), 0);
    size_t idat = 8; /* walk the chunks from the signature to the first IDAT */
    uint32_t len = 0;
    while (png && idat + 12 <= n) {
        len = (uint32_t)png[idat] << 24 | (uint32_t)png[idat + 1] << 16 |
              (uint32_t)png[idat + 2] << 8 | png[idat + 3];
        if (memcmp(png + idat + 4, "IDAT", 4) == 0) break;
        idat += 12 + (size_t)len;
    }
    CHECK(png && idat + 12 + len <= n && len > 100);
    if (!png || idat + 12 + len > n || len <= 100) {
        free(px);
        free(png);
        return;
    }
    png[idat + 8 + len / 2] ^= 0x5a;
    CHECK_INT(save_bytes("png_damaged.png", png, n), 0);
    refused("png_damaged.png");
    uint32_t crc = png_crc(png + idat + 4, 4 + (size_t)len);
    for (int i = 0; i < 4; i++) png[idat + 8 + len + i] = (uint8_t)(crc >> (24 - 8 * i));
    CHECK_INT(save_bytes("png_damaged.png", png, n), 0);
    refused("png_damaged.png");
    /* Not a PNG at all, and no file. */
    CHECK_INT(save_bytes("png_damaged.png", (const uint8_t *)"P6\n2 2\n255\n", 11), 0);
    refused("png_damaged.png");
    refused("no-such-file.png");
    free(png);
    free(px);
}

/* A file cut short anywhere (a copy interrupted, a full disk) is refused. */
static void png_refuses_a_truncated_file(void)
{
    int w = 97, h = 61;
    uint8_t *px = png_test_pixels(w, h), *png = NULL;
    size_t n = 0;
    CHECK_INT(crs_png_encode(px, w, h, &png, &n), 0);
    /* Inside the signature, the header, the pixels, and the closing IEND chunk. */
    size_t cuts[] = {0, 7, 8, 20, 33, 45, n / 2, n - 13, n - 12, n - 1};
    for (size_t i = 0; png && i < sizeof cuts / sizeof cuts[0]; i++) {
        CHECK_INT(save_bytes("png_truncated.png", png, cuts[i]), 0);
        refused("png_truncated.png");
    }
    /* The whole file still reads, so the cuts are what was refused. */
    CHECK_INT(save_bytes("png_truncated.png", png, n), 0);
    uint8_t *back = NULL;
    int w2 = 0, h2 = 0;
    CHECK_INT(crs_png_read("png_truncated.png", &back, &w2, &h2), 0);
    CHECK(back && w2 == w && h2 == h && memcmp(back, px, (size_t)w * h * 3) == 0);
    free(back);
    free(png);
    free(px);
}

static void png_round_trip(void)
{
    int w = 97, h = 31;
    uint8_t *px = malloc((size_t)w * h * 3);
    for (int i = 0; i < w * h * 3; i++) px[i] = (uint8_t)(i % 7 == 0 ? i * 13 : 240);
    CHECK_INT(crs_png_write("png_round_trip.png", px, w, h), 0);
    uint8_t *back = NULL;
    int w2 = 0, h2 = 0;
    CHECK_INT(crs_png_read("png_round_trip.png", &back, &w2, &h2), 0);
    CHECK_INT(w2, w);
    CHECK_INT(h2, h);
    CHECK(back && memcmp(back, px, (size_t)w * h * 3) == 0);
    CHECK_INT(crs_png_read("no-such-file.png", &back, &w2, &h2), -1);
    free(px);
    free(back);
}

/* A screenshot that cannot be written whole (here: a file size limit, as on a full disk)
 * leaves no file at all, not a truncated PNG; an earlier screenshot of that name survives. */
static void failed_png_leaves_no_partial_file(void)
{
    int w = 400, h = 300;
    uint8_t *px = malloc((size_t)w * h * 3);
    for (int i = 0; i < w * h * 3; i++) px[i] = (uint8_t)(i * 2654435761u >> 24); /* noise */
    remove("png_partial.png");
    CHECK_INT(crs_png_write("png_kept.png", px, 8, 8), 0);
    fflush(NULL);
    pid_t pid = fork();
    if (pid == 0) {
        signal(SIGXFSZ, SIG_IGN);
        struct rlimit rl = {4096, 4096};
        setrlimit(RLIMIT_FSIZE, &rl);
        int a = crs_png_write("png_partial.png", px, w, h),
            b = crs_png_write("png_kept.png", px, w, h);
        _exit(a == -1 && b == -1 ? 0 : 1);
    }
    int st = 0;
    CHECK(pid > 0 && waitpid(pid, &st, 0) == pid);
    CHECK(WIFEXITED(st) && WEXITSTATUS(st) == 0); /* both writes reported failure */
    struct stat sb;
    CHECK(stat("png_partial.png", &sb) != 0);
    uint8_t *back = NULL;
    int w2 = 0, h2 = 0;
    CHECK_INT(crs_png_read("png_kept.png", &back, &w2, &h2), 0);
    CHECK_INT(w2, 8);
    free(back);
    DIR *d = opendir(".");
    struct dirent *de;
    while (d && (de = readdir(d)) != NULL) CHECK(!strstr(de->d_name, ".png.")); /* no temp left */
    if (d) closedir(d);
    free(px);
}

/* Points the fallback's two file names at other files. */
static void point_fallback(const char *dir, const char *target)
{
    char path[600];
    for (int i = 0; i < 2; i++) {
        SDL_snprintf(path, sizeof path, "%s/fallback-%d", dir, i);
        unlink(path);
        CHECK_INT(symlink(target, path), 0);
    }
}

/* The browser writes the CJK subset over the few characters its first frame needed: the chain
 * reads a fallback's files again, and a file that cannot be read any more leaves the chain. */
static void replaced_fallback_files_are_read_again(void)
{
    char dir[] = "/tmp/crossings-fallback-XXXXXX", err[1400], reg[600], bold[600], cjk[1200];
    long index = 0;
    CHECK(mkdtemp(dir) != NULL);
    crs_textsys *t = nanum_only();
    if (!t) return;
    const char *zh = "图们江边的冬天很冷。";
    /* First a font without Chinese (NanumGothic again) as the fallback. */
    point_fallback(dir, CRS_SOURCE_DIR "/assets/fonts/NanumGothic.ttf");
    SDL_snprintf(reg, sizeof reg, "%s/fallback-0", dir);
    SDL_snprintf(bold, sizeof bold, "%s/fallback-1", dir);
    CHECK_INT(crs_text_add_fallback(t, reg, bold, 0, err, sizeof err), 0);
    CHECK(!crs_text_has_glyphs(t, zh));
    int before = crs_text_width(t, CRS_FONT_BODY, "们们", strlen("们们"));
    CHECK_INT(before, 0); /* left out: no font has them */
    /* The same names now hold Noto Sans CJK (its first face has every CJK character). */
    crs_text_cjk_font_path(CRS_SOURCE_DIR, 0, cjk, sizeof cjk, &index);
    point_fallback(dir, cjk);
    CHECK(!crs_text_has_glyphs(t, zh)); /* nothing is read until asked */
    CHECK_INT(crs_text_reload_fallbacks(t), 0);
    CHECK(crs_text_has_glyphs(t, zh));
    CHECK(crs_text_width(t, CRS_FONT_BODY, "们们", strlen("们们")) > 30);
    /* Gone: the fallback leaves the chain, NanumGothic still draws. */
    point_fallback(dir, "/nonexistent/font.ttf");
    CHECK_INT(crs_text_reload_fallbacks(t), -1);
    CHECK(!crs_text_has_glyphs(t, zh));
    CHECK(crs_text_has_glyphs(t, "한국어 and English"));
    crs_text_free(t);
    for (int i = 0; i < 2; i++) {
        char path[600];
        SDL_snprintf(path, sizeof path, "%s/fallback-%d", dir, i);
        unlink(path);
    }
    rmdir(dir);
}

int main(void)
{
    if (open_text() != 0) {
        fprintf(stderr, "cannot open the fonts\n");
        return 1;
    }
    static const check_case cases[] = {
        {"wraps_english_and_korean_at_spaces", wraps_english_and_korean_at_spaces},
        {"splits_a_run_without_spaces_between_syllables",
         splits_a_run_without_spaces_between_syllables},
        {"never_starts_a_line_with_closing_punctuation",
         never_starts_a_line_with_closing_punctuation},
        {"newlines_and_empty_text", newlines_and_empty_text},
        {"cache_rasterises_each_line_once", cache_rasterises_each_line_once},
        {"interface_strings_have_every_glyph", interface_strings_have_every_glyph},
        {"chinese_comes_from_the_cjk_font", chinese_comes_from_the_cjk_font},
        {"wraps_chinese_between_characters", wraps_chinese_between_characters},
        {"replaced_fallback_files_are_read_again", replaced_fallback_files_are_read_again},
        {"png_encodes_rgb_chunks", png_encodes_rgb_chunks},
        {"png_refuses_a_damaged_file", png_refuses_a_damaged_file},
        {"png_refuses_a_truncated_file", png_refuses_a_truncated_file},
        {"png_round_trip", png_round_trip},
        {"failed_png_leaves_no_partial_file", failed_png_leaves_no_partial_file},
    };
    int rc = check_run("ui_text", cases, sizeof cases / sizeof cases[0]);
    crs_text_free(ts);
    SDL_DestroyRenderer(ren);
    SDL_FreeSurface(surf);
    TTF_Quit();
    SDL_Quit();
    return rc;
}
