/* Pseudo-localisation: a made-up test language that looks like English but is 40% longer and
 * full of accented letters ("Ŧħê wîñŧêr rîvêr ~~~~ ~"), so layouts that only fit English, text
 * that bypasses the string tables and fonts without the glyphs show up before a translation. */
#ifndef CRS_UI_PSEUDO_H
#define CRS_UI_PSEUDO_H

#include <stddef.h>

/* Writes the pseudo form of UTF-8 text s into out (NUL-terminated, truncated at cap) and
 * returns the length it needed. ASCII letters become accented ones, everything else is kept,
 * and "~" words pad it to at least 140% of its characters. Line breaks are kept. */
size_t crs_pseudo(const char *s, char *out, size_t cap);

/* A string-table filter that pseudo-localises (crs_str_set_filter); results live until
 * crs_pseudo_free. NULL in, NULL out. */
const char *crs_pseudo_filter(const char *s);
void crs_pseudo_free(void);

#endif
