/* Scenario text to and from PO files. Both directions read the file with the position-keeping
 * parser (jsonpos.c), find every text object, and name it by its JSON Pointer; the import then
 * splices new strings in at known byte offsets, so what it does not change keeps its bytes. */
#include "crossings/translate.h"
#include "crossings/scenario.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "arena.h"
#include "jsonpos.h"

#define MAX_DECLARED 16 /* more than the loader allows: the loader reports the excess */

/* A text object: an object whose members are all declared languages with strings. */
typedef struct tobj {
    const cJSON *obj;
    const char *path; /* its JSON Pointer, as the loader reports it */
    const char *note; /* where it is, for translators: node "river", choice 2, label */
    const cJSON *src; /* the source language's string, or NULL */
} tobj;

typedef struct doc {
    const char *name, *b;
    size_t n;
    crs_diags *d;
    crs_arena *a;
    cJSON *root;
    const cJSON *langs; /* the "languages" array */
    struct {
        const char *code, *name;
        const cJSON *obj, *name_node;
    } lg[MAX_DECLARED];
    int nlg, src; /* declared languages; the index of the source (English) */
    tobj *items;
    size_t nitems, cap;
    int oom;
    /* the walk's position */
    char path[1024];
    size_t plen;
    const char *seg[40]; /* NULL: a list's name, which its items repeat */
    int nseg;
} doc;

static int doc_error(doc *D, size_t off, const char *msg, const char *arg)
{
    int line = 0, col = 0;
    if (off != (size_t)-1) jp_line_col(D->b, D->n, off, &line, &col);
    crs_diags_add(D->d, CRS_E_VALUE, CRS_SEV_ERROR, D->name, line, col, "", msg, arg);
    return -1;
}

/* ===== languages ===== */

/* Whether two language codes name the same language: "zh_Hans" (gettext's spelling) is
 * "zh-Hans", and case does not matter. */
static int same_code(const char *x, const char *y)
{
    for (; *x && *y; x++, y++) {
        char a = *x == '_' ? '-' : *x, b = *y == '_' ? '-' : *y;
        if (a >= 'A' && a <= 'Z') a = (char)(a + 32);
        if (b >= 'A' && b <= 'Z') b = (char)(b + 32);
        if (a != b) return 0;
    }
    return *x == *y;
}

static int find_lang(const doc *D, const char *code)
{
    for (int i = 0; i < D->nlg; i++)
        if (same_code(D->lg[i].code, code)) return i;
    return -1;
}

static int declared_languages(doc *D)
{
    const cJSON *arr = cJSON_GetObjectItemCaseSensitive(D->root, "languages"), *o;
    if (!cJSON_IsArray(arr) || !arr->child)
        return doc_error(D, 0, "the scenario declares no \"languages\"%s", "");
    D->langs = arr;
    cJSON_ArrayForEach(o, arr)
    {
        const cJSON *c = cJSON_GetObjectItemCaseSensitive(o, "code");
        const cJSON *nm = cJSON_GetObjectItemCaseSensitive(o, "name");
        if (!cJSON_IsString(c) || D->nlg == MAX_DECLARED) continue;
        D->lg[D->nlg].code = c->valuestring;
        D->lg[D->nlg].name = cJSON_IsString(nm) ? nm->valuestring : c->valuestring;
        D->lg[D->nlg].name_node = cJSON_IsString(nm) ? nm : NULL;
        D->lg[D->nlg++].obj = o;
    }
    if (!D->nlg) return doc_error(D, 0, "the scenario declares no language with a \"code\"%s", "");
    int en = find_lang(D, "en");
    D->src = en >= 0 ? en : 0; /* English is the source; else the fallback language */
    return 0;
}

/* ===== finding the text objects ===== */

static int ignored(const char *key)
{
    return key[0] == '$' || !strcmp(key, "_comment");
}

static int is_text(const doc *D, const cJSON *v)
{
    int any = 0;
    const cJSON *c;
    cJSON_ArrayForEach(c, v)
    {
        if (ignored(c->string)) continue;
        if (find_lang(D, c->string) < 0 || !cJSON_IsString(c)) return 0;
        any = 1;
    }
    return any;
}

