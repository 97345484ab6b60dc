/* Reading a test file whole, for the core tests. */
#ifndef CRS_TEST_READ_TEXT_H
#define CRS_TEST_READ_TEXT_H

#include <stdio.h>
#include <stdlib.h>

/* The whole file as a NUL-terminated malloc'd string (NULL if unreadable). */
static char *read_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    size_t cap = 1 << 16, n = 0;
    char *buf = malloc(cap);
    for (size_t got; buf && (got = fread(buf + n, 1, cap - n - 1, f)) > 0;) {
        n += got;
        if (cap - n - 1 == 0) buf = realloc(buf, cap *= 2);
    }
    fclose(f);
    if (buf) buf[n] = '\0';
    if (len) *len = n;
    return buf;
}

#endif
