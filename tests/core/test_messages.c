/* The core's message catalogue: Korean for every diagnostic code and for every message the
 * session codes return, English ids passed through unchanged, unknown ids shown as they are. */
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
}

int main(void)
{
    static const check_case cases[] = {
        {"lookup", test_lookup},
        {"every_code", test_every_code},
        {"code_messages_translated", test_code_messages_translated},
        {"catalogue_unique", test_catalogue_unique},
    };
    return check_run("messages", cases, sizeof cases / sizeof cases[0]);
}
