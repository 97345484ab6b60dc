/* A small two-language scenario built in memory for the interface tests, so screens and
 * golden images do not change when the shipped scenarios are edited. Its figures are real
 * (Lim & Chung, Table 1) and cited the way the shipped scenarios cite them. */
#ifndef CRS_TEST_UI_FIXTURE_H
#define CRS_TEST_UI_FIXTURE_H

#include "crossings/scenario.h"

#define TX(en, ko)                                                                                 \
    {                                                                                              \
        {                                                                                          \
            en, ko                                                                                 \
        }                                                                                          \
    }

static const crs_source fx_sources[1] = {
    {.id = "lim-chung",
     .author = TX("Lim Hyun-Chin and Chung Young Chul", "임현진·정영철"),
     .title = TX("The Political and Human Rights Issues Surrounding North Korean Defectors",
                 "탈북자를 둘러싼 정치·인권 문제(영문 논문, 제목 번역)"),
     .publisher = TX("academic paper", "학술 논문"),
     .year = TX("c. 2005", "2005년경"),
     .section = TX("Tables 1-13", "표 1~13")},
};

static const crs_var fx_vars[2] = {
    {.id = "money",
     .type = CRS_VAR_INT,
     .min = 0,
     .max = 100000,
     .initial = 0,
     .label = TX("Money (yuan)", "돈 (위안)"),
     .shown = 1},
    {.id = "months",
     .type = CRS_VAR_INT,
     .min = 0,
     .max = 600,
     .initial = 0,
     .label = TX("Months away", "떠나온 지 (개월)"),
     .shown = 1},
};

static const crs_effect fx_month[1] = {{.var = 1, .op = CRS_EFF_ADD, .value = 1}};
static const crs_effect fx_two_months[1] = {{.var = 1, .op = CRS_EFF_ADD, .value = 2}};

#define FX_STAY_CITE                                                                               \
    {                                                                                              \
        .source = 0, .where = TX("Table 1", "표 1"),                                               \
        .figure = TX("50.3% had been in China for less than three months",                         \
                     "50.3%가 중국에 머문 기간이 3개월 미만이었다"),                               \
        .year = TX("1999", "1999"),                                                                \
        .population = TX("survey of 28,472 North Koreans in north-east China",                     \
                         "중국 동북부의 북한 주민 28,472명 조사"),                                 \
        .caveat =                                                                                  \
            TX("The authors call this survey of limited use; its counts do not add up.",           \
               "저자들은 이 조사의 쓸모가 제한적이라고 봅니다. 인원수의 합도 맞지 않습니다.")      \
    }

static const crs_outcome fx_cross_out[2] = {
    {.id = "crossed",
     .weight = {.base = 80},
     .text = TX("The ice held. Before dawn you were on the Chinese bank, soaked to the knees, "
                "and a Korean-Chinese farmer let you dry your clothes by his stove.",
                "얼음은 버텨 주었다. 동트기 전에 당신은 무릎까지 젖은 채 중국 쪽 강가에 닿았고, "
                "한 조선족 농부가 난로 옆에서 옷을 말리게 해 주었다."),
     .neffects = 1,
     .effects = fx_month,
     .next = 2,
     .ending = -1,
     .illustrative = 1,
     .illustrative_note = TX("No survey gives the share of crossings that succeed; this chance "
                             "is set for play.",
                             "건너기에 성공하는 비율을 알려 주는 조사는 없습니다. 이 확률은 "
                             "놀이를 위해 정한 것입니다.")},
    {.id = "turned-back",
     .weight = {.base = 20},
     .text = TX("Lights moved on the far bank. You went back up the slope and home before "
                "anyone missed you.",
                "건너편 강가에서 불빛이 움직였다. 당신은 언덕을 다시 올라 아무도 모르게 집으로 "
                "돌아갔다."),
     .next = -1,
     .ending = 0,
     .illustrative = 1},
};

