/* Loading the kiosk configuration: the scenario loader's machinery (encoding and syntax checks,
 * JSON paths, located reports, typed getters with "did you mean" hints) applied to a small file. */
#include "crossings/kiosk_config.h"
#include "crossings/fileio.h"
#include "crossings/terms.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include "arena.h"
#include "jsonpos.h"
#include "loadctx.h"

void crs_kiosk_config_default(crs_kiosk_config *c)
{
    memset(c, 0, sizeof *c);
    strcpy(c->lang, "en");
    c->idle_seconds = 90;
    c->prompt_seconds = 20;
    c->text_size = 1;
    c->analytics = 1;
    c->max_log_bytes = 5L * 1024 * 1024;
    c->files_kept = 5;
    c->audience = CRS_AUDIENCE_GENERAL;
    c->others_threshold = 20;
}

const char *crs_audience_name(crs_audience a)
{
    switch (a) {
    case CRS_AUDIENCE_13_PLUS:
        return "13+";
    case CRS_AUDIENCE_ADULT_WORKSHOP:
        return "adult-workshop";
    default:
        return "general";
    }
}

/* ===== parsing, with the loader's located errors ===== */

static void text_error(ld *L, crs_code code, size_t off, const char *msg)
{
    int line, col;
    jp_line_col(L->text, L->len, off, &line, &col);
    L->errors++;
    crs_diags_add(L->d, code, CRS_SEV_ERROR, L->file, line, col, "", "%s", msg);
}

/* Encoding, then syntax and the tree in one pass; the tree lives in L->a with the rest. */
static cJSON *parse(ld *L)
{
    jp_error e;
    cJSON *root = NULL;
    int maybe_dup = 0;
    if (jp_check_encoding(L->text, L->len, &e) ||
        jp_parse(L->text, L->len, L->a, &root, &maybe_dup, &e)) {
        text_error(L, e.code, e.off, e.msg);
        return NULL;
    }
    /* A repeated key would be read as its first occurrence: report every repeat. */
    if (maybe_dup) ld_dup_keys(L, root);
    return root;
}

/* ===== fields ===== */

/* Copies a string member into dst (cap bytes); 1 when present and a string. */
static int copy_str(ld *L, const cJSON *o, const char *key, int required, char *dst, size_t cap)
{
    const char *s = ld_str(L, o, key, required);
    if (!s) return 0;
    if (strlen(s) >= cap) {
        size_t mark = ld_push_key(L, key);
        ld_err(L, CRS_E_LIMIT, LD_AT_VALUE, "%s: \"%s\" is longer than %zu bytes", L->what, key,
               cap - 1);
        ld_pop(L, mark);
        return 0;
    }
    memcpy(dst, s, strlen(s) + 1);
    return 1;
}

static void format_field(ld *L, const cJSON *top)
{
    char fmt[64];
    if (!copy_str(L, top, "format", 1, fmt, sizeof fmt)) return;
    if (strcmp(fmt, CRS_KIOSK_FORMAT) == 0) return;
    size_t mark = ld_push_key(L, "format");
    ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "the kiosk config: \"format\" must be \"%s\", not \"%s\"",
           CRS_KIOSK_FORMAT, fmt);
    ld_pop(L, mark);
}

/* A file name in scenarios/: no absolute path, no "..", no folders. NULL when fine. */
static const char *bad_file_name(const char *f)
{
    size_t n = strlen(f);
    if (f[0] == '/')
        return "must be a file name in the data folder's scenarios/, not an absolute path";
    if (strstr(f, "..")) return "must not contain \"..\" (only files in scenarios/ are offered)";
    if (strchr(f, '/') || strchr(f, '\\'))
        return "must be a file name in scenarios/, without folders";
    if (n < 6 || strcmp(f + n - 5, ".json") != 0) return "must be a .json file name";
    for (const char *p = f; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_' || *p == '.'))
            return "may hold only letters, digits, '-', '_' and '.'";
    return NULL;
}

static void scenario_file(ld *L, const cJSON *v, crs_kiosk_scenario *out)
{
    if (!cJSON_IsString(v)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "%s: the file must be a string, not %s", L->what,
               ld_type_name(v));
        return;
    }
    const char *why = bad_file_name(v->valuestring);
    if (!why && strlen(v->valuestring) >= sizeof out->file) why = "is too long";
    if (why) {
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "%s: \"%.80s\" %s", L->what, v->valuestring, why);
        return;
    }
    strcpy(out->file, v->valuestring);
}

static void personas(ld *L, const cJSON *o, crs_kiosk_scenario *out)
{
    int n = 0;
    const cJSON *arr = ld_array(L, o, "personas", 0, CRS_KIOSK_MAX_PERSONAS, &n);
    if (!arr) return;
    size_t mark = ld_push_key(L, "personas");
    const cJSON *c;
    int i = 0;
    cJSON_ArrayForEach(c, arr)
    {
        size_t m2 = ld_push_index(L, i++);
        if (!cJSON_IsString(c) || !ld_id_ok(c->valuestring))
            ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
                   "%s: a persona must be a persona id (a-z, 0-9, _ and -)", L->what);
        else
            strcpy(out->personas[out->npersonas++], c->valuestring);
        ld_pop(L, m2);
    }
    ld_pop(L, mark);
}

