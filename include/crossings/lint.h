/* Content checks beyond the structure. The loader itself warns about empty texts, one language
 * pasted into another, debrief shares over 100% and weights that no longer give the share their
 * citation derives; this header adds the topic check `crossings check --topics` runs: texts a
 * player sees that mention a content-tag topic no tag covers, so short-summary mode (kiosks,
 * younger groups) would show them in full. */
#ifndef CROSSINGS_LINT_H
#define CROSSINGS_LINT_H

#include "crossings/scenario.h"

/* Appends one located warning to d for each text of s (loaded from path, which is read again
 * to locate them) that mentions a topic its tags do not cover. Returns how many were added,
 * or -1 when path cannot be read or memory ran out. */
int crs_lint_topics(const crs_scenario *s, const char *path, crs_diags *d);

/* The words that suggest a content tag's topic ("arrest": "police", "경찰", ...): a
 * NULL-terminated list, or NULL for an unknown tag. English words match at the start of a word,
 * ignoring case; Korean ones anywhere in a word. */
const char *const *crs_lint_topic_words(const char *tag);

#endif
