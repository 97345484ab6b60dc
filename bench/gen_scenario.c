/* Generates a valid scenario of N nodes on stdout, for timing load + validate at scale:
 * a chain over the six stages, each node with a direct choice and, every tenth, weighted outcomes.
 */
#include <stdio.h>
#include <stdlib.h>

static const char *const kinds[6] = {"resettled_south_korea", "settled_third_country",
                                     "staying_in_china",      "returned_north_korea",
                                     "repatriated",           "still_in_transit"};
static const char *const stages[6] = {"departure", "border",  "china",
                                      "transit",   "arrival", "resettlement"};

static void header(void)
{
    puts("{\"format\": \"crossings-scenario/1\", \"id\": \"generated\", \"version\": \"1.0.0\",\n"
         " \"languages\": [{\"code\": \"en\", \"name\": \"English\", \"status\": \"reviewed\", "
         "\"reviewer\": \"generator\"}],\n"
         " \"title\": {\"en\": \"Generated\"}, \"summary\": {\"en\": \"A generated chain.\"},\n"
         " \"audience\": {\"en\": \"Benchmarks\"}, \"content_note\": {\"en\": \"None.\"},\n"
         " \"era\": {\"from\": 1999, \"to\": 1999},\n"
         " \"sources\": [{\"id\": \"src\", \"author\": \"A\", \"title\": \"T\", \"year\": "
         "\"1999\"}],\n"
         " \"variables\": [{\"id\": \"months\", \"type\": \"int\", \"min\": 0, \"max\": 1000000,\n"
         "   \"label\": {\"en\": \"Months\"}}],\n"
         " \"personas\": [{\"id\": \"p\", \"name\": {\"en\": \"P\"}, \"description\": {\"en\": "
         "\"A composite.\"}, \"start\": \"n0\"}],");
    fputs(" \"stages\": [", stdout);
    for (int i = 0; i < 6; i++)
        printf("%s\n  {\"id\": \"%s\", \"kind\": \"%s\", \"title\": {\"en\": \"%s\"}, "
               "\"notes\": {\"en\": \"n\"}, \"questions\": [{\"en\": \"q\"}, {\"en\": \"q\"}]}",
               i ? "," : "", stages[i], stages[i], stages[i]);
    puts("],");
}

/* Where node i's chain continues: the next node, or the first ending after the last node. */
static void next_of(long i, long n)
{
    if (i + 1 < n)
        printf("\"next\": \"n%ld\"", i + 1);
    else
        printf("\"ending\": \"e0\"");
}

static void node(long i, long n)
{
    printf("%s\n  {\"id\": \"n%ld\", \"stage\": \"%s\", \"text\": {\"en\": \"Step %ld.\"}, "
           "\"choices\": [{\"id\": \"on\", \"label\": {\"en\": \"On\"}, \"effects\": "
           "{\"months\": 1}, ",
           i ? "," : "", i, stages[i * 6 / n], i);
    next_of(i, n);
    putchar('}');
    if (i % 10 == 0) {
        printf(", {\"id\": \"try\", \"label\": {\"en\": \"Try\"}, \"outcomes\": ["
               "{\"id\": \"ok\", \"weight\": 60, \"text\": {\"en\": \"On.\"}, ");
        next_of(i, n);
        printf(", \"cite\": {\"source\": \"src\", \"figure\": {\"en\": \"60%%\"}, \"year\": "
               "\"1999\", \"population\": {\"en\": \"a survey\"}}}, "
               "{\"id\": \"end\", \"weight\": {\"base\": 40, \"adjust\": [{\"if\": {\"months\": "
               "{\"min\": 50}}, \"times\": 0.5}]}, \"text\": {\"en\": \"Stop.\"}, \"ending\": "
               "\"e%ld\", \"illustrative\": true}]}",
               1 + (i / 10) % 5);
    }
    fputs("]}", stdout);
}

static void footer(void)
{
    fputs("],\n \"endings\": [", stdout);
    for (int k = 0; k < 6; k++)
        printf("%s\n  {\"id\": \"e%d\", \"kind\": \"%s\", \"title\": {\"en\": \"E%d\"}, "
               "\"text\": {\"en\": \"An ending.\"}}",
               k ? "," : "", k, kinds[k], k);
    puts("],\n \"debrief\": {\"questions\": [{\"en\": \"Why?\"}], \"distributions\": [\n"
         "  {\"id\": \"kinds\", \"title\": {\"en\": \"Kinds\"}, \"tolerance\": 5,\n"
         "   \"cite\": {\"source\": \"src\", \"figure\": {\"en\": \"x\"}, \"year\": \"1999\", "
         "\"population\": {\"en\": \"a survey\"}},\n"
         "   \"bars\": [{\"label\": {\"en\": \"South Korea\"}, \"value\": 50, \"kinds\": "
         "[\"resettled_south_korea\"]},\n"
         "            {\"label\": {\"en\": \"Other\"}, \"value\": 50, \"kinds\": "
         "[\"settled_third_country\", \"staying_in_china\", \"returned_north_korea\", "
         "\"repatriated\", \"still_in_transit\"]}]}]}\n}");
}

int main(int argc, char **argv)
{
    long n = argc > 1 ? strtol(argv[1], NULL, 10) : 0;
    if (n < 60) {
        fputs("usage: gen_scenario NODES (at least 60) > file.json\n", stderr);
        return 2;
    }
    header();
    fputs(" \"nodes\": [", stdout);
    for (long i = 0; i < n; i++) node(i, n);
    footer();
    return 0;
}
