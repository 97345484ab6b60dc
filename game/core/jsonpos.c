/* Encoding and syntax checks, JSON Pointer lookup and line/column for raw JSON text.
 * Everything here is iterative and bounded, so no input can exhaust the stack. */
#include "jsonpos.h"

#include <limits.h>
#include <locale.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/scenario.h"

static int fail(jp_error *e, crs_code code, size_t off, const char *msg)
{
    e->code = code;
    e->off = off;
    snprintf(e->msg, sizeof e->msg, "%s", msg);
    return -1;
}

size_t jp_bom(const char *b, size_t n)
{
    return n >= 3 && memcmp(b, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

/* Length of the valid UTF-8 sequence at p, or 0 when it is invalid (RFC 3629 table). */
static size_t utf8_len(const unsigned char *p, size_t left)
{
    unsigned c = p[0];
    if (c < 0x80) return 1;
    size_t len;
    unsigned lo = 0x80, hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF)
        len = 2;
    else if (c >= 0xE0 && c <= 0xEF)
        len = 3;
    else if (c >= 0xF0 && c <= 0xF4)
        len = 4;
    else
        return 0;
    if (c == 0xE0) lo = 0xA0;
    if (c == 0xED) hi = 0x9F; /* no UTF-16 surrogates */
    if (c == 0xF0) lo = 0x90;
    if (c == 0xF4) hi = 0x8F; /* nothing above U+10FFFF */
    if (left < len) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (size_t i = 2; i < len; i++)
        if (p[i] < 0x80 || p[i] > 0xBF) return 0;
    return len;
}

int jp_check_encoding(const char *b, size_t n, jp_error *e)
{
    const unsigned char *p = (const unsigned char *)b;
    size_t i = 0;
    while (i < n) {
        /* Eight bytes at a time while they are ASCII and not NUL (most of a scenario). */
        while (n - i >= 8) {
            uint64_t w;
            memcpy(&w, p + i, 8);
            uint64_t high = w & 0x8080808080808080u;
            uint64_t zero = (w - 0x0101010101010101u) & ~w & 0x8080808080808080u;
            if (high | zero) break;
            i += 8;
        }
        if (i >= n) break;
        if (p[i] == 0)
            return fail(e, CRS_E_ENCODING, i, "NUL byte in the file (is it really a text file?)");
        size_t len = utf8_len(p + i, n - i);
        if (!len)
            return fail(
                e, CRS_E_ENCODING, i,
                "invalid UTF-8 (save the file as UTF-8; other encodings are not supported)");
        i += len;
    }
    return 0;
}

void jp_line_col(const char *b, size_t n, size_t off, int *line, int *col)
{
    int l = 1, c = 1;
    if (off > n) off = n;
    /* Editors do not show a byte-order mark: columns on line 1 start after it. */
    for (size_t i = jp_bom(b, n); i < off; i++) {
        unsigned char ch = (unsigned char)b[i];
        if (ch == '\n') {
            l++;
            c = 1;
        } else if ((ch & 0xC0) != 0x80) {
            c++; /* count characters, not continuation bytes */
        }
    }
    *line = l;
    *col = c;
}

/* ===== the strict scanner, which can also build the tree ===== */

/* Members of one object whose key hashes are kept for the duplicate test; a bigger object is
 * left to the loader's full (sorting) check. */
#define KEYS_KEPT 16

/* An open object or array while building: its node, its last child, its keys' hashes. */
typedef struct frame {
    cJSON *node, *last;
    uint32_t hashes[KEYS_KEPT];
    int nkeys;
} frame;

typedef struct scan {
    const char *b;
    size_t n, pos;
    jp_error *e;
    long values;
    crs_arena *a;                 /* NULL: check only */
    frame stack[CRS_LIMIT_DEPTH]; /* nodes of the open containers (building only) */
    char kinds[CRS_LIMIT_DEPTH];  /* '{' or '[' of each open container */
    int depth;
    cJSON *root;
    char *key; /* the key read for the next member (building only) */
    uint32_t key_hash;
    size_t key_off; /* where that key starts */
    int maybe_dup;
    int spans; /* building with a jp_span after every node */
} scan;

/* A node and its span are allocated together: the span sits just past the node (cJSON's size
 * is a multiple of its alignment, which covers size_t). */
typedef struct spanned {
    cJSON node;
    jp_span span;
} spanned;

const jp_span *jp_span_of(const cJSON *v)
{
    return &((const spanned *)(const void *)v)->span;
}

static jp_span *span_of(cJSON *v)
{
    return &((spanned *)(void *)v)->span;
}

static void skip_ws(scan *s)
{
    while (s->pos < s->n) {
        char c = s->b[s->pos];
        if (c != ' ' && c != '\t' && c != '\n' && c != '\r') break;
        s->pos++;
    }
}

static int at_end(scan *s)
{
    return fail(s->e, CRS_E_SYNTAX, s->n,
                "the file ends before the JSON is complete (a missing '}', ']' or '\"'?)");
}

static int out_of_memory(scan *s)
{
    return fail(s->e, CRS_E_MEMORY, s->pos, "out of memory while reading the JSON");
}

static int hex4(const char *p, unsigned *out)
{
    unsigned v = 0;
    for (int i = 0; i < 4; i++) {
        char c = p[i];
        v <<= 4;
        if (c >= '0' && c <= '9')
            v |= (unsigned)(c - '0');
        else if (c >= 'a' && c <= 'f')
            v |= (unsigned)(c - 'a' + 10);
        else if (c >= 'A' && c <= 'F')
            v |= (unsigned)(c - 'A' + 10);
        else
            return -1;
    }
    *out = v;
    return 0;
}

/* Appends code point cp to out as UTF-8. */
static size_t put_utf8(unsigned cp, char *out)
{
    if (cp < 0x80) {
        out[0] = (char)cp;
        return 1;
    }
    if (cp < 0x800) {
        out[0] = (char)(0xC0 | (cp >> 6));
        out[1] = (char)(0x80 | (cp & 0x3F));
        return 2;
    }
    if (cp < 0x10000) {
        out[0] = (char)(0xE0 | (cp >> 12));
        out[1] = (char)(0x80 | ((cp >> 6) & 0x3F));
        out[2] = (char)(0x80 | (cp & 0x3F));
        return 3;
    }
    out[0] = (char)(0xF0 | (cp >> 18));
    out[1] = (char)(0x80 | ((cp >> 12) & 0x3F));
    out[2] = (char)(0x80 | ((cp >> 6) & 0x3F));
    out[3] = (char)(0x80 | (cp & 0x3F));
    return 4;
}

/* Decodes one escape of a validated string at p (the backslash) into out; returns the bytes
 * written and advances *p past the escape. */
static size_t unescape(const char **p, char *out)
{
    const char *q = *p;
    if (q[1] != 'u') {
        const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
        out[0] = to[strchr(from, q[1]) - from];
        *p = q + 2;
        return 1;
    }
    unsigned cp = 0, lo = 0xDC00; /* set by hex4 on validated text */
    hex4(q + 2, &cp);
    q += 6;
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        hex4(q + 2, &lo);
        cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
        q += 6;
    }
    *p = q;
    return put_utf8(cp, out);
}

