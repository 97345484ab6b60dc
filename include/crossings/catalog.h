/* Translation catalogues: compiled gettext .mo files (po/LANG.po through msgfmt), read by the
 * program itself. glibc's gettext() needs the machine's locale for the language to be generated
 * and ignores LANGUAGE under the C locale; a kiosk image often has only C.UTF-8. So the file is
 * parsed here, lookups are by the English text (msgid), with an optional context (msgctxt) and
 * plural forms chosen by the catalogue's own Plural-Forms expression. Nothing here depends on
 * setlocale or on environment variables. */
#ifndef CROSSINGS_CATALOG_H
#define CROSSINGS_CATALOG_H

#include <stddef.h>
#include "crossings/diag.h"

typedef struct crs_catalog crs_catalog;

/* Reads a .mo file. NULL with err filled (file name in the message) when it cannot be read or
 * is not a well-formed catalogue; every offset and length is checked against the file. */
crs_catalog *crs_catalog_load(const char *path, crs_diag *err);
/* The same from bytes in memory (copied); name is used in messages. */
crs_catalog *crs_catalog_parse(const void *data, size_t len, const char *name, crs_diag *err);
void crs_catalog_free(crs_catalog *c);

/* The translation of msgid in context ctx (NULL: none), or msgid itself when the catalogue has
 * none (an empty or missing entry); such a miss is counted. c may be NULL (English). */
const char *crs_catalog_get(crs_catalog *c, const char *ctx, const char *msgid);
/* The plural form for n: the catalogue's form chosen by its Plural-Forms expression, else the
 * English rule (msgid for n == 1, plural otherwise), the miss counted. */
const char *crs_catalog_nget(crs_catalog *c, const char *ctx, const char *msgid, const char *plural,
                             unsigned long n);
/* 1 when the catalogue has a non-empty translation (no miss is counted). */
int crs_catalog_has(const crs_catalog *c, const char *ctx, const char *msgid);

/* Tools and tests, entry by entry: the number of entries (the header included), entry i's
 * English text (a plural entry's singular, without its context) and its translation (the first
 * form; "" when untranslated). NULL past the end. */
int crs_catalog_size(const crs_catalog *c);
const char *crs_catalog_msgid(const crs_catalog *c, int i);
const char *crs_catalog_value(const crs_catalog *c, int i);

/* A field of the header entry (e.g. "Language", "X-Crossings-Status") copied into out; returns
 * out, or NULL when absent. */
const char *crs_catalog_header(const crs_catalog *c, const char *field, char *out, size_t cap);
/* Translated entries, the header not counted. */
int crs_catalog_count(const crs_catalog *c);
/* Lookups that fell back to English since the catalogue was loaded. */
long crs_catalog_misses(const crs_catalog *c);
/* The number of plural forms the catalogue declares (1 when it has no Plural-Forms). */
int crs_catalog_nplurals(const crs_catalog *c);

#endif
