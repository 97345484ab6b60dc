/* gettext PO files: a reader for the catalogues translators send back (Poedit, Weblate,
 * Lokalize, msgcat all write this form) and the string writer that the exports share. */
#ifndef CROSSINGS_PO_H
#define CROSSINGS_PO_H

#include <stddef.h>
#include "crossings/buf.h"
#include "crossings/diag.h"

/* One entry. Strings are owned by the crs_po they came from. */
typedef struct crs_po_entry {
    const char *ctxt;      /* msgctxt, or NULL when the entry has none */
    const char *id;        /* msgid */
    const char *id_plural; /* msgid_plural, or NULL for an ordinary entry */
    const char *str;       /* msgstr (msgstr[0] in a plural entry) */
    int nforms;            /* msgstr[N] forms of a plural entry; 0 otherwise */
    int fuzzy;             /* the "#, fuzzy" flag: a guess the translator has not confirmed */
    int line;              /* line of the entry's msgctxt, or of its msgid without one */
} crs_po_entry;

typedef struct crs_po crs_po;

/* Parses PO text (UTF-8; multi-line strings, msgctxt, flags, plural forms). Obsolete "#~"
 * entries and every other comment are skipped. Returns a catalogue the caller frees with
 * crs_po_free, or NULL with each located error (name:line:col) added to d. */
crs_po *crs_po_parse(const char *name, const char *buf, size_t len, crs_diags *d);
/* Reads and parses a PO file (a regular file of at most 8 MiB); NULL with errors in d. */
crs_po *crs_po_load_file(const char *path, crs_diags *d);
void crs_po_free(crs_po *po);

/* The entries in file order, the header entry (msgid "") excluded. */
size_t crs_po_count(const crs_po *po);
const crs_po_entry *crs_po_entry_at(const crs_po *po, size_t i);
/* Copies the header field's value (e.g. "Language") into out; returns 0, or -1 when absent. */
int crs_po_header(const crs_po *po, const char *field, char *out, size_t cap);

/* Appends `keyword "s"` and a newline with PO escaping; a string with line breaks inside is
 * written as msgcat writes it (an empty first line, then one line per line of text). */
void crs_po_write(crs_buf *b, const char *keyword, const char *s);

#endif