/* A \u escape at s->pos (pointing at the 'u'); adds its UTF-8 length to *bytes. */
static int scan_u(scan *s, size_t *bytes)
{
    size_t at = s->pos - 1;
    unsigned cp, lo;
    if (s->n - s->pos < 5 || hex4(s->b + s->pos + 1, &cp))
        return fail(s->e, CRS_E_SYNTAX, at, "bad \\u escape (four hex digits expected)");
    s->pos += 5;
    if (cp == 0) return fail(s->e, CRS_E_ENCODING, at, "\\u0000 (a NUL character) in a string");
    if (cp >= 0xDC00 && cp <= 0xDFFF)
        return fail(s->e, CRS_E_ENCODING, at, "lone UTF-16 low surrogate in a \\u escape");
    if (cp >= 0xD800 && cp <= 0xDBFF) {
        if (s->n - s->pos < 6 || s->b[s->pos] != '\\' || s->b[s->pos + 1] != 'u' ||
            hex4(s->b + s->pos + 2, &lo) || lo < 0xDC00 || lo > 0xDFFF)
            return fail(s->e, CRS_E_ENCODING, at, "UTF-16 high surrogate without its low half");
        s->pos += 6;
        *bytes += 4;
        return 0;
    }
    *bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : 3;
    return 0;
}

