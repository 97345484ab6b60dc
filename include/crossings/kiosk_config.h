/* The kiosk configuration (format "crossings-kiosk/1"): which scenarios and personas a museum
 * kiosk offers, its language, timers, exit PIN, display and analytics settings. See docs/KIOSK.md.
 * The config is a plain value (fixed-size fields, nothing to free); loading reports located errors.
 */
#ifndef CROSSINGS_KIOSK_H
#define CROSSINGS_KIOSK_H

#include <stddef.h>
#include "crossings/diag.h"

#define CRS_KIOSK_FORMAT        "crossings-kiosk/1"
#define CRS_KIOSK_MAX_SCENARIOS 32
#define CRS_KIOSK_MAX_PERSONAS  16
#define CRS_KIOSK_FILE_BYTES    65536 /* a config larger than this is refused */

typedef enum {
    CRS_AUDIENCE_GENERAL,
    CRS_AUDIENCE_13_PLUS,
    CRS_AUDIENCE_ADULT_WORKSHOP
} crs_audience;

/* One offered scenario: a file name in the data folder's scenarios/ and, optionally, the ids of
 * the personas offered (none listed: all of them). */
typedef struct crs_kiosk_scenario {
    char file[128];
    int npersonas;
    char personas[CRS_KIOSK_MAX_PERSONAS][65];
} crs_kiosk_scenario;

typedef struct crs_kiosk_config {
    char id[65];
    int nscenarios;
    crs_kiosk_scenario scenarios[CRS_KIOSK_MAX_SCENARIOS];
    char lang[3];       /* "en" or "ko" */
    int idle_seconds;   /* quiet time mid-session before "still there?" (default 90) */
    int prompt_seconds; /* how long that prompt waits before starting over (default 20) */
    char pin[9];        /* 4-8 digits */
    int text_size;      /* 1..3 */
    int high_contrast, reduced_motion;
    int analytics;         /* on (1) or off (0) */
    long max_log_bytes;    /* rotate the session log past this size */
    int files_kept;        /* rotated logs kept */
    char log_dir[1024];    /* where sessions.jsonl and kiosk.log go; "" = the user's data folder */
    crs_audience audience; /* stored for content controls */
    int others_threshold;  /* sessions needed before "how others chose" is shown */
    char settled_term[65]; /* shown for {탈북민} in Korean text; "" = the default (탈북민) */
} crs_kiosk_config;

/* Fills c with the defaults (every optional field). */
void crs_kiosk_config_default(crs_kiosk_config *c);
/* Loads and validates a config file into out. Returns 0, or -1 with located errors in diags
 * (file:line:col and JSON path, as for scenarios); out is then only defaults and partial. */
int crs_kiosk_config_load_file(const char *path, crs_kiosk_config *out, crs_diags *diags);
/* The same from text (name is used in messages). */
int crs_kiosk_config_load_buffer(const char *name, const char *text, size_t len,
                                 crs_kiosk_config *out, crs_diags *diags);
/* "general", "13+" or "adult-workshop". */
const char *crs_audience_name(crs_audience a);

#endif
