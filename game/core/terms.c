/* Display terms: the loader keeps the raw form of every text that holds a {탈북민} token, and
 * crs_scenario_set_settled_term rewrites those display strings, so readers of the model never
 * see a token and never need to know that one was there. */
#include "crossings/terms.h"

#include <string.h>

#include "arena.h"
#include "load.h"

/* One display string that came from a text with a token: where it lives, and its raw form. */
typedef struct term_slot {
    const char **slot;
    const char *raw;
} term_slot;

typedef struct crs_terms {
    int n;
    term_slot *v;
} crs_terms;

int crs_term_ok(const char *term)
{
    size_t n = term ? strlen(term) : 0;
    if (n < 1 || n > CRS_TERM_MAX_BYTES) return 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)term[i];
        if (c < 0x20 || c == 0x7f || c == '{' || c == '}') return 0;
    }
    return 1;
}

char *crs_text_expand(const char *raw, const char *term)
{
    static const char tok[] = CRS_TOKEN_SETTLED;
    const size_t tlen = sizeof tok - 1;
    if (!term || !term[0]) term = CRS_SETTLED_TERM_DEFAULT;
    size_t n = 0, wlen = strlen(term);
    for (const char *p = strstr(raw, tok); p; p = strstr(p + tlen, tok)) n++;
    size_t len = strlen(raw) + n * wlen + 1; /* each token removed, each term added */
    char *out = crs_alloc(len), *w = out;
    if (!out) return NULL;
    for (const char *p = raw, *q; *p; p = q + tlen) {
        q = strstr(p, tok);
        size_t k = q ? (size_t)(q - p) : strlen(p);
        memcpy(w, p, k);
        w += k;
        if (!q) break;
        memcpy(w, term, wlen);
        w += wlen;
    }
    *w = '\0';
    return out;
}

static void count_slot(const crs_text *t, void *p)
{
    for (int l = 0; l < CRS_MAX_LANGS; l++)
        if (t->s[l] && strstr(t->s[l], CRS_TOKEN_SETTLED)) ++*(int *)p;
}

static void keep_slot(const crs_text *t, void *p)
{
    crs_terms *T = p;
    for (int l = 0; l < CRS_MAX_LANGS; l++) {
        if (!t->s[l] || !strstr(t->s[l], CRS_TOKEN_SETTLED)) continue;
        /* The model is the core's own arena memory: only this module writes to it after load. */
        T->v[T->n].slot = (const char **)&t->s[l];
        T->v[T->n].raw = t->s[l];
        T->n++;
    }
}

int ld_terms_init(crs_scenario *s, crs_arena *a)
{
    int n = 0;
    crs_scenario_each_text(s, count_slot, &n);
    if (!n) return 0; /* nothing to do, and no allocation */
    crs_terms *T = crs_arena_alloc(a, sizeof *T);
    if (!T || !(T->v = crs_arena_array(a, (size_t)n, sizeof *T->v))) return -1;
    T->n = 0;
    crs_scenario_each_text(s, keep_slot, T);
    s->terms_ = T;
    return crs_scenario_set_settled_term(s, NULL);
}

int crs_scenario_set_settled_term(crs_scenario *s, const char *term)
{
    crs_terms *T = s->terms_;
    if (!T) return 0;
    /* Build every new string first, so a failure leaves the texts as they were. */
    const char **fresh = crs_alloc(sizeof *fresh * (size_t)T->n);
    int ok = fresh != NULL;
    for (int i = 0; ok && i < T->n; i++) {
        char *e = crs_text_expand(T->v[i].raw, term);
        fresh[i] = e ? crs_arena_strdup(s->arena_, e) : NULL;
        crs_free(e);
        ok = fresh[i] != NULL;
    }
    for (int i = 0; ok && i < T->n; i++) *T->v[i].slot = fresh[i];
    crs_free(fresh);
    return ok ? 0 : -1;
}
