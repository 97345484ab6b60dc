/* `crossings i18n-status`: how much of the interface each language's PO file translates, and
 * how many of each scenario's texts each declared language has, next to English. It reads the
 * PO files (not the compiled catalogues, which leave fuzzy entries out), so a translator sees
 * what is still to do: translated, fuzzy (msgmerge's guesses, not shown in the game) and
 * missing, against the template po/crossings.pot. */
#include "cli.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/fileio.h"

static const char i18n_help[] =
    "Usage: crossings i18n-status [--po-dir DIR] [FILE...]\n"
    "Print the translation coverage: for each po/LANG.po, its translated, fuzzy and missing\n"
    "messages against po/crossings.pot; for each scenario (FILE, or every shipped one), how\n"
    "many of its texts each declared language has, against English. An untranslated message\n"
    "or text is shown in English.\n\n"
    "  --po-dir DIR  the folder of crossings.pot and LANG.po (default: the data folder's po/)\n"
    "  --help        show this help\n\n"
    "Exit status: 0 printed, 2 usage error or an unreadable template.\n";

enum { PO_MISSING, PO_FUZZY, PO_DONE };

typedef struct {
    char *key; /* msgctxt \004 msgid, as escaped in the file */
    int state;
} po_entry;

typedef struct {
    po_entry *items;
    int count, cap;
    char status[64], name[128]; /* X-Crossings-Status; the language-name entry's msgstr */
} po_file;

typedef struct {
    char *ctx, *id, *str; /* the current entry's texts (str: the last msgstr read) */
    int has_ctx, fuzzy, obsolete, empty_str, any_str;
    char **at; /* what a continuation line extends */
} po_reader;

static void append(char **s, const char *add, size_t n)
{
    size_t old = *s ? strlen(*s) : 0;
    char *more = realloc(*s, old + n + 1);
    if (!more) return;
    memcpy(more + old, add, n);
    more[old + n] = '\0';
    *s = more;
}

/* The text between the first and the last quote of a line, left escaped. */
static void quoted(char **dst, const char *line)
{
    const char *a = strchr(line, '"'), *b = strrchr(line, '"');
    if (a && b > a)
        append(dst, a + 1, (size_t)(b - a - 1));
    else
        append(dst, "", 0);
}

/* A header field's value from the header's escaped text ("Field: value\n"). */
static void header_field(const char *h, const char *field, char *out, size_t cap)
{
    const char *p = strstr(h, field);
    if (!p || cap == 0) return;
    p += strlen(field);
    size_t n = 0;
    while (p[n] && strncmp(p + n, "\\n", 2) != 0) n++;
    snprintf(out, cap, "%.*s", (int)n, p);
}

/* A new entry at the end of f, or NULL when memory runs out. */
static po_entry *push(po_file *f)
{
    if (f->count == f->cap) {
        int cap = f->cap ? f->cap * 2 : 256;
        po_entry *more = realloc(f->items, (size_t)cap * sizeof *more);
        if (!more) return NULL;
        f->items = more, f->cap = cap;
    }
    po_entry *e = &f->items[f->count++];
    e->key = NULL;
    return e;
}

static void finish(po_reader *r, po_file *f)
{
    po_entry *e;
    if (!r->id || r->obsolete) {
        /* nothing to count */
    } else if (!r->has_ctx && !*r->id) { /* the header */
        if (r->str) header_field(r->str, "X-Crossings-Status: ", f->status, sizeof f->status);
    } else if ((e = push(f))) {
        if (r->has_ctx) {
            append(&e->key, r->ctx ? r->ctx : "", r->ctx ? strlen(r->ctx) : 0);
            append(&e->key, "\004", 1);
        }
        append(&e->key, r->id, strlen(r->id));
        int empty = r->empty_str || !r->str || !*r->str; /* any form left empty */
        e->state = !r->any_str || empty ? PO_MISSING : r->fuzzy ? PO_FUZZY : PO_DONE;
        if (r->has_ctx && r->ctx && !strcmp(r->ctx, "language-name") && !strcmp(r->id, "English") &&
            e->state == PO_DONE)
            snprintf(f->name, sizeof f->name, "%s", r->str);
    }
    free(r->ctx);
    free(r->id);
    free(r->str);
    memset(r, 0, sizeof *r);
}

static int read_po(const char *path, po_file *f)
{
    const char *why = NULL;
    FILE *in = crs_fopen_regular(path, &why);
    memset(f, 0, sizeof *f);
    if (!in) return -1;
    po_reader r = {0};
    char line[8192];
    while (fgets(line, sizeof line, in)) {
        if (line[0] == '\n' || line[0] == '\r') {
            finish(&r, f);
        } else if (!strncmp(line, "#~", 2)) {
            r.obsolete = 1;
        } else if (!strncmp(line, "#,", 2)) {
            r.fuzzy |= strstr(line, "fuzzy") != NULL;
        } else if (line[0] == '#') {
            continue;
        } else if (!strncmp(line, "msgctxt ", 8)) {
            if (r.id) finish(&r, f); /* an entry without a blank line before the next */
            r.has_ctx = 1;
            quoted(&r.ctx, line);
            r.at = &r.ctx;
        } else if (!strncmp(line, "msgid_plural ", 13)) {
            r.at = NULL;
        } else if (!strncmp(line, "msgid ", 6)) {
            if (r.id) finish(&r, f);
            quoted(&r.id, line);
            r.at = &r.id;
        } else if (!strncmp(line, "msgstr", 6)) {
            if (r.str) r.empty_str |= !*r.str;
            free(r.str);
            r.str = NULL;
            quoted(&r.str, line);
            r.any_str = 1;
            r.at = &r.str;
        } else if (line[0] == '"' && r.at) {
            quoted(r.at, line);
        }
    }
    finish(&r, f);
    fclose(in);
    return 0;
}

