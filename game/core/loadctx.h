/* The loader's working state and the helpers its walkers share: JSON paths, located reports
 * that name the thing, typed field getters, key checks with "did you mean" hints, texts and ids. */
#ifndef CRS_LOADCTX_H
#define CRS_LOADCTX_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include <stdint.h>
#include "arena.h"
#include "crossings/scenario.h"

#define LD_INT_MIN (-1000000000)
#define LD_INT_MAX 1000000000

/* A hash map from id to index, in the temporary arena. */
typedef struct ld_idmap {
    const char **keys;
    int *vals;
    size_t cap;
    const char **names; /* ids in list order (NULL where missing), for hints */
    int n;
} ld_idmap;

/* Where a report points: the value at the path, the key of the path's last component, or the
 * object that holds it (for a missing field). */
typedef enum { LD_AT_VALUE, LD_AT_KEY, LD_AT_PARENT } ld_at;

typedef struct ld {
    const char *file;
    const char *text; /* the whole file, NUL-terminated */
    size_t len;
    crs_diags *d;
    crs_arena *a;   /* owns the model */
    crs_arena *tmp; /* owns working data, freed after load */
    crs_scenario *s;
    int oom;
    int nth; /* which member of a repeated key reports point at (duplicates); else 1 */
    size_t errors;
    char path[512];
    size_t plen;
    char what[256]; /* the thing being read, e.g. choice 2 of node "at-the-river" */
    ld_idmap sources, vars, personas, stages, nodes, endings;
    /* usage, filled while loading, read by the checks */
    char *var_used, *source_cited;
    long nchoices, noutcomes;
    int topics_only; /* lint: report content-tag topics and nothing else (check --topics) */
    struct {
        const struct ld_idmap *m;
        int i;
    } noted[32]; /* definitions already told that references seem to mistype them */
    int nnoted;
    /* coverage of draft languages: a text missing in one falls back, and is counted here */
    long ntexts;                           /* text objects read */
    long missing[CRS_MAX_LANGS];           /* of those, how many lack each draft language */
    char missing_at[CRS_MAX_LANGS][2][96]; /* the paths of the first two */
    int lang_item[CRS_MAX_LANGS];          /* each language's index in "languages" */
} ld;

/* ----- reports ----- */
void ld_report(ld *L, crs_severity sev, crs_code code, ld_at at, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;
#define ld_err(L, code, at, ...)  ld_report(L, CRS_SEV_ERROR, code, at, __VA_ARGS__)
#define ld_warn(L, code, at, ...) ld_report(L, CRS_SEV_WARNING, code, at, __VA_ARGS__)
/* Reports running out of memory once and stops the walk. */
void ld_oom(ld *L);

/* ----- path and description ----- */
size_t ld_push_key(ld *L, const char *key);
size_t ld_push_index(ld *L, int i);
void ld_pop(ld *L, size_t mark);
typedef struct ld_what {
    char saved[256];
} ld_what;
/* Describes the thing being read as fmt; saves the previous description in sv. */
void ld_what_set(ld *L, ld_what *sv, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Describes a part of the current thing: fmt " of " previous. */
void ld_what_sub(ld *L, ld_what *sv, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
void ld_what_restore(ld *L, const ld_what *sv);

/* ----- values ----- */
const char *ld_type_name(const cJSON *v);
/* Reports unknown keys of object o (path at o); allowed ends with NULL. */
void ld_check_keys(ld *L, const cJSON *o, const char *const *allowed);
/* The member key of o, or NULL; reports it missing when required. */
const cJSON *ld_get(ld *L, const cJSON *o, const char *key, int required);
/* Reports a wrong type for member key (path at its object). */
void ld_type_err(ld *L, const char *key, const cJSON *v, const char *expected);
/* A string member copied into the model, or NULL (absent or reported). */
const char *ld_str(ld *L, const cJSON *o, const char *key, int required);
/* An id member (format checked), or NULL. */
const char *ld_id(ld *L, const cJSON *o, const char *key, int required);
/* A whole number in [lo, hi]. Returns 1 and sets *out when present and valid. */
int ld_int(ld *L, const cJSON *o, const char *key, int required, long lo, long hi, int32_t *out);
/* A finite number in [lo, hi]. Returns 1 when present and valid. */
int ld_num(ld *L, const cJSON *o, const char *key, int required, double lo, double hi, double *out);
/* A bool. Returns 1 when present and valid. */
int ld_bool(ld *L, const cJSON *o, const char *key, int *out);
/* A text member (one string per declared language). Returns 1 when present. */
int ld_text(ld *L, const cJSON *o, const char *key, int required, crs_text *out);
/* The same for a text value whose path is already pushed; label names it in messages. */
void ld_text_value(ld *L, const cJSON *v, const char *label, crs_text *out);
/* Warns once per draft language with texts missing, counting them (after the walk). */
void ld_coverage(ld *L);
/* A translatable field: a plain string or a text object; a language missing from the object is
 * a warning. Returns 1 when present. */
int ld_ttext(ld *L, const cJSON *o, const char *key, int required, crs_text *out);
/* An array member with at most max items, or NULL. *count gets its length. */
const cJSON *ld_array(ld *L, const cJSON *o, const char *key, int required, long max, int *count);
/* Whether s is a valid id (1-64 of a-z 0-9 _ -, starting with a letter). */
int ld_id_ok(const char *s);

/* Reports every member whose key repeats an earlier one in the same object, anywhere below v
 * (path at v); the nth repeat points at the nth occurrence. */
void ld_dup_keys(ld *L, const cJSON *v);

/* ----- id maps ----- */
/* Prepares a map for n ids. Returns 0, or -1 when out of memory (reported). */
int ld_map_init(ld *L, ld_idmap *m, int n);
/* Adds key -> val; returns -1 when added, else the index already stored under key. */
int ld_map_put(ld_idmap *m, const char *key, int val);
/* The index stored under key, or -1. */
int ld_map_get(const ld_idmap *m, const char *key);
/* Resolves a reference member: returns the index, or -1 (absent, or reported as unknown with a
 * hint). Messages read: <what> <verb> unknown <kind> "id". */
int ld_ref(ld *L, const cJSON *o, const char *key, int required, const ld_idmap *m,
           const char *kind, const char *verb);
/* The same for a string value whose path is already pushed. */
int ld_ref_value(ld *L, const cJSON *v, const ld_idmap *m, const char *kind, const char *verb);
/* The closest of names[0..n) to s within a small edit distance, or NULL. */
const char *ld_hint(const char *s, const char *const *names, int n);

#endif
