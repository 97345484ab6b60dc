/* Growable text buffer with printf and display-width-aware word wrapping.
 * Wrapping breaks at spaces (Korean spaces its words), so no word is ever split. */
#include "crossings/buf.h"

#include "arena.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

void crs_buf_append(crs_buf *b, const char *s, size_t n)
{
    if (b->oom) return;
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *d = crs_realloc(b->data, cap);
        if (!d) {
            b->oom = 1;
            return;
        }
        b->data = d;
        b->cap = cap;
    }
    memcpy(b->data + b->len, s, n);
    b->len += n;
    b->data[b->len] = '\0';
}

void crs_buf_puts(crs_buf *b, const char *s)
{
    crs_buf_append(b, s, strlen(s));
}

void crs_buf_printf(crs_buf *b, const char *fmt, ...)
{
    char small[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        crs_buf_append(b, small, (size_t)n);
        return;
    }
    char *big = crs_alloc((size_t)n + 1);
    if (!big) {
        b->oom = 1;
        return;
    }
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    crs_buf_append(b, big, (size_t)n);
    crs_free(big);
}

/* Decodes one UTF-8 sequence (input already validated by the loader); returns its length. */
static int utf8_next(const unsigned char *s, unsigned *cp)
{
    if (s[0] < 0x80) return *cp = s[0], 1;
    if ((s[0] & 0xE0) == 0xC0 && s[1]) return *cp = ((s[0] & 0x1Fu) << 6) | (s[1] & 0x3Fu), 2;
    if ((s[0] & 0xF0) == 0xE0 && s[1] && s[2])
        return *cp = ((s[0] & 0x0Fu) << 12) | ((s[1] & 0x3Fu) << 6) | (s[2] & 0x3Fu), 3;
    if ((s[0] & 0xF8) == 0xF0 && s[1] && s[2] && s[3])
        return *cp = ((s[0] & 0x07u) << 18) | ((s[1] & 0x3Fu) << 12) | ((s[2] & 0x3Fu) << 6) |
                     (s[3] & 0x3Fu),
               4;
    return *cp = 0xFFFD, 1;
}

static int cp_width(unsigned cp)
{
    if ((cp >= 0x1100 && cp <= 0x115F) || (cp >= 0x2E80 && cp <= 0xA4CF) ||
        (cp >= 0xAC00 && cp <= 0xD7A3) || (cp >= 0xF900 && cp <= 0xFAFF) ||
        (cp >= 0xFF00 && cp <= 0xFF60))
        return 2;
    return 1;
}

static int word_width(const char *s, size_t n)
{
    int w = 0;
    for (size_t i = 0; i < n;) {
        unsigned cp;
        i += (size_t)utf8_next((const unsigned char *)s + i, &cp);
        w += cp_width(cp);
    }
    return w;
}

static void pad(crs_buf *b, int n)
{
    for (int i = 0; i < n; i++) crs_buf_append(b, " ", 1);
}

void crs_buf_wrap(crs_buf *b, const char *s, int width, int indent)
{
    int col = 0;
    pad(b, indent);
    while (*s) {
        if (*s == '\n') {
            crs_buf_append(b, "\n", 1);
            pad(b, indent);
            col = 0;
            s++;
            continue;
        }
        if (*s == ' ') {
            s++;
            continue;
        }
        size_t n = strcspn(s, " \n");
        int w = word_width(s, n);
        if (col > 0 && indent + col + 1 + w > width) {
            crs_buf_append(b, "\n", 1);
            pad(b, indent);
            col = 0;
        } else if (col > 0) {
            crs_buf_append(b, " ", 1);
            col++;
        }
        crs_buf_append(b, s, n);
        col += w;
        s += n;
    }
    crs_buf_append(b, "\n", 1);
}

const char *crs_buf_str(const crs_buf *b)
{
    return b->len ? b->data : "";
}

void crs_buf_free(crs_buf *b)
{
    free(b->data);
    memset(b, 0, sizeof *b);
}
