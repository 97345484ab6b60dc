/* The core's messages in the interface languages. Each entry is an English message id with its
 * Korean text, the shape of a gettext catalogue (msgid, msgstr), so the table can later become
 * a PO file without changing any caller: callers pass the English text they already have. */
#ifndef CROSSINGS_MESSAGES_H
#define CROSSINGS_MESSAGES_H

#include "crossings/diag.h"

/* msgid in lang ("en" or "ko"): the translation when the catalogue has one, else msgid itself
 * (so an untranslated message still shows, in English). Static storage; never NULL for a
 * non-NULL msgid. */
const char *crs_msg(const char *msgid, const char *lang);

/* One plain sentence saying what a diagnostic code means, in lang; for screens that show
 * located messages to people who may not read English. */
const char *crs_code_text(crs_code code, const char *lang);

/* "error" or "warning" in lang. */
const char *crs_severity_text(crs_severity sev, const char *lang);

/* Test support: the number of catalogue entries, and entry i's msgid (NULL past the end). */
int crs_msg_count(void);
const char *crs_msg_id(int i);

#endif
