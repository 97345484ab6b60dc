/* Printable session exports for workshops: the path, each outcome with its citation, group
 * votes, the debrief's documented figures, discussion questions and the sources list, as
 * Markdown or as one self-contained HTML page. Output goes into a caller-owned crs_buf. */
#ifndef CROSSINGS_EXPORT_H
#define CROSSINGS_EXPORT_H

#include "crossings/buf.h"
#include "crossings/engine.h"

/* The record of e's session in language lang. when is the date and time to print (the core
 * never reads the clock), or NULL to leave it out. Return 0, or -1 when memory ran out. */
int crs_export_markdown(const crs_engine *e, int lang, const char *when, crs_buf *out);
int crs_export_html(const crs_engine *e, int lang, const char *when, crs_buf *out);

#endif
