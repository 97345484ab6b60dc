/* Anonymous session logs: writing one JSON line per session safely (append, fsync, torn-line
 * repair, rotation) and turning one machine's line into a record. Aggregation is in stats.c. */
#include "crossings/analytics.h"

#include <cjson/cJSON.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

void crs_session_from_engine(crs_session_record *r, const crs_engine *e, int lang)
{
    const crs_scenario *s = crs_engine_scenario(e);
    r->scenario = s->id;
    r->version = s->version;
    r->persona = s->personas[crs_engine_persona(e)].id;
    r->lang = lang >= 0 && lang < s->nlangs ? s->langs[lang].code : s->langs[0].code;
    size_t n = crs_engine_history_len(e);
    r->nsteps = n > CRS_ANALYTICS_MAX_STEPS ? CRS_ANALYTICS_MAX_STEPS : (int)n;
    for (int i = 0; i < r->nsteps; i++) {
        const crs_step *st = crs_engine_history(e, (size_t)i);
        const crs_node *node = &s->nodes[st->node];
        r->nodes[i] = node->id;
        r->choices[i] = node->choices[st->choice].id;
        r->stages[i] = s->stages[node->stage].id;
    }
    r->ending = r->ending_kind = r->abandoned = NULL;
    if (crs_engine_ended(e)) {
        const crs_ending *en = &s->endings[crs_engine_ending(e)];
        r->ending = en->id;
        r->ending_kind = crs_ending_kind_name(en->kind);
    } else {
        r->abandoned = s->stages[crs_engine_stage(e)].id;
    }
}

static void add_str(cJSON *o, const char *key, const char *v)
{
    if (v)
        cJSON_AddStringToObject(o, key, v);
    else
        cJSON_AddNullToObject(o, key);
}

int crs_session_format(const crs_session_record *r, crs_buf *out)
{
    cJSON *o = cJSON_CreateObject();
    if (!o) return -1;
    char when[32] = "";
    struct tm tm;
    time_t minute = r->started - r->started % 60; /* privacy: nothing finer than a minute */
    if (gmtime_r(&minute, &tm)) strftime(when, sizeof when, "%Y-%m-%dT%H:%MZ", &tm);
    cJSON_AddNumberToObject(o, "v", 1);
    add_str(o, "kiosk", r->kiosk);
    add_str(o, "scenario", r->scenario);
    add_str(o, "version", r->version);
    add_str(o, "persona", r->persona);
    add_str(o, "lang", r->lang);
    cJSON_AddStringToObject(o, "started", when);
    cJSON_AddNumberToObject(o, "seconds", r->seconds);
    cJSON *steps = cJSON_AddArrayToObject(o, "steps");
    for (int i = 0; steps && i < r->nsteps; i++) {
        cJSON *st = cJSON_CreateObject();
        add_str(st, "stage", r->stages[i]);
        add_str(st, "node", r->nodes[i]);
        add_str(st, "choice", r->choices[i]);
        cJSON_AddNumberToObject(st, "seconds", r->step_seconds[i]);
        cJSON_AddItemToArray(steps, st);
    }
    add_str(o, "ending", r->ending);
    add_str(o, "ending_kind", r->ending_kind);
    add_str(o, "abandoned", r->abandoned);
    char *text = cJSON_PrintUnformatted(o);
    cJSON_Delete(o);
    if (!text) return -1;
    crs_buf_puts(out, text);
    crs_buf_puts(out, "\n");
    cJSON_free(text);
    return out->oom ? -1 : 0;
}

static int fail(crs_diag *err, const char *path, const char *what)
{
    if (err) {
        memset(err, 0, sizeof *err);
        err->code = CRS_E_IO;
        snprintf(err->file, sizeof err->file, "%s", path);
        snprintf(err->message, sizeof err->message, "%s: %s", what, strerror(errno));
    }
    return -1;
}

/* path.(keep-1) -> path.keep, ..., path -> path.1; the oldest is overwritten. */
static void rotate(const char *path, int keep)
{
    char from[4200], to[4200];
    for (int i = keep - 1; i >= 1; i--) {
        snprintf(from, sizeof from, "%s.%d", path, i);
        snprintf(to, sizeof to, "%s.%d", path, i + 1);
        rename(from, to);
    }
    snprintf(to, sizeof to, "%s.1", path);
    rename(path, to);
}

static int ends_torn(int fd, off_t size)
{
    char last = '\n';
    if (size > 0 && pread(fd, &last, 1, size - 1) != 1) return 0;
    return last != '\n';
}

static int write_all(int fd, const char *p, size_t n)
{
    while (n) {
        ssize_t w = write(fd, p, n);
        if (w < 0 && errno == EINTR) continue;
        if (w <= 0) return -1;
        p += w;
        n -= (size_t)w;
    }
    return 0;
}

int crs_analytics_append(const char *path, const char *line, size_t max_bytes, int keep,
                         crs_diag *err)
{
    struct stat st;
    size_t len = strlen(line);
    if (strlen(path) > 4000) return errno = ENAMETOOLONG, fail(err, path, "log path");
    /* Past max_bytes the log rotates; keeping no old file (keep 0) means starting afresh, so
     * the size stays bounded either way. */
    if (max_bytes && stat(path, &st) == 0 && (size_t)st.st_size + len > max_bytes) {
        if (keep > 0)
            rotate(path, keep);
        else
            unlink(path);
    }
    /* Non-blocking, and regular files only: a FIFO would block the kiosk once its pipe filled. */
    int fd = open(path, O_RDWR | O_CREAT | O_APPEND | O_NONBLOCK | O_CLOEXEC, 0644);
    if (fd < 0) return fail(err, path, "cannot open the log");
    int rc = fstat(fd, &st);
    if (rc == 0 && !S_ISREG(st.st_mode)) {
        close(fd);
        errno = EINVAL;
        fail(err, path, "cannot write the log");
        if (err) snprintf(err->message, sizeof err->message, "%s", "this is not a regular file");
        return -1;
    }
    if (rc == 0 && ends_torn(fd, st.st_size)) rc = write_all(fd, "\n", 1);
    /* Read access is for the torn-tail check. One write per line: an O_APPEND write lands whole or,
     * on a crash, as a torn tail. */
    if (rc == 0) rc = write_all(fd, line, len);
    if (rc == 0) rc = fsync(fd);
    if (rc != 0) {
        fail(err, path, "cannot write the log");
        close(fd);
        return -1;
    }
    return close(fd) == 0 ? 0 : fail(err, path, "cannot close the log");
}
