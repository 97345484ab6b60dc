/* Aggregation of anonymous session logs from one or many kiosks: sessions per scenario and
 * language, endings, how visitors split at each choice, time per stage, where they leave. */
#include "crossings/analytics.h"

#include "crossings/fileio.h"

#include <cjson/cJSON.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* One counter: a key made of '|'-joined parts, a count, and for timings the values seen. */
typedef struct {
    char *key;
    long count;
    int *vals;
    size_t nvals, capvals;
} entry;

struct crs_stats {
    entry *tab; /* open addressing, power-of-two size */
    size_t cap, used;
    size_t sessions;
};

crs_stats *crs_stats_new(void)
{
    return calloc(1, sizeof(crs_stats));
}

void crs_stats_free(crs_stats *st)
{
    if (!st) return;
    for (size_t i = 0; i < st->cap; i++) {
        free(st->tab[i].key);
        free(st->tab[i].vals);
    }
    free(st->tab);
    free(st);
}

static size_t hash(const char *s)
{
    size_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static int grow(crs_stats *st)
{
    size_t cap = st->cap ? st->cap * 2 : 64;
    entry *tab = calloc(cap, sizeof *tab);
    if (!tab) return -1;
    for (size_t i = 0; i < st->cap; i++) {
        if (!st->tab[i].key) continue;
        size_t j = hash(st->tab[i].key) & (cap - 1);
        while (tab[j].key) j = (j + 1) & (cap - 1);
        tab[j] = st->tab[i];
    }
    free(st->tab);
    st->tab = tab;
    st->cap = cap;
    return 0;
}

static entry *find(crs_stats *st, const char *key, int create)
{
    if (create && (st->used + 1) * 4 > st->cap * 3 && grow(st) != 0) return NULL;
    if (!st->cap) return NULL;
    size_t j = hash(key) & (st->cap - 1);
    while (st->tab[j].key) {
        if (strcmp(st->tab[j].key, key) == 0) return &st->tab[j];
        j = (j + 1) & (st->cap - 1);
    }
    if (!create) return NULL;
    size_t n = strlen(key) + 1;
    if (!(st->tab[j].key = malloc(n))) return NULL;
    memcpy(st->tab[j].key, key, n);
    st->used++;
    return &st->tab[j];
}

static const entry *lookup(const crs_stats *st, const char *key)
{
    return find((crs_stats *)st, key, 0);
}

static void bump(crs_stats *st, int value, const char *a, const char *b, const char *c,
                 const char *d)
{
    char key[600];
    snprintf(key, sizeof key, "%s|%s|%s|%s", a, b, c ? c : "", d ? d : "");
    entry *e = find(st, key, 1);
    if (!e) return;
    e->count++;
    if (value < 0) return;
    if (e->nvals == e->capvals) {
        size_t cap = e->capvals ? e->capvals * 2 : 8;
        int *v = realloc(e->vals, cap * sizeof *v);
        if (!v) return;
        e->vals = v;
        e->capvals = cap;
    }
    e->vals[e->nvals++] = value;
}

/* 1 when s holds a control character (C0, DEL, or C1 in UTF-8): no id of ours does, and a
 * report printed to a terminal must not carry escape sequences. */
static int has_control(const char *s)
{
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if (*p < 0x20 || *p == 0x7f || (*p == 0xc2 && p[1] >= 0x80 && p[1] <= 0x9f)) return 1;
    return 0;
}

/* A string field that must be present; ids are short and have no '|' (it joins keys). */
static const char *field(const cJSON *o, const char *key, int optional)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (optional && cJSON_IsNull(v)) return "";
    if (!cJSON_IsString(v) || strlen(v->valuestring) > 100 || strchr(v->valuestring, '|') ||
        has_control(v->valuestring))
        return NULL;
    return v->valuestring;
}

static int number(const cJSON *o, const char *key)
{
    const cJSON *v = cJSON_GetObjectItemCaseSensitive(o, key);
    if (!cJSON_IsNumber(v) || !(v->valuedouble >= 0 && v->valuedouble < 1e7)) return -1;
    return (int)v->valuedouble;
}

