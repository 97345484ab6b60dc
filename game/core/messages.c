/* The core's messages in Korean: one table of English message ids and their Korean text, the
 * way a gettext catalogue pairs msgid and msgstr. Lookups compare the whole English text, so the
 * core keeps returning its messages unchanged and only the screens that show them translate. */
#include "crossings/messages.h"

#include <string.h>

typedef struct msg {
    const char *id, *ko;
} msg;

static const msg catalogue[] = {
    /* diagnostic codes (crs_code_text) */
    {"No problem.", "문제가 없습니다."},
    {"The file could not be read.", "파일을 읽을 수 없습니다."},
    {"A limit was exceeded (size, depth, length or count).",
     "크기, 깊이, 길이 또는 개수의 한도를 넘었습니다."},
    {"The text is not valid UTF-8.", "텍스트가 올바른 UTF-8이 아닙니다."},
    {"The file is not valid JSON.", "JSON 문법에 맞지 않습니다."},
    {"Something is given twice.", "같은 키나 id가 두 번 쓰였습니다."},
    {"A key the format does not know (perhaps a typo).",
     "형식에 없는 키입니다(오타일 수 있습니다)."},
    {"A value of the wrong kind.", "값의 종류가 맞지 않습니다."},
    {"A required field is missing.", "필수 항목이 빠졌습니다."},
    {"A value that is not allowed.", "허용되지 않는 값입니다."},
    {"An id that names nothing.", "없는 id를 가리킵니다."},
    {"Text is missing for a language.", "어느 한 언어의 텍스트가 빠졌습니다."},
    {"A part of the story cannot be reached or cannot end.",
     "이야기의 일부에 닿을 수 없거나, 끝에 이를 수 없습니다."},
    {"An outcome has neither a source nor the illustrative label.",
     "결과에 출처도 예시 표시도 없습니다."},
    {"Out of memory.", "메모리가 부족합니다."},
    {"The game was used in the wrong order.", "게임 상태에 맞지 않는 동작입니다."},
    {"error", "오류"},
    {"warning", "경고"},
    /* session codes (code.c) */
    {"this path is too long for a session code", "이 여정은 세션 코드로 만들기에 너무 깁니다"},
    {"session codes need a 32-bit seed, 255 steps, 16 personas",
     "세션 코드에는 32비트 시드, 선택 255회, 인물 16명까지만 담을 수 있습니다"},
    {"output buffer too small for the code", "코드를 담을 공간이 부족합니다"},
    {"this is not a session code (unexpected character)",
     "세션 코드가 아닙니다(쓸 수 없는 글자가 있습니다)"},
    {"this code has a typo: check it letter by letter",
     "코드에 잘못 입력된 글자가 있습니다. 한 글자씩 확인해 주세요"},
    {"this code names a path the scenario cannot take",
     "이 코드는 시나리오에서 갈 수 없는 길을 가리킵니다"},
    {"this code was made by a different version of crossings",
     "이 코드는 다른 버전의 crossings에서 만들어졌습니다"},
    {"this code is for another scenario, or another version of this one",
     "이 코드는 다른 시나리오나 이 시나리오의 다른 버전에서 만들어졌습니다"},
    {"a journey started elsewhere (--start, --set) has no code",
     "다른 지점에서 시작한 여정(--start, --set)에는 코드가 없습니다"},
    {"out of memory", "메모리가 부족합니다"},
    {"this code names a persona the scenario does not have",
     "이 코드는 시나리오에 없는 인물을 가리킵니다"},
    {"no scenario loaded here matches this code: it is for another scenario, or another "
     "version of one",
     "이 기기에 불러온 시나리오 가운데 이 코드에 맞는 것이 없습니다. 다른 시나리오나 다른 "
     "버전에서 만든 코드입니다"},
};

/* The English text of each code, in crs_code order. */
static const char *const code_text[CRS_E__COUNT] = {
    "No problem.",
    "The file could not be read.",
    "A limit was exceeded (size, depth, length or count).",
    "The text is not valid UTF-8.",
    "The file is not valid JSON.",
    "Something is given twice.",
    "A key the format does not know (perhaps a typo).",
    "A value of the wrong kind.",
    "A required field is missing.",
    "A value that is not allowed.",
    "An id that names nothing.",
    "Text is missing for a language.",
    "A part of the story cannot be reached or cannot end.",
    "An outcome has neither a source nor the illustrative label.",
    "Out of memory.",
    "The game was used in the wrong order.",
};

const char *crs_msg(const char *msgid, const char *lang)
{
    if (!msgid || !lang || strcmp(lang, "ko") != 0) return msgid;
    for (size_t i = 0; i < sizeof catalogue / sizeof catalogue[0]; i++)
        if (strcmp(catalogue[i].id, msgid) == 0) return catalogue[i].ko;
    return msgid;
}

const char *crs_code_text(crs_code code, const char *lang)
{
    if (code < 0 || code >= CRS_E__COUNT) return "";
    return crs_msg(code_text[code], lang);
}

const char *crs_severity_text(crs_severity sev, const char *lang)
{
    return crs_msg(sev == CRS_SEV_ERROR ? "error" : "warning", lang);
}

int crs_msg_count(void)
{
    return (int)(sizeof catalogue / sizeof catalogue[0]);
}

const char *crs_msg_id(int i)
{
    return i >= 0 && i < crs_msg_count() ? catalogue[i].id : NULL;
}
