/* The .mo reader and the Plural-Forms evaluator: the committed Korean catalogue as msgfmt
 * compiled it, hand-made catalogues (contexts, plural forms, both byte orders) and damaged
 * ones, and plural rules of five languages checked against their known forms. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "crossings/catalog.h"
#include "crossings/messages.h"
#include "crossings/plural.h"

typedef struct {
    const char *key;
    size_t klen; /* with inner NULs (plural originals) */
    const char *val;
    size_t vlen;
} mo_entry;

static void put32(unsigned char *p, uint32_t v, int big)
{
    for (int i = 0; i < 4; i++) p[big ? 3 - i : i] = (unsigned char)(v >> (8 * i));
}

/* A .mo image of entries (already sorted by key, as msgfmt writes them). */
static unsigned char *make_mo(const mo_entry *e, uint32_t n, int big, size_t *len)
{
    size_t size = 28 + 16 * (size_t)n;
    for (uint32_t i = 0; i < n; i++) size += e[i].klen + 1 + e[i].vlen + 1;
    unsigned char *m = calloc(1, size);
    put32(m, 0x950412de, big);
    put32(m + 8, n, big);
    put32(m + 12, 28, big);
    put32(m + 16, 28 + 8 * n, big);
    size_t at = 28 + 16 * (size_t)n;
    for (uint32_t i = 0; i < n; i++) {
        put32(m + 28 + 8 * i, (uint32_t)e[i].klen, big);
        put32(m + 32 + 8 * i, (uint32_t)at, big);
        memcpy(m + at, e[i].key, e[i].klen);
        at += e[i].klen + 1;
    }
    for (uint32_t i = 0; i < n; i++) {
        put32(m + 28 + 8 * n + 8 * i, (uint32_t)e[i].vlen, big);
        put32(m + 32 + 8 * n + 8 * i, (uint32_t)at, big);
        memcpy(m + at, e[i].val, e[i].vlen);
        at += e[i].vlen + 1;
    }
    *len = size;
    return m;
}

#define E(k, v)                                                                                    \
    {                                                                                              \
        k, sizeof k - 1, v, sizeof v - 1                                                           \
    }
static const char polish_header[] =
    "Language: pl\nPlural-Forms: nplurals=3; plural=(n==1 ? 0 : n%10>=2 "
    "&& n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\n"
    "X-Crossings-Status: draft\n";
static const mo_entry polish[] = {
    {"", 0, polish_header, sizeof polish_header - 1},
    E("%d choice ahead\0%d choices ahead", "%d wybór dalej\0%d wybory dalej\0%d wyborów dalej"),
    E("Back", "Wstecz"),
    E("Untranslated", ""),
    E("contrast\004Standard", "Standardowy"),
    E("language-name\004English", "polski"),
    E("text size\004Standard", "Standardowa"),
};

static crs_catalog *polish_catalog(int big)
{
    size_t len;
    unsigned char *m = make_mo(polish, sizeof polish / sizeof polish[0], big, &len);
    crs_diag err;
    crs_catalog *c = crs_catalog_parse(m, len, "pl.mo", &err);
    free(m);
    return c;
}

static void test_lookup_context_plural(void)
{
    for (int big = 0; big < 2; big++) {
        crs_catalog *c = polish_catalog(big);
        CHECK(c != NULL);
        if (!c) continue;
        CHECK_STR(crs_catalog_get(c, NULL, "Back"), "Wstecz");
        CHECK_STR(crs_catalog_get(c, "contrast", "Standard"), "Standardowy");
        CHECK_STR(crs_catalog_get(c, "text size", "Standard"), "Standardowa");
        CHECK_INT(crs_catalog_misses(c), 0);
        /* no context-less entry: English, counted */
        CHECK_STR(crs_catalog_get(c, NULL, "Standard"), "Standard");
        CHECK_STR(crs_catalog_get(c, NULL, "Untranslated"), "Untranslated");
        CHECK_STR(crs_catalog_get(c, NULL, "Never heard of"), "Never heard of");
        CHECK_INT(crs_catalog_misses(c), 3);
        CHECK(!crs_catalog_has(c, NULL, "Untranslated"));
        const char *one = "%d choice ahead", *many = "%d choices ahead";
        CHECK_STR(crs_catalog_nget(c, NULL, one, many, 1), "%d wybór dalej");
        CHECK_STR(crs_catalog_nget(c, NULL, one, many, 3), "%d wybory dalej");
        CHECK_STR(crs_catalog_nget(c, NULL, one, many, 5), "%d wyborów dalej");
        CHECK_STR(crs_catalog_nget(c, NULL, one, many, 22), "%d wybory dalej");
        CHECK_STR(crs_catalog_nget(c, NULL, one, many, 12), "%d wyborów dalej");
        CHECK_STR(crs_catalog_nget(c, NULL, "%d step", "%d steps", 2), "%d steps");
        CHECK_STR(crs_catalog_nget(NULL, NULL, "%d step", "%d steps", 1), "%d step");
        CHECK_INT(crs_catalog_count(c), 5);
        CHECK_INT(crs_catalog_nplurals(c), 3);
        char v[64];
        CHECK_STR(crs_catalog_header(c, "X-Crossings-Status", v, sizeof v), "draft");
        CHECK_STR(crs_catalog_header(c, "Language", v, sizeof v), "pl");
        CHECK(crs_catalog_header(c, "X-Nothing", v, sizeof v) == NULL);
        crs_catalog_free(c);
    }
    CHECK_STR(crs_catalog_get(NULL, NULL, "Back"), "Back");
}

