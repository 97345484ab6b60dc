/* The allocation hook (with test-only failure injection) and a bump arena: a loaded scenario is
 * one arena, so freeing it is one call and a failed load cannot leak half a model. */
#include "arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

/* -1: never fail. Read-only outside tests, so concurrent loads do not race on it. */
static long fail_budget = -1;
static int fail_hit, fail_once;

void crs_alloc_fail_after(long n)
{
    fail_budget = n < 0 ? -1 : n;
    fail_hit = 0;
    fail_once = 0;
}

void crs_alloc_fail_once(long n)
{
    crs_alloc_fail_after(n);
    fail_once = n >= 0;
}

int crs_alloc_failed(void)
{
    return fail_hit;
}

/* 1 when the armed test switch refuses this allocation. */
static int refuse(void)
{
    if (fail_budget < 0) return 0;
    if (fail_budget > 0) {
        fail_budget--;
        return 0;
    }
    fail_hit = 1;
    if (fail_once) fail_budget = -1;
    return 1;
}

void *crs_alloc(size_t n)
{
    return refuse() ? NULL : malloc(n ? n : 1);
}

void *crs_realloc(void *p, size_t n)
{
    return refuse() ? NULL : realloc(p, n ? n : 1);
}

void crs_free(void *p)
{
    free(p);
}

/* ===== arena ===== */

#define BLOCK_BYTES 65536u
#define ALIGN       ((size_t) _Alignof(max_align_t))

typedef struct block {
    struct block *next;
    size_t used, cap;
    max_align_t data[]; /* aligned storage */
} block;

struct crs_arena {
    block *head;
};

crs_arena *crs_arena_new(void)
{
    crs_arena *a = crs_alloc(sizeof *a);
    if (a) a->head = NULL;
    return a;
}

void crs_arena_free(crs_arena *a)
{
    if (!a) return;
    block *b = a->head;
    while (b) {
        block *next = b->next;
        crs_free(b);
        b = next;
    }
    crs_free(a);
}

static block *new_block(crs_arena *a, size_t need)
{
    size_t cap = need > BLOCK_BYTES ? need : BLOCK_BYTES;
    if (cap > SIZE_MAX - sizeof(block)) return NULL;
    block *b = crs_alloc(sizeof(block) + cap);
    if (!b) return NULL;
    b->used = 0;
    b->cap = cap;
    /* A big request gets its own block behind the head, so the head keeps its free space. */
    if (a->head && need > BLOCK_BYTES) {
        b->next = a->head->next;
        a->head->next = b;
    } else {
        b->next = a->head;
        a->head = b;
    }
    return b;
}

/* Room for n bytes at alignment align (a power of two) in the head block, or a new block. */
static char *take(crs_arena *a, size_t n, size_t align)
{
    block *b = a->head;
    size_t at = b ? (b->used + align - 1) & ~(align - 1) : 0;
    if (!b || at > b->cap || b->cap - at < n) {
        b = new_block(a, n);
        if (!b) return NULL;
        at = b->used; /* a new block's data is aligned for anything */
    }
    b->used = at + n;
    return (char *)b->data + at;
}

void *crs_arena_alloc(crs_arena *a, size_t n)
{
    if (n > SIZE_MAX - ALIGN) return NULL;
    n = (n + ALIGN - 1) / ALIGN * ALIGN;
    if (n == 0) n = ALIGN;
    char *p = take(a, n, ALIGN);
    if (p) memset(p, 0, n);
    return p;
}

char *crs_arena_chars(crs_arena *a, size_t n)
{
    return take(a, n ? n : 1, 1);
}

void *crs_arena_array(crs_arena *a, size_t count, size_t size)
{
    if (size && count > SIZE_MAX / size) return NULL;
    return crs_arena_alloc(a, count * size);
}

char *crs_arena_strdup(crs_arena *a, const char *s)
{
    size_t n = strlen(s) + 1;
    char *p = crs_arena_alloc(a, n);
    if (p) memcpy(p, s, n);
    return p;
}
