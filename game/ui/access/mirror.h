/* The text mirror: a page's content as plain text (the top bar's label, the body's paragraphs
 * and buttons in reading order, the footer's buttons, then the top bar's), for screen-reader
 * users who cannot read SDL-drawn text, and for self-voicing. */
#ifndef CRS_UI_MIRROR_H
#define CRS_UI_MIRROR_H

#include <stddef.h>
#include "page/page.h"

#define CRS_MIRROR_SELECTED (-2) /* asks the namer for the word "selected" */

/* Names icon-only buttons of the top bar (settings, help, history, pause) by id; NULL: none. */
typedef const char *(*crs_mirror_namer)(int id, void *ud);

/* Writes the page as text into out (NUL-terminated, truncated at cap) and returns the length
 * it needed. Wrapped lines are joined back into paragraphs; a button is one line, "N. label"
 * when it has a number key, "[label]" otherwise. */
size_t crs_mirror_page(const crs_page *p, crs_mirror_namer name, void *ud, char *out, size_t cap);
/* The label of the button with this id as the mirror writes it, or "" when there is none. */
size_t crs_mirror_button(const crs_page *p, int id, crs_mirror_namer name, void *ud, char *out,
                         size_t cap);

#endif
