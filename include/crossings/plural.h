/* The plural rule of a translation catalogue: the expression in its Plural-Forms header, which
 * picks the form of a translated sentence for a count n (Korean has one form, English two,
 * Polish three, Arabic six). Parsed once into a small tree and evaluated without recursion limits
 * being reachable from a file: depth and size are bounded. */
#ifndef CROSSINGS_PLURAL_H
#define CROSSINGS_PLURAL_H

#include "crossings/diag.h"

/* Plural-Forms expressions ("nplurals=3; plural=(n==1 ? 0 : ...);"), a small C-expression
 * language over n: numbers, n, ! * / % + - < > <= >= == != && || ?: and parentheses. */
typedef struct crs_plural crs_plural;
/* Parses a whole Plural-Forms value. NULL with err filled on a syntax error, an expression too
 * long or too deep, or nplurals outside 1..6. */
crs_plural *crs_plural_parse(const char *forms, crs_diag *err);
void crs_plural_free(crs_plural *p);
int crs_plural_count(const crs_plural *p);
/* The form index for n, always in 0..count-1 (division by zero gives 0; a result out of range
 * gives 0, as GNU gettext does), so a hostile expression cannot index past the translations. */
unsigned long crs_plural_eval(const crs_plural *p, unsigned long n);

#endif
