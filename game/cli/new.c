/* `crossings new FILE`: writes a complete starter scenario that passes `check` with no warning
 * (two stages, a cited outcome and an illustrative one, two endings, English and Korean), with
 * "$schema" pointing at the format's schema from wherever the file is written. */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cli.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

static const char new_help[] =
    "Usage: crossings new FILE [--force]\n"
    "Write a starter scenario to FILE: two stages, a cited outcome and an illustrative one,\n"
    "two endings, English and Korean text, facilitator notes and questions, and \"$schema\"\n"
    "set so that editors complete and check the file. It passes 'crossings check' as it is;\n"
    "edit it from there (see scenarios/FORMAT.md).\n\n"
    "  --force   replace FILE if it exists (by default an existing file is left alone)\n\n"
    "Exit status: 0 written, 2 usage error or the file cannot be written.\n";

/* The starter in three parts (C99 compilers need take only 4095 bytes a string); the first is
 * a format whose %s is the "$schema" path. Every figure is from the 1999 survey the shipped
 * scenarios also cite (Lim and Chung, Table 1); the rest is marked illustrative. */
static const char starter_head[] =
    "{\n"
    "  \"$schema\": \"%s\",\n"
    "  \"_comment\": \"A starter scenario written by 'crossings new'. Change the id, the texts "
    "and the figures; run 'crossings check' after each change, or 'crossings --watch' on this "
    "file to play it as you edit.\",\n"
    "  \"format\": \"crossings-scenario/1\",\n"
    "  \"id\": \"my-scenario\",\n"
    "  \"version\": \"0.1.0\",\n"
    "  \"languages\": [\n"
    "    {\"code\": \"en\", \"name\": \"English\", \"status\": \"draft\"},\n"
    "    {\"code\": \"ko\", \"name\": \"한국어\", \"status\": \"draft\"}\n"
    "  ],\n"
    "  \"title\": {\"en\": \"A first crossing\", \"ko\": \"첫 번째 건너기\"},\n"
    "  \"summary\": {\"en\": \"A short route from the river to a stay in China.\",\n"
    "              \"ko\": \"강에서 중국 체류까지의 짧은 경로입니다.\"},\n"
    "  \"audience\": {\"en\": \"Students from 13\", \"ko\": \"13세 이상 학생\"},\n"
    "  \"content_note\": {\"en\": \"Deals with leaving home and living without papers.\",\n"
    "                   \"ko\": \"집을 떠나는 일과 서류 없이 지내는 삶을 다룹니다.\"},\n"
    "  \"era\": {\"from\": 1998, \"to\": 1999},\n"
    "  \"sources\": [\n"
    "    {\"id\": \"lim-chung\", \"author\": \"Lim Hyun-Chin and Chung Young Chul\",\n"
    "     \"title\": \"The Political and Human Rights Issues Surrounding North Korean "
    "Defectors\",\n"
    "     \"publisher\": \"academic paper\", \"year\": \"c. 2005\", \"section\": \"Table 1\"}\n"
    "  ],\n"
    "  \"variables\": [\n"
    "    {\"id\": \"months\", \"type\": \"int\", \"min\": 0, \"max\": 600, \"initial\": 0,\n"
    "     \"label\": {\"en\": \"Months away\", \"ko\": \"떠나 있은 개월 수\"}, \"shown\": true}\n"
    "  ],\n"
    "  \"personas\": [\n"
    "    {\"id\": \"ji-won\", \"name\": {\"en\": \"Ji-won\", \"ko\": \"지원\"},\n"
    "     \"description\": {\"en\": \"A composite: a factory worker in her thirties whose wages "
    "stopped coming.\",\n"
    "                     \"ko\": \"가상의 인물: 임금이 끊긴 30대 공장 노동자입니다.\"},\n"
    "     \"start\": \"river\"}\n"
    "  ],\n";
