/* `crossings po export|import`: a scenario's texts as a gettext PO file for translators, and
 * their translations written back into the scenario, checked as `check` would. */
#include "cli.h"

#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include "crossings/fileio.h"
#include "crossings/po.h"
#include "crossings/translate.h"

static const char po_help[] =
    "Usage: crossings po export FILE --lang CODE [-o OUT]\n"
    "       crossings po import FILE LANG.po [--lang CODE] [--skip-stale] [-o OUT]\n"
    "Translate a scenario with a PO editor (Poedit, Weblate, Lokalize) instead of editing\n"
    "its JSON.\n\n"
    "export writes a PO file with one entry per text: msgctxt is the text's JSON path,\n"
    "msgid its English, msgstr the CODE text already in the file (or empty). The first\n"
    "entry is the language's own name.\n"
    "import writes each translated entry into the scenario's text (empty and fuzzy entries\n"
    "are skipped), declares the language as a draft if the scenario lacks it, and checks\n"
    "the result. Only the translated strings change: every other byte stays as it was.\n\n"
    "  --lang CODE     the language (export: required; import: default the PO's Language)\n"
    "  -o OUT          write there (export: default standard output; import: default FILE\n"
    "                  itself); '-' is standard output\n"
    "  --skip-stale    import: write the valid entries and skip, with a warning, those whose\n"
    "                  English changed since the export or whose path is gone (by default\n"
    "                  they are errors and nothing is written)\n\n"
    "Exit status: 0 done, 1 stale or invalid entries or scenario errors (nothing written),\n"
    "2 usage error or unreadable file.\n";

typedef struct {
    int import;
    const char *file, *po, *lang, *out;
    int skip_stale;
} po_opts;

static int parse(int argc, char **argv, po_opts *o)
{
    memset(o, 0, sizeof *o);
    if (argc < 1) return crs_cli_usage_error("po", "export or import?");
    if (!strcmp(argv[0], "--help") || !strcmp(argv[0], "-h")) return 1;
    if (strcmp(argv[0], "export") && strcmp(argv[0], "import"))
        return crs_cli_usage_error("po", "unknown action '%s' (export or import)", argv[0]);
    o->import = argv[0][0] == 'i';
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = i + 1 < argc ? argv[i + 1] : NULL;
        if (!strcmp(a, "--help") || !strcmp(a, "-h")) return 1;
        if (!strcmp(a, "--skip-stale") && o->import)
            o->skip_stale = 1;
        else if ((!strcmp(a, "--lang") || !strcmp(a, "-o")) && !v)
            return crs_cli_usage_error("po", "option '%s' needs a value", a);
        else if (!strcmp(a, "--lang"))
            o->lang = argv[++i];
        else if (!strcmp(a, "-o"))
            o->out = argv[++i];
        else if (a[0] == '-' && a[1])
            return crs_cli_usage_error("po", "unknown option '%s'", a);
        else if (!o->file)
            o->file = a;
        else if (o->import && !o->po)
            o->po = a;
        else
            return crs_cli_usage_error("po", "too many files given");
    }
    if (!o->file) return crs_cli_usage_error("po", "no scenario file given");
    if (o->import && !o->po) return crs_cli_usage_error("po", "no PO file given");
    if (!o->import && !o->lang) return crs_cli_usage_error("po", "export needs --lang CODE");
    return 0;
}

/* The file's bytes (NUL-terminated), or NULL with the reason printed. */
static char *slurp(const char *path, size_t *len)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    char *buf = NULL;
    size_t cap = 0, n = 0;
    while (f) {
        if (n + 65536 + 1 > cap) {
            char *bigger = realloc(buf, cap = n + 65536 * 4 + 1);
            if (!bigger) break;
            buf = bigger;
        }
        size_t got = fread(buf + n, 1, cap - n - 1, f);
        n += got;
        if (!got) break;
    }
    if (!f || ferror(f) || !buf) {
        fprintf(stderr, "crossings po: %s: cannot read the file (%s)\n", path,
                f ? "read error" : why);
        if (f) fclose(f);
        free(buf);
        return NULL;
    }
    fclose(f);
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Writes text to path ("-": standard output) through a temporary file renamed over it, so a
 * scenario is never left half written. */
