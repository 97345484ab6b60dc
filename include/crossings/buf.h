/* A growable text buffer: how the core hands text (transcripts, reports) to front ends
 * without printing. The caller owns it and frees it with crs_buf_free. */
#ifndef CROSSINGS_BUF_H
#define CROSSINGS_BUF_H

#include <stddef.h>

typedef struct crs_buf {
    char *data; /* NUL-terminated when len > 0 */
    size_t len, cap;
    int oom; /* set once an append failed; later appends do nothing */
} crs_buf;

void crs_buf_append(crs_buf *b, const char *s, size_t n);
void crs_buf_puts(crs_buf *b, const char *s);
void crs_buf_printf(crs_buf *b, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Appends s wrapped at width display columns (Hangul and CJK count two), each line prefixed
 * by indent spaces. */
void crs_buf_wrap(crs_buf *b, const char *s, int width, int indent);
/* "" when empty, never NULL. */
const char *crs_buf_str(const crs_buf *b);
void crs_buf_free(crs_buf *b);

#endif