static const char *const starter_rest[] = {
    "  \"stages\": [\n"
    "    {\"id\": \"border\", \"kind\": \"border\",\n"
    "     \"title\": {\"en\": \"The river\", \"ko\": \"강\"},\n"
    "     \"intro\": {\"en\": \"Late winter. The river is still frozen.\",\n"
    "               \"ko\": \"늦겨울입니다. 강은 아직 얼어 있습니다.\"},\n"
    "     \"map\": {\"lon\": 129.6, \"lat\": 42.9, \"place\": {\"en\": \"Tumen River\", \"ko\": "
    "\"두만강\"}},\n"
    "     \"notes\": {\"en\": \"Ask what the group thinks people weigh before they cross.\",\n"
    "               \"ko\": \"사람들이 건너기 전에 무엇을 따져 보는지 모둠에 물어보십시오.\"},\n"
    "     \"questions\": [{\"en\": \"What would you need to know before leaving?\",\n"
    "                    \"ko\": \"떠나기 전에 무엇을 알아야 할까요?\"},\n"
    "                   {\"en\": \"Who decides, and who is left behind?\",\n"
    "                    \"ko\": \"누가 결정하고, 누가 남게 될까요?\"}]},\n"
    "    {\"id\": \"china\", \"kind\": \"china\",\n"
    "     \"title\": {\"en\": \"Across the river\", \"ko\": \"강 건너\"},\n"
    "     \"intro\": {\"en\": \"A market town on the Chinese side.\",\n"
    "               \"ko\": \"중국 쪽의 시장 마을입니다.\"},\n"
    "     \"notes\": {\"en\": \"The figure comes from a 1999 survey of people in China; it does "
    "not count those who never crossed.\",\n"
    "               \"ko\": \"이 수치는 1999년 중국에 있던 사람들을 조사한 것으로, 건너지 않은 "
    "사람은 세지 않습니다.\"},\n"
    "     \"questions\": [{\"en\": \"Why might a stay be short?\",\n"
    "                    \"ko\": \"체류가 짧은 까닭은 무엇일까요?\"},\n"
    "                   {\"en\": \"What does a survey in China leave out?\",\n"
    "                    \"ko\": \"중국에서 한 조사가 놓치는 것은 무엇일까요?\"}]}\n"
    "  ],\n",
    "  \"nodes\": [\n"
    "    {\"id\": \"river\", \"stage\": \"border\",\n"
    "     \"text\": {\"en\": \"Ji-won stands at the bank at dusk. A neighbour has said the "
    "ice holds.\",\n"
    "              \"ko\": \"해 질 녘, 지원은 강가에 서 있습니다. 이웃은 얼음이 버틴다고 "
    "했습니다.\"},\n"
    "     \"choices\": [\n"
    "       {\"id\": \"cross\", \"label\": {\"en\": \"Cross the ice\", \"ko\": \"얼음을 "
    "건넌다\"},\n"
    "        \"effects\": {\"months\": 1}, \"next\": \"town\"},\n"
    "       {\"id\": \"turn-back\", \"label\": {\"en\": \"Go back home\", \"ko\": \"집으로 "
    "돌아간다\"},\n"
    "        \"ending\": \"went-home\"}\n"
    "     ]},\n"
    "    {\"id\": \"town\", \"stage\": \"china\",\n"
    "     \"text\": {\"en\": \"In the market town a restaurant owner offers her a few weeks of "
    "kitchen work.\",\n"
    "              \"ko\": \"시장 마을에서 한 식당 주인이 지원에게 몇 주 동안 주방 일을 "
    "제안합니다.\"},\n"
    "     \"choices\": [\n"
    "       {\"id\": \"work\", \"label\": {\"en\": \"Take the work\", \"ko\": \"일을 "
    "맡는다\"},\n"
    "        \"outcomes\": [\n"
    "          {\"id\": \"short-stay\", \"weight\": 50.3,\n"
    "           \"text\": {\"en\": \"Within three months she has earned enough to carry food "
    "home, and she crosses back.\",\n"
    "                    \"ko\": \"석 달이 되기 전에 집에 가져갈 식량을 살 만큼 벌어, "
    "지원은 다시 강을 건넙니다.\"},\n"
    "           \"effects\": {\"months\": 1}, \"ending\": \"went-home\",\n"
    "           \"cite\": {\"source\": \"lim-chung\", \"where\": \"Table 1\",\n"
    "                    \"figure\": {\"en\": \"50.3% had been in China less than three "
    "months\",\n"
    "                               \"ko\": \"50.3%가 중국에 머문 지 3개월 미만\"},\n"
    "                    \"year\": \"1999\",\n"
    "                    \"population\": {\"en\": \"survey of 28,472 North Koreans in "
    "north-east China\",\n"
    "                                   \"ko\": \"중국 동북부의 북한 주민 28,472명 조사\"},\n"
    "                    \"derivation\": \"weights 50.3 / 49.7: shares under and over three "
    "months\",\n"
    "                    \"derive\": {\"share\": 50.3}}},\n"
    "          {\"id\": \"long-stay\", \"weight\": 49.7,\n"
    "           \"text\": {\"en\": \"The weeks become months. She stays on, working where "
    "she can.\",\n"
    "                    \"ko\": \"몇 주가 몇 달이 됩니다. 지원은 일할 수 있는 곳에서 일하며 "
    "머뭅니다.\"},\n"
    "           \"effects\": {\"months\": {\"set\": 12}}, \"ending\": \"stayed\",\n"
    "           \"illustrative\": true,\n"
    "           \"illustrative_note\": {\"en\": \"The survey counts how long people had "
    "stayed, not what came next: this outcome is for play.\",\n"
    "                                 \"ko\": \"조사는 머문 기간만 셀 뿐 그 뒤의 일은 세지 "
    "않습니다. 이 결과는 놀이를 위한 것입니다.\"}}\n"
    "        ]}\n"
    "     ]}\n"
    "  ],\n",
    "  \"endings\": [\n"
    "    {\"id\": \"went-home\", \"kind\": \"returned_north_korea\", \"stage\": \"border\",\n"
    "     \"title\": {\"en\": \"Back across the river\", \"ko\": \"다시 강을 건너\"},\n"
    "     \"text\": {\"en\": \"Ji-won is home. Many made this crossing more than once.\",\n"
    "              \"ko\": \"지원은 집에 있습니다. 많은 이들이 이 길을 여러 번 "
    "오갔습니다.\"}},\n"
    "    {\"id\": \"stayed\", \"kind\": \"staying_in_china\", \"stage\": \"china\",\n"
    "     \"title\": {\"en\": \"Staying on\", \"ko\": \"머무르기\"},\n"
    "     \"text\": {\"en\": \"Ji-won stays in China, without papers, for now.\",\n"
    "              \"ko\": \"지원은 당분간 서류 없이 중국에 머뭅니다.\"},\n"
    "     \"facts\": [{\"text\": {\"en\": \"Nearly half of those surveyed had been in China "
    "three months or more.\",\n"
    "                        \"ko\": \"조사 대상의 절반 가까이가 중국에 3개월 이상 "
    "머물렀습니다.\"},\n"
    "                \"cite\": {\"source\": \"lim-chung\", \"where\": \"Table 1\",\n"
    "                         \"figure\": {\"en\": \"49.7% had been in China three months or "
    "more\",\n"
    "                                    \"ko\": \"49.7%가 중국에 머문 지 3개월 이상\"},\n"
    "                         \"year\": \"1999\",\n"
    "                         \"population\": {\"en\": \"survey of 28,472 North Koreans in "
    "north-east China\",\n"
    "                                        \"ko\": \"중국 동북부의 북한 주민 28,472명 "
    "조사\"}}}]}\n"
    "  ],\n"
    "  \"debrief\": {\n"
    "    \"questions\": [{\"en\": \"What surprised you about the length of a stay?\",\n"
    "                   \"ko\": \"체류 기간에 대해 무엇이 놀라웠습니까?\"}],\n"
    "    \"distributions\": [\n"
    "      {\"id\": \"stay-length\", \"title\": {\"en\": \"How long people had been in China\", "
    "\"ko\": \"중국에 머문 기간\"},\n"
    "       \"note\": {\"en\": \"One survey from 1999; later years differ.\",\n"
    "                \"ko\": \"1999년의 조사 하나이며, 이후의 해는 다릅니다.\"},\n"
    "       \"cite\": {\"source\": \"lim-chung\", \"where\": \"Table 1\",\n"
    "                \"figure\": {\"en\": \"50.3% under three months, 49.7% three months or "
    "more\",\n"
    "                           \"ko\": \"3개월 미만 50.3%, 3개월 이상 49.7%\"},\n"
    "                \"year\": \"1999\",\n"
    "                \"population\": {\"en\": \"survey of 28,472 North Koreans in north-east "
    "China\",\n"
    "                               \"ko\": \"중국 동북부의 북한 주민 28,472명 조사\"}},\n"
    "       \"bars\": [\n"
    "         {\"label\": {\"en\": \"Under three months\", \"ko\": \"3개월 미만\"}, \"value\": "
    "50.3,\n"
    "          \"var\": \"months\", \"max\": 2},\n"
    "         {\"label\": {\"en\": \"Three months or more\", \"ko\": \"3개월 이상\"}, \"value\": "
    "49.7,\n"
    "          \"var\": \"months\", \"min\": 3}\n"
    "       ]}\n"
    "    ]\n"
    "  }\n"
    "}\n"};

