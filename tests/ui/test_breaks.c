/* Line-break opportunities (breaks.c): the Unicode algorithm through libunibreak, with Hangul
 * taken as letters so that Korean keeps its words whole. Each case writes the text with a '|'
 * wherever a line may start. Built a second time as test_breaks_reduced, against breaks.c's
 * reduced rules (the browser build's when it has no libunibreak): where the two differ, the
 * reduced rules' answer follows REDUCED. */
#include "check.h"

#include <stdlib.h>
#include <string.h>
#include "text/breaks.h"

#ifdef CRS_BREAKS_REDUCED
#define UAX14(full, reduced) reduced
#else
#define UAX14(full, reduced) full
#endif

/* s with '|' at each break opportunity. */
static const char *marked(const char *s)
{
    static char out[1024];
    size_t len = strlen(s), o = 0;
    char brk[512];
    CHECK(len < sizeof brk);
    CHECK_INT(crs_linebreaks(s, len, brk), 0);
    for (size_t i = 0; i < len && o + 2 < sizeof out; i++) {
        if (brk[i]) out[o++] = '|';
        out[o++] = s[i];
    }
    out[o] = 0;
    return out;
}

static void english_breaks_after_spaces_and_hyphens(void)
{
    CHECK_STR(marked("The winter river, in 1998."), "The |winter |river, |in |1998.");
    /* UAX #14: after a hyphen between letters, never before closing punctuation or after
     * opening punctuation, never inside a number. */
    CHECK_STR(marked("A well-known road (north)."),
              UAX14("A |well-|known |road |(north).", "A |well-known |road |(north)."));
    CHECK_STR(marked("12,000 people \"left\" ..."), "12,000 |people |\"left\" ...");
    CHECK_STR(marked("dash — and"), "dash |— |and");
}

static void korean_keeps_words_whole(void)
{
    /* Without the tailoring, libunibreak breaks between every two syllables (they are H2/H3,
     * like ideographs) and between "1998" and "년". */
    CHECK_STR(marked("북한에서 1998년 (두만강) 건넜다."), "북한에서 |1998년 |(두만강) |건넜다.");
    CHECK_STR(marked("\"가자\", 그가 말했다!"), "\"가자\", |그가 |말했다!");
    CHECK_STR(marked("강을건너는긴단어"), "강을건너는긴단어"); /* no space: no break at all */
}

static void chinese_breaks_between_characters_not_before_closing_punctuation(void)
{
    CHECK_STR(marked("冬天很冷。他说：「走吧」（明天）"),
              "冬|天|很|冷。|他|说：|「走|吧」|（明|天）");
    CHECK_STR(marked("图们江，一九九八年；还有……"), "图|们|江，|一|九|九|八|年；|还|有……");
    /* Japanese too: kana and kanji break, the small kana and the long mark not before. */
    CHECK_STR(marked("日本語のテキスト、ですね。"), "日|本|語|の|テ|キ|ス|ト、|で|す|ね。");
}

static void mixed_scripts(void)
{
    CHECK_STR(marked("图们江 Tumen River 두만강，渡江。"),
              "图|们|江 |Tumen |River |두만강，|渡|江。");
    CHECK_STR(marked("Seoul（首尔）서울"), UAX14("Seoul（首|尔）|서울", "Seoul|（首|尔）|서울"));
}

static void edges(void)
{
    char brk[8] = {9, 9, 9, 9, 9, 9, 9, 9};
    CHECK_INT(crs_linebreaks("", 0, brk), 0);
    CHECK_INT(brk[0], 9); /* nothing written for empty text */
    CHECK_STR(marked("a"), "a");
    CHECK_STR(marked("   "), "   ");
    /* Malformed UTF-8 counts as one replacement character and is not split. */
    CHECK_STR(marked("a \xE4\xB8 b"), "a |\xE4\xB8 |b");
    CHECK_INT((int)crs_utf8_at("\xE4\xB8", 0, 2), 0xFFFD);
    CHECK_INT((int)crs_utf8_at("中", 0, 3), 0x4E2D);
    CHECK_INT((int)crs_utf8_next("中a", 0, 4), 3);
}

int main(void)
{
    static const check_case cases[] = {
        {"english_breaks_after_spaces_and_hyphens", english_breaks_after_spaces_and_hyphens},
        {"korean_keeps_words_whole", korean_keeps_words_whole},
        {"chinese_breaks_between_characters_not_before_closing_punctuation",
         chinese_breaks_between_characters_not_before_closing_punctuation},
        {"mixed_scripts", mixed_scripts},
        {"edges", edges},
    };
    return check_run("ui_breaks", cases, sizeof cases / sizeof cases[0]);
}
