/* The PO reader and writer, the parser's byte spans, and the scenario import's splicing: what
 * a translator's file may hold, where its errors point, and that an import changes exactly the
 * strings it translates, laid out like the text around them. */
#include <stdlib.h>
#include "arena.h"
#include "check.h"
#include "crossings/po.h"
#include "crossings/translate.h"
#include "jsonpos.h"

static crs_po *parse(const char *text, crs_diags *d)
{
    return crs_po_parse("t.po", text, strlen(text), d);
}

/* Windows line ends, as some editors save them. */
static void test_crlf(void)
{
    crs_diags d = {0};
    crs_po *po = parse("msgid \"\"\r\nmsgstr \"Language: ko\\n\"\r\n\r\n#, fuzzy\r\n"
                       "msgctxt \"/a\"\r\nmsgid \"\"\r\n\"x\"\r\nmsgstr \"y\"\r\n",
                       &d);
    CHECK(po != NULL);
    if (po && crs_po_count(po) == 1) {
        CHECK_STR(crs_po_entry_at(po, 0)->id, "x");
        CHECK_STR(crs_po_entry_at(po, 0)->str, "y");
        CHECK_INT(crs_po_entry_at(po, 0)->fuzzy, 1);
    }
    crs_po_free(po);
    crs_diags_clear(&d);
}

static void test_entries(void)
{
    static const char text[] = "# a translator's comment\n"
                               "msgid \"\"\n"
                               "msgstr \"\"\n"
                               "\"Language: zh_Hans\\n\"\n"
                               "\"Content-Type: text/plain; charset=UTF-8\\n\"\n"
                               "\n"
                               "#. extracted\n"
                               "#: file.json:3\n"
                               "msgctxt \"/title\"\n"
                               "msgid \"Across\"\n"
                               "msgstr \"跨过\"\n"
                               "\n"
                               "#, fuzzy, c-format\n"
                               "msgctxt \"/summary\"\n"
                               "msgid \"\"\n"
                               "\"Two\\n\"\n"
                               "\"lines \\\"quoted\\\" \\\\ \\t\\101\\x42\"\n"
                               "msgstr \"guess\"\n"
                               "#~ msgctxt \"/old\"\n"
                               "#~ msgid \"Gone\"\n"
                               "#~ msgstr \"旧\"\n"
                               "msgid \"one file\"\n"
                               "msgid_plural \"%d files\"\n"
                               "msgstr[0] \"%d 个文件\"\n"
                               "msgstr[1] \"unused\"\n";
    crs_diags d = {0};
    crs_po *po = parse(text, &d);
    CHECK(po != NULL);
    CHECK_INT(d.count, 0);
    if (!po) return;
    char buf[64];
    CHECK_INT(crs_po_header(po, "Language", buf, sizeof buf), 0);
    CHECK_STR(buf, "zh_Hans");
    CHECK_INT(crs_po_header(po, "Plural-Forms", buf, sizeof buf), -1);
    CHECK_INT(crs_po_count(po), 3);
    const crs_po_entry *e = crs_po_entry_at(po, 0);
    CHECK_STR(e->ctxt, "/title");
    CHECK_STR(e->id, "Across");
    CHECK_STR(e->str, "跨过");
    CHECK_INT(e->fuzzy, 0);
    CHECK_INT(e->line, 9);
    e = crs_po_entry_at(po, 1);
    CHECK_STR(e->id, "Two\nlines \"quoted\" \\ \tAB");
    CHECK_INT(e->fuzzy, 1);
    CHECK_INT(e->line, 14);
    e = crs_po_entry_at(po, 2); /* the obsolete entry is not there */
    CHECK(e->ctxt == NULL);
    CHECK_STR(e->id_plural, "%d files");
    CHECK_STR(e->str, "%d 个文件");
    CHECK_INT(e->nforms, 2);
    CHECK(crs_po_entry_at(po, 3) == NULL);
    crs_po_free(po);
    crs_diags_clear(&d);
}

