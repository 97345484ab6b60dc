/* Whether two cJSON trees are the same document: types, keys, strings, numbers and order. The
 * loader builds its own tree (jp_parse); the tests and a fuzz target hold it to cJSON's. */
#ifndef CRS_TEST_JSON_SAME_H
#define CRS_TEST_JSON_SAME_H

#include <cjson/cJSON.h>
#include <stdio.h>
#include <string.h>

/* Type bits without cJSON's ownership flags (IsReference, StringIsConst). */
static int json_same_type_(const cJSON *v)
{
    return v->type & 0xFF;
}

/* 1 when a and b are the same; else 0, printing where they part when why is not NULL. Depth is
 * bounded by the parsers' own limits. */
static int json_same(const cJSON *a, const cJSON *b, const char *why)
{
    if (!a || !b) return a == b;
    if (json_same_type_(a) != json_same_type_(b)) goto differ;
    if ((a->string == NULL) != (b->string == NULL)) goto differ;
    if (a->string && strcmp(a->string, b->string) != 0) goto differ;
    if (cJSON_IsString(a) && strcmp(a->valuestring, b->valuestring) != 0) goto differ;
    if (cJSON_IsNumber(a)) {
        /* Bitwise, so -0.0 and 0.0 or two NaNs are told apart exactly as stored. */
        if (memcmp(&a->valuedouble, &b->valuedouble, sizeof a->valuedouble) != 0) goto differ;
        if (a->valueint != b->valueint) goto differ;
    }
    const cJSON *x = a->child, *y = b->child;
    for (; x && y; x = x->next, y = y->next)
        if (!json_same(x, y, why)) return 0;
    if (x || y) goto differ;
    /* cJSON links the first child's prev to the last child: appending relies on it. */
    if (a->child && (a->child->prev == NULL) != (b->child->prev == NULL)) goto differ;
    return 1;
differ:
    if (why)
        fprintf(stderr, "%s: trees differ at key \"%s\" (types %d and %d)\n", why,
                a->string ? a->string : "", a->type, b->type);
    return 0;
}

#endif
