/* Anonymous visitor analytics: one JSON line per finished or abandoned session, appended
 * safely, and aggregation of many such logs into tables (`crossings stats`).
 * Records hold no personal data and no free text: ids, language, choices, ending, durations. */
#ifndef CROSSINGS_ANALYTICS_H
#define CROSSINGS_ANALYTICS_H

#include <stddef.h>
#include <time.h>
#include "crossings/buf.h"
#include "crossings/diag.h"
#include "crossings/engine.h"

#define CRS_ANALYTICS_MAX_STEPS 256

/* One session as logged. Strings are ids from the scenario or the kiosk config. */
typedef struct crs_session_record {
    const char *kiosk;    /* configured kiosk id, or NULL */
    const char *scenario; /* scenario id */
    const char *version;  /* scenario version */
    const char *persona;  /* persona id */
    const char *lang;     /* language code */
    time_t started;       /* written rounded down to the minute */
    int seconds;          /* whole session */
    int nsteps;
    const char *nodes[CRS_ANALYTICS_MAX_STEPS];   /* node id at each step */
    const char *choices[CRS_ANALYTICS_MAX_STEPS]; /* choice id taken there */
    const char *stages[CRS_ANALYTICS_MAX_STEPS];  /* stage id of that node */
    int step_seconds[CRS_ANALYTICS_MAX_STEPS];    /* time spent before choosing */
    const char *ending;                           /* ending id, or NULL when abandoned */
    const char *ending_kind;                      /* its kind name */
    const char *abandoned; /* stage id where the visitor left, when no ending */
} crs_session_record;

/* Fills a record from an engine's path (ids point into the scenario; times are the caller's). */
void crs_session_from_engine(crs_session_record *r, const crs_engine *e, int lang);
/* One JSON object and a newline. Returns 0, or -1 when out of memory. */
int crs_session_format(const crs_session_record *r, crs_buf *out);

/* Appends one line and flushes it to disk (fsync) so a power cut loses at most the session in
 * progress. If the file ends in a torn line, a newline is written first so earlier lines stay
 * readable. When the file would exceed max_bytes it is rotated to path.1 (path.1 to path.2 ...,
 * keeping `keep` old files; with keep 0 it starts again empty). max_bytes 0: no limit.
 * Returns 0, or -1 with err filled (the caller keeps playing). */
int crs_analytics_append(const char *path, const char *line, size_t max_bytes, int keep,
                         crs_diag *err);

/* Aggregation. Create with crs_stats_new, feed lines, then report; free with crs_stats_free. */
typedef struct crs_stats crs_stats;
crs_stats *crs_stats_new(void);
void crs_stats_free(crs_stats *st);
/* Adds one log line. A malformed line is reported in diags (file, line) and skipped. */
void crs_stats_add_line(crs_stats *st, const char *file, int lineno, const char *line,
                        crs_diags *diags);
/* Reads a whole log file line by line; -1 with a diag when it cannot be read. */
int crs_stats_add_file(crs_stats *st, const char *path, crs_diags *diags);
size_t crs_stats_sessions(const crs_stats *st);
/* Readable tables, or CSV rows (section,scenario,key,subkey,value). */
int crs_stats_report_text(const crs_stats *st, crs_buf *out);
int crs_stats_report_csv(const crs_stats *st, crs_buf *out);

/* How visitors split at one choice point (for the "how others chose" panel). */
typedef struct crs_split {
    const char *choice;
    long count;
} crs_split;
/* Fills up to cap splits for (scenario, node) and returns the number of sessions that reached
 * that node's decision. */
long crs_stats_choice_split(const crs_stats *st, const char *scenario, const char *node,
                            crs_split *out, int cap, int *nout);

#endif
