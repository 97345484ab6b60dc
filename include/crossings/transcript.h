/* Transcripts: a playthrough written out as readable text or JSON, with every citation.
 * Output goes into a caller-owned crs_buf; functions return 0, or -1 when memory ran out. */
#ifndef CROSSINGS_TRANSCRIPT_H
#define CROSSINGS_TRANSCRIPT_H

#include "crossings/buf.h"
#include "crossings/engine.h"

/* Labels used around citations, in the scenario's language when known ("en", "ko"). */
typedef struct crs_labels {
    const char *source, *figure, *year, *population, *illustrative, *illustrative_long,
        *what_happened, *you_chose, *ending, *stage, *persona, *seed, *facts, *where, *code,
        *content_note, *caveat;
} crs_labels;
/* The labels in a language (its catalogue's, English without one); the strings live as long as
 * the catalogue stays loaded (until crs_msg_reset or crs_msg_set_dir). */
crs_labels crs_labels_for(const char *lang_code);

/* One citation as a line: "Source: " then the body below. */
void crs_cite_format(const crs_scenario *s, const crs_cite *c, int lang, crs_buf *out);
/* The citation without its label: author, title (year), where, figure, year, population, then
 * the caveats of the citation and of its source, when they have any. */
void crs_cite_body(const crs_scenario *s, const crs_cite *c, int lang, crs_buf *out);
/* The readable transcript of e's path so far (text wrapped at 78 columns). */
int crs_transcript_text(const crs_engine *e, int lang, crs_buf *out);
/* The same as a JSON document. */
int crs_transcript_json(const crs_engine *e, int lang, crs_buf *out);

#endif
