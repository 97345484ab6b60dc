/* gettext PO files: a line-by-line reader (comments, flags, keywords, quoted strings with their
 * escapes) building entries in one arena, and the escaping writer the exports share. */
#include "crossings/po.h"

#include <stdio.h>
#include <string.h>
#include "arena.h"
#include "jsonpos.h"
#include "load.h"

struct crs_po {
    crs_arena *a;
    crs_po_entry *items;
    size_t n, cap;
    const char *header; /* the header entry's msgstr, or NULL */
    int header_line;
};

/* The strings of the entry being read: ctxt, id, id_plural, str (msgstr or msgstr[0]). */
enum { F_CTXT, F_ID, F_PLURAL, F_STR, F_COUNT, F_NONE = -1, F_DISCARD = -2 };

typedef struct pp {
    const char *name, *b;
    size_t n;
    size_t line_start; /* offset of the current line */
    int line;
    crs_diags *d;
    crs_po *po;
    int failed;
    crs_buf f[F_COUNT];
    int have[F_COUNT];
    int field; /* where continuation lines go */
    int nforms, fuzzy, next_fuzzy, entry_line;
} pp;

static int err_at(pp *p, size_t off, const char *fmt, const char *arg)
{
    int line, col;
    jp_line_col(p->b, p->n, off, &line, &col);
    crs_diags_add(p->d, CRS_E_SYNTAX, CRS_SEV_ERROR, p->name, line, col, "", fmt, arg);
    p->failed = 1;
    return -1;
}

static int oom(pp *p)
{
    crs_diags_add(p->d, CRS_E_MEMORY, CRS_SEV_ERROR, p->name, 0, 0, "", "out of memory");
    p->failed = 1;
    return -1;
}

/* ===== strings ===== */

static int octal(char c)
{
    return c >= '0' && c <= '7';
}

