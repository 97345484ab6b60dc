/* The interface's words for the accessibility and classroom features (session codes, pause,
 * self-voicing, text mirror), in English and Korean, kept apart from strings.h. */
#ifndef CRS_UI_XSTRINGS_H
#define CRS_UI_XSTRINGS_H

/* X(id, English, Korean). Korean is a draft like the rest of the interface. */
#define CRS_XSTRINGS(X)                                                                                                    \
    X(X_ENTER_CODE, "Enter a code", "코드 입력")                                                                           \
    X(X_ENTER_CODE_SUB, "Replay a journey from its session code", "세션 코드로 여정을 다시 보기")                          \
    X(X_CODE_TITLE, "Enter a session code", "세션 코드를 입력하세요")                                                      \
    X(X_CODE_HELP,                                                                                                         \
      "The code is on the last screen of every journey. Tap the characters or type them; "                                 \
      "dashes and spaces do not matter.",                                                                                  \
      "코드는 모든 여정의 마지막 화면에 있습니다. 글자를 누르거나 키보드로 입력하세요. " \
      "줄표와 띄어쓰기는 상관없습니다.")                                                                                   \
    X(X_CODE_EMPTY, "(no characters yet)", "(아직 입력한 글자가 없습니다)")                                                \
    X(X_DELETE, "Delete", "지우기")                                                                                        \
    X(X_CLEAR, "Clear", "모두 지우기")                                                                                     \
    X(X_REPLAY, "Replay", "다시 보기")                                                                                     \
    X(X_CODE_TYPO, "This code has a typing mistake. Check each character and try again.",                                  \
      "코드에 잘못 입력된 글자가 있습니다. 글자를 하나씩 확인하고 다시 입력하세요.")                                       \
    X(X_CODE_OTHER,                                                                                                        \
      "This code belongs to a scenario, or a version of one, that is not installed here. "                                 \
      "Nothing was replayed.",                                                                                             \
      "이 코드는 이 기기에 없는 시나리오(또는 다른 버전)의 코드입니다. "                                          \
      "여정을 다시 보여 주지 않았습니다.")                                                            \
    X(X_CODE_BAD_PATH, "This code does not fit its scenario. Nothing was replayed.",                                       \
      "이 코드는 시나리오와 맞지 않습니다. 다시 보기를 하지 않았습니다.")                                                  \
    X(X_CODE_DETAIL, "Details", "자세히")                                                                                  \
    X(X_YOUR_CODE, "Your session code", "나의 세션 코드")                                                                  \
    X(X_CODE_NOTE,                                                                                                         \
      "Write it down or read it out: \"Enter a code\" on the first screen, or `crossings "                                 \
      "replay CODE`, shows this exact journey again.",                                                                     \
      "적어 두거나 진행자에게 불러 주세요. 첫 화면의 \"코드 입력\"이나 `crossings replay 코드` "   \
      "명령으로 이 여정을 그대로 다시 볼 수 있습니다.")                                                                             \
    X(X_CODE_NONE, "No session code can be made for this journey.",                                                        \
      "이 여정에는 세션 코드를 만들 수 없습니다.")                                                                         \
    X(X_REPLAYED, "Replayed from a session code", "세션 코드로 다시 본 여정")                                              \
    X(X_PAUSE, "Pause", "잠시 멈춤")                                                                                       \
    X(X_PAUSED_TITLE, "Paused", "잠시 멈췄습니다")                                                                         \
    X(X_PAUSED_BODY, "Take your time. Nothing moves on until you choose.",                                                 \
      "천천히 하세요. 고르기 전까지는 아무것도 진행되지 않습니다.")                                                        \
    X(X_SKIP_DEBRIEF, "Skip to looking back", "돌아보기로 건너뛰기")                                                       \
    X(X_START_OVER, "Start over", "처음부터 다시")                                                                         \
    X(X_VOICE, "Read aloud (V)", "소리 내어 읽기 (V)")                                                                     \
    X(X_VOICE_OFF, "Off", "끄기")                                                                                          \
    X(X_VOICE_ON, "On", "켜기")                                                                                            \
    X(X_VOICE_MISSING,                                                                                                     \
      "Reading aloud needs eSpeak NG (libespeak-ng1 and espeak-ng-data) and a sound device; "                              \
      "one is missing here, so the game stays silent.",                                                                    \
      "소리 내어 읽기에는 eSpeak NG(libespeak-ng1, espeak-ng-data)와 소리 장치가 필요합니다. "          \
      "이 기기에는 그중 일부가 없어 소리 없이 진행합니다.")                                                                     \
    X(X_HELP_KEYS, "P: pause · V: read the screen aloud", "P: 잠시 멈춤 · V: 화면 소리 내어 읽기")                         \
    X(X_RATE, "Reading speed", "읽기 속도")                                                                                \
    X(X_RATE_SLOW, "Slow", "느리게")                                                                                       \
    X(X_RATE_NORMAL, "Normal", "보통")                                                                                     \
    X(X_RATE_FAST, "Fast", "빠르게")                                                                                       \
    X(X_SELECTED, "selected", "선택됨")                                                                                    \
    X(X_OTHERS_CHOSE, "How other visitors on this machine chose here",                                                     \
      "이 기기에서 다른 관람객들이 이 장면에서 고른 선택")                                                                    \
    X(X_OTHERS_ENDED, "Where other visitors' journeys ended", "다른 관람객들의 여정이 끝난 곳")                            \
    X(X_OTHERS_COUNT, "%ld journeys played on this machine", "이 기기에서 진행된 여정 %ld회")                              \
    X(X_OTHERS_NOTE, "Choices made in this game, not records of real people.",                                             \
      "이 게임에서 고른 것일 뿐, 실제 사람들의 기록이 아닙니다.")                                                          \
    X(X_YOUR_CHOICE, "your choice", "나의 선택")                                                                           \
    X(X_YOUR_ENDING_X, "your ending", "나의 결말")                                                                         \
    X(X_BILINGUAL, "Both languages", "두 언어 함께")                                                                       \
    X(X_BI_OFF, "One language", "한 언어만")                                                                               \
    X(X_BI_KO_FIRST, "Korean first", "한국어 먼저")                                                                        \
    X(X_BI_EN_FIRST, "English first", "영어 먼저")

typedef enum {
#define CRS_XSTR_ENUM(id, en, ko) id,
    CRS_XSTRINGS(CRS_XSTR_ENUM)
#undef CRS_XSTR_ENUM
        X__COUNT
} crs_xstr;

/* The string in the interface language: 0 English, 1 Korean. Never NULL. */
const char *crs_xstr_get(crs_xstr id, int ko);

#endif
