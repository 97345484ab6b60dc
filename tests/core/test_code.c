/* Session codes: thousands of random paths round-trip exactly; typos, other scenario
 * versions and impossible paths are refused with a message. */
#include "check.h"
#include "crossings/code.h"

static const crs_var vars[1] = {{.id = "money", .type = CRS_VAR_INT, .min = 0, .max = 50}};
static const crs_cond rich = {.op = CRS_COND_CMP, .var = 0, .cmp = CRS_CMP_GE, .value = 3};
static const crs_effect earn[1] = {{.var = 0, .op = CRS_EFF_ADD, .value = 1}};
static const crs_effect spend[1] = {{.var = 0, .op = CRS_EFF_ADD, .value = -3}};
static const crs_outcome outs[3] = {
    {.id = "a", .weight = {.base = 1}, .next = 0, .ending = -1},
    {.id = "b", .weight = {.base = 2}, .next = 1, .ending = -1},
    {.id = "c", .weight = {.base = 0.2}, .next = -1, .ending = 0},
};
static const crs_choice c0[4] = {
    {.id = "work", .neffects = 1, .effects = earn, .next = 1, .ending = -1},
    {.id = "gamble", .noutcomes = 3, .outcomes = outs, .next = -1, .ending = -1},
    {.id = "buy", .cond = &rich, .neffects = 1, .effects = spend, .next = 0, .ending = -1},
    {.id = "leave", .next = -1, .ending = 1},
};
static const crs_choice c1[2] = {
    {.id = "back", .next = 0, .ending = -1},
    {.id = "wait", .neffects = 1, .effects = earn, .next = 1, .ending = -1},
};
static const crs_node nodes[2] = {{.id = "n0", .nchoices = 4, .choices = c0},
                                  {.id = "n1", .nchoices = 2, .choices = c1}};
static const crs_stage stages[1] = {{.id = "s"}};
static const crs_ending endings[2] = {{.id = "e0", .stage = -1}, {.id = "e1", .stage = -1}};
static const crs_persona personas[2] = {{.id = "p", .start = 0}, {.id = "q", .start = 1}};
static const crs_scenario scen = {.id = "codes",
                                  .version = "1.0",
                                  .nvars = 1,
                                  .vars = vars,
                                  .npersonas = 2,
                                  .personas = personas,
                                  .nstages = 1,
                                  .stages = stages,
                                  .nnodes = 2,
                                  .nodes = nodes,
                                  .nendings = 2,
                                  .endings = endings};

static crs_engine *random_path(uint32_t k, crs_rng *r)
{
    crs_engine *e = crs_engine_new(&scen, (int)(k % 2), crs_rng_next(r), NULL);
    int steps = (int)crs_rng_below(r, 40);
    for (int i = 0; i < steps && !crs_engine_ended(e); i++) {
        int open[8], n = crs_engine_available(e, open, 8);
        crs_engine_choose(e, open[crs_rng_below(r, (uint32_t)n)], NULL, NULL);
    }
    return e;
}

static int same_path(const crs_engine *a, const crs_engine *b)
{
    if (crs_engine_history_len(a) != crs_engine_history_len(b)) return 0;
    if (crs_engine_ending(a) != crs_engine_ending(b)) return 0;
    for (size_t i = 0; i < crs_engine_history_len(a); i++) {
        const crs_step *x = crs_engine_history(a, i), *y = crs_engine_history(b, i);
        if (x->node != y->node || x->choice != y->choice || x->outcome != y->outcome) return 0;
    }
    return 1;
}

static void random_paths_round_trip(void)
{
    crs_rng r;
    crs_rng_seed(&r, 2026, 1);
    int ok = 0;
    for (uint32_t k = 0; k < 3000; k++) {
        crs_engine *e = random_path(k, &r);
        char code[CRS_CODE_MAX];
        crs_diag err;
        CHECK_INT(crs_code_encode(e, code, sizeof code, &err), 0);
        CHECK(crs_code_matches(&scen, code));
        crs_engine *d = crs_code_decode(&scen, code, &err);
        CHECK(d != NULL);
        if (d && same_path(e, d) && crs_engine_seed(d) == crs_engine_seed(e)) ok++;
        crs_engine_free(d);
        crs_engine_free(e);
    }
    CHECK_INT(ok, 3000);
}