static void push_path(doc *D, const char *key)
{
    size_t k = D->plen;
    if (k + 1 < sizeof D->path) D->path[k++] = '/';
    for (const char *p = key; *p && k + 2 < sizeof D->path; p++) {
        if (*p == '~' || *p == '/') {
            D->path[k++] = '~';
            D->path[k++] = *p == '~' ? '0' : '1';
        } else {
            D->path[k++] = *p;
        }
    }
    D->path[k] = '\0';
    D->plen = k;
}

/* "node \"river\"" for an item with an id, "choice 2" for one without: as the loader names
 * them, the list's name made singular. */
static const char *item_seg(doc *D, const char *list, const cJSON *o, int i)
{
    char buf[160];
    size_t len = strlen(list);
    int singular = len > 1 && list[len - 1] == 's';
    const cJSON *id = cJSON_IsObject(o) ? cJSON_GetObjectItemCaseSensitive(o, "id") : NULL;
    if (cJSON_IsString(id))
        snprintf(buf, sizeof buf, "%.*s \"%.64s\"", (int)(len - (size_t)singular), list,
                 id->valuestring);
    else
        snprintf(buf, sizeof buf, "%.*s %d", (int)(len - (size_t)singular), list, i + 1);
    char *s = crs_arena_strdup(D->a, buf);
    if (!s) D->oom = 1;
    return s ? s : "";
}

static void add_text(doc *D, const cJSON *v)
{
    if (D->nitems == D->cap) {
        size_t cap = D->cap ? D->cap * 2 : 256;
        tobj *items = crs_realloc(D->items, cap * sizeof *items);
        if (!items) {
            D->oom = 1;
            return;
        }
        D->items = items;
        D->cap = cap;
    }
    crs_buf note = {0};
    for (int i = 0; i < D->nseg; i++)
        if (D->seg[i]) crs_buf_printf(&note, "%s%s", note.len ? ", " : "", D->seg[i]);
    tobj *t = &D->items[D->nitems++];
    t->obj = v;
    t->path = crs_arena_strdup(D->a, D->path);
    t->note = crs_arena_strdup(D->a, crs_buf_str(&note));
    t->src = cJSON_GetObjectItemCaseSensitive(v, D->lg[D->src].code);
    if (!t->path || !t->note || note.oom) D->oom = 1;
    crs_buf_free(&note);
}

/* Visits v (depth is bounded by the parser's nesting limit). list: the key of the array v is
 * in, when it is an item. */
static void walk(doc *D, const cJSON *v)
{
    if (D->oom) return;
    if (cJSON_IsObject(v) && D->nseg > 0 && is_text(D, v)) {
        add_text(D, v);
        return;
    }
    int i = 0;
    const cJSON *c;
    const char *list = D->nseg && v->string ? v->string : NULL;
    cJSON_ArrayForEach(c, v)
    {
        size_t mark = D->plen;
        if (cJSON_IsObject(v)) {
            if (ignored(c->string) || (!D->nseg && !strcmp(c->string, "languages"))) continue;
            push_path(D, c->string);
            D->seg[D->nseg] = cJSON_IsArray(c) ? NULL : c->string; /* its items name it */
        } else {
            char idx[16];
            snprintf(idx, sizeof idx, "%d", i);
            push_path(D, idx);
            D->seg[D->nseg] = item_seg(D, list ? list : "item", c, i);
        }
        i++;
        if (D->nseg + 1 < (int)(sizeof D->seg / sizeof D->seg[0])) {
            D->nseg++;
            walk(D, c);
            D->nseg--;
        }
        D->plen = mark;
        D->path[mark] = '\0';
    }
}

static void doc_close(doc *D)
{
    crs_free(D->items);
    crs_arena_free(D->a);
}

