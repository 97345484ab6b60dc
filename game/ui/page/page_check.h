/* Checking a laid-out page for what a visitor must never see: text running off the screen or
 * out of its button, buttons of the fixed bars overlapping or off the screen, lines cut off,
 * and characters the font cannot draw. Used by the layout tests over every screen. */
#ifndef CRS_UI_PAGE_CHECK_H
#define CRS_UI_PAGE_CHECK_H

#include <stddef.h>
#include "page/page.h"

/* Returns the number of problems and describes the first ones in why (one per line, truncated
 * at cap). */
int crs_page_check(const crs_page *p, char *why, size_t cap);

#endif
