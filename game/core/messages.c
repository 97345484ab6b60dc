/* The core's message ids (marked N_ for xgettext, translated in po/LANG.po) and the registry of
 * the catalogues that translate them. Lookups compare the whole English text, so the core keeps
 * returning its messages unchanged and only the front ends that show them translate. */
#include "crossings/messages.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Every message the core returns that a front end may show translated. code.c's session-code
 * messages must all be here (tests/core/test_messages.c reads code.c to make sure). */
static const char *const ids[] = {
    /* diagnostic codes (crs_code_text), in crs_code order */
    N_("No problem."),
    N_("The file could not be read."),
    N_("A limit was exceeded (size, depth, length or count)."),
    N_("The text is not valid UTF-8."),
    N_("The file is not valid JSON."),
    N_("Something is given twice."),
    N_("A key the format does not know (perhaps a typo)."),
    N_("A value of the wrong kind."),
    N_("A required field is missing."),
    N_("A value that is not allowed."),
    N_("An id that names nothing."),
    N_("Text is missing for a language."),
    N_("A part of the story cannot be reached or cannot end."),
    N_("An outcome has neither a source nor the illustrative label."),
    N_("Out of memory."),
    N_("The game was used in the wrong order."),
    /* TRANSLATORS: the severity word in "file:line:col: error: message" */
    N_("error"),
    /* TRANSLATORS: the severity word in "file:line:col: warning: message" */
    N_("warning"),
    /* TRANSLATORS: after a message's explanation in your language, the original English
       message it explains; %s is the English message. */
    N_("(in English: %s)"),
    /* session codes (code.c) */
    N_("this path is too long for a session code"),
    N_("session codes need a 32-bit seed, 255 steps, 16 personas"),
    N_("output buffer too small for the code"),
    N_("this is not a session code (unexpected character)"),
    N_("this code has a typo: check it letter by letter"),
    N_("this code names a path the scenario cannot take"),
    N_("this code was made by a different version of crossings"),
    N_("this code is for another scenario, or another version of this one"),
    N_("a journey started elsewhere (--start, --set) has no code"),
    N_("out of memory"),
    N_("this code names a persona the scenario does not have"),
    N_("no scenario loaded here matches this code: it is for another scenario, or another "
       "version of one"),
};

/* The first ids are the codes' sentences, in crs_code order. */
_Static_assert(CRS_E__COUNT == 16, "one sentence per diagnostic code at the start of ids");
#define MAX_LANGS 16
#define MAX_LANG  32

/* Catalogues by language, loaded on first use; a failed load is remembered (cat NULL, tried). */
static struct {
    char lang[MAX_LANG];
    crs_catalog *cat;
} loaded[MAX_LANGS];
static int nloaded;
static char *dir;

void crs_msg_reset(void)
{
    for (int i = 0; i < nloaded; i++) crs_catalog_free(loaded[i].cat);
    nloaded = 0;
}

void crs_msg_set_dir(const char *d)
{
    crs_msg_reset();
    free(dir);
    dir = d && *d ? strdup(d) : NULL;
}

const char *crs_msg_dir(void)
{
    return dir;
}

static int by_code(const void *a, const void *b)
{
    return strcmp((const char *)a, (const char *)b);
}

int crs_msg_languages(char (*codes)[32], int max)
{
    DIR *d = dir ? opendir(dir) : NULL;
    if (!d) return 0;
    int n = 0;
    struct dirent *ent;
    while (n < max && (ent = readdir(d))) {
        size_t len = strlen(ent->d_name);
        if (len < 4 || len - 3 >= 32 || strcmp(ent->d_name + len - 3, ".mo")) continue;
        memcpy(codes[n], ent->d_name, len - 3);
        codes[n][len - 3] = '\0';
        if (crs_msg_lang_valid(codes[n]) && strcmp(codes[n], "en")) n++;
    }
    closedir(d);
    qsort(codes, (size_t)n, sizeof *codes, by_code);
    return n;
}

int crs_msg_lang_valid(const char *lang)
{
    size_t n = lang ? strlen(lang) : 0;
    if (n == 0 || n >= MAX_LANG) return 0;
    for (const char *p = lang; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
              *p == '-' || *p == '_' || *p == '@'))
            return 0; /* no '/' or '.': the code becomes a file name */
    return 1;
}

static int is_english(const char *lang)
{
    return !lang || !strcmp(lang, "en");
}