/* The folder part of path made absolute (it must exist); 0, or -1 with errno set. */
static int abs_dir(const char *path, char *out)
{
    char dir[PATH_MAX];
    const char *slash = strrchr(path, '/');
    if (!slash)
        strcpy(dir, ".");
    else if (slash == path)
        strcpy(dir, "/");
    else
        snprintf(dir, sizeof dir, "%.*s", (int)(slash - path), path);
    return realpath(dir, out) ? 0 : -1;
}

/* The path of target relative to the folder from (both absolute, no trailing slash). */
static void relative(const char *from, const char *target, char *out, size_t cap)
{
    size_t common = 0;
    for (size_t i = 0;; i++) {
        char f = from[i], t = target[i];
        if ((f == '/' || f == 0) && (t == '/' || t == 0)) common = i;
        if (f != t || f == 0) break;
    }
    out[0] = 0;
    for (const char *p = from + common; *p; p++)
        if (*p == '/') strncat(out, "../", cap - strlen(out) - 1);
    if (!out[0]) strncat(out, "./", cap - 1);
    strncat(out, target + common + (target[common] == '/'), cap - strlen(out) - 1);
}

/* The "$schema" value for a file written at path: the schema relative to its folder, or the
 * absolute path when the two share nothing but the root. */
static void schema_ref(const char *path, char *out, size_t cap)
{
    char dir[PATH_MAX], schema[PATH_MAX], want[PATH_MAX + 32];
    snprintf(want, sizeof want, "%s/scenarios/schema.json", crs_data_dir());
    if (!realpath(want, schema) || abs_dir(path, dir) != 0) {
        snprintf(out, cap, "%s", want);
        return;
    }
    relative(strcmp(dir, "/") ? dir : "", schema, out, cap);
}

