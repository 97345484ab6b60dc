/* Scenario text to and from gettext PO files, so translators work in their own tools: an
 * export with one entry per text object (msgctxt its JSON Pointer, msgid its English) and an
 * import that splices the translations into the file's own bytes, leaving every other byte. */
#ifndef CROSSINGS_TRANSLATE_H
#define CROSSINGS_TRANSLATE_H

#include <stddef.h>
#include "crossings/buf.h"
#include "crossings/diag.h"
#include "crossings/po.h"

/* The msgctxt of the entry that carries a language's own name ("English" -> "中文"). */
#define CRS_TRANSLATE_NAME_CTXT "language-name"

typedef struct crs_translate_opts {
    const char *lang; /* the language to write; NULL: the PO header's "Language" */
    int skip_stale;   /* write the valid entries and only warn about stale or unknown ones */
} crs_translate_opts;

/* What an import did, entry by entry. */
typedef struct crs_translate_report {
    char lang[32];    /* the language written, as the scenario spells it */
    int entries;      /* text entries read (the language-name entry not counted) */
    int replaced;     /* existing texts given a new translation */
    int inserted;     /* texts that had none in the language */
    int unchanged;    /* already the same */
    int empty, fuzzy; /* skipped: not translated yet, or marked fuzzy */
    int stale;        /* refused (or skipped with skip_stale): unknown path or changed English */
    int declared;     /* 1 when the language was added to "languages" */
    int renamed;      /* 1 when the language's name was changed */
} crs_translate_report;

/* Writes the PO file of scenario text json (name: its path, for references and messages) for
 * language lang into out. The file must be valid JSON with a "languages" list. Returns 0, or
 * -1 with located errors in d. */
int crs_translate_export(const char *name, const char *json, size_t len, const char *lang,
                         crs_buf *out, crs_diags *d);

/* Writes into out the scenario text json with the translations of po (read from po_name)
 * spliced in. Stale or unknown entries are located errors (at po_name:line) and nothing is
 * written unless o->skip_stale. Returns 0 (out filled, r filled), or -1 with errors in d. The
 * result is not validated here: load it to check it. */
int crs_translate_import(const char *name, const char *json, size_t len, const char *po_name,
                         const crs_po *po, const crs_translate_opts *o, crs_buf *out,
                         crs_translate_report *r, crs_diags *d);

#endif
