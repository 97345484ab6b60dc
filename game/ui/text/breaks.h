/* Where a line may break, by the Unicode line-breaking algorithm (UAX #14, libunibreak), with
 * one tailoring: Hangul counts as letters (class AL), so Korean breaks at spaces and keeps its
 * words whole, as Korean is set, while Chinese and Japanese break between most characters and
 * never before closing punctuation. No SDL: unit-tested on its own. */
#ifndef CRS_UI_BREAKS_H
#define CRS_UI_BREAKS_H

#include <stddef.h>

/* Fills brk[0, len) for the UTF-8 text s[0, len): brk[i] is 1 when a line may start at byte i
 * (a break between the code point before i and the one at i), else 0; brk[0] is 0. A line
 * feed is not special here (callers split paragraphs first). Returns 0, or -1 when out of
 * memory (brk then marks no break at all). */
int crs_linebreaks(const char *s, size_t len, char *brk);
/* Decodes the code point at s[i] (i < end); malformed UTF-8 gives U+FFFD. */
unsigned long crs_utf8_at(const char *s, size_t i, size_t end);
/* The byte after the code point at s[i]. */
size_t crs_utf8_next(const char *s, size_t i, size_t end);

#endif
