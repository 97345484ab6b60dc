/* Both languages at once (a setting for mixed classes and for visitors reading along in a
 * second language): every scenario text shows Korean above English, or English above Korean;
 * short texts (labels, titles) on one line with a slash, passages apart by a blank line. */
#include "access/extras.h"

#include <stdlib.h>
#include <string.h>

#define SHORT_TEXT 80 /* bytes: labels and titles stay on one line */

const char *crs_extras_text(const crs_app *a, const crs_text *t, const char *primary)
{
    crs_extras *x = a->x;
    const crs_scenario *s = crs_app_scenario(a);
    if (!x || !x->bilingual || !s || !t) return primary;
    int ko = crs_scenario_lang(s, "ko"), en = crs_scenario_lang(s, "en");
    if (ko < 0 || en < 0 || !t->s[ko] || !t->s[en]) return primary;
    const char *first = x->bilingual == 1 ? t->s[ko] : t->s[en];
    const char *second = x->bilingual == 1 ? t->s[en] : t->s[ko];
    if (!*first || !*second || strcmp(first, second) == 0) return primary;
    size_t n1 = strlen(first), n2 = strlen(second);
    int brief = n1 < SHORT_TEXT && n2 < SHORT_TEXT && !strchr(first, '\n');
    char *buf = malloc(n1 + n2 + 6);
    if (!buf) return primary;
    memcpy(buf, first, n1);
    memcpy(buf + n1, brief ? "  /  " : "\n\n", brief ? 5 : 2); /* passages: a blank line */
    memcpy(buf + n1 + (brief ? 5 : 2), second, n2 + 1);
    int at = x->ring_at;
    free(x->ring[at]);
    x->ring[at] = buf;
    x->ring_at = (at + 1) % (int)(sizeof x->ring / sizeof x->ring[0]);
    return buf;
}
