/* The aggregation behind the "how others chose" panel: crs_stats over the local log, with the
 * ending counts read from the same CSV report `crossings stats --csv` prints, so the panel
 * and the command cannot disagree. */
#define _POSIX_C_SOURCE 200809L
#include "access/others.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

struct crs_others {
    char *path;
    int threshold;
    crs_stats *st;
    char *csv; /* the CSV report of st */
    long long size;
    long long mtime;
};

static void load(crs_others *o)
{
    crs_stats_free(o->st);
    free(o->csv);
    o->csv = NULL;
    o->st = crs_stats_new();
    if (!o->st) return;
    crs_diags d = {0};
    d.max_items = 1; /* a malformed line is skipped; the panel has no place to show it */
    crs_stats_add_file(o->st, o->path, &d);
    crs_diags_clear(&d);
    crs_buf b = {0};
    if (crs_stats_report_csv(o->st, &b) == 0) o->csv = strdup(crs_buf_str(&b));
    crs_buf_free(&b);
}

crs_others *crs_others_new(const char *log_path, int threshold)
{
    crs_others *o = calloc(1, sizeof *o);
    if (!o) return NULL;
    o->path = strdup(log_path ? log_path : "");
    o->threshold = threshold > 0 ? threshold : 20;
    o->size = o->mtime = -1;
    crs_others_refresh(o);
    return o;
}

void crs_others_free(crs_others *o)
{
    if (!o) return;
    crs_stats_free(o->st);
    free(o->csv);
    free(o->path);
    free(o);
}

void crs_others_refresh(crs_others *o)
{
    struct stat sb;
    long long size = -2, mtime = -2;
    if (o->path && stat(o->path, &sb) == 0) {
        size = (long long)sb.st_size;
        mtime = (long long)sb.st_mtime;
    }
    if (o->st && size == o->size && mtime == o->mtime) return;
    o->size = size;
    o->mtime = mtime;
    load(o);
}

int crs_others_threshold(const crs_others *o)
{
    return o ? o->threshold : 20;
}

long crs_others_split(crs_others *o, const char *scenario, const char *node, crs_split *out,
                      int cap, int *n)
{
    *n = 0;
    if (!o || !o->st) return 0;
    return crs_stats_choice_split(o->st, scenario, node, out, cap, n);
}

/* Sums the CSV rows "section,scenario,key,subkey,value" of one section and scenario; with key
 * set, only that key's rows. */
static long sum_rows(const char *csv, const char *section, const char *scenario, const char *key)
{
    long total = 0;
    size_t ls = strlen(section), lc = strlen(scenario);
    for (const char *line = csv; line && *line;) {
        const char *end = strchr(line, '\n');
        if (strncmp(line, section, ls) == 0 && line[ls] == ',' &&
            strncmp(line + ls + 1, scenario, lc) == 0 && line[ls + 1 + lc] == ',') {
            const char *k = line + ls + lc + 2, *kend = strchr(k, ',');
            const char *v = end ? end : line + strlen(line);
            while (v > line && v[-1] != ',') v--;
            if (kend &&
                (!key || ((size_t)(kend - k) == strlen(key) && !strncmp(k, key, strlen(key)))))
                total += strtol(v, NULL, 10);
        }
        line = end ? end + 1 : NULL;
    }
    return total;
}

long crs_others_endings(crs_others *o, const char *scenario, const char *ending, long *count)
{
    *count = 0;
    if (!o || !o->csv) return 0;
    if (ending) *count = sum_rows(o->csv, "ending", scenario, ending);
    return sum_rows(o->csv, "ending", scenario, NULL);
}
