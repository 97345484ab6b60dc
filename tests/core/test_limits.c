/* Every limit in docs/LIMITS.md, at L-1, L and L+1, in one table: at or under the limit the
 * file is not refused for it (and, where the change is otherwise harmless, loads); one over,
 * it is refused with the limit's own message. Each row changes the minimal fixture in one way. */
#include <cjson/cJSON.h>

#include "check.h"
#include "scenario_text.h"

#include <unistd.h>

/* base with "$x": value added at the top (keys starting with $ are ignored). */
static char *with_comment(const char *value_prefix, long long reps, const char *rep,
                          const char *value_suffix)
{
    size_t vp = strlen(value_prefix), r = strlen(rep), vs = strlen(value_suffix);
    size_t n = vp + (size_t)reps * r + vs + 32;
    char *v = malloc(n), *o = v;
    memcpy(o, "\"$x\": ", 6), o += 6;
    memcpy(o, value_prefix, vp), o += vp;
    for (long long i = 0; i < reps; i++) memcpy(o, rep, r), o += r;
    memcpy(o, value_suffix, vs), o += vs;
    memcpy(o, ",\n  \"format\"", 13);
    char *t = mutate(minimal_text(), "\"format\"", v);
    free(v);
    return t;
}

/* n copies of item, each followed by sep, then tail. */
static char *repeat(const char *item, long long n, const char *sep, const char *tail)
{
    size_t k = strlen(item), sl = strlen(sep), tl = strlen(tail);
    char *s = malloc((size_t)(n > 0 ? n : 0) * (k + sl) + tl + 1), *o = s;
    for (long long i = 0; i < n; i++) {
        memcpy(o, item, k), o += k;
        memcpy(o, sep, sl), o += sl;
    }
    memcpy(o, tail, tl + 1);
    return s;
}

static char *with_edit(const char *find, const char *rep)
{
    return mutate(minimal_text(), find, rep);
}

static long json_values(const cJSON *v)
{
    long n = 1;
    for (const cJSON *k = v->child; k; k = k->next) n += json_values(k);
    return n;
}

static long base_values(void)
{
    char *t = minimal_text();
    cJSON *j = cJSON_Parse(t);
    long n = j ? json_values(j) : 0;
    cJSON_Delete(j);
    free(t);
    return n;
}

static char *b_file_size(long long n)
{
    char *t = minimal_text();
    size_t len = strlen(t);
    char *o = malloc((size_t)n + 1);
    memcpy(o, t, len);
    memset(o + len, ' ', (size_t)n - len); /* trailing blanks after the document */
    o[n] = '\0';
    free(t);
    return o;
}
static char *b_depth(long long n) /* the top object is level 1 */
{
    char *open = repeat("[", n - 1, "", ""), *close = repeat("]", n - 1, "", "");
    char *t = with_comment(open, 0, "", close);
    free(open);
    free(close);
    return t;
}
static char *b_string(long long n)
{
    return with_comment("\"", n, "a", "\"");
}
static char *b_number(long long n)
{
    return with_comment("1", n - 1, "0", "");
}
static char *b_values(long long n) /* the array is one value, each 0 another */
{
    return with_comment("[", n - base_values() - 2, "0,", "0]");
}
static char *b_items(long long n) /* one outcome's weight adjustments */
{
    char *items = repeat("{\"if\":{\"months\":1},\"add\":0}", n - 2, ",", "");
    size_t k = strlen(items) + 16;
    char *rep = malloc(k);
    snprintf(rep, k, "\"adjust\": [%s", items);
    char *t = with_edit("\"adjust\": [", rep);
    free(items);
    free(rep);
    return t;
}
static char *b_vars(long long n)
{
    char *t = minimal_text();
    for (long long i = 2; i < n; i++) {
        char rep[200];
        snprintf(
            rep, sizeof rep,
            "{\"id\": \"v%lld\", \"type\": \"int\", \"min\": 0, \"max\": 1, \"label\": {\"en\": "
            "\"V\", \"ko\": \"V\"}},\n    {\"id\": \"months\"",
            i);
        t = mutate(t, "{\"id\": \"months\"", rep);
    }
    return t;
}
static char *b_choices(long long n)
{
    char *more = repeat("{\"label\": {\"en\": \"C\", \"ko\": \"C\"}, \"ending\": \"went-home\"}",
                        n - 2, ",", "");
    size_t k = strlen(more) + 64;
    char *rep = malloc(k);
    snprintf(rep, k, "%s\n       {\"id\": \"home\"", more);
    char *t = with_edit("{\"id\": \"home\"", rep);
    free(more);
    free(rep);
    return t;
}
static char *b_tags(long long n)
{
    char *tags = repeat("\"arrest\"", n - 1, ",", "\"arrest\"");
    size_t k = strlen(tags) + 16;
    char *rep = malloc(k);
    snprintf(rep, k, "\"tags\": [%s]", tags);
    char *t = with_edit("\"tags\": [\"arrest\"]", rep);
    free(tags);
    free(rep);
    return t;
}
static char *b_langs(long long n)
{
    static const char *const codes[] = {"ja", "zh", "fr", "de", "es", "ru", "it", "vi", "th"};
    char rep[1200] = "{\"code\": \"ko\", \"name\": \"한국어\", \"status\": \"draft\"}";
    for (long long i = 2; i < n; i++) {
        char one[100];
        snprintf(one, sizeof one,
                 ",\n    {\"code\": \"%s\", \"name\": \"L\", \"status\": \"draft\"}", codes[i - 2]);
        strcat(rep, one);
    }
    return with_edit("{\"code\": \"ko\", \"name\": \"한국어\", \"status\": \"draft\"}", rep);
}
static char *b_id(long long n)
{
    char *id = repeat("a", n - 1, "", "");
    size_t k = strlen(id) + 32;
    char *rep = malloc(k);
    snprintf(rep, k, "{\"id\": \"s%s\"", id);
    char *t = with_edit("{\"id\": \"sun-hee\"", rep);
    free(id);
    free(rep);
    return t;
}
static char *b_whole(long long n)
{
    char rep[64];
    snprintf(rep, sizeof rep, "\"max\": %lld,", n);
    return with_edit("\"max\": 600,", rep);
}
static char *b_weight(long long n)
{
    char rep[64];
    snprintf(rep, sizeof rep, "\"weight\": %lld,", n);
    return with_edit("\"weight\": 50.3,", rep);
}
static char *b_diags(long long n) /* n unknown keys, each an error */
{
    char *t = minimal_text();
    for (long long i = 0; i < n; i++) {
        char rep[64];
        snprintf(rep, sizeof rep, "\"k%lld\": 1,\n  \"format\"", i);
        t = mutate(t, "\"format\"", rep);
    }
    return t;
}