/* The decoded copy of the validated string between from (after the opening quote) and the
 * closing quote at to, in the arena; its FNV-1a hash in *hash when hash is not NULL. */
static char *decode(scan *s, size_t from, size_t to, size_t bytes, int escaped, uint32_t *hash)
{
    char *out = crs_arena_chars(s->a, bytes + 1);
    if (!out) return NULL;
    if (!escaped) {
        memcpy(out, s->b + from, bytes);
    } else {
        const char *p = s->b + from, *end = s->b + to;
        size_t k = 0;
        while (p < end) k += *p == '\\' ? unescape(&p, out + k) : (out[k] = *p++, 1);
    }
    out[bytes] = '\0';
    if (hash) {
        uint32_t h = 2166136261u;
        for (size_t i = 0; i < bytes; i++) h = (h ^ (unsigned char)out[i]) * 16777619u;
        *hash = h;
    }
    return out;
}

/* A string starting at s->pos (the opening quote). When building, *out gets its decoded copy
 * (and *hash its hash, when hash is not NULL). */
static int scan_string(scan *s, char **out, uint32_t *hash)
{
    size_t start = s->pos++, bytes = 0;
    int escaped = 0;
    for (;;) {
        /* Most characters need no attention: take a run of them at once. */
        size_t run = s->pos;
        while (run < s->n && (unsigned char)s->b[run] >= 0x20 && s->b[run] != '"' &&
               s->b[run] != '\\')
            run++;
        bytes += run - s->pos;
        s->pos = run;
        if (bytes > CRS_LIMIT_STRING_BYTES)
            return fail(s->e, CRS_E_LIMIT, start, "string longer than 8192 bytes");
        if (s->pos >= s->n) return at_end(s);
        unsigned char c = (unsigned char)s->b[s->pos++];
        if (c == '"') break;
        if (c < 0x20)
            return fail(s->e, CRS_E_SYNTAX, s->pos - 1,
                        "line break or control character inside a string (write \\n instead)");
        if (c == '\\') {
            escaped = 1;
            if (s->pos >= s->n) return at_end(s);
            char esc = s->b[s->pos++];
            if (esc == 'u') {
                s->pos--;
                if (scan_u(s, &bytes)) return -1;
            } else if (strchr("\"\\/bfnrt", esc) && esc) {
                bytes++;
            } else {
                return fail(s->e, CRS_E_SYNTAX, s->pos - 2, "unknown escape in a string");
            }
        }
        if (bytes > CRS_LIMIT_STRING_BYTES)
            return fail(s->e, CRS_E_LIMIT, start, "string longer than 8192 bytes");
    }
    if (s->a && !(*out = decode(s, start + 1, s->pos - 1, bytes, escaped, hash)))
        return out_of_memory(s);
    return 0;
}

static int digits(scan *s)
{
    size_t from = s->pos;
    while (s->pos < s->n && s->b[s->pos] >= '0' && s->b[s->pos] <= '9') s->pos++;
    return s->pos > from;
}

/* The value of a validated number literal, read as cJSON reads it (strtod with the locale's
 * decimal point, valueint saturated). */
static void number_value(const char *p, size_t len, cJSON *v)
{
    char buf[CRS_LIMIT_NUMBER_CHARS + 1];
    char point = localeconv()->decimal_point[0];
    memcpy(buf, p, len);
    buf[len] = '\0';
    if (point != '.') {
        char *dot = strchr(buf, '.');
        if (dot) *dot = point;
    }
    double d = strtod(buf, NULL);
    v->valuedouble = d;
    v->valueint = d >= INT_MAX ? INT_MAX : d <= (double)INT_MIN ? INT_MIN : (int)d;
}