static int doc_open(doc *D, const char *name, const char *b, size_t n, crs_diags *d)
{
    memset(D, 0, sizeof *D);
    D->name = name;
    D->b = b;
    D->n = n;
    D->d = d;
    jp_error e;
    if (!(D->a = crs_arena_new())) return doc_error(D, (size_t)-1, "out of memory%s", "");
    if (jp_check_encoding(b, n, &e) || jp_parse_spans(b, n, D->a, &D->root, &e)) {
        int line, col;
        jp_line_col(b, n, e.off, &line, &col);
        crs_diags_add(d, e.code, CRS_SEV_ERROR, name, line, col, "", "%s", e.msg);
        return -1;
    }
    if (!cJSON_IsObject(D->root))
        return doc_error(D, 0, "the file does not hold a scenario object {...}%s", "");
    if (declared_languages(D)) return -1;
    walk(D, D->root);
    if (D->oom) return doc_error(D, (size_t)-1, "out of memory%s", "");
    return 0;
}

/* ===== export ===== */

/* Plural-Forms for the header. Scenario texts have no plurals, but editors expect the field;
 * languages without plural inflection get one form, others the common two. */
static const char *plural_forms(const char *code)
{
    static const char *const one[] = {"ja", "ko", "zh", "vi", "th", "id", "ms", "lo", "km", "my"};
    for (size_t i = 0; i < sizeof one / sizeof one[0]; i++) {
        size_t k = strlen(one[i]);
        if (!strncmp(code, one[i], k) && (code[k] == '\0' || code[k] == '-' || code[k] == '_'))
            return "nplurals=1; plural=0;";
    }
    if (!strncmp(code, "fr", 2) && (code[2] == '\0' || code[2] == '-'))
        return "nplurals=2; plural=(n > 1);";
    return "nplurals=2; plural=(n != 1);";
}

static const char *member_str(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    return cJSON_IsString(v) ? v->valuestring : "";
}

static void export_header(const doc *D, const char *lang, crs_buf *out)
{
    const char *id = member_str(D->root, "id"), *version = member_str(D->root, "version");
    char gl[24]; /* gettext spells zh-Hans as zh_Hans */
    snprintf(gl, sizeof gl, "%s", lang);
    for (char *p = gl; *p; p++) *p = *p == '-' ? '_' : *p;
    crs_buf_printf(out,
                   "# The texts of the scenario \"%s\" (version %s) for translation into %s.\n"
                   "# msgctxt is the JSON path of each text in the scenario file, msgid its %s.\n"
                   "# Translate with any PO editor, then: crossings po import FILE THIS.po\n",
                   id, version, lang, D->lg[D->src].name);
    crs_buf_puts(out, "msgid \"\"\nmsgstr \"\"\n");
    crs_buf_printf(out, "\"Project-Id-Version: %s %s\\n\"\n", id, version);
    crs_buf_puts(out, "\"PO-Revision-Date: \\n\"\n\"Last-Translator: \\n\"\n"
                      "\"Language-Team: \\n\"\n");
    crs_buf_printf(out, "\"Language: %s\\n\"\n", gl);
    crs_buf_puts(out, "\"MIME-Version: 1.0\\n\"\n\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                      "\"Content-Transfer-Encoding: 8bit\\n\"\n");
    crs_buf_printf(out, "\"Plural-Forms: %s\\n\"\n", plural_forms(lang));
    crs_buf_printf(out,
                   "\"X-Crossings-Scenario: %s\\n\"\n\"X-Crossings-Scenario-Version: %s\\n\"\n", id,
                   version);
    crs_buf_printf(out, "\"X-Crossings-Source-Language: %s\\n\"\n", D->lg[D->src].code);
}

/* The line of offset off, counted on from the previous call's (*at, *line): the texts come
 * in file order, so the whole export reads the file once (jp_line_col per text would read it
 * once per text). */
static int line_of(const doc *D, size_t off, size_t *at, int *line)
{
    if (off < *at) *at = 0, *line = 1;
    for (const char *p = D->b + *at; (p = memchr(p, '\n', off - (size_t)(p - D->b))) != NULL; p++)
        ++*line;
    *at = off;
    return *line;
}

