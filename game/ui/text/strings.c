/* The string table behind crs_str_get: generated from the X-macro list in strings.h so an id
 * cannot exist without both of its texts. */
#include "text/strings.h"

static const char *const table[S__COUNT][2] = {
#define CRS_STR_ROW(id, en, ko) {en, ko},
    CRS_STRINGS(CRS_STR_ROW) CRS_FACIL_STRINGS(CRS_STR_ROW)
#undef CRS_STR_ROW
};

static const char *(*filter)(const char *s);

void crs_str_set_filter(const char *(*fn)(const char *s))
{
    filter = fn;
}

const char *crs_str_filtered(const char *s)
{
    return filter ? filter(s) : s;
}

const char *crs_str_get(crs_str id, int ko)
{
    if ((int)id < 0 || id >= S__COUNT) return "";
    return crs_str_filtered(table[id][ko ? 1 : 0]);
}