/* Loads lang's catalogue (or finds it loaded); the error only on a first, failing load. */
static crs_catalog *catalogue(const char *lang, crs_diag *err)
{
    if (is_english(lang) || !crs_msg_lang_valid(lang)) {
        if (!is_english(lang)) crs_diag_set(err, CRS_E_VALUE, "not a language code");
        return NULL;
    }
    for (int i = 0; i < nloaded; i++)
        if (!strcmp(loaded[i].lang, lang)) {
            if (!loaded[i].cat) crs_diag_set(err, CRS_E_IO, "the catalogue could not be loaded");
            return loaded[i].cat;
        }
    char path[4200];
    crs_catalog *c = NULL;
    if (!dir) {
        crs_diag_set(err, CRS_E_IO, "no folder of catalogues was given");
    } else {
        snprintf(path, sizeof path, "%s/%s.mo", dir, lang);
        c = crs_catalog_load(path, err);
    }
    if (nloaded < MAX_LANGS) {
        snprintf(loaded[nloaded].lang, MAX_LANG, "%s", lang);
        loaded[nloaded++].cat = c;
    } else if (c) {
        crs_catalog_free(c); /* more languages than any screen offers: not kept */
        c = NULL;
    }
    return c;
}

const char *crs_msg_language_name(const char *lang)
{
    /* TRANSLATORS: not "English": the name of your language, written in it (한국어, 简体中文).
       The title screen and the settings list every language by this name. */
    const char *en = NC_("language-name", "English");
    if (is_english(lang)) return en;
    crs_catalog *c = catalogue(lang, NULL);
    return crs_catalog_has(c, "language-name", en) ? crs_catalog_get(c, "language-name", en) : lang;
}

crs_catalog *crs_msg_catalog(const char *lang)
{
    return catalogue(lang, NULL);
}

int crs_msg_language(const char *lang, crs_diag *err)
{
    if (is_english(lang)) return 0;
    return catalogue(lang, err) ? 0 : -1;
}

const char *crs_msg(const char *msgid, const char *lang)
{
    if (!msgid || is_english(lang)) return msgid;
    return crs_catalog_get(catalogue(lang, NULL), NULL, msgid);
}

const char *crs_msgc(const char *ctx, const char *msgid, const char *lang)
{
    if (!msgid || is_english(lang)) return msgid;
    return crs_catalog_get(catalogue(lang, NULL), ctx, msgid);
}

const char *crs_msgn(const char *msgid, const char *plural, unsigned long n, const char *lang)
{
    if (is_english(lang)) return n == 1 ? msgid : plural;
    return crs_catalog_nget(catalogue(lang, NULL), NULL, msgid, plural, n);
}

const char *crs_code_text(crs_code code, const char *lang)
{
    if (code < 0 || code >= CRS_E__COUNT) return "";
    return crs_msg(ids[code], lang);
}

const char *crs_severity_text(crs_severity sev, const char *lang)
{
    return crs_msg(sev == CRS_SEV_ERROR ? "error" : "warning", lang);
}

size_t crs_msg_format_diag(const crs_diag *it, const char *lang, char *buf, size_t cap)
{
    crs_catalog *c = catalogue(lang, NULL);
    if (!c) return crs_diag_format(it, buf, cap);
    char where[300], text[700];
    if (it->line > 0)
        snprintf(where, sizeof where, "%s:%d:%d", it->file, it->line, it->col);
    else
        snprintf(where, sizeof where, "%s", it->file);
    if (crs_catalog_has(c, NULL, it->message)) {
        snprintf(text, sizeof text, "%s", crs_catalog_get(c, NULL, it->message));
    } else {
        /* The detail names keys, ids and values in the file, which stay as written. */
        const char *tpl = crs_catalog_get(c, NULL, "(in English: %s)");
        const char *at = strstr(tpl, "%s"); /* substituted by hand: a catalogue is data */
        if (!at) tpl = "(in English: %s)", at = strstr(tpl, "%s");
        snprintf(text, sizeof text, "%s %.*s%s%s", crs_code_text(it->code, lang), (int)(at - tpl),
                 tpl, it->message, at + 2);
    }
    const char *sev = crs_severity_text(it->severity, lang);
    int n = it->path[0] ? snprintf(buf, cap, "%s: %s: %s (%s)", where, sev, text, it->path)
                        : snprintf(buf, cap, "%s: %s: %s", where, sev, text);
    return n < 0 ? 0 : (size_t)n;
}

int crs_msg_count(void)
{
    return (int)(sizeof ids / sizeof ids[0]);
}

const char *crs_msg_id(int i)
{
    return i >= 0 && i < crs_msg_count() ? ids[i] : NULL;
}