static void export_entry(const doc *D, const tobj *t, const char *lang, crs_buf *out, size_t *at,
                         int *lineno)
{
    int line = line_of(D, jp_span_of(t->obj)->start, at, lineno);
    const cJSON *mine = cJSON_GetObjectItemCaseSensitive(t->obj, lang);
    crs_buf_printf(out, "\n#. %s\n#: %s:%d\n", t->note, D->name, line);
    crs_po_write(out, "msgctxt", t->path);
    crs_po_write(out, "msgid", t->src->valuestring);
    crs_po_write(out, "msgstr", cJSON_IsString(mine) ? mine->valuestring : "");
}

int crs_translate_export(const char *name, const char *json, size_t len, const char *lang,
                         crs_buf *out, crs_diags *d)
{
    doc D;
    if (!crs_lang_code_ok(lang)) {
        crs_diags_add(d, CRS_E_VALUE, CRS_SEV_ERROR, name, 0, 0, "",
                      "\"%.40s\" is not a language code such as \"ko\" or \"zh-Hans\"", lang);
        return -1;
    }
    if (doc_open(&D, name, json, len, d)) {
        doc_close(&D);
        return -1;
    }
    int li = find_lang(&D, lang);
    if (li == D.src) {
        doc_error(&D, (size_t)-1, "%s is the language the texts are written in: export another",
                  lang);
        doc_close(&D);
        return -1;
    }
    if (li >= 0) lang = D.lg[li].code; /* the scenario's spelling */
    export_header(&D, lang, out);
    crs_buf_puts(out, "\n#. The name of your language, written in your language: the game lists it "
                      "so.\n");
    crs_po_write(out, "msgctxt", CRS_TRANSLATE_NAME_CTXT);
    crs_po_write(out, "msgid", D.lg[D.src].name);
    crs_po_write(out, "msgstr", li >= 0 ? D.lg[li].name : "");
    size_t at = 0;
    int line = 1;
    for (size_t i = 0; i < D.nitems; i++)
        if (cJSON_IsString(D.items[i].src) && D.items[i].src->valuestring[0])
            export_entry(&D, &D.items[i], lang, out, &at, &line);
    doc_close(&D);
    if (out->oom) {
        crs_diags_add(d, CRS_E_MEMORY, CRS_SEV_ERROR, name, 0, 0, "", "out of memory");
        return -1;
    }
    return 0;
}

/* ===== import ===== */

/* A change to the file: bytes [at, end) become text (end == at: an insertion). */
typedef struct splice {
    size_t at, end;
    char *text;
} splice;

typedef struct imp {
    doc *D;
    const char *po_name, *lang;
    const crs_translate_opts *o;
    crs_translate_report *r;
    const tobj **sorted; /* the text objects by path, for lookup */
    char *seen;          /* per text object: an entry already named it */
    splice *sp;
    size_t nsp, cap;
    int errors, oom;
} imp;

static void json_quote(crs_buf *b, const char *s)
{
    crs_buf_puts(b, "\"");
    size_t run = 0, i = 0;
    for (; s[i]; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c >= 0x20 && c != '"' && c != '\\') continue;
        crs_buf_append(b, s + run, i - run);
        const char *k = strchr("\"\\\n\t\r\b\f", (char)c);
        if (k && c)
            crs_buf_printf(b, "\\%c", "\"\\ntrbf"[k - "\"\\\n\t\r\b\f"]);
        else
            crs_buf_printf(b, "\\u%04x", c);
        run = i + 1;
    }
    crs_buf_append(b, s + run, i - run);
    crs_buf_puts(b, "\"");
}

static void add_splice(imp *I, size_t at, size_t end, crs_buf *text)
{
    if (I->nsp == I->cap) {
        size_t cap = I->cap ? I->cap * 2 : 64;
        splice *sp = crs_realloc(I->sp, cap * sizeof *sp);
        if (!sp) {
            I->oom = 1;
            crs_buf_free(text);
            return;
        }
        I->sp = sp;
        I->cap = cap;
    }
    char *s = crs_arena_strdup(I->D->a, crs_buf_str(text));
    if (!s || text->oom) I->oom = 1;
    I->sp[I->nsp++] = (splice){at, end, s ? s : (char *)""};
    crs_buf_free(text);
}