static void scenario_item(ld *L, const cJSON *v, int i, crs_kiosk_scenario *out)
{
    ld_what sv;
    ld_what_set(L, &sv, "scenario %d of the kiosk config", i + 1);
    if (cJSON_IsObject(v)) {
        static const char *const keys[] = {"file", "personas", NULL};
        ld_check_keys(L, v, keys);
        const cJSON *f = ld_get(L, v, "file", 1);
        if (f) {
            size_t mark = ld_push_key(L, "file");
            scenario_file(L, f, out);
            ld_pop(L, mark);
        }
        personas(L, v, out);
    } else {
        scenario_file(L, v, out);
    }
    ld_what_restore(L, &sv);
}

static void scenarios(ld *L, const cJSON *top, crs_kiosk_config *c)
{
    int n = 0;
    const cJSON *arr = ld_array(L, top, "scenarios", 1, CRS_KIOSK_MAX_SCENARIOS, &n);
    if (!arr) return;
    size_t mark = ld_push_key(L, "scenarios");
    if (n == 0)
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE, "the kiosk config: \"scenarios\" lists no scenario");
    const cJSON *v;
    int i = 0;
    cJSON_ArrayForEach(v, arr)
    {
        size_t m2 = ld_push_index(L, i);
        crs_kiosk_scenario *out = &c->scenarios[c->nscenarios];
        memset(out, 0, sizeof *out);
        scenario_item(L, v, i, out);
        for (int j = 0; out->file[0] && j < c->nscenarios; j++)
            if (strcmp(c->scenarios[j].file, out->file) == 0) {
                ld_err(L, CRS_E_DUPLICATE, LD_AT_VALUE,
                       "the kiosk config lists \"%s\" twice (scenarios %d and %d)", out->file,
                       j + 1, i + 1);
                out->file[0] = '\0';
            }
        if (out->file[0]) c->nscenarios++;
        ld_pop(L, m2);
        i++;
    }
    ld_pop(L, mark);
}

/* A string member that must be one of names; returns its index or -1. */
static int one_of(ld *L, const cJSON *o, const char *key, const char *const *names, int n)
{
    char v[64];
    if (!copy_str(L, o, key, 0, v, sizeof v)) return -1;
    for (int i = 0; i < n; i++)
        if (strcmp(v, names[i]) == 0) return i;
    const char *hint = ld_hint(v, names, n);
    size_t mark = ld_push_key(L, key);
    char list[128] = "";
    for (int i = 0; i < n; i++)
        snprintf(list + strlen(list), sizeof list - strlen(list), "%s\"%s\"", i ? ", " : "",
                 names[i]);
    ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
           "the kiosk config: \"%s\" must be one of %s, not \"%s\"%s%s%s", key, list, v,
           hint ? " (did you mean \"" : "", hint ? hint : "", hint ? "\"?)" : "");
    ld_pop(L, mark);
    return -1;
}

static void pin(ld *L, const cJSON *top, crs_kiosk_config *c)
{
    char p[64];
    if (!copy_str(L, top, "exit_pin", 1, p, sizeof p)) return;
    size_t n = strlen(p), digits = strspn(p, "0123456789");
    if (n >= 4 && n <= 8 && digits == n) {
        strcpy(c->pin, p);
        return;
    }
    size_t mark = ld_push_key(L, "exit_pin");
    ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
           "the kiosk config: \"exit_pin\" must be 4 to 8 digits (a string such as \"4071\")");
    ld_pop(L, mark);
}

static void analytics(ld *L, const cJSON *top, crs_kiosk_config *c)
{
    const cJSON *o = ld_get(L, top, "analytics", 0);
    if (!o) return;
    if (!cJSON_IsObject(o)) {
        ld_type_err(L, "analytics", o, "an object {\"enabled\": ..., \"max_bytes\": ...}");
        return;
    }
    size_t mark = ld_push_key(L, "analytics");
    ld_what sv;
    ld_what_set(L, &sv, "\"analytics\" of the kiosk config");
    static const char *const keys[] = {"enabled", "max_bytes", "files_kept", NULL};
    ld_check_keys(L, o, keys);
    ld_bool(L, o, "enabled", &c->analytics);
    int32_t v;
    if (ld_int(L, o, "max_bytes", 0, 4096, 1000000000, &v)) c->max_log_bytes = v;
    if (ld_int(L, o, "files_kept", 0, 0, 50, &v)) c->files_kept = v;
    ld_what_restore(L, &sv);
    ld_pop(L, mark);
}

/* The host's word for North Koreans settled in South Korea (docs/KOREAN-STYLE.md). */
static void settled_term(ld *L, const cJSON *top, crs_kiosk_config *c)
{
    const char *t = ld_str(L, top, "ko_settled_term", 0);
    if (!t) return;
    if (!crs_term_ok(t)) {
        size_t mark = ld_push_key(L, "ko_settled_term");
        ld_err(L, CRS_E_VALUE, LD_AT_VALUE,
               "%s: \"ko_settled_term\" must be a word of 1-%d bytes with no braces or line "
               "breaks, such as \"탈북민\" or \"북향민\"",
               L->what, CRS_TERM_MAX_BYTES);
        ld_pop(L, mark);
        return;
    }
    memcpy(c->settled_term, t, strlen(t) + 1); /* crs_term_ok bounds it to 64 bytes */
}

