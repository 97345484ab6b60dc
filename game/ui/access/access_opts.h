/* The accessibility layer's options (crs_app_opts.access), apart from its code so the app's
 * options can hold them by value: the kiosk fills in the "how others chose" log. */
#ifndef CRS_UI_ACCESS_OPTS_H
#define CRS_UI_ACCESS_OPTS_H

typedef struct crs_access_opts {
    const char *text_mirror; /* write each screen's text here ("-": stdout); NULL: none */
    int read_aloud;          /* self-voicing on from the start */
    int speech_recorder;     /* tests: record what would be spoken instead of speaking */
    const char *others_log;  /* analytics log for "how others chose"; NULL: no panel */
    int others_threshold;    /* sessions needed at a point before it is shown; 0: 20 */
} crs_access_opts;

#endif