static void code_is_readable(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 12345, NULL);
    crs_engine_choose(e, 0, NULL, NULL);
    char code[CRS_CODE_MAX];
    CHECK_INT(crs_code_encode(e, code, sizeof code, NULL), 0);
    for (const char *p = code; *p; p++)
        CHECK((*p >= '0' && *p <= '9') || (*p >= 'A' && *p <= 'Z' && !strchr("ILOU", *p)) ||
              *p == '-');
    CHECK(strlen(code) < 24);
    /* Lower case, spaces and O/I/L look-alikes are read as meant. */
    char loose[CRS_CODE_MAX];
    size_t o = 0;
    for (const char *p = code; *p; p++) {
        char c = *p == '-' ? ' ' : *p;
        loose[o++] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : (c == '0' ? 'O' : c);
    }
    loose[o] = '\0';
    crs_engine *d = crs_code_decode(&scen, loose, NULL);
    CHECK(d && same_path(e, d));
    crs_engine_free(d);
    crs_engine_free(e);
}

static void every_single_typo_is_caught(void)
{
    crs_engine *e = crs_engine_new(&scen, 1, 987654321, NULL);
    for (int i = 0; i < 6; i++) crs_engine_choose(e, 1, NULL, NULL);
    char code[CRS_CODE_MAX];
    crs_code_encode(e, code, sizeof code, NULL);
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    int caught = 0, tried = 0;
    for (size_t i = 0; code[i]; i++) {
        if (code[i] == '-') continue;
        for (int a = 0; a < 32; a++) {
            if (alphabet[a] == code[i]) continue;
            char bad[CRS_CODE_MAX];
            memcpy(bad, code, sizeof bad);
            bad[i] = alphabet[a];
            crs_diag err;
            crs_engine *d = crs_code_decode(&scen, bad, &err);
            tried++;
            caught += d == NULL;
            crs_engine_free(d);
        }
    }
    CHECK_INT(caught, tried);
    crs_diag err;
    CHECK(crs_code_decode(&scen, "HELLO", &err) == NULL);
    CHECK(crs_code_decode(&scen, "", &err) == NULL);
    CHECK(crs_code_decode(&scen, "AB#C", &err) == NULL);
    CHECK_CONTAINS(err.message, "not a session code");
    crs_engine_free(e);
}

/* 90 steps that never end the journey: a code of over 31 data characters (three check
 * characters). */
static crs_engine *long_path(uint32_t k, crs_rng *r)
{
    crs_engine *e = crs_engine_new(&scen, (int)(k % 2), crs_rng_next(r), NULL);
    for (int i = 0; i < 90; i++) {
        int open[8], n = crs_engine_available(e, open, 8), pick = open[crs_rng_below(r, 2)];
        if (crs_engine_node(e) == 0 && pick == 1) pick = n > 2 ? 2 : 0; /* not gamble */
        crs_engine_choose(e, pick, NULL, NULL);
    }
    return e;
}

/* The code's characters without dashes. */
static size_t bare(const char *code, char *out)
{
    size_t n = 0;
    for (const char *p = code; *p; p++)
        if (*p != '-') out[n++] = *p;
    out[n] = '\0';
    return n;
}

/* Every one- and two-character substitution and every transposition of a sample of codes is
 * refused: the false-accept rate is measured, and must be 0. */