static int write_out(const char *path, const crs_buf *text)
{
    const char *s = crs_buf_str(text);
    if (!strcmp(path, "-")) return fwrite(s, 1, text->len, stdout) == text->len ? 0 : 2;
    char tmp[4200];
    snprintf(tmp, sizeof tmp, "%s.%ld.tmp", path, (long)getpid());
    FILE *f = fopen(tmp, "wb");
    struct stat st;
    if (f && stat(path, &st) == 0) fchmod(fileno(f), st.st_mode & 07777); /* keep its mode */
    int ok = f && fwrite(s, 1, text->len, f) == text->len;
    if (f && fclose(f)) ok = 0;
    if (ok && rename(tmp, path) == 0) return 0;
    remove(tmp);
    fprintf(stderr, "crossings po: cannot write %s\n", path);
    return 2;
}

static int export_cmd(const po_opts *o)
{
    int st = 0;
    crs_scenario *s = crs_cli_load(o->file, &st); /* only a scenario that loads is exported */
    if (!s) return st;
    crs_scenario_free(s);
    size_t len;
    char *json = slurp(o->file, &len);
    if (!json) return 2;
    crs_buf out = {0};
    crs_diags d = {0};
    st = crs_translate_export(o->file, json, len, o->lang, &out, &d) ? 1 : 0;
    crs_cli_print_diags(stderr, &d);
    if (!st) st = write_out(o->out ? o->out : "-", &out);
    crs_diags_clear(&d);
    crs_buf_free(&out);
    free(json);
    return st;
}

static void summary(const crs_translate_report *r, const char *to)
{
    fprintf(stderr,
            "crossings po: %s: %d texts: %d added, %d changed, %d unchanged, %d left "
            "untranslated, %d fuzzy skipped",
            r->lang, r->entries, r->inserted, r->replaced, r->unchanged, r->empty, r->fuzzy);
    if (r->stale) fprintf(stderr, ", %d stale skipped", r->stale);
    if (r->declared) fprintf(stderr, "; %s declared as a draft language", r->lang);
    if (r->renamed) fprintf(stderr, "; the language's name changed");
    fprintf(stderr, "; written to %s\n", to);
}

/* Loads the result as `check` does; 0 when it has no errors. */
static int validate(const char *name, const crs_buf *out)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_buffer(name, crs_buf_str(out), out->len, &d);
    crs_cli_print_diags(stderr, &d);
    crs_diags_clear(&d);
    crs_scenario_free(s);
    if (!s) fprintf(stderr, "crossings po: the result has errors: nothing written\n");
    return s ? 0 : 1;
}

static int import_cmd(const po_opts *o)
{
    size_t len;
    char *json = slurp(o->file, &len);
    if (!json) return 2;
    crs_diags d = {0};
    crs_buf out = {0};
    crs_translate_report r;
    crs_translate_opts opts = {o->lang, o->skip_stale};
    const char *to = o->out ? o->out : o->file;
    int st = 1;
    crs_po *po = crs_po_load_file(o->po, &d);
    for (size_t i = 0; i < d.count; i++)
        if (d.items[i].code == CRS_E_IO) st = 2;
    if (po && crs_translate_import(o->file, json, len, o->po, po, &opts, &out, &r, &d) == 0) st = 0;
    crs_cli_print_diags(stderr, &d);
    if (!st && d.errors == 0) st = validate(strcmp(to, "-") ? to : o->file, &out);
    if (!st && !(out.len == len && !memcmp(crs_buf_str(&out), json, len) && !strcmp(to, o->file)))
        st = write_out(to, &out);
    else if (po && d.errors && st == 0)
        st = 1;
    if (!st) summary(&r, to);
    if (po && st == 1 && d.errors)
        fprintf(stderr, "crossings po: %zu problem%s in %s: nothing written%s\n", d.errors,
                d.errors == 1 ? "" : "s", o->po,
                r.stale && !o->skip_stale ? " (--skip-stale writes the rest)" : "");
    crs_po_free(po);
    crs_diags_clear(&d);
    crs_buf_free(&out);
    free(json);
    return st;
}

int crs_cli_po(int argc, char **argv); /* dispatched from main.c */

int crs_cli_po(int argc, char **argv)
{
    po_opts o;
    int st = parse(argc, argv, &o);
    if (st == 1) return fputs(po_help, stdout), 0;
    if (st) return st;
    return o.import ? import_cmd(&o) : export_cmd(&o);
}