/* The bytes between two offsets of the file, as a string (in the arena). */
static const char *between(imp *I, size_t from, size_t to)
{
    size_t n = to > from ? to - from : 0;
    char *s = crs_arena_chars(I->D->a, n + 1);
    if (!s) {
        I->oom = 1;
        return "";
    }
    memcpy(s, I->D->b + from, n);
    s[n] = '\0';
    return s;
}

/* Offset just past the key string that starts at off. */
static size_t key_end(const doc *D, size_t off)
{
    size_t i = off + 1;
    while (i < D->n && D->b[i] != '"') i += D->b[i] == '\\' ? 2 : 1;
    return i + 1;
}

static const cJSON *last_child(const cJSON *v)
{
    return v->child ? v->child->prev : NULL;
}

/* What goes before a new last member (or item) of container v, copied from the file: the
 * text between its last two members, or for a single one a comma and the layout after the
 * opening bracket (a line break and the indentation, or a space). */
static const char *separator(imp *I, const cJSON *v)
{
    const cJSON *last = last_child(v);
    const jp_span *s = jp_span_of(last);
    if (last->prev != last) return between(I, jp_span_of(last->prev)->end, s->key);
    const char *lead = between(I, jp_span_of(v)->start + 1, s->key);
    if (!strchr(lead, '\n')) return ", ";
    crs_buf b = {0};
    crs_buf_printf(&b, ",%s", lead);
    const char *r = crs_arena_strdup(I->D->a, crs_buf_str(&b));
    crs_buf_free(&b);
    if (!r) I->oom = 1;
    return r ? r : ", ";
}

/* The text between a member's key and its value (": " or ":"). */
static const char *colon(imp *I, const cJSON *member)
{
    const jp_span *s = jp_span_of(member);
    return between(I, key_end(I->D, s->key), s->start);
}

static void insert_member(imp *I, const cJSON *obj, const char *value)
{
    const cJSON *last = last_child(obj);
    crs_buf b = {0};
    crs_buf_puts(&b, separator(I, obj));
    json_quote(&b, I->lang);
    crs_buf_puts(&b, colon(I, last));
    json_quote(&b, value);
    add_splice(I, jp_span_of(last)->end, jp_span_of(last)->end, &b);
}

static void replace_value(imp *I, const cJSON *v, const char *value)
{
    crs_buf b = {0};
    json_quote(&b, value);
    add_splice(I, jp_span_of(v)->start, jp_span_of(v)->end, &b);
}

/* A new entry of "languages", laid out like the last one there. */
static void declare_language(imp *I, const char *name)
{
    const cJSON *arr = I->D->langs, *last = last_child(arr);
    if (!cJSON_IsObject(last) || !last->child) {
        I->errors++;
        return;
    }
    const cJSON *first = last->child, *m = last_child(last);
    const char *lead = between(I, jp_span_of(last)->start + 1, jp_span_of(first)->key);
    const char *close = between(I, jp_span_of(m)->end, jp_span_of(last)->end - 1);
    const char *msep = separator(I, last), *c = colon(I, first);
    crs_buf b = {0};
    crs_buf_printf(&b, "%s{%s\"code\"%s", separator(I, arr), lead, c);
    json_quote(&b, I->lang);
    crs_buf_printf(&b, "%s\"name\"%s", msep, c);
    json_quote(&b, name);
    crs_buf_printf(&b, "%s\"status\"%s\"draft\"%s}", msep, c, close);
    add_splice(I, jp_span_of(last)->end, jp_span_of(last)->end, &b);
    I->r->declared = 1;
}

static int by_path(const void *a, const void *b)
{
    return strcmp((*(const tobj *const *)a)->path, (*(const tobj *const *)b)->path);
}