int crs_cli_new(int argc, char **argv); /* dispatched from main.c */

int crs_cli_new(int argc, char **argv)
{
    const char *file = NULL;
    int force = 0;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h")) return fputs(new_help, stdout), 0;
        if (!strcmp(argv[i], "--force"))
            force = 1;
        else if (argv[i][0] == '-' && argv[i][1])
            return crs_cli_usage_error("new", "unknown option '%s'", argv[i]);
        else if (file)
            return crs_cli_usage_error("new", "more than one file given");
        else
            file = argv[i];
    }
    if (!file)
        return crs_cli_usage_error("new", "no file given (e.g. crossings new my-route.json)");
    struct stat st;
    if (!force && stat(file, &st) == 0)
        return crs_cli_usage_error("new", "%s exists; choose another name or add --force", file);
    char ref[PATH_MAX + 64], esc[2 * sizeof ref];
    schema_ref(file, ref, sizeof ref);
    size_t n = 0; /* a JSON string: escape quotes and backslashes a folder name may hold */
    for (const char *p = ref; *p && n + 2 < sizeof esc; p++) {
        if (*p == '"' || *p == '\\') esc[n++] = '\\';
        esc[n++] = *p;
    }
    esc[n] = 0;
    FILE *f = fopen(file, "w");
    if (!f) {
        fprintf(stderr, "crossings new: %s: %s\n", file, strerror(errno));
        return 2;
    }
    fprintf(f, starter_head, esc);
    for (size_t i = 0; i < sizeof starter_rest / sizeof starter_rest[0]; i++)
        fputs(starter_rest[i], f);
    if (fclose(f) != 0) {
        fprintf(stderr, "crossings new: %s: %s\n", file, strerror(errno));
        return 2;
    }
    printf("%s: written. Next: crossings check %s, then crossings --watch %s\n", file, file, file);
    return 0;
}
