/* The text of the app's current page as the text mirror writes it, for assertions on what a
 * screen says. */
#ifndef CRS_TEST_UI_PAGE_TEXT_H
#define CRS_TEST_UI_PAGE_TEXT_H

#include <stdlib.h>
#include "harness.h"
#include "access/mirror.h"

/* A malloc'd copy (caller frees), or NULL when out of memory. */
static char *mirror_of(harness *h)
{
    crs_page *p = crs_app_page(h->app);
    size_t n = crs_mirror_page(p, NULL, NULL, NULL, 0);
    char *s = malloc(n + 1);
    if (s) crs_mirror_page(p, NULL, NULL, s, n + 1);
    return s;
}

#endif
