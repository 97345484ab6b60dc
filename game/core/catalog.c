/* The GNU .mo reader. The file is a header of seven 32-bit words (magic, revision, count, the
 * offsets of the original and translated string tables, the hash table's size and offset), two
 * tables of (length, offset) pairs, and the strings, each followed by a NUL. An original with a
 * context is "context\004msgid"; a plural original is "msgid\0msgid_plural" and its translation
 * the forms joined by NULs. Byte order follows the magic number. The hash table is not used: the
 * entries are sorted here once and searched by bisection, so a damaged hash cannot mislead. */
#include "crossings/catalog.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/plural.h"
#include "arena.h"
#include "load.h"

#define MO_MAGIC       0x950412deu
#define MO_MAX_BYTES   (16u << 20) /* far above any interface catalogue */
#define MO_MAX_ENTRIES 100000u

typedef struct {
    const char *key; /* context\004msgid, NUL-terminated (a plural's msgid_plural follows) */
    const char *val; /* the translation's forms, NUL-separated */
    uint32_t vlen;   /* bytes of val, the last NUL not counted */
} entry;

struct crs_catalog {
    char *data;
    entry *entries;
    uint32_t count;
    const char *header; /* translation of "" */
    crs_plural *plural;
    long misses;
};

static uint32_t word(const unsigned char *p, int swap)
{
    return swap ? (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3]
                : (uint32_t)p[3] << 24 | (uint32_t)p[2] << 16 | (uint32_t)p[1] << 8 | p[0];
}

static int bad(crs_diag *err, const char *name, const char *why)
{
    char msg[320];
    snprintf(msg, sizeof msg, "%s: not a usable .mo catalogue (%s)", name, why);
    crs_diag_set(err, CRS_E_SYNTAX, msg);
    return -1;
}

/* The string at table index i of the table at off; checks that it lies inside the file and
 * ends with a NUL. */
static int string_at(const unsigned char *d, size_t len, uint32_t off, uint32_t i, int swap,
                     const char **s, uint32_t *slen)
{
    uint64_t at = (uint64_t)off + 8u * (uint64_t)i;
    if (at + 8 > len) return -1;
    uint32_t n = word(d + at, swap), o = word(d + at + 4, swap);
    if ((uint64_t)o + n + 1 > len || d[o + n] != '\0') return -1;
    *s = (const char *)d + o;
    *slen = n;
    return 0;
}

static int by_key(const void *a, const void *b)
{
    return strcmp(((const entry *)a)->key, ((const entry *)b)->key);
}

static int read_entries(crs_catalog *c, size_t len, const char *name, crs_diag *err)
{
    const unsigned char *d = (const unsigned char *)c->data;
    if (len < 28) return bad(err, name, "too short");
    uint32_t magic = word(d, 0);
    int swap = magic != MO_MAGIC;
    if (swap && word(d, 1) != MO_MAGIC) return bad(err, name, "wrong magic number");
    if (word(d + 4, swap) >> 16 > 1) return bad(err, name, "unknown major revision");
    uint32_t n = word(d + 8, swap), orig = word(d + 12, swap), trans = word(d + 16, swap);
    if (n > MO_MAX_ENTRIES) return bad(err, name, "too many entries");
    c->entries = calloc(n ? n : 1, sizeof *c->entries);
    if (!c->entries) return crs_diag_set(err, CRS_E_MEMORY, "out of memory"), -1;
    for (uint32_t i = 0; i < n; i++) {
        const char *k, *v;
        uint32_t kl, vl;
        if (string_at(d, len, orig, i, swap, &k, &kl) || string_at(d, len, trans, i, swap, &v, &vl))
            return bad(err, name, "a string lies outside the file");
        c->entries[i] = (entry){k, v, vl};
    }
    c->count = n;
    qsort(c->entries, n, sizeof *c->entries, by_key);
    return 0;
}

static const entry *find(const crs_catalog *c, const char *ctx, const char *msgid)
{
    if (!c || !msgid) return NULL;
    char small[512], *key = small;
    size_t cl = ctx ? strlen(ctx) + 1 : 0, ml = strlen(msgid);
    if (cl + ml + 1 > sizeof small && !(key = malloc(cl + ml + 1))) return NULL;
    if (ctx) memcpy(key, ctx, cl - 1), key[cl - 1] = '\004';
    memcpy(key + cl, msgid, ml + 1);
    entry probe = {key, NULL, 0};
    const entry *e = bsearch(&probe, c->entries, c->count, sizeof *c->entries, by_key);
    if (key != small) free(key);
    return e && e->vlen ? e : NULL; /* an empty translation is an untranslated entry */
}

