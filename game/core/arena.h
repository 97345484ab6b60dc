/* The loader's single allocation hook and the arena that owns a loaded scenario.
 * Every byte the loader, the engine and the text buffers allocate passes through crs_alloc (or
 * crs_realloc), so tests can make any allocation fail.
 */
#ifndef CRS_ARENA_H
#define CRS_ARENA_H

#include <stddef.h>

/* malloc through the hook; NULL when out of memory (or when a test asked it to fail). */
void *crs_alloc(size_t n);
/* realloc through the hook: NULL (p untouched) when out of memory. */
void *crs_realloc(void *p, size_t n);
/* free through the hook; NULL is fine. */
void crs_free(void *p);
/* Test only: the next n allocations succeed, later ones fail; n < 0 turns failure off.
 * Process-global on purpose (one switch a test flips); production code never arms it, so it is
 * only ever read outside tests. */
void crs_alloc_fail_after(long n);
/* Test only: the next n allocations succeed, the one after fails, and the rest succeed. */
void crs_alloc_fail_once(long n);
/* Test only: 1 when an armed crs_alloc_fail_after has refused an allocation. */
int crs_alloc_failed(void);

typedef struct crs_arena crs_arena;

/* A new empty arena; NULL when out of memory. Free with crs_arena_free (NULL is fine). */
crs_arena *crs_arena_new(void);
void crs_arena_free(crs_arena *a);
/* n zeroed bytes aligned for any type, owned by the arena; NULL when out of memory. */
void *crs_arena_alloc(crs_arena *a, size_t n);
/* count * size zeroed bytes; NULL on overflow or out of memory. count 0 gives a valid pointer. */
void *crs_arena_array(crs_arena *a, size_t count, size_t size);
/* n bytes with no alignment and not zeroed (for strings); NULL when out of memory. */
char *crs_arena_chars(crs_arena *a, size_t n);
/* A copy of s owned by the arena; NULL when out of memory. */
char *crs_arena_strdup(crs_arena *a, const char *s);

#endif