static int hexval(char c)
{
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

/* One escape after the backslash at *i, within the line ending at e (the text need not end in
 * a NUL, so nothing past e is read); appends the byte to out. */
static int escape(pp *p, size_t *i, size_t e, crs_buf *out)
{
    static const char from[] = "ntrabfv\\\"", to[] = "\n\t\r\a\b\f\v\\\"";
    size_t at = *i;
    char c = p->b[at + 1];
    const char *k = c ? strchr(from, c) : NULL;
    unsigned v = 0;
    if (k) {
        *i = at + 2;
        crs_buf_append(out, &to[k - from], 1);
        return 0;
    }
    if (octal(c)) {
        size_t j = at + 1;
        while (j < at + 4 && j < e && octal(p->b[j])) v = v * 8 + (unsigned)(p->b[j++] - '0');
        *i = j;
    } else if (c == 'x' && at + 2 < e && hexval(p->b[at + 2]) >= 0) {
        size_t j = at + 2;
        while (j < at + 4 && j < e && hexval(p->b[j]) >= 0)
            v = v * 16 + (unsigned)hexval(p->b[j++]);
        *i = j;
    } else {
        return err_at(p, at, "unknown escape in a string%s (write \\\\ for a backslash)", "");
    }
    if (v == 0 || v > 0xFF) return err_at(p, at, "escape gives a NUL or a value over 255%s", "");
    char byte = (char)v;
    crs_buf_append(out, &byte, 1);
    return 0;
}

/* A quoted string starting at offset i (the quote), up to the line's end e: appended to out
 * (NULL: checked only). Nothing but spaces may follow it. */
static int string_at(pp *p, size_t i, size_t e, crs_buf *out)
{
    crs_buf scratch = {0};
    crs_buf *o = out ? out : &scratch;
    size_t start = i++;
    int rc = 0;
    while (rc == 0) {
        size_t run = i;
        while (run < e && p->b[run] != '"' && p->b[run] != '\\') run++;
        crs_buf_append(o, p->b + i, run - i);
        i = run;
        if (i >= e) {
            rc = err_at(p, start, "a string with no closing quote%s", "");
        } else if (p->b[i] == '\\') {
            rc = i + 1 < e ? escape(p, &i, e, o)
                           : err_at(p, i, "a backslash at the line's end%s", "");
        } else {
            i++;
            break;
        }
    }
    crs_buf_free(&scratch);
    if (rc) return rc;
    while (i < e && (p->b[i] == ' ' || p->b[i] == '\t' || p->b[i] == '\r')) i++;
    if (i < e) return err_at(p, i, "unexpected text after the string%s", "");
    if (out && out->oom) return oom(p);
    return 0;
}

/* ===== entries ===== */

static void reset_entry(pp *p)
{
    for (int k = 0; k < F_COUNT; k++) {
        crs_buf_free(&p->f[k]);
        p->have[k] = 0;
    }
    p->field = F_NONE;
    p->nforms = 0;
    p->fuzzy = 0;
}

static char *keep(pp *p, int k)
{
    char *s = crs_arena_strdup(p->po->a, crs_buf_str(&p->f[k]));
    if (!s) oom(p);
    return s;
}

static int push(pp *p, const crs_po_entry *e)
{
    crs_po *po = p->po;
    if (po->n == po->cap) {
        size_t cap = po->cap ? po->cap * 2 : 64;
        crs_po_entry *items = crs_realloc(po->items, cap * sizeof *items);
        if (!items) return oom(p);
        po->items = items;
        po->cap = cap;
    }
    po->items[po->n++] = *e;
    return 0;
}

/* Ends the entry being read (if any) and stores it. */
static int finish_entry(pp *p)
{
    if (!p->have[F_ID] && !p->have[F_CTXT]) return 0;
    if (!p->have[F_STR] && !p->nforms) {
        crs_diags_add(p->d, CRS_E_SYNTAX, CRS_SEV_ERROR, p->name, p->entry_line, 1, "",
                      "an entry with no msgstr (every msgid needs one)");
        p->failed = 1;
        return -1;
    }
    for (int k = 0; k < F_COUNT; k++) {
        jp_error je;
        if (p->f[k].len && jp_check_encoding(p->f[k].data, p->f[k].len, &je)) {
            crs_diags_add(p->d, CRS_E_ENCODING, CRS_SEV_ERROR, p->name, p->entry_line, 1, "",
                          "an escape in this entry makes invalid UTF-8 (write the character "
                          "itself)");
            p->failed = 1;
            return -1;
        }
    }
    crs_po_entry e = {0};
    e.ctxt = p->have[F_CTXT] ? keep(p, F_CTXT) : NULL;
    e.id = keep(p, F_ID);
    e.id_plural = p->have[F_PLURAL] ? keep(p, F_PLURAL) : NULL;
    e.str = keep(p, F_STR);
    e.nforms = p->nforms;
    e.fuzzy = p->fuzzy;
    e.line = p->entry_line;
    if (p->failed) return -1;
    reset_entry(p);
    if (!e.ctxt && !e.id[0] && !p->po->header) {
        p->po->header = e.str;
        p->po->header_line = e.line;
        return 0;
    }
    return push(p, &e);
}

/* A keyword line: msgctxt, msgid, msgid_plural, msgstr or msgstr[N], then its string. */
static int keyword(pp *p, size_t i, size_t e)
{
    size_t w = i;
    while (w < e && p->b[w] != ' ' && p->b[w] != '\t' && p->b[w] != '"') w++;
    size_t len = w - i;
    const char *kw = p->b + i;
    int field, starts = 0, form = 0;
    if (len == 7 && !memcmp(kw, "msgctxt", 7)) {
        field = F_CTXT;
        starts = 1;
    } else if (len == 5 && !memcmp(kw, "msgid", 5)) {
        field = F_ID;
        starts = !p->have[F_CTXT] || p->have[F_ID];
    } else if (len == 12 && !memcmp(kw, "msgid_plural", 12)) {
        field = F_PLURAL;
    } else if (len == 6 && !memcmp(kw, "msgstr", 6)) {
        field = F_STR;
    } else if (len > 8 && !memcmp(kw, "msgstr[", 7) && kw[len - 1] == ']') {
        field = F_STR;
        for (size_t k = 7; k + 1 < len; k++) {
            if (kw[k] < '0' || kw[k] > '9' || form > 99)
                return err_at(p, i, "bad plural index%s", "");
            form = form * 10 + (kw[k] - '0');
        }
        form++; /* 1-based here: 0 means a plain msgstr */
    } else {
        return err_at(p, i, "unknown keyword (expected msgctxt, msgid, msgstr or a comment)%s", "");
    }
    if (starts && (p->have[F_ID] || p->have[F_CTXT])) {
        if (!p->have[F_STR] && !p->nforms)
            return err_at(p, i, "%s before the msgstr of the entry above",
                          field ? "msgid" : "msgctxt");
        if (finish_entry(p)) return -1;
    }
    if (starts) {
        p->entry_line = p->line;
        p->fuzzy = p->next_fuzzy;
        p->next_fuzzy = 0;
    }
    if (field == F_PLURAL && (!p->have[F_ID] || p->have[F_PLURAL] || p->have[F_STR] || p->nforms))
        return err_at(p, i, "msgid_plural belongs right after a msgid%s", "");
    if (field == F_STR && !p->have[F_ID]) return err_at(p, i, "msgstr without a msgid%s", "");
    if (field == F_STR && !form && (p->have[F_PLURAL] || p->have[F_STR]))
        return err_at(p, i, "%s",
                      p->have[F_PLURAL] ? "a plural entry takes msgstr[0], msgstr[1]..."
                                        : "a second msgstr in one entry");
    if (field == F_STR && form && !p->have[F_PLURAL])
        return err_at(p, i, "msgstr[N] without a msgid_plural%s", "");
    while (w < e && (p->b[w] == ' ' || p->b[w] == '\t')) w++;
    if (w >= e || p->b[w] != '"')
        return err_at(p, w, "expected a quoted string after the keyword%s", "");
    int k = form > 1 ? F_DISCARD : field;
    if (form) p->nforms = form > p->nforms ? form : p->nforms;
    if (k >= 0) p->have[k] = 1;
    p->field = k;
    return string_at(p, w, e, k >= 0 ? &p->f[k] : NULL);
}

/* A comment line: only the flags ("#, fuzzy") matter; "#~" obsolete entries are skipped. */
static int comment(pp *p, size_t i, size_t e)
{
    if (p->have[F_STR] || p->nforms) {
        if (finish_entry(p)) return -1;
    }
    p->field = F_NONE;
    if (i + 1 < e && p->b[i + 1] == ',') {
        for (size_t k = i + 2; k + 5 <= e; k++)
            if (!memcmp(p->b + k, "fuzzy", 5)) p->next_fuzzy = 1;
    }
    return 0;
}

static int line(pp *p, size_t i, size_t e)
{
    while (i < e && (p->b[i] == ' ' || p->b[i] == '\t' || p->b[i] == '\r')) i++;
    if (i >= e) {
        p->field = F_NONE;
        return 0;
    }
    char c = p->b[i];
    if (c == '#') return comment(p, i, e);
    if (c == '"') {
        if (p->field == F_NONE)
            return err_at(p, i, "a string line that continues no msgid or msgstr%s", "");
        return string_at(p, i, e, p->field >= 0 ? &p->f[p->field] : NULL);
    }
    return keyword(p, i, e);
}

/* ===== the catalogue ===== */

static int header_charset_ok(pp *p)
{
    char cs[64];
    if (crs_po_header(p->po, "Content-Type", cs, sizeof cs)) return 0;
    const char *at = strstr(cs, "charset=");
    if (!at) return 0;
    at += 8;
    char low[16] = "";
    for (size_t k = 0; k < sizeof low - 1 && at[k] && at[k] != ';' && at[k] != ' '; k++)
        low[k] = (char)(at[k] >= 'A' && at[k] <= 'Z' ? at[k] + 32 : at[k]);
    if (!strcmp(low, "utf-8") || !strcmp(low, "charset")) return 0;
    crs_diags_add(p->d, CRS_E_ENCODING, CRS_SEV_ERROR, p->name, p->po->header_line, 1, "",
                  "the PO file is in %s: save it as UTF-8 (Poedit: Catalogue > Properties)", at);
    return -1;
}

crs_po *crs_po_parse(const char *name, const char *buf, size_t len, crs_diags *d)
{
    pp p = {0};
    p.name = name ? name : "(po)";
    p.b = buf;
    p.n = len;
    p.d = d;
    p.field = F_NONE;
    jp_error je;
    if (jp_check_encoding(buf, len, &je)) {
        int l, c;
        jp_line_col(buf, len, je.off, &l, &c);
        crs_diags_add(d, je.code, CRS_SEV_ERROR, p.name, l, c, "", "%s", je.msg);
        return NULL;
    }
    crs_po *po = crs_alloc(sizeof *po);
    if (po) memset(po, 0, sizeof *po);
    if (!po || !(po->a = crs_arena_new())) {
        crs_free(po);
        oom(&p);
        return NULL;
    }
    p.po = po;
    size_t i = jp_bom(buf, len);
    for (p.line = 1; i < len && !p.failed; p.line++) {
        const char *nl = memchr(buf + i, '\n', len - i);
        size_t e = nl ? (size_t)(nl - buf) : len;
        p.line_start = i;
        line(&p, i, e);
        i = e + 1;
    }
    if (!p.failed) finish_entry(&p);
    reset_entry(&p);
    if (!p.failed) header_charset_ok(&p) ? (void)(p.failed = 1) : (void)0;
    if (p.failed) {
        crs_po_free(po);
        return NULL;
    }
    return po;
}

crs_po *crs_po_load_file(const char *path, crs_diags *d)
{
    size_t len = 0;
    char *buf = ld_read_file(path, &len, d);
    if (!buf) return NULL;
    crs_po *po = crs_po_parse(path, buf, len, d);
    crs_free(buf);
    return po;
}

void crs_po_free(crs_po *po)
{
    if (!po) return;
    crs_free(po->items);
    crs_arena_free(po->a);
    crs_free(po);
}

size_t crs_po_count(const crs_po *po)
{
    return po->n;
}

const crs_po_entry *crs_po_entry_at(const crs_po *po, size_t i)
{
    return i < po->n ? &po->items[i] : NULL;
}

int crs_po_header(const crs_po *po, const char *field, char *out, size_t cap)
{
    size_t flen = strlen(field);
    for (const char *l = po->header; l && *l;) {
        const char *nl = strchr(l, '\n');
        size_t len = nl ? (size_t)(nl - l) : strlen(l);
        if (len > flen && l[flen] == ':' && !memcmp(l, field, flen)) {
            const char *v = l + flen + 1;
            while (*v == ' ') v++;
            size_t vlen = len - (size_t)(v - l);
            if (vlen >= cap) vlen = cap - 1;
            memcpy(out, v, vlen);
            out[vlen] = '\0';
            return 0;
        }
        l = nl ? nl + 1 : l + len;
    }
    return -1;
}

/* ===== writing ===== */

static void escaped(crs_buf *b, const char *s, size_t n)
{
    static const char from[] = "\n\t\r\a\b\f\v\\\"", to[] = "ntrabfv\\\"";
    size_t run = 0;
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        const char *k = c ? strchr(from, c) : NULL;
        if (!k && c >= 0x20 && c != 0x7f) continue;
        crs_buf_append(b, s + run, i - run);
        if (k)
            crs_buf_printf(b, "\\%c", to[k - from]);
        else
            crs_buf_printf(b, "\\%03o", c);
        run = i + 1;
    }
    crs_buf_append(b, s + run, n - run);
}

void crs_po_write(crs_buf *b, const char *keyword, const char *s)
{
    const char *nl = strchr(s, '\n');
    crs_buf_puts(b, keyword);
    if (!nl || !nl[1]) { /* one line: a break only at the very end stays on it */
        crs_buf_puts(b, " \"");
        escaped(b, s, strlen(s));
        crs_buf_puts(b, "\"\n");
        return;
    }
    crs_buf_puts(b, " \"\"\n");
    while (*s) {
        nl = strchr(s, '\n');
        size_t n = nl ? (size_t)(nl - s) + 1 : strlen(s);
        crs_buf_puts(b, "\"");
        escaped(b, s, n);
        crs_buf_puts(b, "\"\n");
        s += n;
    }
}
