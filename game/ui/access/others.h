/* "How others chose": how visitors on this machine chose at a point of the journey and where
 * their journeys ended, read from the local analytics log (never a network) through the
 * core's aggregation, and shown only once enough sessions reached that point. */
#ifndef CRS_UI_OTHERS_H
#define CRS_UI_OTHERS_H

#include <stddef.h>
#include "crossings/analytics.h"
#include "page/page.h"

typedef struct crs_others crs_others;

/* Reads the log now and again whenever it has changed. Never NULL unless out of memory; a
 * missing or unreadable log simply has no sessions. */
crs_others *crs_others_new(const char *log_path, int threshold);
void crs_others_free(crs_others *o);
/* Reloads the log if its size or time changed since the last read. */
void crs_others_refresh(crs_others *o);
int crs_others_threshold(const crs_others *o);

/* Sessions that reached (scenario, node)'s decision, and how they split there (up to cap). */
long crs_others_split(crs_others *o, const char *scenario, const char *node, crs_split *out,
                      int cap, int *n);
/* Sessions of a scenario that reached an ending, and how many reached `ending`. */
long crs_others_endings(crs_others *o, const char *scenario, const char *ending, long *count);

#endif
