/* The scenario model: a loaded, checked scenario, immutable after load.
 * The loader owns every byte (one arena); readers take const pointers and never free them. */
#ifndef CROSSINGS_SCENARIO_H
#define CROSSINGS_SCENARIO_H

#include <stddef.h>
#include <stdint.h>
#include "crossings/diag.h"

#define CRS_MAX_LANGS   8
#define CRS_FORMAT_NAME "crossings-scenario/1"

/* Limits the loader enforces (see docs/LIMITS.md). */
#define CRS_LIMIT_FILE_BYTES   (8u * 1024u * 1024u)
#define CRS_LIMIT_DEPTH        32
#define CRS_LIMIT_STRING_BYTES 8192
#define CRS_LIMIT_ITEMS        200000 /* nodes, choices, outcomes ... each */
#define CRS_LIMIT_ID_BYTES     64
#define CRS_LIMIT_VARS         64

/* Text in every declared language, indexed like crs_scenario.langs. NULL when absent. */
typedef struct crs_text {
    const char *s[CRS_MAX_LANGS];
} crs_text;

typedef struct crs_lang {
    const char *code;        /* "en", "ko" */
    const char *name;        /* "English", "한국어" */
    const char *status;      /* "reviewed" or "draft" */
    const char *reviewer;    /* who signed it off, or NULL */
    const char *reviewed_on; /* when (YYYY-MM-DD), or NULL */
} crs_lang;

/* A source. Its descriptive fields are texts: a plain string in the file is stored as the first
 * declared language's string, which every other language falls back to. */
typedef struct crs_source {
    const char *id, *url, *document;
    crs_text author, title, publisher, year, section;
    crs_text caveat; /* a short doubt the source's own authors or critics raise; optional */
} crs_source;

/* A citation: the source, the figure, the year and the population it describes. */
typedef struct crs_cite {
    int source;     /* index into sources */
    crs_text where; /* table or section, optional */
    crs_text figure;
    crs_text year;
    crs_text population;
    const char *derivation; /* how a weight was derived from the figure, optional */
    crs_text caveat;        /* a short doubt about this figure, optional */
    int has_share;          /* "derive": {"share": x} given: the outcome's stated chance */
    double share;           /* percent among the choice's outcomes, checked against weights */
} crs_cite;

typedef enum { CRS_VAR_INT, CRS_VAR_BOOL } crs_var_type;

typedef struct crs_var {
    const char *id;
    crs_var_type type;
    int32_t min, max, initial;
    crs_text label;
    int shown; /* shown to the player in the GUI */
} crs_var;

typedef enum { CRS_CMP_EQ, CRS_CMP_NE, CRS_CMP_LT, CRS_CMP_LE, CRS_CMP_GT, CRS_CMP_GE } crs_cmp;

typedef enum { CRS_COND_CMP, CRS_COND_ALL, CRS_COND_ANY, CRS_COND_NOT } crs_cond_op;

/* A condition tree. CMP compares a variable with a constant; ALL/ANY/NOT combine kids. */
typedef struct crs_cond {
    crs_cond_op op;
    int var;
    crs_cmp cmp;
    int32_t value;
    int nkids;
    const struct crs_cond *kids;
} crs_cond;

typedef enum { CRS_EFF_ADD, CRS_EFF_SET } crs_effect_op;

typedef struct crs_effect {
    int var;
    crs_effect_op op;
    int32_t value;
} crs_effect;

typedef enum { CRS_ADJ_ADD, CRS_ADJ_TIMES } crs_adj_op;

typedef struct crs_weight_adj {
    const crs_cond *cond;
    crs_adj_op op;
    double value;
} crs_weight_adj;

/* base, then each adjustment whose condition holds, in order; clamped at 0. */
typedef struct crs_weight {
    double base;
    int nadj;
    const crs_weight_adj *adj;
} crs_weight;

typedef struct crs_outcome {
    const char *id;
    crs_weight weight;
    crs_text text;
    int neffects;
    const crs_effect *effects;
    int next;   /* node index, or -1 */
    int ending; /* ending index, or -1; exactly one of next/ending is set */
    int has_cite;
    crs_cite cite;
    int illustrative;
    crs_text illustrative_note; /* why there is no figure; optional */
    int ntags;                  /* content-warning tags of the outcome's text (optional) */
    const char *const *tags;
    crs_text summary; /* shown instead of text in short-summary mode */
} crs_outcome;

typedef struct crs_choice {
    const char *id;
    crs_text label;
    const crs_cond *cond; /* NULL: always available */
    int neffects;
    const crs_effect *effects;
    int next, ending; /* when there are no outcomes: exactly one is >= 0 */
    int noutcomes;
    const crs_outcome *outcomes;
} crs_choice;

typedef struct crs_node {
    const char *id;
    int stage;
    crs_text text;
    int ntags;
    const char *const *tags; /* content-warning tags, e.g. "trafficking" */
    crs_text summary;        /* neutral summary for tagged nodes */
    int nchoices;
    const crs_choice *choices;
} crs_node;

typedef enum {
    CRS_STAGE_DEPARTURE,
    CRS_STAGE_BORDER,
    CRS_STAGE_CHINA,
    CRS_STAGE_TRANSIT,
    CRS_STAGE_ARRIVAL,
    CRS_STAGE_RESETTLEMENT,
    CRS_STAGE__COUNT
} crs_stage_kind;

typedef struct crs_stage {
    const char *id;
    crs_stage_kind kind;
    crs_text title, intro, notes;
    int nquestions;
    const crs_text *questions;
    int has_map;
    double lon, lat;
    crs_text place;
} crs_stage;

