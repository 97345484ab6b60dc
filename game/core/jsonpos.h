/* Positions in raw JSON text: cJSON keeps none, so the loader checks encoding and syntax itself
 * (with limits), turns JSON Pointers into byte offsets and offsets into line and column. */
#ifndef CRS_JSONPOS_H
#define CRS_JSONPOS_H

#include <cjson/cJSON.h>
#include <stddef.h>
#include "arena.h"
#include "crossings/diag.h"

/* Values in one document (a tree node is ~64 bytes: this caps the tree near 64 MB). */
#define CRS_LIMIT_JSON_VALUES 1000000
/* Characters in one number literal (cJSON copies numbers into a 64-byte buffer). */
#define CRS_LIMIT_NUMBER_CHARS 40

typedef struct jp_error {
    crs_code code;
    size_t off; /* byte offset of the problem */
    char msg[320];
} jp_error;

/* Length of a UTF-8 byte-order mark at the start of b (0 or 3). */
size_t jp_bom(const char *b, size_t n);
/* Checks for NUL bytes and invalid UTF-8. Returns 0, or -1 with e filled. */
int jp_check_encoding(const char *b, size_t n, jp_error *e);
/* Strict JSON syntax check with the nesting, string, number and value-count limits. The text
 * must already be valid UTF-8. Returns 0, or -1 with e filled (first problem only). */
int jp_scan(const char *b, size_t n, jp_error *e);
/* jp_scan that also builds the document as a cJSON tree in one pass: nodes and strings live in
 * arena a (never pass the tree to cJSON_Delete; free the arena). With a NULL it only checks
 * (*root NULL, *maybe_dup 0). *maybe_dup is 0 when no object
 * has two members of one name; 1 when one may (then check fully). Returns 0, or -1 with e filled
 * (CRS_E_MEMORY when the arena could not grow). */
int jp_parse(const char *b, size_t n, crs_arena *a, cJSON **root, int *maybe_dup, jp_error *e);
/* Where a value sits in the text: what jp_parse_spans keeps beside every node, so an editor of
 * the file can splice new text in at known offsets and leave every other byte alone. */
typedef struct jp_span {
    size_t key;   /* offset of the member's key (its opening quote); the value's start if none */
    size_t start; /* offset of the value's first byte */
    size_t end;   /* offset just past the value's last byte */
} jp_span;

/* jp_parse that also records each node's span (a is required). */
int jp_parse_spans(const char *b, size_t n, crs_arena *a, cJSON **root, jp_error *e);
/* The span of a node built by jp_parse_spans (never call it on another tree). */
const jp_span *jp_span_of(const cJSON *v);

/* 1-based line and column (in characters) of byte offset off. */
void jp_line_col(const char *b, size_t n, size_t off, int *line, int *col);
/* Byte offset of the value a JSON Pointer names in text that passed jp_scan. With key set, the
 * offset of the last component's key instead (objects only); nth (>= 1) picks the nth member of
 * that name. When a component is absent, the offset of the deepest container found. */
size_t jp_locate(const char *b, size_t n, const char *pointer, int key, int nth);

#endif