/* Every kind of damage is refused with the file's name in the message, never read past. */
static void test_damaged(void)
{
    size_t len;
    unsigned char *m = make_mo(polish, sizeof polish / sizeof polish[0], 0, &len);
    crs_diag err;
    for (size_t cut = 0; cut < len; cut += 7) { /* every truncation */
        crs_catalog *c = crs_catalog_parse(m, cut, "cut.mo", &err);
        if (c) {
            crs_catalog_free(c);
            continue;
        }
        CHECK_CONTAINS(err.message, "cut.mo");
    }
    unsigned char *bad = malloc(len);
    memcpy(bad, m, len);
    bad[0] ^= 0xff; /* magic */
    CHECK(crs_catalog_parse(bad, len, "magic.mo", &err) == NULL);
    CHECK_CONTAINS(err.message, "magic number");
    memcpy(bad, m, len);
    put32(bad + 32, 0xfffffff0u, 0); /* a string offset past the end */
    CHECK(crs_catalog_parse(bad, len, "offset.mo", &err) == NULL);
    CHECK_CONTAINS(err.message, "outside the file");
    memcpy(bad, m, len);
    put32(bad + 8, 0x7fffffffu, 0); /* a count no file could hold */
    CHECK(crs_catalog_parse(bad, len, "count.mo", &err) == NULL);
    free(bad);
    free(m);
    static const char broken_header[] = "Plural-Forms: nplurals=2; plural=n==1 ? 0;\n";
    mo_entry h = {"", 0, broken_header, sizeof broken_header - 1};
    m = make_mo(&h, 1, 0, &len);
    CHECK(crs_catalog_parse(m, len, "forms.mo", &err) == NULL);
    CHECK_CONTAINS(err.message, "Plural-Forms");
    free(m);
    CHECK(crs_catalog_load(CRS_TEST_DATA "/no-such.mo", &err) == NULL);
    CHECK_CONTAINS(err.message, "no-such.mo");
    CHECK(crs_catalog_load(CRS_TEST_DATA, &err) == NULL); /* a folder */
}

static crs_plural *rule(const char *forms)
{
    crs_diag err;
    crs_plural *p = crs_plural_parse(forms, &err);
    if (!p) fprintf(stderr, "%s: %s\n", forms, err.message);
    CHECK(p != NULL);
    return p;
}

