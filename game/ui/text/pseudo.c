/* The pseudo language: every ASCII letter swapped for an accented one from Latin-1 and Latin
 * Extended-A (which the shipped Nanum fonts cover), and padding words of tildes. */
#include "text/pseudo.h"

#include <stdlib.h>
#include <string.h>

/* Replacements for a-z and A-Z, as UTF-8: only accented letters that the shipped Nanum fonts
 * draw (their Latin covers Latin-1 and a little of Extended-A), so the pseudo-language tests
 * layout and the glyph check stays meaningful for real text. */
static const char *const lower[26] = {"á", "b", "ç", "ð", "ê", "f", "g", "ħ", "î",
                                      "j", "k", "ł", "m", "ñ", "ö", "þ", "q", "r",
                                      "s", "ŧ", "û", "v", "w", "x", "y", "z"};
static const char *const upper[26] = {"Á", "B", "Ç", "Ð", "Ê", "F", "G", "Ħ", "Î",
                                      "J", "K", "Ł", "M", "Ñ", "Ø", "Þ", "Q", "R",
                                      "S", "Ŧ", "Û", "V", "W", "X", "Y", "Z"};

typedef struct {
    char *s;
    size_t len, cap;
} sink;

static void put(sink *o, const char *s, size_t n)
{
    if (o->cap > 0 && o->len + 1 < o->cap) {
        size_t room = o->cap - 1 - o->len, k = n < room ? n : room;
        memcpy(o->s + o->len, s, k);
        o->s[o->len + k] = 0;
    }
    o->len += n;
}

size_t crs_pseudo(const char *s, char *out, size_t cap)
{
    sink o = {out, 0, cap};
    if (cap) out[0] = 0;
    size_t chars = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
        if ((*p & 0xC0) != 0x80) chars++; /* count code points, not bytes */
        if (*p == '%') {                  /* a printf conversion ("%ld") stays as it is */
            size_t k = 1 + strspn((const char *)p + 1, "-+ #0123456789.lhz");
            if (p[k]) k++;
            put(&o, (const char *)p, k);
            p += k - 1;
            continue;
        }
        const char *r = *p >= 'a' && *p <= 'z'   ? lower[*p - 'a']
                        : *p >= 'A' && *p <= 'Z' ? upper[*p - 'A']
                                                 : NULL;
        if (r)
            put(&o, r, strlen(r));
        else
            put(&o, (const char *)p, 1);
    }
    /* 40% more, in words of up to four tildes so the padding wraps like text does. */
    size_t extra = (chars * 4 + 9) / 10;
    while (extra > 0) {
        size_t w = extra > 5 ? 5 : extra < 2 ? 2 : extra; /* a space and at least one ~ */
        put(&o, " ~~~~", w);
        extra -= w < extra ? w : extra;
    }
    return o.len;
}

/* ===== a filter for the string tables ===== */

typedef struct {
    const char *in;
    char *out;
} entry;

static entry *cache;
static size_t ncache, capcache;

const char *crs_pseudo_filter(const char *s)
{
    if (!s) return NULL;
    for (size_t i = 0; i < ncache; i++)
        if (cache[i].in == s) return cache[i].out;
    if (ncache == capcache) {
        size_t nc = capcache ? capcache * 2 : 256;
        entry *n = realloc(cache, nc * sizeof *n);
        if (!n) return s;
        cache = n;
        capcache = nc;
    }
    size_t len = crs_pseudo(s, NULL, 0);
    char *p = malloc(len + 1);
    if (!p) return s;
    crs_pseudo(s, p, len + 1);
    cache[ncache++] = (entry){s, p};
    return p;
}

void crs_pseudo_free(void)
{
    for (size_t i = 0; i < ncache; i++) free(cache[i].out);
    free(cache);
    cache = NULL;
    ncache = capcache = 0;
}
