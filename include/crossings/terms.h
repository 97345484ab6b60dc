/* Display terms: words a host institution chooses, written in scenario text as brace tokens and
 * replaced in one place, so the screens, transcripts and exports all show the chosen word.
 * Korean text writes {탈북민} where it means the social term for North Koreans settled in South
 * Korea (탈북민 or 북향민, a decision for the host: see docs/KOREAN-STYLE.md). */
#ifndef CROSSINGS_TERMS_H
#define CROSSINGS_TERMS_H

#include "crossings/scenario.h"

#define CRS_TOKEN_SETTLED        "{탈북민}"
#define CRS_SETTLED_TERM_DEFAULT "탈북민"
#define CRS_TERM_MAX_BYTES       64

/* raw with every {탈북민} replaced by term (NULL or "": the default), in a new string the caller
 * frees with crs_free(); NULL when out of memory. Other brace tokens are left as they are. */
char *crs_text_expand(const char *raw, const char *term);

/* Sets the term that every text of s shows for {탈북민} (NULL or "": the default) by rewriting
 * the scenario's display strings. The loader has already applied the default; call this after
 * loading and before play. Returns 0, or -1 when out of memory (the texts then keep the term
 * they had). */
int crs_scenario_set_settled_term(crs_scenario *s, const char *term);

/* Whether term is usable: 1 to CRS_TERM_MAX_BYTES bytes with no brace, control character or
 * line break (it is shown inside running text). */
int crs_term_ok(const char *term);

#endif
