/* The core's messages through the compiled catalogues (po/ko.po as locale/ko.mo): Korean for
 * every diagnostic code and for every message the session codes return, English ids passed
 * through unchanged, unknown ids shown as they are and counted. The catalogues are read without
 * the C library's locale: the test sets LANG, LC_ALL and LANGUAGE to values that would defeat
 * gettext() and expects Korean all the same. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "read_text.h"
#include "crossings/messages.h"

static int has_hangul(const char *s)
{
    /* Hangul syllables are U+AC00..U+D7A3: lead byte 0xEA..0xED in UTF-8. */
    for (; *s; s++)
        if ((unsigned char)*s >= 0xEA && (unsigned char)*s <= 0xED) return 1;
    return 0;
}

static void test_lookup(void)
{
    const char *id = "this code has a typo: check it letter by letter";
    CHECK_STR(crs_msg(id, "en"), id);
    CHECK(has_hangul(crs_msg(id, "ko")));
    CHECK_STR(crs_msg("a message nobody translated", "ko"), "a message nobody translated");
    CHECK(crs_msg(NULL, "ko") == NULL);
    CHECK_STR(crs_severity_text(CRS_SEV_ERROR, "ko"), "오류");
    CHECK_STR(crs_severity_text(CRS_SEV_WARNING, "en"), "warning");
}

static void test_every_code(void)
{
    for (int c = 0; c < CRS_E__COUNT; c++) {
        const char *en = crs_code_text((crs_code)c, "en"), *ko = crs_code_text((crs_code)c, "ko");
        CHECK(en[0] != '\0');
        CHECK(has_hangul(ko));
        CHECK(strcmp(en, ko) != 0);
    }
    CHECK_STR(crs_code_text(CRS_E__COUNT, "ko"), "");
}

/* Every message code.c gives crs_diag_set is in the catalogue: a message added there without
 * Korean fails here, not on a Korean screen. */
static void test_code_messages_translated(void)
{
    char *src = read_text(CRS_SOURCE_DIR "/game/core/code.c", NULL);
    CHECK(src != NULL);
    if (!src) return;
    int found = 0;
    for (char *p = strstr(src, "crs_diag_set(err,"); p; p = strstr(p + 1, "crs_diag_set(err,")) {
        char msg[400] = "";
        size_t n = 0;
        char *end = strchr(p, ';');
        /* the message: every string literal up to the closing semicolon, joined */
        for (char *q = strchr(p, '"'); q && q < end; q = strchr(q + 1, '"')) {
            char *close = strchr(q + 1, '"');
            if (!close || close > end) break;
            size_t k = (size_t)(close - q - 1);
            if (n + k < sizeof msg) memcpy(msg + n, q + 1, k), n += k, msg[n] = '\0';
            q = close;
        }
        found++;
        if (!has_hangul(crs_msg(msg, "ko")))
            fprintf(stderr, "no Korean for the session-code message \"%s\"\n", msg);
        CHECK(has_hangul(crs_msg(msg, "ko")));
    }
    CHECK(found >= 8);
    free(src);
}

static void test_catalogue_unique(void)
{
    for (int i = 0; i < crs_msg_count(); i++)
        for (int j = i + 1; j < crs_msg_count(); j++) CHECK(strcmp(crs_msg_id(i), crs_msg_id(j)));
    CHECK(crs_msg_id(crs_msg_count()) == NULL);
    for (int i = 0; i < crs_msg_count(); i++) CHECK(has_hangul(crs_msg(crs_msg_id(i), "ko")));
}

/* file:line:col: and the JSON path are the same in every language; the message is Korean. */
static void test_format_diag(void)
{
    crs_diag d = {CRS_E_UNKNOWN_KEY,
                  CRS_SEV_ERROR,
                  12,
                  7,
                  "s.json",
                  "/nodes/3/titel",
                  "node \"a\" has unknown key \"titel\""};
    char en[1400], ko[1400];
    crs_msg_format_diag(&d, "en", en, sizeof en);
    crs_msg_format_diag(&d, "ko", ko, sizeof ko);
    CHECK_STR(en, "s.json:12:7: error: node \"a\" has unknown key \"titel\" (/nodes/3/titel)");
    CHECK(strncmp(ko, "s.json:12:7: 오류: ", strlen("s.json:12:7: 오류: ")) == 0);
    CHECK_CONTAINS(ko, crs_code_text(CRS_E_UNKNOWN_KEY, "ko"));
    CHECK_CONTAINS(ko, "node \"a\" has unknown key \"titel\""); /* the detail, as written */
    const char *tail = " (/nodes/3/titel)";
    CHECK(!strcmp(ko + strlen(ko) - strlen(tail), tail));
    /* a message the catalogue has is translated whole */
    crs_diag c = {CRS_E_VALUE, CRS_SEV_WARNING, 0, 0, "code", "", "out of memory"};
    crs_msg_format_diag(&c, "ko", ko, sizeof ko);
    CHECK_STR(ko, "code: 경고: 메모리가 부족합니다");
}

static void test_languages(void)
{
    crs_diag err;
    CHECK_STR(crs_msg_language_name("en"), "English");
    CHECK_STR(crs_msg_language_name("ko"), "한국어");
    CHECK_INT(crs_msg_language("ko", &err), 0);
    CHECK_INT(crs_msg_language("en", &err), 0);
    CHECK_INT(crs_msg_language("xx", &err), -1);
    CHECK_CONTAINS(err.message, "xx.mo");
    CHECK_INT(crs_msg_language("../ko", &err), -1); /* never a path */
    CHECK(!crs_msg_lang_valid("a/b"));
    CHECK(crs_msg_lang_valid("zh-Hans"));
    CHECK(crs_msg_lang_valid("sr@latin"));
    CHECK_STR(crs_msg("Begin", "xx"), "Begin");
    long before = crs_catalog_misses(crs_msg_catalog("ko"));
    CHECK_STR(crs_msg("a message nobody translated", "ko"), "a message nobody translated");
    CHECK_INT(crs_catalog_misses(crs_msg_catalog("ko")), before + 1);
    crs_msg_set_dir(NULL); /* no folder: English everywhere */
    CHECK_STR(crs_msg("error", "ko"), "error");
    CHECK_INT(crs_msg_language("ko", &err), -1);
    crs_msg_set_dir(CRS_LOCALE_DIR);
    CHECK_STR(crs_msg("error", "ko"), "오류");
}

int main(void)
{
    /* A machine with no Korean locale, and variables glibc's gettext() would obey. */
    setenv("LANG", "C.UTF-8", 1);
    setenv("LC_ALL", "C.UTF-8", 1);
    setenv("LANGUAGE", "xx_JUNK:zz", 1);
    crs_msg_set_dir(CRS_LOCALE_DIR);
    static const check_case cases[] = {
        {"lookup", test_lookup},
        {"every_code", test_every_code},
        {"code_messages_translated", test_code_messages_translated},
        {"catalogue_unique", test_catalogue_unique},
        {"format_diag", test_format_diag},
        {"languages", test_languages},
    };
    int rc = check_run("messages", cases, sizeof cases / sizeof cases[0]);
    crs_msg_set_dir(NULL);
    return rc;
}