typedef enum {
    CRS_END_RESETTLED_SOUTH_KOREA,
    CRS_END_SETTLED_THIRD_COUNTRY,
    CRS_END_STAYING_IN_CHINA,
    CRS_END_RETURNED_NORTH_KOREA,
    CRS_END_REPATRIATED,
    CRS_END_STILL_IN_TRANSIT,
    CRS_END__COUNT
} crs_ending_kind;

typedef struct crs_fact {
    crs_text text;
    int has_cite;
    crs_cite cite;
    int ntags; /* content-warning tags of the fact (optional) */
    const char *const *tags;
    crs_text summary; /* shown instead of text in short-summary mode */
} crs_fact;

typedef struct crs_ending {
    const char *id;
    crs_ending_kind kind;
    int stage; /* where on the route it happens, or -1 */
    crs_text title, text;
    int nfacts;
    const crs_fact *facts;
    int ntags; /* content-warning tags of the ending's text, covering its facts (optional) */
    const char *const *tags;
    crs_text summary; /* shown instead of text in short-summary mode */
} crs_ending;

typedef struct crs_persona {
    const char *id;
    crs_text name, description;
    int start;           /* start node index */
    const int32_t *init; /* one value per variable */
} crs_persona;

/* What one bar of a documented distribution counts in a playthrough. */
typedef enum { CRS_MATCH_ENDINGS, CRS_MATCH_KINDS, CRS_MATCH_VAR } crs_match_kind;

typedef struct crs_bar {
    crs_text label;
    double value; /* documented share, percent */
    crs_match_kind match;
    int nendings;
    const int *endings; /* ending indices (MATCH_ENDINGS) */
    unsigned kinds;     /* bit (1u << crs_ending_kind) (MATCH_KINDS) */
    int var;            /* MATCH_VAR: min <= value <= max at the end */
    int32_t min, max;
} crs_bar;

typedef struct crs_distribution {
    const char *id;
    crs_text title, note;
    crs_cite cite;
    double tolerance; /* percentage points the simulation may differ before it is flagged */
    int nbars;
    const crs_bar *bars;
} crs_distribution;

typedef struct crs_scenario {
    const char *file; /* path it was loaded from */
    const char *id, *version;
    int nlangs;
    crs_lang langs[CRS_MAX_LANGS];
    crs_text title, summary, audience, content_note;
    int era_from, era_to;
    int nsources;
    const crs_source *sources;
    int nvars;
    const crs_var *vars;
    int npersonas;
    const crs_persona *personas;
    int nstages;
    const crs_stage *stages;
    int nnodes;
    const crs_node *nodes;
    int nendings;
    const crs_ending *endings;
    int ndists;
    const crs_distribution *dists;
    int nquestions;
    const crs_text *questions; /* debrief discussion questions */
    void *arena_;              /* private */
    void *terms_;              /* private: the texts that hold display tokens */
} crs_scenario;

/* Whether s can be a language code (1 to 16 ASCII letters, digits and hyphens: "ko", "zh-Hans"),
 * the rule the loader applies to languages[].code and po import to a PO file's language. */
int crs_lang_code_ok(const char *s);

/* Loads and checks a scenario file. Returns a scenario the caller frees with crs_scenario_free,
 * or NULL when there were errors; every error and warning is appended to diags. */
crs_scenario *crs_scenario_load_file(const char *path, crs_diags *diags);
/* The same from memory; name is used in diagnostics. The buffer need not be NUL-terminated. */
crs_scenario *crs_scenario_load_buffer(const char *name, const char *buf, size_t len,
                                       crs_diags *diags);
/* Frees a scenario; NULL is fine. */
void crs_scenario_free(crs_scenario *s);

/* Index of a language code in s->langs, or -1. */
int crs_scenario_lang(const crs_scenario *s, const char *code);
/* The text in lang, falling back to the first declared language that has it; "" if none. */
const char *crs_text_get(const crs_text *t, int lang);
/* 1 when t has a string in some language. */
int crs_text_present(const crs_text *t);

/* Index lookups by id; -1 when absent. */
int crs_scenario_node(const crs_scenario *s, const char *id);
int crs_scenario_persona(const crs_scenario *s, const char *id);
int crs_scenario_ending(const crs_scenario *s, const char *id);
int crs_scenario_var(const crs_scenario *s, const char *id);

const char *crs_stage_kind_name(crs_stage_kind k);
const char *crs_ending_kind_name(crs_ending_kind k);
/* Parses a kind name; -1 when unknown. */
int crs_stage_kind_parse(const char *name);
int crs_ending_kind_parse(const char *name);

/* Whether a playthrough that reached ending (index, or -1) with these final variables counts
 * towards bar b: the one rule the debrief and the simulator share. */
int crs_bar_matches(const crs_scenario *s, const crs_bar *b, int ending, const int32_t *vars);

/* Statistics for `check --json` and the validator's report. */
typedef struct crs_scenario_stats {
    int nodes, choices, outcomes, cited, illustrative, endings, sources;
    int endings_by_kind[CRS_END__COUNT];
    int text_total;                  /* text slots */
    int text_present[CRS_MAX_LANGS]; /* of which present per language */
} crs_scenario_stats;
void crs_scenario_get_stats(const crs_scenario *s, crs_scenario_stats *out);

/* Calls fn for every text of the scenario (glyph checks, coverage, pseudo-localisation). */
typedef void (*crs_text_fn)(const crs_text *t, void *ctx);
void crs_scenario_each_text(const crs_scenario *s, crs_text_fn fn, void *ctx);

#endif
