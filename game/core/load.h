/* Internal interface between the loader's parts: load.c walks the document, loadexpr.c compiles
 * conditions, effects, weights and citations, check.c runs the whole-scenario checks. */
#ifndef CRS_LOAD_H
#define CRS_LOAD_H

#include "loadctx.h"

/* Compiles the condition v (path at v) into *out; 0 when it had errors. */
int ld_cond(ld *L, const cJSON *v, crs_cond *out);
/* Reads the optional condition member "if" of o: NULL when absent or invalid. */
const crs_cond *ld_if(ld *L, const cJSON *o);
/* Reads the optional "effects" member of o into *out / *n. */
void ld_effects(ld *L, const cJSON *o, const crs_effect **out, int *n);
/* Reads the required "weight" member of o. */
void ld_weight(ld *L, const cJSON *o, crs_weight *w);
/* Reads a citation member; returns 1 when present. */
int ld_cite(ld *L, const cJSON *o, const char *key, int required, crs_cite *out);

/* Reads the list items' "id" members into m (list key and kind name the list in messages),
 * reporting bad and duplicate ids. Returns 0, or -1 when out of memory. */
int ld_declare(ld *L, const cJSON *arr, int n, const char *key, const char *kind, ld_idmap *m);
/* The id of item o (format already checked by ld_declare), copied into the model. */
const char *ld_item_id(ld *L, const cJSON *o);
/* Describes list item i of kind (path at it) by its id, or by its number when it has none. */
void ld_what_item(ld *L, ld_what *sv, const cJSON *o, const char *kind, int i, int sub);
/* Reports unless exactly one of keys (NULL-terminated) is present in o; returns its index or -1. */
int ld_one_of(ld *L, const cJSON *o, const char *const *keys);
/* Reads one list item into item; see ld_each. */
typedef void (*ld_item_fn)(ld *L, const cJSON *o, void *item);
/* Walks list arr (member key of the current object) calling fn on each object item, with the
 * path and description set; items are size bytes apart. */
void ld_each(ld *L, const cJSON *arr, const char *key, const char *kind, void *items, size_t size,
             ld_item_fn fn, int sub);

/* Walks the whole document into L->s (load.c). */
void ld_top_level(ld *L, const cJSON *top);
/* The lists after the top level (loadnode.c). */
void ld_stages(ld *L, const cJSON *arr);
void ld_nodes(ld *L, const cJSON *arr);
void ld_endings(ld *L, const cJSON *arr);
void ld_debrief(ld *L, const cJSON *o);

/* Whole-scenario checks on a model built without errors: reachability, ways to an ending, and
 * the warnings (unused endings, variables, sources; stages without notes; guarded nodes). */
void crs_check_scenario(ld *L);
/* Content warnings on the same model (lint.c): empty texts, a language pasted into another,
 * debrief shares over 100%, weights that no longer give their citation's derived share. */
void crs_lint_scenario(ld *L);

/* Keeps the raw form of every text that holds a display token and applies the default terms
 * (terms.c). Returns 0, or -1 when out of memory. */
int ld_terms_init(crs_scenario *s, crs_arena *a);

/* A scenario file's bytes, NUL-terminated, through the safe open (no FIFO, no device) and the
 * format's size limit (loadfile.c); NULL with the reason in d. The caller crs_frees it. */
char *ld_read_file(const char *path, size_t *len, crs_diags *d);

#endif
