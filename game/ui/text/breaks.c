/* Break opportunities from libunibreak. The browser build has libunibreak too when its wasm
 * copy could be built (scripts/web_deps_unibreak.sh); without it, a reduced rule set marks
 * the same kinds of breaks for the text the game ships: after spaces, and between ideographs
 * and kana but not before closing or after opening punctuation. */
#include "text/breaks.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#ifdef CRS_HAVE_UNIBREAK
#include <linebreak.h>
#endif

unsigned long crs_utf8_at(const char *s, size_t i, size_t end)
{
    const unsigned char *u = (const unsigned char *)s + i;
    size_t n = end - i;
    if (u[0] < 0x80) return u[0];
    if ((u[0] & 0xE0) == 0xC0 && n >= 2) return (unsigned long)(u[0] & 0x1F) << 6 | (u[1] & 0x3F);
    if ((u[0] & 0xF0) == 0xE0 && n >= 3)
        return (unsigned long)(u[0] & 0x0F) << 12 | (unsigned long)(u[1] & 0x3F) << 6 |
               (u[2] & 0x3F);
    if ((u[0] & 0xF8) == 0xF0 && n >= 4)
        return (unsigned long)(u[0] & 0x07) << 18 | (unsigned long)(u[1] & 0x3F) << 12 |
               (unsigned long)(u[2] & 0x3F) << 6 | (u[3] & 0x3F);
    return 0xFFFD;
}

size_t crs_utf8_next(const char *s, size_t i, size_t end)
{
    i++;
    while (i < end && ((unsigned char)s[i] & 0xC0) == 0x80) i++;
    return i;
}

#ifdef CRS_HAVE_UNIBREAK

/* Hangul syllables and jamo: UAX #14 gives them classes (H2, H3, JL, JV, JT) that break
 * between any two syllables, like ideographs. Korean is written with spaces between words and
 * readers expect those words whole, so, as UAX #14 itself suggests for Korean set with spaces,
 * they are taken as AL (letters): "1998년", "북한(" and "강)" then stay together as in English. */
static int is_hangul(unsigned long c)
{
    return (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0x1100 && c <= 0x11FF) ||
           (c >= 0x3130 && c <= 0x318F) || (c >= 0xA960 && c <= 0xA97F) ||
           (c >= 0xD7B0 && c <= 0xD7FF);
}

/* Marks brk from the n code points cp starting at byte offsets off; -1 when out of memory. */
static int mark(const unsigned long *cp, const size_t *off, size_t n, char *brk)
{
    static int ready;
    if (!ready) init_linebreak(); /* the index that makes look-ups fast; once per process */
    ready = 1;
    utf32_t *u = malloc(sizeof *u * n);
    char *b = malloc(n);
    int rc = u && b ? 0 : -1;
    if (rc == 0) {
        for (size_t k = 0; k < n; k++) u[k] = is_hangul(cp[k]) ? 'a' : (utf32_t)cp[k];
        set_linebreaks_utf32(u, n, NULL, b);
        /* b[k] is the break after code point k, the last one the text's end. A mandatory break
         * inside (U+2028, a form feed) is only an opportunity: paragraphs are split on '\n'. */
        for (size_t k = 0; k + 1 < n; k++)
            brk[off[k + 1]] = b[k] == LINEBREAK_ALLOWBREAK || b[k] == LINEBREAK_MUSTBREAK;
    }
    free(u);
    free(b);
    return rc;
}

#else

/* Ideographs, kana, CJK punctuation and fullwidth forms: a line may break before or after them. */
static int is_wide(unsigned long c)
{
    return (c >= 0x2E80 && c <= 0x9FFF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0xFF00 && c <= 0xFFEF) || (c >= 0x20000 && c <= 0x3FFFF);
}

static int is_closing(unsigned long c)
{
    static const unsigned long set[] = {')',    ']',    '}',    ',',    '.',    ';',    ':',
                                        '!',    '?',    '%',    0x2019, 0x201D, 0x3001, 0x3002,
                                        0x300D, 0x300F, 0x3009, 0x300B, 0x3011, 0xFF09, 0xFF0C,
                                        0xFF0E, 0x2026, 0xFF01, 0xFF1F, 0xFF1A, 0xFF1B, 0x30FC};
    for (size_t i = 0; i < sizeof set / sizeof set[0]; i++)
        if (set[i] == c) return 1;
    return 0;
}

static int is_opening(unsigned long c)
{
    return c == '(' || c == '[' || c == 0x2018 || c == 0x201C || c == 0x3008 || c == 0x300A ||
           c == 0x300C || c == 0x300E || c == 0x3010 || c == 0xFF08;
}

static int mark(const unsigned long *cp, const size_t *off, size_t n, char *brk)
{
    for (size_t k = 1; k < n; k++) {
        unsigned long a = cp[k - 1], c = cp[k];
        if (c == ' ' || is_closing(c) || is_opening(a)) continue;
        brk[off[k]] = (char)(a == ' ' || is_wide(a) || is_wide(c));
    }
    return 0;
}

#endif

int crs_linebreaks(const char *s, size_t len, char *brk)
{
    memset(brk, 0, len);
    if (len == 0) return 0;
    unsigned long *cp = malloc(sizeof *cp * len);
    size_t *off = malloc(sizeof *off * len), n = 0;
    if (!cp || !off) {
        free(cp);
        free(off);
        return -1;
    }
    for (size_t i = 0; i < len; i = crs_utf8_next(s, i, len)) {
        off[n] = i;
        cp[n++] = crs_utf8_at(s, i, len);
    }
    int rc = mark(cp, off, n, brk);
    if (rc != 0) memset(brk, 0, len);
    free(cp);
    free(off);
    return rc;
}