static int scan_number(scan *s, cJSON *v)
{
    size_t start = s->pos;
    if (s->b[s->pos] == '-') s->pos++;
    if (s->pos < s->n && s->b[s->pos] == '0') {
        s->pos++;
    } else if (!digits(s)) {
        return fail(s->e, CRS_E_SYNTAX, start, "bad number");
    }
    if (s->pos < s->n && s->b[s->pos] == '.') {
        s->pos++;
        if (!digits(s)) return fail(s->e, CRS_E_SYNTAX, start, "bad number (digits after '.')");
    }
    if (s->pos < s->n && (s->b[s->pos] == 'e' || s->b[s->pos] == 'E')) {
        s->pos++;
        if (s->pos < s->n && (s->b[s->pos] == '+' || s->b[s->pos] == '-')) s->pos++;
        if (!digits(s)) return fail(s->e, CRS_E_SYNTAX, start, "bad number (exponent)");
    }
    if (s->pos - start > CRS_LIMIT_NUMBER_CHARS)
        return fail(s->e, CRS_E_LIMIT, start, "number longer than 40 characters");
    if (v) number_value(s->b + start, s->pos - start, v);
    return 0;
}

static int scan_word(scan *s, cJSON *v)
{
    static const char *const words[] = {"true", "false", "null"};
    static const int types[] = {cJSON_True, cJSON_False, cJSON_NULL};
    for (int i = 0; i < 3; i++) {
        size_t len = strlen(words[i]);
        if (s->n - s->pos >= len && memcmp(s->b + s->pos, words[i], len) == 0) {
            s->pos += len;
            if (v) v->type = types[i];
            return 0;
        }
    }
    if (s->b[s->pos] == '\'')
        return fail(s->e, CRS_E_SYNTAX, s->pos, "strings need double quotes (\"), not '");
    return fail(s->e, CRS_E_SYNTAX, s->pos,
                "expected a value (string, number, object, array, "
                "true, false or null)");
}

/* Notes when the key about to be added to object f may repeat one before it. */
static void note_key(scan *s, frame *f)
{
    if (f->nkeys >= KEYS_KEPT) {
        s->maybe_dup = 1;
        return;
    }
    for (int i = 0; i < f->nkeys; i++)
        if (f->hashes[i] == s->key_hash) s->maybe_dup = 1;
    f->hashes[f->nkeys++] = s->key_hash;
}

/* A new node of the given type, linked as the next child of the open container (with the key
 * just read when that is an object), or as the root. NULL when out of memory. */
static cJSON *new_node(scan *s, int type)
{
    cJSON *v = crs_arena_alloc(s->a, s->spans ? sizeof(spanned) : sizeof *v);
    if (!v) return NULL;
    v->type = type;
    if (s->spans) {
        int member = s->depth && s->stack[s->depth - 1].node->type == cJSON_Object;
        span_of(v)->start = s->pos;
        span_of(v)->key = member ? s->key_off : s->pos;
    }
    if (!s->depth) {
        s->root = v;
        return v;
    }
    frame *f = &s->stack[s->depth - 1];
    if (f->node->type == cJSON_Object) {
        v->string = s->key;
        note_key(s, f);
    }
    if (f->last) {
        f->last->next = v;
        v->prev = f->last;
    } else {
        f->node->child = v;
    }
    f->last = v;
    f->node->child->prev = v; /* as cJSON links them: the first child's prev is the last */
    return v;
}

/* A scalar at s->pos (after whitespace). */
static int scan_scalar(scan *s)
{
    char c = s->b[s->pos];
    cJSON *v = NULL;
    if (s->a && !(v = new_node(s, cJSON_NULL))) return out_of_memory(s);
    int rc;
    if (c == '"') {
        if (v) v->type = cJSON_String;
        rc = scan_string(s, v ? &v->valuestring : NULL, NULL);
    } else if (c == '-' || (c >= '0' && c <= '9')) {
        if (v) v->type = cJSON_Number;
        rc = scan_number(s, v);
    } else {
        rc = scan_word(s, v);
    }
    if (v && s->spans) span_of(v)->end = s->pos;
    return rc;
}

