/* Workshop exports and transcripts over the minimal fixture: the record's session facts (seed,
 * session code, date, scenario id and version), the ending with its kind, "your ending" among
 * the documented shares, a mid-journey record, steps replayed by a stage jump, and no doubled
 * "Illustrative:" label. */
#include "check.h"
#include "crossings/export.h"
#include "crossings/messages.h"
#include "crossings/transcript.h"
#include "scenario_text.h"

/* minimal.json with the illustrative outcome's note removed, so the long label is used. */
static crs_scenario *load_without_note(void)
{
    char *t = minimal_text();
    t = mutate(
        t, ",\n           \"illustrative_note\": {\"en\": \"For play.\", \"ko\": \"놀이용.\"}", "");
    crs_diags d = {0};
    crs_scenario *s = load_text(t, &d);
    CHECK(s != NULL);
    crs_diags_clear(&d);
    free(t);
    return s;
}

/* Plays cross, then stay with the illustrative outcome "later" (ending "stayed"). */
static crs_engine *play_to_stayed(const crs_scenario *s, int replay_first)
{
    crs_engine *e = crs_engine_new(s, 0, 42, NULL);
    CHECK(e != NULL);
    CHECK_INT(crs_engine_choose_outcome(e, 0, -1, NULL, NULL), 0);
    if (replay_first) crs_engine_mark_replayed(e);
    CHECK_INT(crs_engine_choose_outcome(e, 0, 1, NULL, NULL), 0);
    CHECK(crs_engine_ended(e));
    return e;
}

static char *export_of(const crs_engine *e, int lang, int html, const char *when)
{
    crs_buf b = {0};
    CHECK_INT(html ? crs_export_html(e, lang, when, &b) : crs_export_markdown(e, lang, when, &b),
              0);
    return b.data;
}

static void record_carries_the_session(void)
{
    crs_scenario *s = load_without_note();
    if (!s) return;
    crs_engine *e = play_to_stayed(s, 0);
    for (int html = 0; html < 2; html++) {
        char *doc = export_of(e, 0, html, "2026-12-03 10:15");
        CHECK_CONTAINS(doc, "minimal 1.0.0");
        CHECK_CONTAINS(doc, "Seed");
        CHECK_CONTAINS(doc, "42");
        CHECK_CONTAINS(doc, "Session code");
        CHECK_CONTAINS(doc, "2026-12-03 10:15");
        CHECK_CONTAINS(doc, "Kind of ending");
        CHECK_CONTAINS(doc, "Staying in China");
        CHECK_CONTAINS(doc, "Illustrative");
        CHECK(strstr(doc, "Illustrative:** Illustrative") == NULL);
        CHECK(strstr(doc, "Illustrative:</b> Illustrative") == NULL);
        CHECK(strstr(doc, "Journey not finished") == NULL);
        free(doc);
    }
    char *ko = export_of(e, 1, 0, NULL);
    CHECK_CONTAINS(ko, "중국에 머무름");
    CHECK(strstr(ko, "예시:** 예시") == NULL);
    free(ko);
    crs_engine_free(e);
    crs_scenario_free(s);
}

/* The debrief's "Under 3 months" bar counts months <= 2: the ending sets months to 12, so
 * only bars that match are marked. */
static void your_ending_is_marked(void)
{
    crs_scenario *s = load_without_note();
    if (!s) return;
    crs_engine *e = crs_engine_new(s, 0, 1, NULL);
    CHECK_INT(crs_engine_choose_outcome(e, 1, -1, NULL, NULL), 0); /* go home: went-home */
    char *doc = export_of(e, 0, 0, NULL);
    CHECK_CONTAINS(doc, "Home: 49.7% (your ending)");
    CHECK_CONTAINS(doc, "Returned: 0.0% (your ending)");
    CHECK_CONTAINS(doc, "Under 3 months: 50.3% (your ending)"); /* months is 1 */
    CHECK(strstr(doc, "Date and time") == NULL);                /* none given */
    free(doc);
    crs_engine_free(e);
    e = play_to_stayed(s, 0);
    doc = export_of(e, 0, 0, NULL);
    CHECK(strstr(doc, "(your ending)") == NULL);
    free(doc);
    crs_engine_free(e);
    crs_scenario_free(s);
}

static void mid_journey_record_says_so(void)
{
    crs_scenario *s = load_without_note();
    if (!s) return;
    crs_engine *e = crs_engine_new(s, 0, 1, NULL);
    CHECK_INT(crs_engine_choose_outcome(e, 0, -1, NULL, NULL), 0);
    for (int html = 0; html < 2; html++) {
        char *doc = export_of(e, 0, html, NULL);
        CHECK_CONTAINS(doc, "Journey not finished");
        CHECK_CONTAINS(doc, "China");
        CHECK(strstr(doc, "(your ending)") == NULL);
        free(doc);
    }
    char *ko = export_of(e, 1, 0, NULL);
    CHECK_CONTAINS(ko, "여정이 끝나지 않았습니다");
    free(ko);
    crs_engine_free(e);
    crs_scenario_free(s);
}