static int parse_header(crs_catalog *c, const char *name, crs_diag *err)
{
    const entry *h = find(c, NULL, "");
    c->header = h ? h->val : "";
    char forms[256];
    if (!crs_catalog_header(c, "Plural-Forms", forms, sizeof forms)) return 0;
    crs_diag perr;
    c->plural = crs_plural_parse(forms, &perr);
    if (c->plural) return 0;
    char msg[800];
    snprintf(msg, sizeof msg, "%s: %s", name, perr.message);
    crs_diag_set(err, perr.code, msg);
    return -1;
}

crs_catalog *crs_catalog_parse(const void *data, size_t len, const char *name, crs_diag *err)
{
    if (!name) name = "catalogue";
    if (len > MO_MAX_BYTES) return bad(err, name, "larger than 16 MiB"), NULL;
    crs_catalog *c = calloc(1, sizeof *c);
    if (c) c->data = malloc(len + 1);
    if (!c || !c->data) {
        free(c);
        crs_diag_set(err, CRS_E_MEMORY, "out of memory");
        return NULL;
    }
    if (len) memcpy(c->data, data, len);
    c->data[len] = '\0';
    if (read_entries(c, len, name, err) || parse_header(c, name, err)) {
        crs_catalog_free(c);
        return NULL;
    }
    return c;
}

/* The whole file, read by the loader's reader (regular files only, a size limit, every byte
 * through crs_alloc); its one diagnostic becomes err, with the path in front. */
static char *read_all(const char *path, size_t *len, crs_diag *err)
{
    crs_diags d = {0};
    char *buf = ld_read_file(path, len, &d);
    if (!buf && d.count) {
        char msg[sizeof d.items[0].message];
        snprintf(msg, sizeof msg, "%.100s: %.200s", path, d.items[0].message);
        crs_diag_set(err, d.items[0].code, msg);
    }
    crs_diags_clear(&d);
    return buf;
}

crs_catalog *crs_catalog_load(const char *path, crs_diag *err)
{
    size_t len = 0;
    char *bytes = read_all(path, &len, err);
    if (!bytes) return NULL;
    crs_catalog *c = crs_catalog_parse(bytes, len, path, err);
    crs_free(bytes);
    return c;
}

void crs_catalog_free(crs_catalog *c)
{
    if (!c) return;
    crs_plural_free(c->plural);
    free(c->entries);
    free(c->data);
    free(c);
}

const char *crs_catalog_get(crs_catalog *c, const char *ctx, const char *msgid)
{
    const entry *e = find(c, ctx, msgid);
    if (e) return e->val;
    if (c) c->misses++;
    return msgid;
}

const char *crs_catalog_nget(crs_catalog *c, const char *ctx, const char *msgid, const char *plural,
                             unsigned long n)
{
    const entry *e = find(c, ctx, msgid);
    if (e) {
        unsigned long want = crs_plural_eval(c->plural, n);
        const char *form = e->val, *end = e->val + e->vlen;
        for (unsigned long i = 0; i < want && form < end; i++) form += strlen(form) + 1;
        if (form < end && *form) return form;
    }
    if (c) c->misses++;
    return n == 1 ? msgid : plural;
}

int crs_catalog_has(const crs_catalog *c, const char *ctx, const char *msgid)
{
    return find(c, ctx, msgid) != NULL;
}

const char *crs_catalog_header(const crs_catalog *c, const char *field, char *out, size_t cap)
{
    if (!c || !field || !cap) return NULL;
    size_t fl = strlen(field);
    for (const char *line = c->header; *line;) {
        const char *eol = strchr(line, '\n');
        if (!eol) eol = line + strlen(line);
        if (strncmp(line, field, fl) == 0 && line[fl] == ':') {
            const char *v = line + fl + 1;
            while (*v == ' ') v++;
            size_t n = (size_t)(eol - v);
            if (n >= cap) n = cap - 1;
            memcpy(out, v, n);
            out[n] = '\0';
            return out;
        }
        line = *eol ? eol + 1 : eol;
    }
    return NULL;
}

int crs_catalog_count(const crs_catalog *c)
{
    if (!c) return 0;
    int n = 0;
    for (uint32_t i = 0; i < c->count; i++) n += c->entries[i].key[0] != '\0' && c->entries[i].vlen;
    return n;
}

long crs_catalog_misses(const crs_catalog *c)
{
    return c ? c->misses : 0;
}

int crs_catalog_nplurals(const crs_catalog *c)
{
    return c && c->plural ? crs_plural_count(c->plural) : 1;
}

int crs_catalog_size(const crs_catalog *c)
{
    return c ? (int)c->count : 0;
}

const char *crs_catalog_msgid(const crs_catalog *c, int i)
{
    if (!c || i < 0 || (uint32_t)i >= c->count) return NULL;
    const char *k = c->entries[i].key, *eot = strchr(k, '\004');
    return eot ? eot + 1 : k;
}

const char *crs_catalog_value(const crs_catalog *c, int i)
{
    return c && i >= 0 && (uint32_t)i < c->count ? c->entries[i].val : NULL;
}