static const crs_outcome fx_home_out[2] = {
    {.id = "went-back",
     .weight = {.base = 50.3},
     .text = TX("With rice and a little money from odd jobs, you crossed back within weeks, as "
                "about half of those counted in 1999 did.",
                "품삯으로 번 쌀과 돈을 조금 챙겨, 1999년에 조사된 사람들의 절반가량처럼 몇 주 "
                "만에 다시 강을 건너 돌아갔다."),
     .neffects = 1,
     .effects = fx_month,
     .next = -1,
     .ending = 0,
     .has_cite = 1,
     .cite = FX_STAY_CITE},
    {.id = "stayed-on",
     .weight = {.base = 49.7},
     .text = TX("Work kept coming, and so did reasons to stay: the season turned, and you were "
                "still in Yanji.",
                "일거리는 계속 들어왔고 머물 이유도 생겼다. 계절이 바뀌었을 때 당신은 여전히 "
                "연길에 있었다."),
     .neffects = 1,
     .effects = fx_two_months,
     .next = -1,
     .ending = 1,
     .has_cite = 1,
     .cite = FX_STAY_CITE},
};

static const crs_choice fx_c0[2] = {
    {.id = "go-with-neighbour",
     .label = TX("Go with your neighbour tonight", "오늘 밤 이웃과 함께 떠난다"),
     .next = 1,
     .ending = -1},
    {.id = "wait-a-week",
     .label = TX("Wait a week and sell the sewing machine first", "일주일 기다려 재봉틀부터 판다"),
     .next = 1,
     .ending = -1},
};
static const crs_choice fx_c1[2] = {
    {.id = "walk-the-ice",
     .label =
         TX("Walk over the ice before the moon rises", "달이 뜨기 전에 얼음 위로 걸어서 건넌다"),
     .next = -1,
     .ending = -1,
     .noutcomes = 2,
     .outcomes = fx_cross_out},
    {.id = "go-home",
     .label = TX("Go home and try again in spring", "집으로 돌아가 봄에 다시 "
                                                    "시도한다"),
     .next = -1,
     .ending = 0},
};
static const crs_choice fx_c2[2] = {
    {.id = "earn-and-return",
     .label = TX("Earn what you can and go back to your family",
                 "벌 수 있는 만큼 벌어 가족에게 돌아간다"),
     .next = -1,
     .ending = -1,
     .noutcomes = 2,
     .outcomes = fx_home_out},
    {.id = "stay-in-yanji",
     .label = TX("Stay in Yanji and keep the restaurant job", "연길에 남아 식당 일을 계속한다"),
     .next = -1,
     .ending = 1},
};

static const char *const fx_tags[1] = {"arrest"};

static const crs_node fx_nodes[3] = {
    {.id = "kitchen",
     .stage = 0,
     .nchoices = 2,
     .choices = fx_c0,
     .text = TX("The market in Musan has had no maize for a week. Your neighbour Mi-ran says her "
                "cousin across the river in China pays for help in the fields, in cash and in "
                "rice. You have a sewing machine you could sell, a daughter at school and a "
                "husband who works at the mine when the mine has power. Mi-ran is leaving "
                "tonight, while the river is still frozen, and she has asked whether you will "
                "come.",
                "무산 장마당에 옥수수가 떨어진 지 일주일이 되었다. 이웃 미란은 강 건너 중국에 "
                "사는 사촌이 밭일을 도와주면 돈과 쌀을 준다고 한다. 당신에게는 팔 수 있는 "
                "재봉틀 한 대와 학교에 다니는 딸, 전기가 들어올 때만 광산에 나가는 남편이 있다. "
                "미란은 강이 아직 얼어 있는 오늘 밤 떠난다며 함께 가겠느냐고 묻는다.")},
    {.id = "riverbank",
     .stage = 1,
     .nchoices = 2,
     .choices = fx_c1,
     .text = TX("The Tumen is narrow here, and the ice is grey and ridged. Mi-ran knows the "
                "hour when the patrol passes the bend. On the far bank a single light burns in "
                "a farmhouse window. Your boots are wrapped in plastic against the wet. Most "
                "people who cross here do it exactly like this: on foot, at night, in winter.",
                "이곳의 두만강은 폭이 좁고, 얼음은 잿빛으로 울퉁불퉁하다. 미란은 순찰대가 굽이를 "
                "지나는 시간을 안다. 건너편 강가의 농가 창문에 불빛 하나가 켜져 있다. 젖지 "
                "않도록 신발은 비닐로 감쌌다. 이곳에서 강을 건너는 사람 대부분이 바로 이렇게 "
                "건넌다. 겨울밤에, 걸어서.")},
    {.id = "yanji",
     .stage = 2,
     .nchoices = 2,
     .choices = fx_c2,
     .ntags = 1,
     .tags = fx_tags,
     .summary = TX("You work in a restaurant in Yanji for half a Chinese wage, without papers. "
                   "You can stay, or go home with what you have earned.",
                   "당신은 신분증 없이 연길의 식당에서 중국인의 절반 임금을 받고 일한다. 남을 "
                   "수도 있고, 번 것을 가지고 집으로 돌아갈 수도 있다."),
     .text = TX("Mi-ran's cousin found you work washing dishes in a restaurant in Yanji. The "
                "owner pays half of what a Chinese worker would get and keeps you out of sight "
                "of customers. You have learned forty words of Chinese and where the police "
                "check papers. At home, the maize you could buy with one month's pay would last "
                "your family until the harvest.",
                "미란의 사촌이 연길의 한 식당에서 설거지 일을 구해 주었다. 주인은 중국인 "
                "일꾼의 절반을 주고, 손님 눈에 띄지 않게 한다. 당신은 중국어 단어 마흔 개와 "
                "경찰이 신분증을 검사하는 곳을 익혔다. 한 달 치 품삯으로 살 수 있는 옥수수면 "
                "가족이 추수 때까지 버틸 수 있다.")},
};

