/* A small PNG codec for screenshots and golden images: deflate with LZ77 and fixed Huffman
 * codes (flat UI screens compress about 50:1), and an inflater for the forms it writes. */
#include "png.h"
#include "crossings/fileio.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* ===== bit and byte buffers ===== */

typedef struct {
    uint8_t *p;
    size_t len, cap;
    uint32_t bits;
    int nbits;
    int oom;
} obuf;

static void put_byte(obuf *b, uint8_t v)
{
    if (b->oom) return;
    if (b->len == b->cap) {
        size_t ncap = b->cap ? b->cap * 2 : 4096;
        uint8_t *np = realloc(b->p, ncap);
        if (!np) {
            b->oom = 1;
            return;
        }
        b->p = np;
        b->cap = ncap;
    }
    b->p[b->len++] = v;
}

static void put_be32(obuf *b, uint32_t v)
{
    for (int s = 24; s >= 0; s -= 8) put_byte(b, (uint8_t)(v >> s));
}

/* Deflate writes bits least significant first. */
static void put_bits(obuf *b, uint32_t v, int n)
{
    b->bits |= v << b->nbits;
    b->nbits += n;
    while (b->nbits >= 8) {
        put_byte(b, (uint8_t)b->bits);
        b->bits >>= 8;
        b->nbits -= 8;
    }
}

static void flush_bits(obuf *b)
{
    if (b->nbits > 0) put_byte(b, (uint8_t)b->bits);
    b->bits = 0;
    b->nbits = 0;
}

/* Huffman codes are sent most significant bit first. */
static void put_code(obuf *b, uint32_t code, int n)
{
    uint32_t r = 0;
    for (int i = 0; i < n; i++) r |= ((code >> i) & 1u) << (n - 1 - i);
    put_bits(b, r, n);
}

/* ===== checksums ===== */

static uint32_t crc_table[256];

static void crc_init(void)
{
    if (crc_table[1]) return;
    for (uint32_t n = 0; n < 256; n++) {
        uint32_t c = n;
        for (int k = 0; k < 8; k++) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        crc_table[n] = c;
    }
}