typedef struct {
    const char *what;
    long long limit;
    char *(*build)(long long n);
    int loads;           /* at or under the limit the file loads (else: only not refused for it) */
    const char *refusal; /* the message one over the limit */
} limit_row;

static const limit_row rows[] = {
    {"file size", CRS_LIMIT_FILE_BYTES, b_file_size, 1, "the file is larger than 8 MiB"},
    {"nesting", CRS_LIMIT_DEPTH, b_depth, 1, "nesting deeper than 32 levels"},
    {"one string", CRS_LIMIT_STRING_BYTES, b_string, 1, "string longer than 8192 bytes"},
    {"one number literal", 40, b_number, 1, "number longer than 40 characters"},
    {"JSON values", 1000000, b_values, 1, "more than 1,000,000 JSON values"},
    {"items of a kind", CRS_LIMIT_ITEMS, b_items, 1,
     "\"adjust\" has 200001 items; at most 200000 are allowed"},
    {"variables", CRS_LIMIT_VARS, b_vars, 1, "\"variables\" has 65 items; at most 64"},
    {"choices per node", 9, b_choices, 1, "\"choices\" has 10 items; at most 9"},
    {"content tags per node", 16, b_tags, 1, "\"tags\" has 17 items; at most 16"},
    {"languages", CRS_MAX_LANGS, b_langs, 0, "\"languages\" has 9 items; at most 8"},
    {"id length", CRS_LIMIT_ID_BYTES, b_id, 1, "bad id"},
    {"whole numbers", 1000000000, b_whole, 1, "must be a whole number from"},
    {"weights", 1000000000, b_weight, 1, "\"weight\" must be more than 0 (and at most 1e9)"},
};

static int mentions(const crs_diags *d, const char *text)
{
    for (size_t i = 0; i < d->count; i++)
        if (strstr(d->items[i].message, text)) return 1;
    return 0;
}

static void every_limit_at_its_edges(void)
{
    char path[] = "/tmp/crs-limits-XXXXXX";
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return;
    close(fd);
    for (size_t r = 0; r < sizeof rows / sizeof rows[0]; r++) {
        const limit_row *row = &rows[r];
        for (long long n = row->limit - 1; n <= row->limit + 1; n++) {
            char *t = row->build(n);
            FILE *f = fopen(path, "wb");
            fwrite(t, 1, strlen(t), f);
            fclose(f);
            free(t);
            crs_diags d = {0};
            crs_scenario *s = crs_scenario_load_file(path, &d);
            int over = n > row->limit, said = mentions(&d, row->refusal);
            int ok = over ? !s && said : !said && (!row->loads || s);
            if (!ok) {
                fprintf(stderr, "limit \"%s\" at %lld (limit %lld): %s, %zu diagnostics%s%s\n",
                        row->what, n, row->limit, s ? "loaded" : "refused", d.count,
                        d.count ? ", first: " : "", d.count ? d.items[0].message : "");
            }
            CHECK(ok);
            crs_scenario_free(s);
            crs_diags_clear(&d);
        }
    }
    remove(path);
}

/* Diagnostics kept: 200 stored, the rest counted. */
static void diagnostics_kept_at_their_edges(void)
{
    for (long long n = 199; n <= 201; n++) {
        char *t = b_diags(n);
        crs_diags d = {0};
        CHECK(load_text(t, &d) == NULL);
        CHECK_INT(d.count, n <= 200 ? n : 200);
        CHECK_INT(d.dropped, n <= 200 ? 0 : n - 200);
        crs_diags_clear(&d);
        free(t);
    }
}

int main(void)
{
    static const check_case cases[] = {
        {"every_limit_at_its_edges", every_limit_at_its_edges},
        {"diagnostics_kept_at_their_edges", diagnostics_kept_at_their_edges},
    };
    (void)expect_diag; /* scenario_text.h's, not needed here */
    return check_run("limits", cases, sizeof cases / sizeof cases[0]);
}
