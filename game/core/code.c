/* Session codes. The code is one big number: the low 66 bits are a header (format, a 20-bit
 * tag of scenario id and version, persona, 32-bit seed, step count); above them the choices,
 * each as its position among the choices open at that step, in mixed radix, so a path costs
 * about log2(open choices) bits a step. Decoding replays the engine to learn each radix.
 * Two check characters follow (three on very long paths, see check_symbols): any one or two
 * wrong characters, and any two characters swapped, are always caught. Format 1 codes had one Luhn
 * mod 32 character, which let about 3% of two-character mistakes through; they are refused with a
 * message. */
#include "crossings/code.h"

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#define LIMBS      32 /* 1024 bits */
#define FORMAT     2u
#define OLD_FORMAT 1u /* one Luhn check character */
#define NCHECK     3
#define MAX_DATA   1023 /* positions with a distinct check column */
#define SHORT_DATA 31   /* up to this many data characters, two check characters suffice */
static const char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

typedef struct {
    uint32_t l[LIMBS]; /* little-endian limbs */
} big;

/* x = x * m + a; returns -1 on overflow. */
static int big_muladd(big *x, uint32_t m, uint32_t a)
{
    uint64_t carry = a;
    for (int i = 0; i < LIMBS; i++) {
        uint64_t v = (uint64_t)x->l[i] * m + carry;
        x->l[i] = (uint32_t)v;
        carry = v >> 32;
    }
    return carry ? -1 : 0;
}

/* x = x / d; returns the remainder. */
static uint32_t big_divmod(big *x, uint32_t d)
{
    uint64_t rem = 0;
    for (int i = LIMBS - 1; i >= 0; i--) {
        uint64_t cur = (rem << 32) | x->l[i];
        x->l[i] = (uint32_t)(cur / d);
        rem = cur % d;
    }
    return (uint32_t)rem;
}

static int big_zero(const big *x)
{
    for (int i = 0; i < LIMBS; i++)
        if (x->l[i]) return 0;
    return 1;
}