static const char *add_steps(crs_stats *st, const char *scen, const cJSON *steps)
{
    if (!cJSON_IsArray(steps)) return "\"steps\" is not a list";
    const cJSON *s;
    cJSON_ArrayForEach(s, steps)
    {
        const char *stage = field(s, "stage", 0), *node = field(s, "node", 0);
        const char *choice = field(s, "choice", 0);
        int secs = number(s, "seconds");
        if (!stage || !node || !choice || secs < 0)
            return "a step lacks stage, node, choice or seconds";
        bump(st, -1, "node", scen, node, NULL);
        bump(st, -1, "choice", scen, node, choice);
        bump(st, secs, "time", scen, stage, NULL);
    }
    return NULL;
}

static const char *add_record(crs_stats *st, const cJSON *o)
{
    if (!cJSON_IsObject(o)) return "not a JSON object";
    const char *scen = field(o, "scenario", 0), *lang = field(o, "lang", 0);
    const char *ending = field(o, "ending", 1), *kind = field(o, "ending_kind", 1);
    const char *left = field(o, "abandoned", 1);
    if (!scen || !lang || !ending || !kind || !left) return "missing or malformed field";
    if (!*ending && !*left) return "neither an ending nor where the session was abandoned";
    /* Validate the steps fully before counting anything, so a bad line adds nothing. */
    crs_stats *probe = crs_stats_new();
    const char *why = probe ? add_steps(probe, scen, cJSON_GetObjectItemCaseSensitive(o, "steps"))
                            : "out of memory";
    crs_stats_free(probe);
    if (why) return why;
    add_steps(st, scen, cJSON_GetObjectItemCaseSensitive(o, "steps"));
    bump(st, -1, "sessions", scen, lang, NULL);
    bump(st, -1, "scenario", scen, NULL, NULL);
    if (*ending)
        bump(st, -1, "ending", scen, ending, kind);
    else
        bump(st, -1, "abandoned", scen, left, NULL);
    st->sessions++;
    return NULL;
}

void crs_stats_add_line(crs_stats *st, const char *file, int lineno, const char *line,
                        crs_diags *diags)
{
    size_t n = strlen(line);
    while (n && (line[n - 1] == '\n' || line[n - 1] == '\r')) n--;
    if (n == 0) return;
    const char *end = NULL;
    cJSON *o = cJSON_ParseWithLengthOpts(line, n, &end, 0);
    /* One record per line: text after it (a second record, say) makes the line suspect. */
    while (o && end && end < line + n && (*end == ' ' || *end == '\t')) end++;
    const char *why = !o                      ? "not valid JSON (a torn or edited line?)"
                      : end && end < line + n ? "text after the record (one record per line)"
                                              : add_record(st, o);
    if (why && diags)
        crs_diags_add(diags, CRS_E_SYNTAX, CRS_SEV_WARNING, file, lineno, 1, "", "skipped line: %s",
                      why);
    cJSON_Delete(o);
}

/* The longest log line kept: a session of CRS_ANALYTICS_MAX_STEPS steps, each with three ids of
 * up to 64 characters, is under 64 KiB. A longer line is not one of ours; it is skipped
 * without being held in memory, so a log without newlines cannot cost its size. */
#define STATS_LINE_MAX (256 * 1024)

/* Reads one line (without its newline) into buf, which holds STATS_LINE_MAX + 1 bytes. *n gets
 * the line's full length (more than STATS_LINE_MAX: it was cut), *nul whether it holds a NUL
 * byte. Returns 0 at the end of the file. */
static int read_line(FILE *f, char *buf, size_t *n, int *nul)
{
    size_t len = 0;
    int c = EOF;
    *nul = 0;
    flockfile(f); /* one lock for the line, not one per character */
    while ((c = getc_unlocked(f)) != EOF && c != '\n') {
        if (c == 0) *nul = 1;
        if (len < STATS_LINE_MAX) buf[len] = (char)c;
        len++;
    }
    funlockfile(f);
    buf[len < STATS_LINE_MAX ? len : STATS_LINE_MAX] = '\0';
    *n = len;
    return c != EOF || len > 0;
}