/* A key and its colon, then whitespace: in an object after '{' or ','. */
static int scan_key(scan *s, int after_comma)
{
    skip_ws(s);
    if (s->pos >= s->n) return at_end(s);
    if (s->b[s->pos] == '}' && after_comma)
        return fail(s->e, CRS_E_SYNTAX, s->pos, "trailing comma before '}'");
    if (s->b[s->pos] != '"')
        return fail(s->e, CRS_E_SYNTAX, s->pos, "expected a key in double quotes");
    s->key_off = s->pos;
    if (scan_string(s, &s->key, &s->key_hash)) return -1;
    skip_ws(s);
    if (s->pos >= s->n) return at_end(s);
    if (s->b[s->pos] != ':') return fail(s->e, CRS_E_SYNTAX, s->pos, "expected ':' after the key");
    s->pos++;
    return 0;
}

/* An opening bracket at s->pos: pushes it (and its node when building). */
static int open_container(scan *s, char c)
{
    if (s->depth == CRS_LIMIT_DEPTH)
        return fail(s->e, CRS_E_LIMIT, s->pos, "nesting deeper than 32 levels");
    cJSON *v = NULL;
    if (s->a && !(v = new_node(s, c == '{' ? cJSON_Object : cJSON_Array))) return out_of_memory(s);
    s->kinds[s->depth] = c;
    frame *f = &s->stack[s->depth++];
    f->node = v;
    f->last = NULL;
    f->nkeys = 0;
    s->pos++;
    return 0;
}

/* Pops the open container whose closing bracket was just read. */
static void close_container(scan *s)
{
    cJSON *v = s->stack[--s->depth].node;
    if (v && s->spans) span_of(v)->end = s->pos;
}

/* Checks (and, with an arena, builds) the whole document. */
static int parse_text(scan *s)
{
    const char *b = s->b;
    size_t n = s->n;
    skip_ws(s);
    if (s->pos >= n) return fail(s->e, CRS_E_SYNTAX, 0, "the file is empty");
    if (!strchr("{[\"-0123456789tfn", b[s->pos]))
        return fail(s->e, CRS_E_SYNTAX, s->pos,
                    "this is not JSON (a scenario file starts with '{')");
    for (;;) {
        /* here a value is expected */
        skip_ws(s);
        if (s->pos >= n) return at_end(s);
        char c = b[s->pos];
        if (c == '{' || c == '[') {
            if (open_container(s, c)) return -1;
            skip_ws(s);
            if (s->pos < n && b[s->pos] == (c == '{' ? '}' : ']')) {
                s->pos++;
                close_container(s);
            } else {
                if (c == '{' && scan_key(s, 0)) return -1;
                continue;
            }
        } else if (scan_scalar(s)) {
            return -1;
        }
        /* a value ended: close containers until one continues */
        for (;;) {
            if (++s->values > CRS_LIMIT_JSON_VALUES)
                return fail(s->e, CRS_E_LIMIT, s->pos, "more than 1,000,000 JSON values");
            skip_ws(s);
            if (s->depth == 0) {
                if (s->pos < n)
                    return fail(s->e, CRS_E_SYNTAX, s->pos,
                                "unexpected text after the end of the JSON document");
                return 0;
            }
            if (s->pos >= n) return at_end(s);
            char top = s->kinds[s->depth - 1], close = top == '{' ? '}' : ']';
            if (b[s->pos] == close) {
                s->pos++;
                close_container(s);
                continue;
            }
            if (b[s->pos] != ',')
                return fail(s->e, CRS_E_SYNTAX, s->pos,
                            top == '{' ? "expected ',' or '}'" : "expected ',' or ']'");
            s->pos++;
            if (top == '{') {
                if (scan_key(s, 1)) return -1;
            } else {
                skip_ws(s);
                if (s->pos < n && b[s->pos] == ']')
                    return fail(s->e, CRS_E_SYNTAX, s->pos, "trailing comma before ']'");
            }
            break;
        }
    }
}