static const crs_stage fx_stages[3] = {
    {.id = "home",
     .kind = CRS_STAGE_DEPARTURE,
     .title = TX("Leaving home", "집을 떠나며"),
     .intro = TX("North Hamgyong, winter 1998. The famine has lasted three years. Most people "
                 "who leave this province for China mean to come back.",
                 "1998년 겨울, 함경북도. 기근이 3년째 이어지고 있다. 이 지방을 떠나 중국으로 "
                 "가는 사람 대부분은 돌아올 생각이다."),
     .has_map = 1,
     .lon = 129.2,
     .lat = 42.2,
     .place = TX("Musan", "무산")},
    {.id = "river",
     .kind = CRS_STAGE_BORDER,
     .title = TX("The river", "강"),
     .intro = TX("The Tumen river marks the border with China. In winter it freezes, and people "
                 "walk across.",
                 "두만강은 중국과의 국경이다. 겨울이면 강이 얼어 사람들이 걸어서 건넌다."),
     .has_map = 1,
     .lon = 129.3,
     .lat = 42.3,
     .place = TX("Tumen River", "두만강")},
    {.id = "china",
     .kind = CRS_STAGE_CHINA,
     .title = TX("In China", "중국에서"),
     .intro = TX("Yanbian has a large Korean-Chinese population. Work is easy to find and easy "
                 "to lose; papers are what you do not have.",
                 "연변에는 조선족이 많이 산다. 일은 구하기도 쉽고 잃기도 쉽다. 없는 것은 "
                 "신분증이다."),
     .has_map = 1,
     .lon = 129.5,
     .lat = 42.9,
     .place = TX("Yanji", "연길")},
};

static const crs_fact fx_home_facts[1] = {
    {.text = TX("Half of those counted in a 1999 survey had been in China for less than three "
                "months: many went to find food and work, and went home.",
                "1999년 조사에서 절반이 중국에 머문 기간이 3개월 미만이었다. 많은 이들이 먹을 "
                "것과 일을 찾아 갔다가 집으로 돌아갔다."),
     .has_cite = 1,
     .cite = FX_STAY_CITE},
};