int crs_stats_add_file(crs_stats *st, const char *path, crs_diags *diags)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    if (!f) {
        crs_diags_add(diags, CRS_E_IO, CRS_SEV_ERROR, path, 0, 0, "", "cannot read this log (%s)",
                      why);
        return -1;
    }
    char *line = malloc(STATS_LINE_MAX + 1);
    if (!line) {
        fclose(f);
        crs_diags_add(diags, CRS_E_MEMORY, CRS_SEV_ERROR, path, 0, 0, "", "out of memory");
        return -1;
    }
    int lineno = 0;
    size_t n;
    int nul;
    while (read_line(f, line, &n, &nul)) {
        lineno++;
        if (n > STATS_LINE_MAX)
            crs_diags_add(diags, CRS_E_LIMIT, CRS_SEV_WARNING, path, lineno, 1, "",
                          "skipped line: longer than %d KiB (not a session record)",
                          STATS_LINE_MAX / 1024);
        else if (nul)
            crs_diags_add(diags, CRS_E_ENCODING, CRS_SEV_WARNING, path, lineno, 1, "",
                          "skipped line: it contains a NUL byte");
        else
            crs_stats_add_line(st, path, lineno, line, diags);
    }
    free(line);
    fclose(f);
    return 0;
}

size_t crs_stats_sessions(const crs_stats *st)
{
    return st->sessions;
}

static int cmp_key(const void *a, const void *b)
{
    return strcmp((*(const entry *const *)a)->key, (*(const entry *const *)b)->key);
}

/* The entries whose key starts with prefix, sorted by key; caller frees the array. */
static const entry **select_sorted(const crs_stats *st, const char *prefix, size_t *n)
{
    const entry **out = malloc((st->used + 1) * sizeof *out);
    *n = 0;
    if (!out) return NULL;
    size_t plen = strlen(prefix);
    for (size_t i = 0; i < st->cap; i++)
        if (st->tab[i].key && strncmp(st->tab[i].key, prefix, plen) == 0) out[(*n)++] = &st->tab[i];
    qsort(out, *n, sizeof *out, cmp_key);
    return out;
}

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}

static double median(const entry *e)
{
    if (!e->nvals) return 0;
    qsort(e->vals, e->nvals, sizeof *e->vals, cmp_int);
    size_t m = e->nvals / 2;
    return e->nvals % 2 ? e->vals[m] : (e->vals[m - 1] + e->vals[m]) / 2.0;
}

/* Splits "section|a|b|c" into its parts (in place in a copy). */
static void parts(const char *key, char *copy, size_t cap, const char *p[4])
{
    snprintf(copy, cap, "%s", key);
    char *s = copy;
    for (int i = 0; i < 4; i++) {
        p[i] = s;
        char *bar = s ? strchr(s, '|') : NULL;
        if (bar) *bar = '\0';
        s = bar ? bar + 1 : NULL;
        if (!p[i]) p[i] = "";
    }
}

static long scenario_total(const crs_stats *st, const char *scen)
{
    char key[300];
    snprintf(key, sizeof key, "scenario|%s||", scen);
    const entry *e = lookup(st, key);
    return e ? e->count : 0;
}

static long node_total(const crs_stats *st, const char *scen, const char *node)
{
    char key[400];
    snprintf(key, sizeof key, "node|%s|%s|", scen, node);
    const entry *e = lookup(st, key);
    return e ? e->count : 0;
}

/* One CSV cell (RFC 4180): quoted when it holds a comma, quote or line break, quotes doubled.
 * A cell a spreadsheet would read as a formula (= + - @, tab, CR first) gets a leading '. */
static void cell(crs_buf *out, const char *v)
{
    int formula = *v && strchr("=+-@\t\r", *v) != NULL;
    int quote = strpbrk(v, ",\"\r\n") != NULL;
    if (quote) crs_buf_puts(out, "\"");
    if (formula) crs_buf_puts(out, "'");
    for (const char *q = v; *q; q++) {
        crs_buf_append(out, q, 1);
        if (*q == '"') crs_buf_append(out, q, 1);
    }
    if (quote) crs_buf_puts(out, "\"");
}

/* The start of a CSV row: section, scenario, key, subkey (each a cell) and a comma; the
 * caller adds the value and CRLF. */
static void csv_row(crs_buf *out, const char *section, const char *const p[4], int nkeys)
{
    crs_buf_puts(out, section);
    for (int i = 1; i <= 3; i++) {
        crs_buf_puts(out, ",");
        if (i <= nkeys) cell(out, p[i]);
    }
    crs_buf_puts(out, ",");
}

typedef void (*row_fn)(const crs_stats *st, const char *p[4], const entry *e, crs_buf *out,
                       int csv);

