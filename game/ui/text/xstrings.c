/* The table behind crs_xstr_get, generated from the X-macro list in xstrings.h, so an id
 * cannot exist without both of its texts. */
#include "text/xstrings.h"

#include "text/strings.h"

static const char *const table[X__COUNT][2] = {
#define CRS_XSTR_ROW(id, en, ko) {en, ko},
    CRS_XSTRINGS(CRS_XSTR_ROW)
#undef CRS_XSTR_ROW
};

const char *crs_xstr_get(crs_xstr id, int ko)
{
    if ((int)id < 0 || id >= X__COUNT) return "";
    return crs_str_filtered(table[id][ko ? 1 : 0]);
}