/* ===== the slips behind syntax errors ===== */

/* A curly quote (“ ” ‘ ’, as word processors type them) at b[i]. */
static int curly_at(const char *b, size_t n, size_t i)
{
    return i + 2 < n && (unsigned char)b[i] == 0xE2 && (unsigned char)b[i + 1] == 0x80 &&
           (unsigned char)b[i + 2] >= 0x98 && (unsigned char)b[i + 2] <= 0x9D;
}

/* Names the everyday slip behind a syntax error, for authors who are not programmers. Only
 * computed on the error path, so the parse itself stays as fast. NULL when none is seen. */
static const char *slip(const char *b, size_t n, size_t off)
{
    if (off >= n) return NULL;
    if (b[off] == '/' && off + 1 < n && (b[off + 1] == '/' || b[off + 1] == '*'))
        return "JSON has no comments: put notes in a \"_comment\": \"...\" member instead";
    if (curly_at(b, n, off))
        return "curly quotes from a word processor: JSON needs straight double quotes (\"); "
               "inside a text, curly ones are fine";
    if (b[off] == '%' && off > 0 && b[off - 1] >= '0' && b[off - 1] <= '9')
        return "a number cannot carry a % sign: write 33.2, not 33.2%";
    size_t k = off;
    while (k > 0 && strchr(" \t\n\r", b[k - 1])) k--;
    if (b[off] == '"' && k > 0 && strchr("\"0123456789el}]", b[k - 1]))
        return "is a comma missing before this?";
    /* "He said "go" now": the second quote ended the text early, and its next word is here. */
    if (k > 0 && b[k - 1] == '"' && !strchr(",:}]\"\n\r", b[off]))
        return "a \" inside a text ends it early: write \\\" for a quote mark, or use “ ”";
    return NULL;
}

static void add_slip(const char *b, size_t n, jp_error *e)
{
    const char *hint = e->code == CRS_E_SYNTAX ? slip(b, n, e->off) : NULL;
    size_t len = strlen(e->msg);
    if (hint) snprintf(e->msg + len, sizeof e->msg - len, " (%s)", hint);
}

int jp_scan(const char *b, size_t n, jp_error *e)
{
    cJSON *root;
    int maybe_dup;
    return jp_parse(b, n, NULL, &root, &maybe_dup, e);
}

static int parse(const char *b, size_t n, crs_arena *a, int spans, cJSON **root, int *maybe_dup,
                 jp_error *e)
{
    scan s;
    memset(&s, 0, sizeof s);
    s.spans = spans && a;
    s.b = b;
    s.n = n;
    s.pos = jp_bom(b, n);
    s.e = e;
    s.a = a;
    *root = NULL;
    *maybe_dup = 0;
    if (parse_text(&s)) {
        add_slip(b, n, e);
        return -1;
    }
    *root = s.root;
    *maybe_dup = s.maybe_dup;
    return 0;
}

int jp_parse(const char *b, size_t n, crs_arena *a, cJSON **root, int *maybe_dup, jp_error *e)
{
    return parse(b, n, a, 0, root, maybe_dup, e);
}

int jp_parse_spans(const char *b, size_t n, crs_arena *a, cJSON **root, jp_error *e)
{
    int maybe_dup;
    if (!a) return fail(e, CRS_E_MEMORY, 0, "no arena to build the JSON in");
    return parse(b, n, a, 1, root, &maybe_dup, e);
}

/* ===== pointer lookup (text already validated) ===== */

static size_t ws_at(const char *b, size_t n, size_t i)
{
    while (i < n && (b[i] == ' ' || b[i] == '\t' || b[i] == '\n' || b[i] == '\r')) i++;
    return i;
}