static void row_sessions(const crs_stats *st, const char *p[4], const entry *e, crs_buf *out,
                         int csv)
{
    (void)st;
    if (csv) {
        csv_row(out, "sessions", p, 2);
        crs_buf_printf(out, "%ld\r\n", e->count);
    } else
        crs_buf_printf(out, "  %-28s %-6s %8ld\n", p[1], p[2], e->count);
}

static void row_ending(const crs_stats *st, const char *p[4], const entry *e, crs_buf *out, int csv)
{
    double share = 100.0 * e->count / (double)scenario_total(st, p[1]);
    if (csv) {
        csv_row(out, "ending", p, 3);
        crs_buf_printf(out, "%ld\r\n", e->count);
    } else
        crs_buf_printf(out, "  %-28s %-24s %-22s %6ld %5.1f%%\n", p[1], p[2], p[3], e->count,
                       share);
}

static void row_choice(const crs_stats *st, const char *p[4], const entry *e, crs_buf *out, int csv)
{
    double share = 100.0 * e->count / (double)node_total(st, p[1], p[2]);
    if (csv) {
        csv_row(out, "choice", p, 3);
        crs_buf_printf(out, "%ld\r\n", e->count);
    } else
        crs_buf_printf(out, "  %-28s %-24s %-22s %6ld %5.1f%%\n", p[1], p[2], p[3], e->count,
                       share);
}

static void row_time(const crs_stats *st, const char *p[4], const entry *e, crs_buf *out, int csv)
{
    (void)st;
    if (csv) {
        csv_row(out, "median_seconds", p, 2);
        crs_buf_printf(out, "%.1f\r\n", median(e));
    } else
        crs_buf_printf(out, "  %-28s %-24s %8.1f s (%zu choices)\n", p[1], p[2], median(e),
                       e->nvals);
}

static void row_abandoned(const crs_stats *st, const char *p[4], const entry *e, crs_buf *out,
                          int csv)
{
    double share = 100.0 * e->count / (double)scenario_total(st, p[1]);
    if (csv) {
        csv_row(out, "abandoned", p, 2);
        crs_buf_printf(out, "%ld\r\n", e->count);
    } else
        crs_buf_printf(out, "  %-28s %-24s %6ld %5.1f%%\n", p[1], p[2], e->count, share);
}

static void section(const crs_stats *st, const char *prefix, const char *title, row_fn fn,
                    crs_buf *out, int csv)
{
    size_t n;
    const entry **rows = select_sorted(st, prefix, &n);
    if (!rows) return;
    if (!csv) crs_buf_printf(out, "\n%s\n", title);
    if (!csv && n == 0) crs_buf_puts(out, "  (none)\n");
    char copy[600];
    for (size_t i = 0; i < n; i++) {
        const char *p[4];
        parts(rows[i]->key, copy, sizeof copy, p);
        fn(st, p, rows[i], out, csv);
    }
    free(rows);
}

static int report(const crs_stats *st, crs_buf *out, int csv)
{
    if (csv)
        crs_buf_puts(out, "section,scenario,key,subkey,value\r\n");
    else
        crs_buf_printf(out, "%zu sessions\n", st->sessions);
    section(st, "sessions|", "Sessions per scenario and language", row_sessions, out, csv);
    section(st, "ending|", "Endings (share of the scenario's sessions)", row_ending, out, csv);
    section(st, "choice|", "How visitors split at each choice", row_choice, out, csv);
    section(st, "time|", "Median time per choice, by stage", row_time, out, csv);
    section(st, "abandoned|", "Where visitors left without an ending", row_abandoned, out, csv);
    return out->oom ? -1 : 0;
}

int crs_stats_report_text(const crs_stats *st, crs_buf *out)
{
    return report(st, out, 0);
}
int crs_stats_report_csv(const crs_stats *st, crs_buf *out)
{
    return report(st, out, 1);
}

long crs_stats_choice_split(const crs_stats *st, const char *scenario, const char *node,
                            crs_split *out, int cap, int *nout)
{
    char prefix[400];
    snprintf(prefix, sizeof prefix, "choice|%s|%s|", scenario, node);
    size_t n;
    const entry **rows = select_sorted(st, prefix, &n);
    *nout = 0;
    for (size_t i = 0; rows && i < n && *nout < cap; i++) {
        out[*nout].choice = rows[i]->key + strlen(prefix);
        out[(*nout)++].count = rows[i]->count;
    }
    free(rows);
    return node_total(st, scenario, node);
}