static void replayed_steps_are_marked(void)
{
    crs_scenario *s = load_without_note();
    if (!s) return;
    crs_engine *e = play_to_stayed(s, 1);
    CHECK_INT(crs_engine_history(e, 0)->replayed, 1);
    CHECK_INT(crs_engine_history(e, 1)->replayed, 0);
    for (int html = 0; html < 2; html++) {
        char *doc = export_of(e, 0, html, NULL);
        CHECK_CONTAINS(doc, "Replayed by a stage jump");
        CHECK_CONTAINS(doc, "You chose"); /* the second step was the group's own */
        free(doc);
    }
    crs_buf b = {0};
    CHECK_INT(crs_transcript_text(e, 0, &b), 0);
    CHECK_CONTAINS(crs_buf_str(&b), "[replayed by a stage jump: not the player's choice]");
    crs_buf_free(&b);
    CHECK_INT(crs_transcript_json(e, 0, &b), 0);
    CHECK_CONTAINS(crs_buf_str(&b), "\"replayed\":\ttrue");
    crs_buf_free(&b);
    /* Undo and the same step taken again by the player: no longer marked. */
    CHECK_INT(crs_engine_undo(e), 0);
    CHECK_INT(crs_engine_undo(e), 0);
    CHECK_INT(crs_engine_choose_outcome(e, 0, -1, NULL, NULL), 0);
    CHECK_INT(crs_engine_history(e, 0)->replayed, 0);
    crs_engine_free(e);
    crs_scenario_free(s);
}

/* A catalogue language other than Korean: tumen-1998's Simplified Chinese draft, played to an
 * ending, exports with Chinese labels from po/zh-Hans.po and none of the English ones. */
static void chinese_record_has_chinese_labels(void)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(CRS_SOURCE_DIR "/scenarios/tumen-1998.json", &d);
    crs_diags_clear(&d);
    CHECK(s != NULL);
    if (!s) return;
    int zh = -1;
    for (int l = 0; l < s->nlangs; l++)
        if (!strcmp(s->langs[l].code, "zh-Hans")) zh = l;
    CHECK(zh > 0);
    crs_engine *e = crs_engine_new(s, 0, 7, NULL);
    for (int i = 0; i < 64 && e && !crs_engine_ended(e); i++) {
        int open[16];
        CHECK(crs_engine_available(e, open, 16) > 0);
        CHECK_INT(crs_engine_choose(e, open[0], NULL, NULL), 0);
    }
    CHECK(e && crs_engine_ended(e));
    for (int html = 0; e && zh > 0 && html < 2; html++) {
        char *doc = export_of(e, zh, html, "2026-12-03 10:15");
        static const char *const zh_labels[] = {
            "情景",     "随机种子", "旅程码", "日期和时间",           "人物",     "内容涉及",
            "我的选择", "结局类型", "出处",   "与有据可查的数据对比", "讨论问题", "出处列表"};
        for (size_t k = 0; k < sizeof zh_labels / sizeof *zh_labels; k++)
            CHECK_CONTAINS(doc, zh_labels[k]);
        static const char *const en_labels[] = {"Scenario",      "Seed",
                                                "Session code",  "Date and time",
                                                "Persona",       "Content note",
                                                "You chose",     "Kind of ending",
                                                "Source:",       "Caveat:",
                                                "Figure:",       "Population:",
                                                "Compared with", "Discussion questions",
                                                "Sources"};
        for (size_t k = 0; k < sizeof en_labels / sizeof *en_labels; k++)
            if (strstr(doc, en_labels[k])) {
                CHECK(!"an English label in the Chinese record");
                fprintf(stderr, "  English label left: %s\n", en_labels[k]);
            }
        free(doc);
    }
    crs_engine_free(e);
    crs_scenario_free(s);
}

/* The long illustrative label in Chinese ends its leading label with a full-width colon, which
 * the export drops as it drops the ASCII one (no "示意性…: 示意性…"). minimal.json gains a
 * zh-Hans draft with no texts of its own, so only the labels are Chinese. */
static void chinese_illustrative_label_not_doubled(void)
{
    char *t = minimal_text();
    t = mutate(t, "{\"code\": \"ko\", \"name\": \"한국어\", \"status\": \"draft\"}",
               "{\"code\": \"ko\", \"name\": \"한국어\", \"status\": \"draft\"},\n"
               "    {\"code\": \"zh-Hans\", \"name\": \"中文\", \"status\": \"draft\"}");
    t = mutate(
        t, ",\n           \"illustrative_note\": {\"en\": \"For play.\", \"ko\": \"놀이용.\"}", "");
    crs_diags d = {0};
    crs_scenario *s = load_text(t, &d);
    free(t);
    crs_diags_clear(&d);
    CHECK(s != NULL);
    if (!s) return;
    CHECK_INT(s->nlangs, 3);
    crs_engine *e = play_to_stayed(s, 0);
    char *md = export_of(e, 2, 0, NULL);
    CHECK_CONTAINS(md, "示意性（非实际数据）:** 没有文献记载的数据");
    CHECK(strstr(md, "示意性（非实际数据）:** 示意性") == NULL);
    CHECK_CONTAINS(md, "结局类型:** 留在中国");
    free(md);
    crs_engine_free(e);
    crs_scenario_free(s);
}

int main(void)
{
    (void)expect_diag;
    crs_msg_set_dir(CRS_LOCALE_DIR); /* the records' labels come from the catalogues */
    static const check_case cases[] = {
        {"record_carries_the_session", record_carries_the_session},
        {"your_ending_is_marked", your_ending_is_marked},
        {"mid_journey_record_says_so", mid_journey_record_says_so},
        {"replayed_steps_are_marked", replayed_steps_are_marked},
        {"chinese_record_has_chinese_labels", chinese_record_has_chinese_labels},
        {"chinese_illustrative_label_not_doubled", chinese_illustrative_label_not_doubled},
    };
    return check_run("export", cases, sizeof cases / sizeof cases[0]);
}
