/* The table behind crs_xstr_get, generated from the X-macro list in xstrings.h, and the
 * readable names of the scenario format's content tags. */
#include "xstrings.h"

#include <string.h>

static const char *const table[X__COUNT][2] = {
#define CRS_XSTR_ROW(id, en, ko) {en, ko},
    CRS_XSTRINGS(CRS_XSTR_ROW)
#undef CRS_XSTR_ROW
};

const char *crs_xstr_get(crs_xstr id, int ko)
{
    if ((int)id < 0 || id >= X__COUNT) return "";
    return table[id][ko ? 1 : 0];
}

const char *crs_xstr_tag(const char *tag, int ko)
{
    static const struct {
        const char *tag;
        crs_xstr name;
    } tags[] = {{"violence", X_TAG_VIOLENCE}, {"trafficking", X_TAG_TRAFFICKING},
                {"arrest", X_TAG_ARREST},     {"family_separation", X_TAG_FAMILY},
                {"death", X_TAG_DEATH},       {"detention", X_TAG_DETENTION}};
    for (size_t i = 0; i < sizeof tags / sizeof tags[0]; i++)
        if (strcmp(tags[i].tag, tag) == 0) return crs_xstr_get(tags[i].name, ko);
    return tag;
}
