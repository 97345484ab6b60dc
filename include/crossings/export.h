/* Printable session exports for workshops: the path, each outcome with its citation, group
 * votes, the debrief's documented figures, discussion questions and the sources list, as
 * Markdown or as one self-contained HTML page. Output goes into a caller-owned crs_buf. */
#ifndef CROSSINGS_EXPORT_H
#define CROSSINGS_EXPORT_H

#include "crossings/buf.h"
#include "crossings/engine.h"

/* Return 0, or -1 when memory ran out. */
int crs_export_markdown(const crs_engine *e, int lang, crs_buf *out);
int crs_export_html(const crs_engine *e, int lang, crs_buf *out);

#endif