static uint32_t scenario_tag(const crs_scenario *s)
{
    uint32_t h = 2166136261u;
    for (const char *p = s->id; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
    h = (h ^ 0u) * 16777619u;
    for (const char *p = s->version; *p; p++) h = (h ^ (uint8_t)*p) * 16777619u;
    return h & 0xFFFFFu;
}

/* Luhn mod 32 over digit values: format 1's check, kept to recognise its codes. */
static int luhn_check(const int *v, int n)
{
    int factor = 2, sum = 0;
    for (int i = n - 1; i >= 0; i--) {
        int add = factor * v[i];
        factor = factor == 2 ? 1 : 2;
        sum += add / 32 + add % 32;
    }
    return (32 - sum % 32) % 32;
}

/* GF(32) multiplication, modulo x^5 + x^2 + 1. */
static int gf_mul(int a, int b)
{
    int r = 0;
    for (; b; b >>= 1) {
        if (b & 1) r ^= a;
        a <<= 1;
        if (a & 32) a ^= 0x25;
    }
    return r;
}

/* A q-ary Hamming-style check over GF(32): the data character at position i (from 0) has the
 * check column (1, x, y) with x, y the base-32 digits of i + 1, and the three check
 * characters have (1,0,0), (0,1,0), (0,0,1). No two columns are multiples of one another, so
 * the code has distance 3: every error in one or two characters changes the syndrome. Works
 * for up to 1023 data characters. Up to 31 of them, y is always 0 and so is c[2]: such codes
 * carry only the first two check characters (columns (1, x), (1,0), (0,1): still distance 3),
 * which keeps the codes of ordinary journeys one character shorter. */
static void check_symbols(const int *v, int n, int c[NCHECK])
{
    c[0] = c[1] = c[2] = 0;
    for (int i = 0; i < n; i++) {
        c[0] ^= v[i];
        c[1] ^= gf_mul(v[i], (i + 1) & 31);
        c[2] ^= gf_mul(v[i], (i + 1) >> 5);
    }
}

static int position_of(const int *open, int n, int choice)
{
    for (int i = 0; i < n; i++)
        if (open[i] == choice) return i;
    return -1;
}

/* Packs the choices (last step outermost) above the header. */
static int pack(const crs_engine *e, big *x, crs_diag *err)
{
    const crs_scenario *s = crs_engine_scenario(e);
    size_t n = crs_engine_history_len(e);
    int radix[256], digit[256];
    crs_engine *r = crs_engine_new(s, crs_engine_persona(e), crs_engine_seed(e), err);
    if (!r) return -1;
    for (size_t i = 0; i < n; i++) {
        const crs_step *st = crs_engine_history(e, i);
        int open[16];
        radix[i] = crs_engine_available(r, open, 16);
        digit[i] = position_of(open, radix[i] > 16 ? 16 : radix[i], st->choice);
        if (crs_engine_choose_outcome(r, st->choice, st->outcome, NULL, err) != 0) {
            crs_engine_free(r); /* out of memory: the radices after this step would be wrong */
            return -1;
        }
    }
    crs_engine_free(r);
    memset(x, 0, sizeof *x);
    for (size_t i = n; i-- > 0;)
        if (digit[i] < 0 || big_muladd(x, (uint32_t)radix[i], (uint32_t)digit[i]) != 0) {
            crs_diag_set(err, CRS_E_LIMIT, "this path is too long for a session code");
            return -1;
        }
    return 0;
}

int crs_code_encode(const crs_engine *e, char *out, size_t cap, crs_diag *err)
{
    const crs_scenario *s = crs_engine_scenario(e);
    size_t n = crs_engine_history_len(e);
    if (crs_engine_placed(e)) {
        crs_diag_set(err, CRS_E_STATE, "a journey started elsewhere (--start, --set) has no code");
        return -1;
    }
    if (crs_engine_seed(e) > 0xFFFFFFFFu || n > 255 || crs_engine_persona(e) > 15) {
        crs_diag_set(err, CRS_E_LIMIT, "session codes need a 32-bit seed, 255 steps, 16 personas");
        return -1;
    }
    big x;
    if (pack(e, &x, err) != 0) return -1;
    /* Header, most significant first: format 2 bits, tag 20, persona 4, seed 32, steps 8. */
    big_muladd(&x, 4, FORMAT);
    big_muladd(&x, 1u << 20, scenario_tag(s));
    big_muladd(&x, 16, (uint32_t)crs_engine_persona(e));
    big_muladd(&x, 1u << 16, (uint32_t)(crs_engine_seed(e) >> 16));
    big_muladd(&x, 1u << 16, (uint32_t)(crs_engine_seed(e) & 0xFFFF));
    big_muladd(&x, 256, (uint32_t)n);
    int v[220 + NCHECK], nv = 0;
    while (!big_zero(&x)) v[nv++] = (int)big_divmod(&x, 32);
    if (nv == 0) v[nv++] = 0;
    for (int i = 0; i < nv / 2; i++) { /* most significant first */
        int t = v[i];
        v[i] = v[nv - 1 - i];
        v[nv - 1 - i] = t;
    }
    if (nv > MAX_DATA) {
        crs_diag_set(err, CRS_E_LIMIT, "this path is too long for a session code");
        return -1;
    }
    check_symbols(v, nv, v + nv);
    nv += nv <= SHORT_DATA ? NCHECK - 1 : NCHECK;
    if ((size_t)(nv + nv / 4 + 1) > cap) {
        crs_diag_set(err, CRS_E_LIMIT, "output buffer too small for the code");
        return -1;
    }
    size_t o = 0;
    for (int i = 0; i < nv; i++) {
        if (i && i % 4 == 0) out[o++] = '-';
        out[o++] = digits[v[i]];
    }
    out[o] = '\0';
    return 0;
}

static int value_of(char c)
{
    if (c >= 'a' && c <= 'z') c = (char)(c - 'a' + 'A');
    if (c == 'O') c = '0';
    if (c == 'I' || c == 'L') c = '1';
    const char *p = c ? strchr(digits, c) : NULL;
    return p ? (int)(p - digits) : -1;
}

static int unpack_header(const int *v, int n, big *x, uint32_t h[5]);

/* A format 1 code: its Luhn character is right and its header says format 1. */
static int is_old_format(const int *v, int n)
{
    big x;
    uint32_t h[5];
    return n >= 2 && luhn_check(v, n - 1) == v[n - 1] && unpack_header(v, n - 1, &x, h) == 0 &&
           h[0] == OLD_FORMAT;
}

/* Reads the characters and verifies the check; returns the count of data characters or -1. */
static int read_code(const char *code, int *v, int cap, crs_diag *err)
{
    int n = 0;
    for (const char *p = code; *p; p++) {
        if (*p == '-' || *p == ' ') continue;
        int d = value_of(*p);
        if (d < 0 || n == cap) {
            crs_diag_set(err, CRS_E_VALUE, "this is not a session code (unexpected character)");
            return -1;
        }
        v[n++] = d;
    }
    /* Two check characters up to SHORT_DATA data characters, three from SHORT_DATA + 1 on. */
    int k = n <= SHORT_DATA + NCHECK - 1 ? NCHECK - 1 : NCHECK, c[NCHECK];
    if (n > k) check_symbols(v, n - k, c);
    if (n <= k || (k == NCHECK && n - k <= SHORT_DATA) ||
        memcmp(c, v + n - k, (size_t)k * sizeof *c) != 0) {
        /* A format 1 code is whole, just old: say so rather than "typo". */
        if (is_old_format(v, n))
            crs_diag_set(err, CRS_E_VALUE,
                         "this code was made by a different version of crossings");
        else
            crs_diag_set(err, CRS_E_VALUE, "this code has a typo: check it letter by letter");
        return -1;
    }
    return n - k;
}

static int unpack_header(const int *v, int n, big *x, uint32_t h[5])
{
    memset(x, 0, sizeof *x);
    for (int i = 0; i < n; i++)
        if (big_muladd(x, 32, (uint32_t)v[i]) != 0) return -1;
    h[4] = big_divmod(x, 256);
    uint32_t seed_lo = big_divmod(x, 1u << 16);
    h[3] = (big_divmod(x, 1u << 16) << 16) | seed_lo;
    h[2] = big_divmod(x, 16);
    h[1] = big_divmod(x, 1u << 20);
    h[0] = big_divmod(x, 4);
    return 0;
}

static crs_engine *replay(const crs_scenario *s, big *x, const uint32_t h[5], crs_diag *err)
{
    crs_engine *e = crs_engine_new(s, (int)h[2], h[3], err);
    for (uint32_t i = 0; e && i < h[4]; i++) {
        int open[16], n = crs_engine_available(e, open, 16);
        if (n > 16) n = 16;
        uint32_t d = n > 0 ? big_divmod(x, (uint32_t)n) : 0;
        crs_diag cerr = {0};
        if (n == 0 || crs_engine_choose(e, open[d], NULL, &cerr) != 0) {
            crs_engine_free(e);
            if (cerr.code == CRS_E_MEMORY && err)
                *err = cerr; /* out of memory, as the engine said */
            else
                crs_diag_set(err, CRS_E_VALUE, "this code names a path the scenario cannot take");
            return NULL;
        }
    }
    if (e && !big_zero(x)) {
        crs_engine_free(e);
        crs_diag_set(err, CRS_E_VALUE, "this code names a path the scenario cannot take");
        return NULL;
    }
    return e;
}

crs_engine *crs_code_decode(const crs_scenario *s, const char *code, crs_diag *err)
{
    int v[220];
    int n = read_code(code, v, 220, err);
    if (n < 0) return NULL;
    big x;
    uint32_t h[5];
    if (unpack_header(v, n, &x, h) != 0 || h[0] != FORMAT) {
        crs_diag_set(err, CRS_E_VALUE, "this code was made by a different version of crossings");
        return NULL;
    }
    if (h[1] != scenario_tag(s)) {
        crs_diag_set(err, CRS_E_VALUE,
                     "this code is for another scenario, or another version of this one");
        return NULL;
    }
    if ((int)h[2] >= s->npersonas) {
        crs_diag_set(err, CRS_E_VALUE, "this code names a persona the scenario does not have");
        return NULL;
    }
    return replay(s, &x, h, err);
}

int crs_code_matches(const crs_scenario *s, const char *code)
{
    int v[220];
    int n = read_code(code, v, 220, NULL);
    big x;
    uint32_t h[5];
    return n >= 0 && unpack_header(v, n, &x, h) == 0 && h[0] == FORMAT && h[1] == scenario_tag(s);
}

int crs_code_valid(const char *code, crs_diag *err)
{
    int v[220];
    return read_code(code, v, 220, err) >= 0;
}