/* Each broken file is refused with its first problem located. */
static void test_errors(void)
{
    static const struct {
        const char *text;
        int line, col;
        const char *msg;
    } cases[] = {
        {"msgid \"a\"\nmsgstr \"b\n", 2, 8, "a string with no closing quote"},
        {"msgid \"a\"\nmsgstring \"b\"\n", 2, 1, "unknown keyword"},
        {"msgstr \"b\"\n", 1, 1, "msgstr without a msgid"},
        {"msgid \"a\"\nmsgstr \"b\" x\n", 2, 12, "unexpected text after the string"},
        {"msgid \"a\\q\"\nmsgstr \"\"\n", 1, 9, "unknown escape"},
        {"msgid \"a\"\nmsgid \"b\"\nmsgstr \"\"\n", 2, 1, "msgid before the msgstr"},
        {"msgid \"a\"\nmsgstr \"\"\n\"orphan\"\n\nx\n", 5, 1, "unknown keyword"},
        {"\n\nmsgctxt \"c\"\nmsgid \"a\"\n", 3, 1, "an entry with no msgstr"},
        {"msgid \"a\"\nmsgstr \"\xff\"\n", 2, 9, "invalid UTF-8"},
        {"msgid \"a\"\nmsgstr[0] \"b\"\n", 2, 1, "msgstr[N] without a msgid_plural"},
        {"msgid \"a\"\nmsgstr \"\\377\"\n", 1, 1, "makes invalid UTF-8"},
        {"msgid \"\"\nmsgstr \"Content-Type: text/plain; charset=ISO-8859-1\\n\"\n", 1, 1,
         "save it as UTF-8"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        crs_diags d = {0};
        crs_po *po = parse(cases[i].text, &d);
        CHECK(po == NULL);
        CHECK_INT(d.errors, 1);
        if (d.count) {
            CHECK_STR(d.items[0].file, "t.po");
            CHECK_INT(d.items[0].line, cases[i].line);
            CHECK_INT(d.items[0].col, cases[i].col);
            CHECK_CONTAINS(d.items[0].message, cases[i].msg);
        }
        crs_po_free(po);
        crs_diags_clear(&d);
    }
}

/* The reader never looks past the text it is given, which need not end in a NUL: an escape
 * cut off by the end of the buffer (found by fuzz_po). */
static void test_unterminated_buffer(void)
{
    static const char *const texts[] = {"msgid \"\\11", "msgid \"\\x4", "msgid \"\\"};
    for (size_t i = 0; i < sizeof texts / sizeof texts[0]; i++) {
        size_t len = strlen(texts[i]);
        char *exact = malloc(len); /* no NUL: AddressSanitizer sees any read past it */
        if (!exact) continue;
        memcpy(exact, texts[i], len);
        crs_diags d = {0};
        crs_po *po = crs_po_parse("cut.po", exact, len, &d);
        CHECK(po == NULL);
        CHECK_INT(d.errors, 1);
        crs_po_free(po);
        crs_diags_clear(&d);
        free(exact);
    }
}

/* What the writer escapes, the reader reads back the same. */
static void test_write_read(void)
{
    static const char *const strings[] = {
        "plain",
        "",
        "quote \" and backslash \\",
        "tab\tand\nbreak",
        "ends in a break\n",
        "\x01\x7f control",
        "한국어 中文",
        "a\n\nb\n",
    };
    crs_buf b = {0};
    crs_buf_puts(&b, "msgid \"\"\nmsgstr \"Language: ko\\n\"\n");
    for (size_t i = 0; i < sizeof strings / sizeof strings[0]; i++) {
        crs_buf_printf(&b, "\nmsgctxt \"%zu\"\n", i);
        crs_po_write(&b, "msgid", strings[i]);
        crs_po_write(&b, "msgstr", strings[i]);
    }
    CHECK_CONTAINS(crs_buf_str(&b), "msgid \"\"\n\"tab\\tand\\n\"\n\"break\"\n");
    CHECK_CONTAINS(crs_buf_str(&b), "msgid \"ends in a break\\n\"\n");
    CHECK_CONTAINS(crs_buf_str(&b), "msgid \"\\001\\177 control\"\n");
    crs_diags d = {0};
    crs_po *po = crs_po_parse("w.po", crs_buf_str(&b), b.len, &d);
    CHECK(po != NULL);
    for (size_t i = 0; po && i < sizeof strings / sizeof strings[0]; i++) {
        const crs_po_entry *e = crs_po_entry_at(po, i);
        CHECK(e != NULL);
        if (!e) break;
        CHECK_STR(e->id, strings[i]);
        CHECK_STR(e->str, strings[i]);
    }
    crs_po_free(po);
    crs_diags_clear(&d);
    crs_buf_free(&b);
}

static void test_spans(void)
{
    static const char text[] = "{\"a\": [1, \"x\"],\n \"b\" :{\"c\":true}}";
    crs_arena *a = crs_arena_new();
    cJSON *root = NULL;
    jp_error e;
    CHECK_INT(jp_parse_spans(text, strlen(text), a, &root, &e), 0);
    if (root) {
        const cJSON *arr = root->child, *b = arr->next;
        CHECK_INT(jp_span_of(root)->start, 0);
        CHECK_INT(jp_span_of(root)->end, strlen(text));
        CHECK_INT(jp_span_of(arr)->key, 1);
        CHECK_INT(jp_span_of(arr)->start, 6);
        CHECK_INT(jp_span_of(arr)->end, 14);
        CHECK_INT(jp_span_of(arr->child->next)->start, 10);
        CHECK_INT(jp_span_of(arr->child->next)->end, 13);
        CHECK_INT(jp_span_of(b)->key, 17);
        CHECK_INT(jp_span_of(b)->start, 22);
        CHECK_INT(jp_span_of(b->child)->key, 23);
        CHECK_INT(jp_span_of(b->child)->end, 31);
    }
    crs_arena_free(a);
}

/* A scenario-shaped document: two layouts of text objects, a _comment, a \u escape. */
static const char doc[] = "{\n"
                          "  \"languages\": [\n"
                          "    {\n"
                          "      \"code\": \"en\",\n"
                          "      \"name\": \"English\"\n"
                          "    }\n"
                          "  ],\n"
                          "  \"title\": {\n"
                          "    \"en\": \"Hi\"\n"
                          "  },\n"
                          "  \"_comment\": {\"en\": \"not a text\"},\n"
                          "  \"items\": [{\"id\": \"a\", \"label\": {\"en\":\"Caf\\u00e9\"}}]\n"
                          "}\n";

static int import(const char *po_text, const crs_translate_opts *o, crs_buf *out,
                  crs_translate_report *r, crs_diags *d)
{
    crs_po *po = crs_po_parse("zh.po", po_text, strlen(po_text), d);
    CHECK(po != NULL);
    if (!po) return -1;
    int rc = crs_translate_import("doc.json", doc, strlen(doc), "zh.po", po, o, out, r, d);
    crs_po_free(po);
    return rc;
}

static void test_export(void)
{
    crs_buf out = {0};
    crs_diags d = {0};
    CHECK_INT(crs_translate_export("doc.json", doc, strlen(doc), "zh-Hans", &out, &d), 0);
    const char *s = crs_buf_str(&out);
    CHECK_CONTAINS(s, "\"Language: zh_Hans\\n\"\n");
    CHECK_CONTAINS(s, "msgctxt \"language-name\"\nmsgid \"English\"\nmsgstr \"\"\n");
    CHECK_CONTAINS(s, "#. title\n#: doc.json:8\nmsgctxt \"/title\"\nmsgid \"Hi\"\nmsgstr \"\"\n");
    CHECK_CONTAINS(s, "#. item \"a\", label\n#: doc.json:12\nmsgctxt \"/items/0/label\"\n"
                      "msgid \"Café\"\n");
    CHECK(!strstr(s, "not a text"));
    crs_buf_free(&out);
    CHECK_INT(crs_translate_export("doc.json", doc, strlen(doc), "zh Hans", &out, &d), -1);
    CHECK_INT(crs_translate_export("doc.json", "{\"languages\": 1}", 16, "ko", &out, &d), -1);
    CHECK_INT(d.errors, 2);
    crs_buf_free(&out);
    crs_diags_clear(&d);
}

static void test_import_layout(void)
{
    static const char po[] = "msgid \"\"\nmsgstr \"Language: zh_Hans\\n\"\n\n"
                             "msgctxt \"language-name\"\nmsgid \"English\"\nmsgstr \"中文\"\n\n"
                             "msgctxt \"/title\"\nmsgid \"Hi\"\nmsgstr \"你好\"\n\n"
                             "msgctxt \"/items/0/label\"\nmsgid \"Café\"\nmsgstr \"咖啡\\n馆\"\n";
    crs_buf out = {0};
    crs_translate_report r;
    crs_diags d = {0};
    CHECK_INT(import(po, NULL, &out, &r, &d), 0);
    CHECK_STR(crs_buf_str(&out), "{\n"
                                 "  \"languages\": [\n"
                                 "    {\n"
                                 "      \"code\": \"en\",\n"
                                 "      \"name\": \"English\"\n"
                                 "    },\n"
                                 "    {\n"
                                 "      \"code\": \"zh-Hans\",\n"
                                 "      \"name\": \"中文\",\n"
                                 "      \"status\": \"draft\"\n"
                                 "    }\n"
                                 "  ],\n"
                                 "  \"title\": {\n"
                                 "    \"en\": \"Hi\",\n"
                                 "    \"zh-Hans\": \"你好\"\n"
                                 "  },\n"
                                 "  \"_comment\": {\"en\": \"not a text\"},\n"
                                 "  \"items\": [{\"id\": \"a\", \"label\": {\"en\":\"Caf\\u00e9\", "
                                 "\"zh-Hans\":\"咖啡\\n馆\"}}]\n"
                                 "}\n");
    CHECK_STR(r.lang, "zh-Hans");
    CHECK_INT(r.inserted, 2);
    CHECK_INT(r.declared, 1);
    crs_buf_free(&out);
    /* Nothing translated: the same bytes, and no language declared. */
    CHECK_INT(import("msgid \"\"\nmsgstr \"Language: zh_Hans\\n\"\n\nmsgctxt \"/title\"\n"
                     "msgid \"Hi\"\nmsgstr \"\"\n",
                     NULL, &out, &r, &d),
              0);
    CHECK_STR(crs_buf_str(&out), doc);
    CHECK_INT(r.empty, 1);
    CHECK_INT(r.declared, 0);
    crs_buf_free(&out);
    crs_diags_clear(&d);
}

/* Stale, unknown and doubled entries are errors at their line; empty ones are only warned
 * about; --skip-stale turns the errors into warnings and writes the rest. */
static void test_import_problems(void)
{
    static const char po[] = "msgid \"\"\nmsgstr \"Language: zh_Hans\\n\"\n\n"
                             "msgctxt \"/title\"\nmsgid \"Hello\"\nmsgstr \"你好\"\n\n"
                             "msgctxt \"/nope\"\nmsgid \"Hi\"\nmsgstr \"\"\n\n"
                             "msgctxt \"/items/0/label\"\nmsgid \"Café\"\nmsgstr \"咖啡\"\n\n"
                             "msgctxt \"/items/0/label\"\nmsgid \"Café\"\nmsgstr \"咖啡馆\"\n";
    crs_buf out = {0};
    crs_translate_report r;
    crs_diags d = {0};
    CHECK_INT(import(po, NULL, &out, &r, &d), -1);
    CHECK_INT(d.errors, 2);
    CHECK_INT(d.warnings, 1);
    CHECK_INT(out.len, 0);
    if (d.count == 3) {
        CHECK_INT(d.items[0].line, 4);
        CHECK_STR(d.items[0].path, "/title");
        CHECK_CONTAINS(d.items[0].message, "stale");
        CHECK_INT(d.items[1].severity, CRS_SEV_WARNING);
        CHECK_INT(d.items[1].line, 8);
        CHECK_INT(d.items[2].line, 16);
        CHECK_CONTAINS(d.items[2].message, "a second entry for the same text");
    }
    crs_diags_clear(&d);
    crs_translate_opts o = {"zh-Hans", 1};
    CHECK_INT(import(po, &o, &out, &r, &d), 0);
    CHECK_INT(d.errors, 0);
    crs_buf_free(&out);
    crs_diags_clear(&d);
    /* A PO file exported from another scenario is refused whole. */
    CHECK_INT(import("msgid \"\"\nmsgstr \"X-Crossings-Scenario: other\\n\"\n", &o, &out, &r, &d),
              -1);
    if (d.count) CHECK_CONTAINS(d.items[0].message, "exported from the scenario \"other\"");
    crs_diags_clear(&d);
    CHECK_INT(import(po, &o, &out, &r, &d), 0);
    CHECK_INT(r.stale, 2);
    CHECK_INT(r.inserted, 1);
    CHECK_CONTAINS(crs_buf_str(&out), "{\"en\":\"Caf\\u00e9\", \"zh-Hans\":\"咖啡\"}");
    CHECK_CONTAINS(crs_buf_str(&out), "\"code\": \"zh-Hans\",\n      \"name\": \"zh-Hans\",");
    crs_buf_free(&out);
    crs_diags_clear(&d);
}

/* Every allocation of a parse, an export and an import can fail: each reports it and returns
 * cleanly (AddressSanitizer and valgrind see any leak or bad access on the way). */
static void test_out_of_memory(void)
{
    static const char po[] = "msgid \"\"\nmsgstr \"Language: zh_Hans\\n\"\n\n"
                             "msgctxt \"language-name\"\nmsgid \"English\"\nmsgstr \"中文\"\n\n"
                             "msgctxt \"/title\"\nmsgid \"Hi\"\nmsgstr \"你好\"\n";
    int done = 0, failures = 0;
    for (long n = 0; n < 400 && !done; n++) {
        crs_diags d = {0};
        crs_buf out = {0}, pot = {0};
        crs_translate_report r;
        crs_alloc_fail_after(n);
        crs_po *p = crs_po_parse("zh.po", po, strlen(po), &d);
        int rc =
            p ? crs_translate_import("doc.json", doc, strlen(doc), "zh.po", p, NULL, &out, &r, &d)
              : -1;
        int rc2 = crs_translate_export("doc.json", doc, strlen(doc), "ko", &pot, &d);
        int failed = crs_alloc_failed();
        crs_alloc_fail_after(-1);
        if (!failed) {
            done = 1;
            CHECK_INT(rc, 0);
            CHECK_INT(rc2, 0);
            CHECK_CONTAINS(crs_buf_str(&out), "\"zh-Hans\": \"你好\"");
        } else if (rc == 0 && rc2 == 0 && !out.oom && !pot.oom) {
            failures++; /* an allocation failed and still both claimed success */
        }
        crs_po_free(p);
        crs_buf_free(&out);
        crs_buf_free(&pot);
        crs_diags_clear(&d);
    }
    CHECK(done);
    CHECK_INT(failures, 0);
}

int main(void)
{
    static const check_case cases[] = {
        {"entries", test_entries},
        {"crlf", test_crlf},
        {"errors", test_errors},
        {"unterminated_buffer", test_unterminated_buffer},
        {"write_read", test_write_read},
        {"spans", test_spans},
        {"export", test_export},
        {"import_layout", test_import_layout},
        {"import_problems", test_import_problems},
        {"out_of_memory", test_out_of_memory},
    };
    return check_run("po", cases, sizeof cases / sizeof cases[0]);
}