/* The rules as gettext's manual and CLDR give them, at counts where the forms change. */
static void test_plural_rules(void)
{
    crs_plural *ko = rule("nplurals=1; plural=0;");
    crs_plural *en = rule("nplurals=2; plural=(n != 1);");
    crs_plural *zh = rule("nplurals=1; plural=0;");
    crs_plural *pl = rule("nplurals=3; plural=(n==1 ? 0 : n%10>=2 && n%10<=4 && (n%100<10 || "
                          "n%100>=20) ? 1 : 2);");
    crs_plural *ar = rule("nplurals=6; plural=n==0 ? 0 : n==1 ? 1 : n==2 ? 2 : n%100>=3 && "
                          "n%100<=10 ? 3 : n%100>=11 ? 4 : 5;");
    static const unsigned long ns[] = {0,  1,  2,  3,   4,   5,   11,  12,
                                       21, 22, 25, 100, 102, 103, 111, 1000};
    static const int want_en[] = {1, 0, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1};
    static const int want_pl[] = {2, 0, 1, 1, 1, 2, 2, 2, 2, 1, 2, 2, 1, 1, 2, 2};
    static const int want_ar[] = {0, 1, 2, 3, 3, 3, 4, 4, 4, 4, 4, 5, 5, 3, 4, 5};
    for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
        CHECK_INT(crs_plural_eval(ko, ns[i]), 0);
        CHECK_INT(crs_plural_eval(zh, ns[i]), 0);
        CHECK_INT(crs_plural_eval(en, ns[i]), want_en[i]);
        CHECK_INT(crs_plural_eval(pl, ns[i]), want_pl[i]);
        CHECK_INT(crs_plural_eval(ar, ns[i]), want_ar[i]);
    }
    CHECK_INT(crs_plural_count(ar), 6);
    CHECK_INT(crs_plural_eval(NULL, 1), 0); /* English without a rule */
    CHECK_INT(crs_plural_eval(NULL, 2), 1);
    crs_plural *odd = rule("nplurals=2; plural=n/0 + n%0 + 7;"); /* 7: out of range */
    CHECK_INT(crs_plural_eval(odd, 5), 0);
    crs_plural *prec = rule("nplurals=4; plural=1+2*3-!0 == 6 && !(n<2) ? 3 : 2-1;");
    CHECK_INT(crs_plural_eval(prec, 5), 3);
    CHECK_INT(crs_plural_eval(prec, 1), 1);
    crs_plural *ops = rule("nplurals=2; plural=n<=1 || n>=10 ? n!=0 : 0;");
    CHECK_INT(crs_plural_eval(ops, 0), 0);
    CHECK_INT(crs_plural_eval(ops, 1), 1);
    CHECK_INT(crs_plural_eval(ops, 5), 0);
    crs_plural *all[] = {ko, en, zh, pl, ar, odd, prec, ops};
    for (size_t i = 0; i < sizeof all / sizeof all[0]; i++) crs_plural_free(all[i]);
}

static void test_plural_refused(void)
{
    static const char *const bad[] = {
        "",
        "plural=0;",
        "nplurals=0; plural=0;",
        "nplurals=7; plural=0;",
        "nplurals=2; plural=(n;",
        "nplurals=2; plural=n ? 1;",
        "nplurals=2; plural=n = 1;",
        "nplurals=2; plural=n & 1;",
        "nplurals=2; plural=x;",
        "nplurals=2; plural=n==1; extra",
        "nplurals=2; plural=99999999999;",
    };
    crs_diag err;
    for (size_t i = 0; i < sizeof bad / sizeof bad[0]; i++) {
        crs_plural *p = crs_plural_parse(bad[i], &err);
        if (p) fprintf(stderr, "accepted: %s\n", bad[i]);
        CHECK(p == NULL);
        crs_plural_free(p);
    }
    /* nesting beyond the bound is refused, not a stack overflow */
    char deep[4000] = "nplurals=2; plural=";
    for (int i = 0; i < 1000; i++) strcat(deep, "(");
    CHECK(crs_plural_parse(deep, &err) == NULL);
    CHECK_CONTAINS(err.message, "deeply");
    char lng[8000] = "nplurals=2; plural=n";
    for (int i = 0; i < 600; i++) strcat(lng, "+n");
    CHECK(crs_plural_parse(lng, &err) == NULL);
    CHECK_CONTAINS(err.message, "too long");
}

/* The committed Korean catalogue, compiled by msgfmt at build time. */
static void test_korean_mo(void)
{
    crs_diag err;
    crs_catalog *c = crs_catalog_load(CRS_LOCALE_DIR "/ko.mo", &err);
    CHECK(c != NULL);
    if (!c) {
        fprintf(stderr, "%s\n", err.message);
        return;
    }
    CHECK_STR(crs_catalog_get(c, "language-name", "English"), "한국어");
    CHECK_STR(crs_catalog_get(c, NULL, "Begin"), "시작하기");
    CHECK_STR(crs_catalog_get(c, NULL, "error"), "오류");
    char v[64];
    CHECK_STR(crs_catalog_header(c, "X-Crossings-Status", v, sizeof v), "draft");
    CHECK_INT(crs_catalog_nplurals(c), 1);
    CHECK(crs_catalog_count(c) > 200);
    crs_catalog_free(c);
}

int main(void)
{
    static const check_case cases[] = {
        {"lookup_context_plural", test_lookup_context_plural},
        {"damaged", test_damaged},
        {"plural_rules", test_plural_rules},
        {"plural_refused", test_plural_refused},
        {"korean_mo", test_korean_mo},
    };
    return check_run("catalog", cases, sizeof cases / sizeof cases[0]);
}