static const crs_ending fx_endings[2] = {
    {.id = "went-home",
     .kind = CRS_END_RETURNED_NORTH_KOREA,
     .stage = 0,
     .title = TX("Back in Musan", "다시 무산으로"),
     .text = TX("You are home with food for the spring. The crossing is a secret your family "
                "keeps; next winter, if the market is empty again, you know the way.",
                "당신은 봄까지 먹을 양식을 가지고 집에 돌아왔다. 강을 건넌 일은 가족만의 "
                "비밀이다. 내년 겨울 장마당이 또 비면, 당신은 길을 안다."),
     .nfacts = 1,
     .facts = fx_home_facts},
    {.id = "staying-in-china",
     .kind = CRS_END_STAYING_IN_CHINA,
     .stage = 2,
     .title = TX("A life in Yanji", "연길에서의 삶"),
     .text = TX("You stay, without papers, sending money home through a Korean-Chinese "
                "trader. It is a life, not a waiting room.",
                "당신은 신분증 없이 남아, 조선족 상인을 통해 집으로 돈을 보낸다. 기다리는 "
                "곳이 아니라 살아가는 곳이다.")},
};

static const int fx_end_home[1] = {0};
static const int fx_end_china[1] = {1};
static const crs_bar fx_bars[2] = {
    {.label = TX("Under 3 months", "3개월 미만"),
     .value = 50.3,
     .match = CRS_MATCH_ENDINGS,
     .nendings = 1,
     .endings = fx_end_home},
    {.label = TX("3 months or more", "3개월 이상"),
     .value = 49.7,
     .match = CRS_MATCH_ENDINGS,
     .nendings = 1,
     .endings = fx_end_china},
};
static const crs_distribution fx_dists[1] = {
    {.id = "stay-length",
     .title = TX("How long people had been in China", "중국에 머문 기간"),
     .note = TX("One survey from 1999; its authors call the data of limited use.",
                "1999년의 한 조사이며, 저자들은 자료의 쓰임이 제한적이라고 말한다."),
     .cite = FX_STAY_CITE,
     .tolerance = 5,
     .nbars = 2,
     .bars = fx_bars},
};
static const crs_text fx_questions[2] = {
    TX("Why might someone cross the border meaning to come back?",
       "왜 어떤 사람들은 돌아올 생각으로 국경을 건널까요?"),
    TX("What does a survey of people in China miss about those who never left?",
       "중국에 있는 사람들을 조사하면, 떠나지 않은 사람들에 대해서는 무엇을 놓칠까요?"),
};
static const crs_persona fx_personas[2] = {
    {.id = "young-ok",
     .name = TX("Young-ok, 34", "영옥, 34세"),
     .start = 0,
     .description = TX("A seamstress from Musan with a daughter at school.",
                       "학교에 다니는 딸을 둔 무산의 재봉사.")},
    {.id = "chul",
     .name = TX("Chul, 17", "철, 17세"),
     .start = 0,
     .description =
         TX("A student whose school has stopped serving lunch.", "학교 급식이 끊긴 학생.")},
};

static crs_scenario fx_scenario = {
    .file = "fixture.json",
    .id = "fixture-winter-river",
    .version = "1.0.0",
    .nlangs = 2,
    .langs = {{.code = "en", .name = "English", .status = "reviewed"},
              {.code = "ko", .name = "한국어", .status = "draft"}},
    .title = TX("The winter river", "겨울 강"),
    .summary = TX("1998: a seamstress from Musan weighs crossing the frozen Tumen for food and "
                  "work.",
                  "1998년, 무산의 재봉사가 먹을 것과 일을 찾아 언 두만강을 건널지 고민한다."),
    .audience = TX("students from 13, museum visitors", "13세 이상 학생, 박물관 관람객"),
    .content_note = TX("This story deals with hunger, illegal border crossing and working "
                       "without papers. Nothing violent is shown.",
                       "이 이야기는 굶주림, 불법 월경, 신분 없는 노동을 다룹니다. 폭력적인 "
                       "장면은 나오지 않습니다."),
    .era_from = 1998,
    .era_to = 1999,
    .nsources = 1,
    .sources = fx_sources,
    .nvars = 2,
    .vars = fx_vars,
    .npersonas = 2,
    .personas = fx_personas,
    .nstages = 3,
    .stages = fx_stages,
    .nnodes = 3,
    .nodes = fx_nodes,
    .nendings = 2,
    .endings = fx_endings,
    .ndists = 1,
    .dists = fx_dists,
    .nquestions = 2,
    .questions = fx_questions,
};

#endif
