/* The interface's words, looked up by their English text in the interface language's
 * translation catalogue (po/LANG.po, compiled to locale/LANG.mo and read by crs_catalog): the
 * English in the source is the message id, so there is no table of ids to keep in step.
 * xgettext knows these functions as keywords (cmake/Pot.cmake): crs_tr:2, crs_trc:2c,3,
 * crs_trn:2,3 and crs_tr_in:2; N_ and NC_ mark text stored in tables and looked up later. */
#ifndef CRS_UI_TR_H
#define CRS_UI_TR_H

#include "crossings/messages.h" /* N_, NC_ */

typedef struct crs_app crs_app;

/* english in the app's interface language; english itself when the catalogue lacks it (the
 * miss is counted). Never NULL for a non-NULL english. */
const char *crs_tr(const crs_app *a, const char *english);
/* The same for the meaning ctx of an English text that has more than one (msgctxt). */
const char *crs_trc(const crs_app *a, const char *ctx, const char *english);
/* The form for the count n: one (English singular) or many, by the language's plural rule. */
const char *crs_trn(const crs_app *a, const char *one, const char *many, unsigned long n);
/* english in the language lang ("en", "ko", ...), for screens that show two at once. */
const char *crs_tr_in(const char *lang, const char *english);

/* Tests: passes every string looked up through fn (pseudo-localisation); NULL turns it off. */
void crs_str_set_filter(const char *(*fn)(const char *s));
/* s through that filter (text that does not come from the catalogue uses it too). */
const char *crs_str_filtered(const char *s);

#endif
