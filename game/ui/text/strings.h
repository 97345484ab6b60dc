/* The interface's own words (buttons, headings, help) in English and Korean, in one table.
 * Scenario text comes from the scenario; only the frame around it lives here. */
#ifndef CRS_UI_STRINGS_H
#define CRS_UI_STRINGS_H

#include "text/facil_strings.h"

/* X(id, English, Korean). Korean is a draft like the scenarios' Korean text. */
#define CRS_STRINGS(X)                                                                                                          \
    X(S_APP_TITLE, "Crossings", "건너는 길")                                                                                    \
    X(S_TAGLINE, "Journeys of North Korean migrants, followed through documented figures",                                      \
      "기록된 수치로 따라가는, 북한을 떠난 사람들의 여정")                                                                      \
    X(S_TITLE_NOTE,                                                                                                             \
      "Every outcome names its source, the year and the people it describes. Where no record "                                  \
      "exists, the game says so.",                                                                                              \
      "모든 결과에는 출처와 연도, 조사 대상이 함께 표시됩니다. 기록이 없는 부분은 그렇다고 " \
      "밝힙니다.")                                                                                                              \
    X(S_START, "Begin", "시작하기")                                                                                             \
    X(S_LANGUAGE, "Language", "언어")                                                                                           \
    X(S_SETTINGS, "Settings", "설정")                                                                                           \
    X(S_HELP, "Help", "도움말")                                                                                                 \
    X(S_HISTORY, "Your choices", "지금까지의 선택")                                                                             \
    X(S_QUIT, "Quit", "끝내기")                                                                                                 \
    X(S_BACK, "Back", "뒤로")                                                                                                   \
    X(S_CONTINUE, "Continue", "계속")                                                                                           \
    X(S_CLOSE, "Close", "닫기")                                                                                                 \
    X(S_CHOOSE_SCENARIO, "Choose a journey", "여정을 고르세요")                                                                 \
    X(S_CHOOSE_PERSONA, "Who will you follow?", "누구의 여정을 따라갈까요?")                                                    \
    X(S_AUDIENCE, "Written for", "대상")                                                                                        \
    X(S_CONTENT_NOTE, "Before you begin", "시작하기 전에")                                                                      \
    X(S_YEARS, "Years", "시기")                                                                                                 \
    X(S_LOAD_FAILED, "Could not be loaded. Show the problems", "불러오지 못했습니다. 문제 보기")                                \
    X(S_NO_SCENARIOS, "No scenarios were found.", "시나리오를 찾지 못했습니다.")                                                \
    X(S_WHAT_NEXT, "What do you do?", "어떻게 할까요?")                                                                         \
    X(S_WHAT_HAPPENED, "What happened", "일어난 일")                                                                            \
    X(S_SOURCE, "Source", "출처")                                                                                               \
    X(S_FIGURE, "Figure", "수치")                                                                                               \
    X(S_YEAR, "Year", "연도")                                                                                                   \
    X(S_POPULATION, "Who was counted", "조사 대상")                                                                             \
    X(S_WHERE, "Where", "출처 내 위치")                                                                                         \
    X(S_CAVEAT, "Caveat", "유의할 점")                                                                                          \
    X(S_ILLUSTRATIVE, "Illustrative — no documented figure", "예시 — 기록된 수치 없음")                                         \
    X(S_ILLUSTRATIVE_WEIGHT, "The chance of this outcome is illustrative",                                                      \
      "이 결과가 나올 확률은 예시입니다")                                                                                       \
    X(S_JOURNEY_ENDS, "Where this journey ends", "여정이 끝나는 곳")                                                            \
    X(S_FACTS, "What the records say", "기록이 말하는 것")                                                                      \
    X(S_SEE_DEBRIEF, "Look back", "돌아보기")                                                                                   \
    X(S_DEBRIEF, "Looking back", "여정 돌아보기")                                                                               \
    X(S_YOUR_PATH, "Your path, stage by stage", "단계별로 본 나의 길")                                                          \
    X(S_COMPARE, "How your ending compares with the records", "나의 결말과 기록 비교")                                          \
    X(S_YOUR_ENDING, "your ending", "나의 결말")                                                                                \
    X(S_YOUR_BAR_PATH, "your path", "나의 경로")                                                                                \
    X(S_SIM_RANDOM, "if every choice were random", "모든 선택이 무작위라면")                                                    \
    X(S_SIM_LEGEND_RANDOM,                                                                                                      \
      "Each record is shown as a bar. The thin bar beneath is not a finding: it is the share of "                               \
      "2,000 simulated playthroughs of this scenario if every choice were random.",                                             \
      "각 기록은 막대로 표시됩니다. 아래의 가는 막대는 연구 결과가 아니라, 모든 선택이 "       \
      "무작위일 때 이 시나리오를 2,000번 모의 플레이한 결과의 비율입니다.")                                                     \
    X(S_SIM_ROW, "Shares if every choice were random", "무작위 선택일 때의 비율")                                               \
    X(S_SIM_SHOWN, "Shown", "표시")                                                                                             \
    X(S_SIM_HIDDEN, "Hidden", "숨김")                                                                                           \
    X(S_SOURCES, "Sources", "출처 목록")                                                                                        \
    X(S_QUESTIONS, "Questions to talk about", "함께 생각해 볼 질문")                                                            \
    X(S_TO_TITLE, "Back to the start", "처음으로")                                                                              \
    X(S_TEXT_SIZE, "Text size", "글자 크기")                                                                                    \
    X(S_SIZE_1, "Standard", "기본")                                                                                             \
    X(S_SIZE_2, "Large", "크게")                                                                                                \
    X(S_SIZE_3, "Largest", "아주 크게")                                                                                         \
    X(S_CONTRAST, "Contrast", "명암 대비")                                                                                      \
    X(S_CONTRAST_STD, "Standard", "기본")                                                                                       \
    X(S_CONTRAST_HIGH, "High", "높음")                                                                                          \
    X(S_MOTION, "Motion", "움직임")                                                                                             \
    X(S_MOTION_FULL, "Animated", "기본")                                                                                        \
    X(S_MOTION_REDUCED, "Reduced", "줄임")                                                                                      \
    X(S_DRAFT, "Korean draft", "한국어 초안(검토 전)")                                                                          \
    X(S_DRAFT_LANGS, "Draft: %s", "초안(검토 전): %s")                                                                          \
    X(S_UNDO, "Step back one choice", "선택 하나 되돌리기")                                                                     \
    X(S_LEAVE, "Leave this journey", "여정 그만두기")                                                                           \
    X(S_RESUME, "Return to the journey", "여정으로 돌아가기")                                                                   \
    X(S_NO_HISTORY, "No choices yet.", "아직 선택한 것이 없습니다.")                                                            \
    X(S_ERROR_TITLE, "This scenario could not be loaded", "이 시나리오를 불러올 수 없습니다")                                   \
    X(S_ERROR_INTRO,                                                                                                            \
      "The file has problems to fix first. Each line gives the place in the file: line, "                                       \
      "column and the path inside the JSON.",                                                                                   \
      "먼저 고쳐야 할 문제가 있습니다. 각 줄은 파일 안의 위치(줄, 열, JSON 경로)를 알려 줍니다.")                               \
    X(S_ERROR_ORIGINAL, "Message:", "원문(영어):")                                                                              \
    X(S_MAP, "Route map", "경로 지도")                                                                                          \
    X(S_PERSONA, "Following", "따라가는 인물")                                                                                  \
    X(S_OUTCOME_OF, "You chose", "내가 고른 것")                                                                                \
    X(S_SHARE, "documented share", "기록된 비율")                                                                               \
    X(S_END_RESETTLED, "Resettled in South Korea", "한국 정착")                                                                 \
    X(S_END_THIRD, "Settled in a third country", "제3국 정착")                                                                  \
    X(S_END_CHINA, "Staying in China", "중국 체류")                                                                             \
    X(S_END_RETURNED, "Returned to North Korea", "북한 귀환")                                                                   \
    X(S_END_REPATRIATED, "Forcibly repatriated", "강제송환")                                                                    \
    X(S_END_TRANSIT, "Still in transit", "아직 길 위")                                                                          \
    X(S_HELP_TITLE, "How to play", "이용 방법")                                                                                 \
    X(S_HELP_BODY,                                                                                                              \
      "Read each situation and choose what the person does. Every outcome shows the record it "                                 \
      "rests on: the figure, the year and who was counted. Outcomes without a record are "                                      \
      "marked illustrative.",                                                                                                   \
      "각 상황을 읽고 그 사람이 할 일을 고르세요. 모든 결과에는 근거가 된 기록(수치, 연도, "   \
      "조사 대상)이 표시됩니다. 기록이 없는 결과는 예시로 표시됩니다.")                                                         \
    X(S_HELP_KEYS, "Keys", "키보드")                                                                                            \
    X(S_HELP_KEYLIST,                                                                                                           \
      "Arrows or Tab: move · Enter or Space: choose · 1–9: pick a choice · Esc: back or pause "                            \
      "· H: your choices · S or F2: settings · L: language · F1 or ?: help · F12: screenshot",                                  \
      "화살표 또는 Tab: 이동 · Enter 또는 Space: 선택 · 1–9: 선택지 고르기 · Esc: 뒤로 또는 잠시 "  \
      "멈춤 · H: 지금까지의 선택 · S 또는 F2: 설정 · L: 언어 · F1 또는 ?: 도움말 · F12: 화면 "       \
      "캡처")                                                                                                                   \
    X(S_HELP_TOUCH, "On a touch screen, tap a button; drag to scroll long pages.",                                              \
      "터치 화면에서는 버튼을 누르고, 긴 화면은 끌어서 넘기세요.")                                                              \
    X(S_YES, "yes", "예")                                                                                                       \
    X(S_NO, "no", "아니요")                                                                                                     \
    X(S_PASSAGES, "Difficult passages", "민감한 장면")                                                                          \
    X(S_PASSAGES_FULL, "Full text", "전체 글")                                                                                  \
    X(S_PASSAGES_SUMMARY, "Short summary", "짧은 요약")                                                                         \
    X(S_WATCH_BROKEN, "The saved file has errors: this is still the last version that loaded.",                                 \
      "저장한 파일에 오류가 있습니다. 지금 화면은 마지막으로 불러온 판입니다.")                                                 \
    X(S_WATCH_MORE, "… and %d more: run crossings check on the file.",                                                          \
      "… 외 %d개: 파일에 crossings check를 실행해 보세요.")                                                                     \
    X(S_SUMMARY_WITHHELD, "The full account is not shown in short-summary mode.",                                               \
      "요약 모드에서는 자세한 내용을 보여 드리지 않습니다.")                                                                    \
    X(S_SUMMARY_SHOWN, "A short summary is shown (see Settings).",                                                              \
      "짧은 요약을 보여 줍니다 (설정에서 바꿀 수 있습니다).")                                                                   \
    X(S_CONTENT, "Content", "내용")                                                                                             \
    X(S_TAG_VIOLENCE, "violence", "폭력")                                                                                       \
    X(S_TAG_TRAFFICKING, "trafficking", "인신매매")                                                                             \
    X(S_TAG_ARREST, "arrest", "체포")                                                                                           \
    X(S_TAG_FAMILY, "family separation", "가족과의 이별")                                                                       \
    X(S_TAG_DEATH, "death", "죽음")                                                                                             \
    X(S_TAG_DETENTION, "detention", "구금")                                                                                     \
    X(S_PAUSED, "Paused", "잠시 멈춤")

typedef enum {
#define CRS_STR_ENUM(id, en, ko) id,
    CRS_STRINGS(CRS_STR_ENUM) CRS_FACIL_STRINGS(CRS_STR_ENUM)
#undef CRS_STR_ENUM
        S__COUNT
} crs_str;

/* The string in the interface language: 0 English, 1 Korean. Never NULL. */
const char *crs_str_get(crs_str id, int ko);
/* Tests: passes every string looked up through fn (pseudo-localisation); NULL turns it off. */
void crs_str_set_filter(const char *(*fn)(const char *s));
/* s through that filter (the extras' own string table uses it too). */
const char *crs_str_filtered(const char *s);

#endif
