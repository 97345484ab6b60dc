/* Diagnostics: located errors and warnings that the core returns as values.
 * Every message names a file, a line and column, and the JSON path, like a compiler does. */
#ifndef CROSSINGS_DIAG_H
#define CROSSINGS_DIAG_H

#include <stddef.h>

typedef enum { CRS_SEV_ERROR, CRS_SEV_WARNING } crs_severity;

/* Stable error codes; the text of each is in diag.c. */
typedef enum {
    CRS_E_OK = 0,
    CRS_E_IO,          /* file missing, unreadable, a directory */
    CRS_E_LIMIT,       /* a documented limit was hit (size, depth, string length, count) */
    CRS_E_ENCODING,    /* invalid UTF-8 or a NUL byte */
    CRS_E_SYNTAX,      /* not JSON */
    CRS_E_DUPLICATE,   /* duplicate object key or duplicate id */
    CRS_E_UNKNOWN_KEY, /* a key the format does not know (typo) */
    CRS_E_TYPE,        /* wrong JSON type */
    CRS_E_MISSING,     /* a required field is absent */
    CRS_E_VALUE,       /* a value out of range or not allowed */
    CRS_E_REFERENCE,   /* an id that names nothing */
    CRS_E_TEXT,        /* text missing for a declared language */
    CRS_E_GRAPH,       /* unreachable node, node with no way to an ending */
    CRS_E_CITATION,    /* outcome without citation or illustrative flag */
    CRS_E_MEMORY,      /* allocation failed */
    CRS_E_STATE,       /* engine misuse, e.g. choosing after the end */
    CRS_E__COUNT
} crs_code;

typedef struct crs_diag {
    crs_code code;
    crs_severity severity;
    int line, col;  /* 1-based; 0 when unknown */
    char file[256]; /* as given by the caller */
    char path[192]; /* JSON Pointer, e.g. /nodes/7/choices/1/next; "" for the whole file */
    char message[320];
} crs_diag;

/* A growing list of diagnostics. Zero-initialise it; free with crs_diags_clear. */
typedef struct crs_diags {
    crs_diag *items;
    size_t count, cap;
    size_t errors, warnings;
    size_t max_items; /* 0 means the default (200); later ones are counted, not stored */
    size_t dropped;
} crs_diags;

/* Adds a diagnostic (printf-style message). Returns 0 on success, -1 if out of memory. */
int crs_diags_add(crs_diags *d, crs_code code, crs_severity sev, const char *file, int line,
                  int col, const char *path, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 8, 9)))
#endif
    ;
/* Fills a single error (code, severity error, message; no location) when err is not NULL:
 * how the engine, codes and simulator report a failure of one call. */
void crs_diag_set(crs_diag *err, crs_code code, const char *message);
/* Frees the items and resets the counters; the struct itself is the caller's. */
void crs_diags_clear(crs_diags *d);
/* Writes "file:line:col: error: message (path)" into buf; returns the length it needed. */
size_t crs_diag_format(const crs_diag *item, char *buf, size_t cap);
/* Short stable name of a code, e.g. "unknown-key". */
const char *crs_code_name(crs_code code);

#endif