/* Offset just after the string that starts at i. */
static size_t string_end(const char *b, size_t n, size_t i)
{
    for (i++; i < n && b[i] != '"'; i++)
        if (b[i] == '\\') i++;
    return i < n ? i + 1 : n;
}

static size_t value_end(const char *b, size_t n, size_t i)
{
    if (i >= n) return n;
    if (b[i] == '"') return string_end(b, n, i);
    if (b[i] != '{' && b[i] != '[') {
        while (i < n && !strchr(",]} \t\r\n", b[i])) i++;
        return i;
    }
    int depth = 0;
    while (i < n) {
        char c = b[i];
        if (c == '"') {
            i = string_end(b, n, i);
            continue;
        }
        if (c == '{' || c == '[') depth++;
        if (c == '}' || c == ']') depth--;
        i++;
        if (depth == 0) break;
    }
    return i;
}

/* Whether the JSON string at i (validated) decodes to exactly want[0..wlen). */
static int key_equals(const char *b, size_t n, size_t i, const char *want, size_t wlen)
{
    size_t k = 0;
    const char *p = b + i + 1, *end = b + n;
    while (p < end && *p != '"') {
        char buf[4];
        size_t len = *p == '\\' ? unescape(&p, buf) : (buf[0] = *p++, 1);
        if (k + len > wlen || memcmp(want + k, buf, len) != 0) return 0;
        k += len;
    }
    return k == wlen;
}

/* Unescapes one pointer component (~1 is '/', ~0 is '~') into out; returns its length. */
static size_t component(const char **p, char *out, size_t cap)
{
    size_t k = 0;
    const char *s = *p;
    while (*s && *s != '/') {
        char c = *s++;
        if (c == '~' && (*s == '0' || *s == '1')) c = *s++ == '0' ? '~' : '/';
        if (k < cap) out[k] = c;
        k++;
    }
    *p = s;
    return k;
}

/* Steps from the container at i into the member named comp; returns its value (or key). */
static size_t member(const char *b, size_t n, size_t i, const char *comp, size_t clen, int key,
                     int nth, int *found)
{
    int seen = 0;
    i = ws_at(b, n, i + 1);
    while (i < n && b[i] == '"') {
        size_t k = i, v = ws_at(b, n, ws_at(b, n, string_end(b, n, i)) + 1);
        if (key_equals(b, n, k, comp, clen) && ++seen >= nth) {
            *found = 1;
            return key ? k : v;
        }
        i = ws_at(b, n, value_end(b, n, v));
        if (i < n && b[i] == ',') i = ws_at(b, n, i + 1);
    }
    return 0;
}

static size_t element(const char *b, size_t n, size_t i, const char *comp, size_t clen, int *found)
{
    long idx = 0;
    if (clen == 0 || clen > 9) return 0;
    for (size_t k = 0; k < clen; k++) {
        if (comp[k] < '0' || comp[k] > '9') return 0;
        idx = idx * 10 + (comp[k] - '0');
    }
    i = ws_at(b, n, i + 1);
    for (long at = 0; i < n && b[i] != ']'; at++) {
        if (at == idx) {
            *found = 1;
            return i;
        }
        i = ws_at(b, n, value_end(b, n, i));
        if (i < n && b[i] == ',') i = ws_at(b, n, i + 1);
    }
    return 0;
}

size_t jp_locate(const char *b, size_t n, const char *pointer, int key, int nth)
{
    char comp[CRS_LIMIT_STRING_BYTES];
    size_t at = ws_at(b, n, jp_bom(b, n));
    const char *p = pointer;
    while (*p == '/' && at < n) {
        p++;
        size_t clen = component(&p, comp, sizeof comp);
        int last = *p == '\0', found = 0;
        if (clen > sizeof comp) return at;
        size_t next = 0;
        if (b[at] == '{')
            next =
                member(b, n, at, comp, clen, last && key, last ? (nth < 1 ? 1 : nth) : 1, &found);
        else if (b[at] == '[')
            next = element(b, n, at, comp, clen, &found);
        if (!found) return at;
        at = next;
    }
    return at;
}
