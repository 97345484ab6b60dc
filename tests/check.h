/* A tiny assertion header: each failed check prints what was expected and what came,
 * and the test's exit status counts the failures. */
#ifndef CRS_TEST_CHECK_H
#define CRS_TEST_CHECK_H

#include <stdio.h>
#include <string.h>

static int check_failures_;
static int check_count_;

#define CHECK(cond)                                                                                \
    do {                                                                                           \
        check_count_++;                                                                            \
        if (!(cond)) {                                                                             \
            check_failures_++;                                                                     \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond);               \
        }                                                                                          \
    } while (0)

#define CHECK_INT(got, want)                                                                       \
    do {                                                                                           \
        long long g_ = (long long)(got), w_ = (long long)(want);                                   \
        check_count_++;                                                                            \
        if (g_ != w_) {                                                                            \
            check_failures_++;                                                                     \
            fprintf(stderr, "%s:%d: %s: expected %lld, got %lld\n", __FILE__, __LINE__, #got, w_,  \
                    g_);                                                                           \
        }                                                                                          \
    } while (0)

#define CHECK_STR(got, want)                                                                       \
    do {                                                                                           \
        const char *g_ = (got), *w_ = (want);                                                      \
        check_count_++;                                                                            \
        if (!g_ || !w_ || strcmp(g_, w_) != 0) {                                                   \
            check_failures_++;                                                                     \
            fprintf(stderr, "%s:%d: %s: expected \"%s\", got \"%s\"\n", __FILE__, __LINE__, #got,  \
                    w_ ? w_ : "(null)", g_ ? g_ : "(null)");                                       \
        }                                                                                          \
    } while (0)

#define CHECK_CONTAINS(hay, needle)                                                                \
    do {                                                                                           \
        const char *h_ = (hay), *n_ = (needle);                                                    \
        check_count_++;                                                                            \
        if (!h_ || !strstr(h_, n_)) {                                                              \
            check_failures_++;                                                                     \
            fprintf(stderr, "%s:%d: expected \"%s\" to contain \"%s\"\n", __FILE__, __LINE__,      \
                    h_ ? h_ : "(null)", n_);                                                       \
        }                                                                                          \
    } while (0)

typedef void (*check_case_fn)(void);
typedef struct {
    const char *name;
    check_case_fn fn;
} check_case;

/* Runs every case and prints one closing line; returns the exit status. */
static int check_run(const char *suite, const check_case *cases, size_t n)
{
    for (size_t i = 0; i < n; i++) {
        int before = check_failures_;
        cases[i].fn();
        fprintf(stderr, "%s %s/%s\n", check_failures_ == before ? "ok  " : "FAIL", suite,
                cases[i].name);
    }
    printf("%s: %d checks, %d failed\n", suite, check_count_, check_failures_);
    return check_failures_ ? 1 : 0;
}

#endif