static void two_typos_and_transpositions_never_accepted(void)
{
    static const char alphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    crs_rng r;
    crs_rng_seed(&r, 18, 4);
    long tried[3] = {0}, accepted[3] = {0}; /* one typo, two typos, a swap */
    int long_codes = 0;
    for (uint32_t k = 0; k < 8; k++) {
        crs_engine *e = k < 6 ? random_path(k, &r) : long_path(k, &r);
        char code[CRS_CODE_MAX], c[CRS_CODE_MAX], bad[CRS_CODE_MAX];
        crs_code_encode(e, code, sizeof code, NULL);
        size_t n = bare(code, c);
        long_codes += n > 34; /* three check characters */
        for (size_t i = 0; i < n; i++)
            for (int a = 0; a < 32; a++) {
                if (alphabet[a] == c[i]) continue;
                memcpy(bad, c, n + 1);
                bad[i] = alphabet[a];
                tried[0]++;
                accepted[0] += crs_code_valid(bad, NULL);
                for (size_t j = i + 1; j < n; j++)
                    for (int b = 0; b < 32; b++) {
                        if (alphabet[b] == c[j]) continue;
                        bad[j] = alphabet[b];
                        tried[1]++;
                        if (crs_code_valid(bad, NULL)) {
                            accepted[1]++;
                            crs_engine *d = crs_code_decode(&scen, bad, NULL);
                            crs_engine_free(d);
                        }
                        bad[j] = c[j];
                    }
            }
        for (size_t i = 0; i < n; i++)
            for (size_t j = i + 1; j < n; j++) {
                if (c[i] == c[j]) continue;
                memcpy(bad, c, n + 1);
                bad[i] = c[j];
                bad[j] = c[i];
                tried[2]++;
                accepted[2] += crs_code_valid(bad, NULL);
            }
        crs_engine_free(e);
    }
    printf("code: false accepts: %ld of %ld one-character, %ld of %ld two-character errors, "
           "%ld of %ld transpositions\n",
           accepted[0], tried[0], accepted[1], tried[1], accepted[2], tried[2]);
    CHECK(tried[1] > 1000000);
    CHECK_INT(long_codes, 2);
    CHECK_INT(accepted[0], 0);
    CHECK_INT(accepted[1], 0);
    CHECK_INT(accepted[2], 0);
}

/* A code from before the stronger check (format 1) is refused, saying why. */
static void old_format_code_is_refused(void)
{
    static const char old[] = "1YPQ-MT10-0011-4G5J"; /* persona q, seed 4242, "wait" 5 times */
    crs_diag err;
    CHECK(!crs_code_valid(old, &err));
    CHECK_CONTAINS(err.message, "made by a different version of crossings");
    CHECK(crs_code_decode(&scen, old, &err) == NULL);
    CHECK_CONTAINS(err.message, "made by a different version of crossings");
    CHECK(!crs_code_matches(&scen, old));
}

static void other_version_is_refused(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 7, NULL);
    crs_engine_choose(e, 3, NULL, NULL);
    char code[CRS_CODE_MAX];
    crs_code_encode(e, code, sizeof code, NULL);
    crs_scenario newer = scen;
    newer.version = "1.1";
    crs_diag err;
    CHECK(crs_code_decode(&newer, code, &err) == NULL);
    CHECK_CONTAINS(err.message, "another version");
    CHECK(!crs_code_matches(&newer, code));
    crs_engine_free(e);
}

static void big_seed_is_refused(void)
{
    crs_engine *e = crs_engine_new(&scen, 0, 1ULL << 40, NULL);
    char code[CRS_CODE_MAX];
    crs_diag err;
    CHECK_INT(crs_code_encode(e, code, sizeof code, &err), -1);
    CHECK_INT(err.code, CRS_E_LIMIT);
    crs_engine_free(e);
}

int main(void)
{
    static const check_case cases[] = {
        {"random_paths_round_trip", random_paths_round_trip},
        {"code_is_readable", code_is_readable},
        {"every_single_typo_is_caught", every_single_typo_is_caught},
        {"two_typos_and_transpositions_never_accepted",
         two_typos_and_transpositions_never_accepted},
        {"old_format_code_is_refused", old_format_code_is_refused},
        {"other_version_is_refused", other_version_is_refused},
        {"big_seed_is_refused", big_seed_is_refused},
    };
    return check_run("code", cases, sizeof cases / sizeof cases[0]);
}