static void top_level(ld *L, const cJSON *top, crs_kiosk_config *c)
{
    static const char *const keys[] = {
        "format",        "kiosk_id",         "scenarios",       "default_language",
        "idle_seconds",  "prompt_seconds",   "exit_pin",        "text_size",
        "high_contrast", "reduced_motion",   "analytics",       "log_dir",
        "audience",      "others_threshold", "ko_settled_term", NULL};
    static const char *const langs[] = {"en", "ko"};
    static const char *const audiences[] = {"general", "13+", "adult-workshop"};
    if (!cJSON_IsObject(top)) {
        ld_err(L, CRS_E_TYPE, LD_AT_VALUE, "the kiosk config must be an object {...}, not %s",
               ld_type_name(top));
        return;
    }
    strcpy(L->what, "the kiosk config");
    ld_check_keys(L, top, keys);
    format_field(L, top);
    const char *kid = ld_id(L, top, "kiosk_id", 1);
    if (kid && ld_id_ok(kid)) strcpy(c->id, kid); /* ld_id_ok bounds it to 64 bytes */
    scenarios(L, top, c);
    int i = one_of(L, top, "default_language", langs, 2);
    if (i >= 0) strcpy(c->lang, langs[i]);
    int32_t v;
    if (ld_int(L, top, "idle_seconds", 0, 15, 3600, &v)) c->idle_seconds = v;
    if (ld_int(L, top, "prompt_seconds", 0, 5, 300, &v)) c->prompt_seconds = v;
    pin(L, top, c);
    if (ld_int(L, top, "text_size", 0, 1, 3, &v)) c->text_size = v;
    ld_bool(L, top, "high_contrast", &c->high_contrast);
    ld_bool(L, top, "reduced_motion", &c->reduced_motion);
    analytics(L, top, c);
    copy_str(L, top, "log_dir", 0, c->log_dir, sizeof c->log_dir);
    i = one_of(L, top, "audience", audiences, 3);
    if (i >= 0) c->audience = (crs_audience)i;
    if (ld_int(L, top, "others_threshold", 0, 0, 1000000, &v)) c->others_threshold = v;
    settled_term(L, top, c);
}

/* ===== entry points ===== */

int crs_kiosk_config_load_buffer(const char *name, const char *text, size_t len,
                                 crs_kiosk_config *out, crs_diags *diags)
{
    crs_kiosk_config_default(out);
    ld L;
    memset(&L, 0, sizeof L);
    L.file = name ? name : "(kiosk config)";
    L.d = diags;
    L.nth = 1;
    if (len > CRS_KIOSK_FILE_BYTES) {
        crs_diags_add(diags, CRS_E_LIMIT, CRS_SEV_ERROR, L.file, 0, 0, "",
                      "the kiosk config is larger than %d bytes", CRS_KIOSK_FILE_BYTES);
        return -1;
    }
    /* A private copy ending in NUL: cJSON reads past unterminated buffers. */
    char *copy = crs_alloc(len + 1);
    L.a = crs_arena_new();
    if (!copy || !L.a) {
        crs_free(copy);
        crs_arena_free(L.a);
        crs_diags_add(diags, CRS_E_MEMORY, CRS_SEV_ERROR, L.file, 0, 0, "", "out of memory");
        return -1;
    }
    if (len) memcpy(copy, text, len);
    copy[len] = '\0';
    L.text = copy;
    L.len = len;
    cJSON *root = parse(&L);
    if (root) top_level(&L, root, out);
    crs_arena_free(L.a);
    crs_free(copy);
    return L.errors || L.oom ? -1 : 0;
}

int crs_kiosk_config_load_file(const char *path, crs_kiosk_config *out, crs_diags *diags)
{
    crs_kiosk_config_default(out);
    /* A FIFO or a device would block the kiosk before it tells systemd it is ready. */
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why);
    if (!f) {
        crs_diags_add(diags, CRS_E_IO, CRS_SEV_ERROR, path, 0, 0, "", "cannot open the file (%s)",
                      why);
        return -1;
    }
    static const size_t cap = CRS_KIOSK_FILE_BYTES + 1;
    char *buf = crs_alloc(cap);
    size_t n = buf ? fread(buf, 1, cap, f) : 0;
    int bad = buf && ferror(f);
    fclose(f);
    if (!buf || bad) {
        crs_free(buf);
        crs_diags_add(diags, buf ? CRS_E_IO : CRS_E_MEMORY, CRS_SEV_ERROR, path, 0, 0, "",
                      buf ? "cannot read the file" : "out of memory");
        return -1;
    }
    int rc = crs_kiosk_config_load_buffer(path, buf, n, out, diags);
    crs_free(buf);
    return rc;
}