static uint32_t crc32_of(const uint8_t *p, size_t n)
{
    uint32_t c = 0xFFFFFFFFu;
    crc_init();
    for (size_t i = 0; i < n; i++) c = crc_table[(c ^ p[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

static uint32_t adler32_of(const uint8_t *p, size_t n)
{
    uint32_t a = 1, b = 0;
    for (size_t i = 0; i < n; i++) {
        a = (a + p[i]) % 65521u;
        b = (b + a) % 65521u;
    }
    return (b << 16) | a;
}

/* ===== deflate (fixed Huffman) ===== */

static const uint16_t len_base[29] = {3,  4,  5,  6,   7,   8,   9,   10,  11, 13,
                                      15, 17, 19, 23,  27,  31,  35,  43,  51, 59,
                                      67, 83, 99, 115, 131, 163, 195, 227, 258};
static const uint8_t len_extra[29] = {0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2,
                                      2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0};
static const uint16_t dist_base[30] = {
    1,   2,   3,   4,   5,   7,    9,    13,   17,   25,   33,   49,   65,    97,    129,
    193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577};
static const uint8_t dist_extra[30] = {0, 0, 0, 0, 1, 1, 2, 2,  3,  3,  4,  4,  5,  5,  6,
                                       6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13};

static void put_litlen(obuf *b, int v)
{
    if (v < 144)
        put_code(b, 0x30u + (uint32_t)v, 8);
    else if (v < 256)
        put_code(b, 0x190u + (uint32_t)(v - 144), 9);
    else if (v < 280)
        put_code(b, (uint32_t)(v - 256), 7);
    else
        put_code(b, 0xC0u + (uint32_t)(v - 280), 8);
}

static void put_match(obuf *b, int len, int dist)
{
    int i = 28;
    while (len_base[i] > len) i--;
    put_litlen(b, 257 + i);
    put_bits(b, (uint32_t)(len - len_base[i]), len_extra[i]);
    int d = 29;
    while (dist_base[d] > dist) d--;
    put_code(b, (uint32_t)d, 5);
    put_bits(b, (uint32_t)(dist - dist_base[d]), dist_extra[d]);
}

#define HASH_BITS 15
#define WINDOW    32768
#define CHAIN     12

static unsigned hash3(const uint8_t *p)
{
    return ((unsigned)p[0] * 506832829u ^ (unsigned)p[1] * 2654435761u ^ p[2]) >> (32 - HASH_BITS) &
           ((1u << HASH_BITS) - 1);
}

/* One fixed-Huffman block over the whole input, greedy LZ77 with short hash chains. */
static int deflate_fixed(obuf *b, const uint8_t *in, size_t n)
{
    int32_t *head = malloc(sizeof(int32_t) << HASH_BITS);
    int32_t *prev = malloc(sizeof(int32_t) * WINDOW);
    if (!head || !prev) {
        free(head);
        free(prev);
        return -1;
    }
    for (size_t i = 0; i < (1u << HASH_BITS); i++) head[i] = -1;
    put_bits(b, 1, 1); /* final block */
    put_bits(b, 1, 2); /* fixed Huffman */
    size_t i = 0;
    while (i < n) {
        int best = 0, bestd = 0;
        if (i + 3 <= n) {
            unsigned h = hash3(in + i);
            int32_t cand = head[h];
            size_t maxl = n - i < 258 ? n - i : 258;
            for (int k = 0; k < CHAIN && cand >= 0 && i - (size_t)cand <= WINDOW - 1; k++) {
                size_t l = 0;
                while (l < maxl && in[(size_t)cand + l] == in[i + l]) l++;
                if ((int)l > best) {
                    best = (int)l;
                    bestd = (int)(i - (size_t)cand);
                    if (l == maxl) break;
                }
                cand = prev[(size_t)cand % WINDOW];
            }
        }
        size_t step = best >= 3 ? (size_t)best : 1;
        if (best >= 3)
            put_match(b, best, bestd);
        else
            put_litlen(b, in[i]);
        for (size_t end = i + step; i < end; i++) {
            if (i + 3 > n) continue; /* the last two bytes start no match */
            unsigned h = hash3(in + i);
            prev[i % WINDOW] = head[h];
            head[h] = (int32_t)i;
        }
    }
    put_litlen(b, 256);
    flush_bits(b);
    free(head);
    free(prev);
    return b->oom ? -1 : 0;
}

/* ===== PNG encoding ===== */

static void put_chunk(obuf *o, const char *type, const uint8_t *data, size_t n)
{
    put_be32(o, (uint32_t)n);
    size_t start = o->len;
    for (int i = 0; i < 4; i++) put_byte(o, (uint8_t)type[i]);
    for (size_t i = 0; i < n; i++) put_byte(o, data[i]);
    if (o->oom) return;
    put_be32(o, crc32_of(o->p + start, o->len - start));
}

int crs_png_encode(const uint8_t *rgb, int w, int h, uint8_t **out, size_t *outlen)
{
    if (w <= 0 || h <= 0) return -1;
    size_t stride = (size_t)w * 3, rawlen = (stride + 1) * (size_t)h;
    uint8_t *raw = malloc(rawlen);
    if (!raw) return -1;
    for (int y = 0; y < h; y++) {
        raw[(size_t)y * (stride + 1)] = 0; /* filter: none; LZ77 finds the repeats */
        memcpy(raw + (size_t)y * (stride + 1) + 1, rgb + (size_t)y * stride, stride);
    }
    obuf z = {0};
    put_byte(&z, 0x78);
    put_byte(&z, 0x01);
    int rc = deflate_fixed(&z, raw, rawlen);
    put_be32(&z, adler32_of(raw, rawlen));
    free(raw);
    obuf o = {0};
    static const uint8_t sig[8] = {137, 80, 78, 71, 13, 10, 26, 10};
    for (int i = 0; i < 8; i++) put_byte(&o, sig[i]);
    uint8_t ihdr[13] = {0};
    for (int i = 0; i < 4; i++) {
        ihdr[i] = (uint8_t)((unsigned)w >> (24 - 8 * i));
        ihdr[4 + i] = (uint8_t)((unsigned)h >> (24 - 8 * i));
    }
    ihdr[8] = 8; /* bit depth */
    ihdr[9] = 2; /* colour type: RGB */
    put_chunk(&o, "IHDR", ihdr, 13);
    if (rc == 0 && !z.oom) put_chunk(&o, "IDAT", z.p, z.len);
    put_chunk(&o, "IEND", NULL, 0);
    free(z.p);
    if (rc != 0 || z.oom || o.oom) {
        free(o.p);
        return -1;
    }
    *out = o.p;
    *outlen = o.len;
    return 0;
}

int crs_png_write(const char *path, const uint8_t *rgb, int w, int h)
{
    uint8_t *data = NULL;
    size_t n = 0;
    if (crs_png_encode(rgb, w, h, &data, &n) != 0) return -1;
    /* Written beside the target, then renamed over it: a full disk leaves no truncated PNG
     * (and an older screenshot of that name stays whole). */
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 6);
    if (!tmp) {
        free(data);
        return -1;
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".part", 6);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(data, 1, n, f) == n;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok && f) remove(tmp);
    free(tmp);
    free(data);
    return ok ? 0 : -1;
}

/* ===== inflate (stored and fixed-Huffman blocks) ===== */

typedef struct {
    const uint8_t *p;
    size_t n, pos;
    uint32_t bits;
    int nbits;
    int err;
} ibuf;

static uint32_t get_bits(ibuf *b, int n)
{
    while (b->nbits < n) {
        if (b->pos >= b->n) {
            b->err = 1;
            return 0;
        }
        b->bits |= (uint32_t)b->p[b->pos++] << b->nbits;
        b->nbits += 8;
    }
    uint32_t v = b->bits & ((1u << n) - 1);
    b->bits >>= n;
    b->nbits -= n;
    return v;
}

static uint32_t get_code(ibuf *b, int n)
{
    uint32_t v = 0;
    for (int i = 0; i < n; i++) v = (v << 1) | get_bits(b, 1);
    return v;
}

static int get_litlen(ibuf *b)
{
    uint32_t c = get_code(b, 7);
    if (c <= 23) return 256 + (int)c;
    c = (c << 1) | get_bits(b, 1);
    if (c >= 0x30 && c <= 0xBF) return (int)(c - 0x30);
    if (c >= 0xC0 && c <= 0xC7) return 280 + (int)(c - 0xC0);
    c = (c << 1) | get_bits(b, 1);
    if (c >= 0x190 && c <= 0x1FF) return 144 + (int)(c - 0x190);
    b->err = 1;
    return -1;
}

static int inflate_fixed(ibuf *b, obuf *o)
{
    for (;;) {
        int v = get_litlen(b);
        if (b->err || v < 0 || v > 285) return -1;
        if (v < 256) {
            put_byte(o, (uint8_t)v);
            continue;
        }
        if (v == 256) return 0;
        int len = len_base[v - 257] + (int)get_bits(b, len_extra[v - 257]);
        uint32_t d = get_code(b, 5);
        if (d > 29) return -1;
        size_t dist = dist_base[d] + get_bits(b, dist_extra[d]);
        if (b->err || dist > o->len) return -1;
        for (int i = 0; i < len; i++) put_byte(o, o->oom ? 0 : o->p[o->len - dist]);
        if (o->oom) return -1;
    }
}

static int inflate_zlib(const uint8_t *p, size_t n, obuf *o)
{
    if (n < 6 || (p[0] & 0x0F) != 8) return -1;
    ibuf b = {p + 2, n - 2, 0, 0, 0, 0};
    int final = 0;
    while (!final) {
        final = (int)get_bits(&b, 1);
        uint32_t type = get_bits(&b, 2);
        if (type == 0) {
            b.bits = 0;
            b.nbits = 0;
            if (b.pos + 4 > b.n) return -1;
            size_t len = b.p[b.pos] | (size_t)b.p[b.pos + 1] << 8;
            b.pos += 4;
            if (b.pos + len > b.n) return -1;
            for (size_t i = 0; i < len; i++) put_byte(o, b.p[b.pos + i]);
            b.pos += len;
        } else if (type != 1 || inflate_fixed(&b, o) != 0) {
            return -1; /* dynamic Huffman blocks are not handled */
        }
        if (b.err || o->oom) return -1;
    }
    return 0;
}

static uint32_t be32(const uint8_t *p)
{
    return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 | (uint32_t)p[2] << 8 | p[3];
}

static int paeth(int a, int b, int c)
{
    int p = a + b - c, pa = abs(p - a), pb = abs(p - b), pc = abs(p - c);
    return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
}

static int unfilter(const uint8_t *raw, size_t rawlen, int w, int h, uint8_t *rgb)
{
    size_t stride = (size_t)w * 3;
    if (rawlen < (stride + 1) * (size_t)h) return -1;
    for (int y = 0; y < h; y++) {
        const uint8_t *src = raw + (size_t)y * (stride + 1);
        uint8_t *row = rgb + (size_t)y * stride, *up = y ? row - stride : NULL;
        for (size_t x = 0; x < stride; x++) {
            int a = x >= 3 ? row[x - 3] : 0, b = up ? up[x] : 0, c = up && x >= 3 ? up[x - 3] : 0;
            int pred = 0;
            switch (src[0]) {
            case 0:
                pred = 0;
                break;
            case 1:
                pred = a;
                break;
            case 2:
                pred = b;
                break;
            case 3:
                pred = (a + b) / 2;
                break;
            case 4:
                pred = paeth(a, b, c);
                break;
            default:
                return -1;
            }
            row[x] = (uint8_t)(src[1 + x] + pred);
        }
    }
    return 0;
}

static uint8_t *slurp(const char *path, size_t *n)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    if (!f) return NULL;
    obuf b = {0};
    int c;
    while ((c = fgetc(f)) != EOF) put_byte(&b, (uint8_t)c);
    fclose(f);
    if (b.oom) {
        free(b.p);
        return NULL;
    }
    *n = b.len;
    return b.p;
}

int crs_png_read(const char *path, uint8_t **rgb, int *w, int *h)
{
    size_t n = 0, pos = 8;
    uint8_t *f = slurp(path, &n);
    obuf idat = {0}, raw = {0};
    int rc = -1, iw = 0, ih = 0;
    if (!f || n < 8 || memcmp(f, "\x89PNG\r\n\x1a\n", 8) != 0) goto done;
    while (pos + 12 <= n) {
        uint32_t len = be32(f + pos);
        const uint8_t *type = f + pos + 4, *data = f + pos + 8;
        if (len > n - pos - 12) goto done;
        if (!memcmp(type, "IHDR", 4) && len == 13) {
            iw = (int)be32(data);
            ih = (int)be32(data + 4);
            if (data[8] != 8 || data[9] != 2 || data[12] != 0) goto done;
        } else if (!memcmp(type, "IDAT", 4)) {
            for (uint32_t i = 0; i < len; i++) put_byte(&idat, data[i]);
        }
        pos += 12 + len;
    }
    if (iw <= 0 || ih <= 0 || iw > 16384 || ih > 16384 || idat.oom) goto done;
    if (inflate_zlib(idat.p, idat.len, &raw) != 0) goto done;
    *rgb = malloc((size_t)iw * (size_t)ih * 3);
    if (!*rgb) goto done;
    if (unfilter(raw.p, raw.len, iw, ih, *rgb) != 0) {
        free(*rgb);
        *rgb = NULL;
        goto done;
    }
    *w = iw;
    *h = ih;
    rc = 0;
done:
    free(f);
    free(idat.p);
    free(raw.p);
    return rc;
}