static const tobj *lookup(const imp *I, const char *path)
{
    size_t lo = 0, hi = I->D->nitems;
    while (lo < hi) {
        size_t mid = (lo + hi) / 2;
        int c = strcmp(I->sorted[mid]->path, path);
        if (!c) return I->sorted[mid];
        if (c < 0)
            lo = mid + 1;
        else
            hi = mid;
    }
    return NULL;
}

/* Why entry e cannot be imported, or NULL. */
static const char *problem(imp *I, const crs_po_entry *e, const tobj **out)
{
    static char why[300];
    const tobj *t = e->ctxt ? lookup(I, e->ctxt) : NULL;
    *out = t;
    if (!e->ctxt)
        return "the entry has no msgctxt (the text's JSON path): it is not from "
               "'crossings po export'";
    if (e->id_plural) return "a plural entry: scenario texts have no plural forms";
    if (!t || !cJSON_IsString(t->src)) {
        snprintf(why, sizeof why,
                 "%s has no text at %.120s (moved or deleted since the export? export again)",
                 I->D->name, e->ctxt);
        return why;
    }
    if (strcmp(t->src->valuestring, e->id) != 0)
        return "stale: the English text here has changed since this PO file was made (export "
               "again, and merge the old translations with msgmerge)";
    if (I->seen[t - I->D->items]++) return "a second entry for the same text";
    return NULL;
}

static void import_entry(imp *I, const crs_po_entry *e)
{
    const tobj *t;
    const char *why = problem(I, e, &t);
    int writes = e->str[0] && !e->fuzzy;
    I->r->entries++;
    if (why) {
        int hard = writes && !I->o->skip_stale;
        crs_diags_add(I->D->d, CRS_E_VALUE, hard ? CRS_SEV_ERROR : CRS_SEV_WARNING, I->po_name,
                      e->line, 1, e->ctxt ? e->ctxt : "", "%s%s", why,
                      writes && !hard ? " (skipped)" : "");
        I->errors += hard;
        I->r->stale += writes;
        return;
    }
    if (e->fuzzy) {
        I->r->fuzzy++;
        return;
    }
    if (!e->str[0]) {
        I->r->empty++;
        return;
    }
    const cJSON *mine = cJSON_GetObjectItemCaseSensitive(t->obj, I->lang);
    if (mine && !strcmp(mine->valuestring, e->str)) {
        I->r->unchanged++; /* its bytes stay, escapes and all */
    } else if (mine) {
        replace_value(I, mine, e->str);
        I->r->replaced++;
    } else {
        insert_member(I, t->obj, e->str);
        I->r->inserted++;
    }
}

static int by_offset(const void *a, const void *b)
{
    const splice *x = a, *y = b;
    return (x->at > y->at) - (x->at < y->at);
}

static void apply(imp *I, crs_buf *out)
{
    if (I->nsp) qsort(I->sp, I->nsp, sizeof *I->sp, by_offset); /* sp is NULL when none */
    size_t at = 0;
    for (size_t i = 0; i < I->nsp; i++) {
        crs_buf_append(out, I->D->b + at, I->sp[i].at - at);
        crs_buf_puts(out, I->sp[i].text);
        at = I->sp[i].end;
    }
    crs_buf_append(out, I->D->b + at, I->D->n - at);
}

/* The language to write: the option, else the PO header's, in the scenario's spelling. */
static int pick_lang(imp *I, const crs_po *po, char *buf, size_t cap)
{
    /* A PO file made from another scenario would match its paths by accident, not by meaning. */
    const char *id = member_str(I->D->root, "id");
    if (!crs_po_header(po, "X-Crossings-Scenario", buf, cap) && buf[0] && strcmp(buf, id) != 0) {
        crs_diags_add(I->D->d, CRS_E_VALUE, CRS_SEV_ERROR, I->po_name, 0, 0, "",
                      "this PO file was exported from the scenario \"%.64s\", not \"%.64s\"", buf,
                      id);
        return -1;
    }
    buf[0] = '\0';
    if (I->o->lang)
        snprintf(buf, cap, "%s", I->o->lang);
    else if (crs_po_header(po, "Language", buf, cap) || !buf[0])
        return doc_error(I->D, (size_t)-1,
                         "%s names no language (its header has no \"Language\"): give --lang",
                         I->po_name);
    for (char *p = buf; *p; p++) *p = *p == '_' ? '-' : *p;
    int li = find_lang(I->D, buf);
    if (li >= 0) snprintf(buf, cap, "%s", I->D->lg[li].code);
    if (!crs_lang_code_ok(buf))
        return doc_error(I->D, (size_t)-1, "\"%.40s\" is not a language code such as \"zh-Hans\"",
                         buf);
    if (li == I->D->src)
        return doc_error(I->D, (size_t)-1, "%s is the language the texts are written in", buf);
    return 0;
}