static void free_po(po_file *f)
{
    for (int i = 0; i < f->count; i++) free(f->items[i].key);
    free(f->items);
}

static int state_of(const po_file *f, const char *key)
{
    for (int i = 0; i < f->count; i++)
        if (f->items[i].key && !strcmp(f->items[i].key, key)) return f->items[i].state;
    return PO_MISSING;
}

static int by_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Sorted names in dir ending in suffix (caller frees each and the array); the count in *n. */
static char **list_dir(const char *dir, const char *suffix, int *n)
{
    *n = 0;
    DIR *d = opendir(dir);
    if (!d) return NULL;
    char **names = NULL;
    int cap = 0;
    struct dirent *ent;
    size_t sl = strlen(suffix);
    while ((ent = readdir(d))) {
        size_t l = strlen(ent->d_name);
        if (l <= sl || strcmp(ent->d_name + l - sl, suffix) || ent->d_name[0] == '.') continue;
        if (*n == cap) {
            char **more = realloc(names, (size_t)(cap = cap ? cap * 2 : 16) * sizeof *names);
            if (!more) break;
            names = more;
        }
        names[(*n)++] = strdup(ent->d_name);
    }
    closedir(d);
    if (names) qsort(names, (size_t)*n, sizeof *names, by_name);
    return names;
}

static int interface_status(const char *dir)
{
    char path[8500];
    snprintf(path, sizeof path, "%s/crossings.pot", dir);
    po_file pot;
    if (read_po(path, &pot) != 0) {
        fprintf(stderr, "crossings i18n-status: cannot read %s\n", path);
        return 2;
    }
    printf("Interface (%s: %d messages)\n", path, pot.count);
    int n;
    char **names = list_dir(dir, ".po", &n);
    for (int i = 0; i < n; i++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[i]);
        po_file po;
        if (read_po(path, &po) != 0) {
            printf("  %s: cannot be read\n", names[i]);
            free(names[i]);
            continue;
        }
        int count[3] = {0, 0, 0};
        for (int k = 0; k < pot.count; k++) count[state_of(&po, pot.items[k].key)]++;
        names[i][strlen(names[i]) - 3] = '\0';
        printf("  %s (%s, %s): %d translated, %d fuzzy, %d missing (%d%%)\n", names[i],
               po.name[0] ? po.name : "no language-name entry",
               po.status[0] ? po.status : "no status", count[PO_DONE], count[PO_FUZZY],
               count[PO_MISSING], pot.count ? 100 * count[PO_DONE] / pot.count : 100);
        free_po(&po);
        free(names[i]);
    }
    free(names);
    free_po(&pot);
    return 0;
}

static void scenario_status(const char *path)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(path, &d);
    crs_diags_clear(&d);
    if (!s) {
        printf("  %s: has errors (crossings check %s)\n", path, path);
        return;
    }
    crs_scenario_stats st;
    crs_scenario_get_stats(s, &st);
    int en = crs_scenario_lang(s, "en");
    int base = en >= 0 ? st.text_present[en] : st.text_total;
    printf("  %s", s->id);
    for (int l = 0; l < s->nlangs; l++)
        printf("  %s %d/%d (%d%%)%s", s->langs[l].code, st.text_present[l], base,
               base ? 100 * st.text_present[l] / base : 100,
               s->langs[l].status && !strcmp(s->langs[l].status, "draft") ? " draft" : "");
    printf("\n");
    crs_scenario_free(s);
}

int crs_cli_i18n_status(int argc, char **argv)
{
    const char *po_dir = NULL;
    int nfiles = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
            return fputs(i18n_help, stdout), 0;
        if (!strcmp(argv[i], "--po-dir")) {
            if (i + 1 >= argc)
                return crs_cli_usage_error("i18n-status", "option '--po-dir' needs a value");
            po_dir = argv[++i];
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return crs_cli_usage_error("i18n-status", "unknown option '%s'", argv[i]);
        } else {
            nfiles++;
        }
    }
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/po", crs_data_dir());
    int status = interface_status(po_dir ? po_dir : dir);
    printf("Scenarios (texts in each language / texts in English)\n");
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--po-dir"))
            i++;
        else if (argv[i][0] != '-' || !argv[i][1])
            scenario_status(argv[i]);
    }
    if (!nfiles) {
        snprintf(dir, sizeof dir, "%s/scenarios", crs_data_dir());
        int n;
        char **names = list_dir(dir, ".json", &n);
        for (int i = 0; i < n; i++) {
            char path[8500];
            snprintf(path, sizeof path, "%s/%s", dir, names[i]);
            if (strcmp(names[i], "schema.json")) scenario_status(path);
            free(names[i]);
        }
        free(names);
    }
    return status;
}