/* The language-name entry: declares a new language, or renames a declared one. */
static void language_entry(imp *I, const crs_po_entry *name, int written)
{
    int li = find_lang(I->D, I->lang);
    const char *given = name && name->str[0] && !name->fuzzy ? name->str : NULL;
    if (li < 0 && (written || given)) {
        if (!given)
            crs_diags_add(I->D->d, CRS_E_VALUE, CRS_SEV_WARNING, I->po_name, name ? name->line : 0,
                          name ? 1 : 0, CRS_TRANSLATE_NAME_CTXT,
                          "no name for %s in the language-name entry: the code is used; "
                          "translate that entry to name the language",
                          I->lang);
        declare_language(I, given ? given : I->lang);
    } else if (li >= 0 && given && I->D->lg[li].name_node &&
               strcmp(given, I->D->lg[li].name) != 0) {
        replace_value(I, I->D->lg[li].name_node, given);
        I->r->renamed = 1;
    }
}

static int run_import(imp *I, const crs_po *po, crs_buf *out)
{
    doc *D = I->D;
    I->sorted = crs_alloc((D->nitems + 1) * sizeof *I->sorted);
    I->seen = crs_alloc(D->nitems + 1);
    if (!I->sorted || !I->seen) return doc_error(D, (size_t)-1, "out of memory%s", "");
    memset(I->seen, 0, D->nitems + 1);
    for (size_t i = 0; i < D->nitems; i++) I->sorted[i] = &D->items[i];
    qsort(I->sorted, D->nitems, sizeof *I->sorted, by_path);
    const crs_po_entry *name = NULL;
    for (size_t i = 0; i < crs_po_count(po); i++) {
        const crs_po_entry *e = crs_po_entry_at(po, i);
        if (e->ctxt && !strcmp(e->ctxt, CRS_TRANSLATE_NAME_CTXT))
            name = e;
        else
            import_entry(I, e);
    }
    if (I->errors) return -1;
    language_entry(I, name, I->r->replaced + I->r->inserted);
    if (I->oom) return doc_error(D, (size_t)-1, "out of memory%s", "");
    if (I->errors)
        return doc_error(D, (size_t)-1, "cannot add %s: \"languages\" ends in no object", I->lang);
    apply(I, out);
    return out->oom ? doc_error(D, (size_t)-1, "out of memory%s", "") : 0;
}

int crs_translate_import(const char *name, const char *json, size_t len, const char *po_name,
                         const crs_po *po, const crs_translate_opts *o, crs_buf *out,
                         crs_translate_report *r, crs_diags *d)
{
    static const crs_translate_opts none = {0};
    doc D;
    imp I = {0};
    char lang[sizeof r->lang] = ""; /* the same size as the report's copy, so it always fits */
    memset(r, 0, sizeof *r);
    I.D = &D;
    I.po_name = po_name ? po_name : "(po)";
    I.o = o ? o : &none;
    I.r = r;
    int rc = doc_open(&D, name, json, len, d);
    if (!rc) rc = pick_lang(&I, po, lang, sizeof lang);
    if (!rc) {
        I.lang = lang;
        snprintf(r->lang, sizeof r->lang, "%s", lang);
        rc = run_import(&I, po, out);
    }
    crs_free(I.sorted);
    crs_free(I.seen);
    crs_free(I.sp);
    doc_close(&D);
    return rc;
}
