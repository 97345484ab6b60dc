/* Session logs: format and read back, append with fsync, torn-line repair after a kill,
 * rotation, and the aggregated tables of a known log. */
#include "check.h"
#include "crossings/analytics.h"

#include <signal.h>
#include <time.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static char dir[] = "/tmp/crs-analytics-XXXXXX";

static void record(crs_session_record *r, const char *choice, const char *ending, int secs)
{
    memset(r, 0, sizeof *r);
    r->kiosk = "hall-2";
    r->scenario = "tumen-1998";
    r->version = "1.0.0";
    r->persona = "sun-hee";
    r->lang = "ko";
    r->started = 1764075659; /* 13:00:59 */
    r->seconds = secs * 2;
    r->nsteps = 2;
    r->stages[0] = "border", r->nodes[0] = "river", r->choices[0] = "cross";
    r->stages[1] = "china", r->nodes[1] = "market", r->choices[1] = choice;
    r->step_seconds[0] = secs, r->step_seconds[1] = secs;
    r->ending = ending;
    r->ending_kind = ending ? "staying_in_china" : NULL;
    r->abandoned = ending ? NULL : "china";
}

static void format_is_one_line_rounded_to_minute(void)
{
    crs_session_record r;
    record(&r, "stay", "stayed", 10);
    crs_buf b = {0};
    CHECK_INT(crs_session_format(&r, &b), 0);
    const char *s = crs_buf_str(&b);
    CHECK(strchr(s, '\n') == s + b.len - 1);
    CHECK_CONTAINS(s, "\"started\":\"2025-11-25T13:00Z\"");
    CHECK_CONTAINS(s, "\"choice\":\"stay\"");
    CHECK_CONTAINS(s, "\"abandoned\":null");
    crs_buf_free(&b);
}

static void append_line(const char *path, const crs_session_record *r)
{
    crs_buf b = {0};
    crs_session_format(r, &b);
    crs_diag err;
    CHECK_INT(crs_analytics_append(path, crs_buf_str(&b), 0, 0, &err), 0);
    crs_buf_free(&b);
}

static void known_log_gives_known_table(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/known.jsonl", dir);
    crs_session_record r;
    record(&r, "stay", "stayed", 10);
    append_line(path, &r);
    append_line(path, &r);
    record(&r, "leave", "stayed", 30);
    append_line(path, &r);
    record(&r, "leave", NULL, 20);
    r.nsteps = 1;
    append_line(path, &r);
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    CHECK_INT(crs_stats_add_file(st, path, &d), 0);
    CHECK_INT(d.count, 0);
    CHECK_INT(crs_stats_sessions(st), 4);
    crs_split sp[4];
    int n;
    CHECK_INT(crs_stats_choice_split(st, "tumen-1998", "market", sp, 4, &n), 3);
    CHECK_INT(n, 2);
    CHECK_STR(sp[0].choice, "leave");
    CHECK_INT(sp[0].count, 1);
    CHECK_INT(sp[1].count, 2);
    crs_buf b = {0};
    crs_stats_report_text(st, &b);
    CHECK_CONTAINS(crs_buf_str(&b), "4 sessions");
    CHECK_CONTAINS(crs_buf_str(&b), " 75.0%"); /* 3 of 4 stayed */
    CHECK_CONTAINS(crs_buf_str(&b), " 66.7%"); /* 2 of 3 at the market chose stay */
    CHECK_CONTAINS(crs_buf_str(&b), "15.0 s"); /* border: 10, 10, 20, 30 */
    crs_buf_free(&b);
    crs_stats_report_csv(st, &b);
    CHECK_CONTAINS(crs_buf_str(&b), "abandoned,tumen-1998,china,,1\r\n");
    CHECK_CONTAINS(crs_buf_str(&b), "sessions,tumen-1998,ko,,4\r\n");
    crs_buf_free(&b);
    crs_diags_clear(&d);
    crs_stats_free(st);
}

static void malformed_lines_are_skipped(void)
{
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    crs_stats_add_line(st, "x.jsonl", 1, "{\"scenario\": \"a\"", &d);
    crs_stats_add_line(st, "x.jsonl", 2, "[1,2]", &d);
    crs_stats_add_line(
        st, "x.jsonl", 3,
        "{\"scenario\":\"a|b\",\"lang\":\"en\",\"ending\":\"e\",\"ending_kind\":\"k\","
        "\"abandoned\":null,\"steps\":[]}",
        &d);
    crs_stats_add_line(st, "x.jsonl", 4,
                       "{\"scenario\":\"a\",\"lang\":\"en\",\"ending\":\"e\",\"ending_kind\":\"k\","
                       "\"abandoned\":null,\"steps\":[{\"stage\":\"s\"}]}",
                       &d);
    crs_stats_add_line(st, "x.jsonl", 5, "", &d);
    CHECK_INT(d.count, 4);
    CHECK_INT(d.items[0].line, 1);
    CHECK_INT(crs_stats_sessions(st), 0);
    crs_diags_clear(&d);
    crs_stats_free(st);
}

/* One record per line: a line holding two records, or a record and more text, is skipped with
 * a warning naming the line, rather than counted as one session. */
static void one_record_per_line(void)
{
    static const char rec[] = "{\"scenario\":\"a\",\"lang\":\"en\",\"ending\":\"e\","
                              "\"ending_kind\":\"k\",\"abandoned\":null,\"steps\":[]}";
    char line[4096];
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    crs_stats_add_line(st, "x.jsonl", 1, rec, &d);
    snprintf(line, sizeof line, "%s  \r\n", rec); /* trailing blanks and CRLF are fine */
    crs_stats_add_line(st, "x.jsonl", 2, line, &d);
    CHECK_INT(d.count, 0);
    snprintf(line, sizeof line, "%s%s%s", rec, rec, rec);
    crs_stats_add_line(st, "x.jsonl", 3, line, &d);
    snprintf(line, sizeof line, "%s and then some", rec);
    crs_stats_add_line(st, "x.jsonl", 4, line, &d);
    CHECK_INT(crs_stats_sessions(st), 2);
    CHECK_INT(d.count, 2);
    if (d.count == 2) {
        CHECK_INT(d.items[0].line, 3);
        CHECK_INT(d.items[1].line, 4);
        CHECK_CONTAINS(d.items[0].message, "one record per line");
    }
    crs_diags_clear(&d);
    crs_stats_free(st);
}

/* Ids holding control characters are not ours (and would reach a terminal): skipped. CSV is
 * RFC 4180 (CRLF, quoted when needed) and no cell starts a spreadsheet formula. */
static void hostile_ids_in_reports(void)
{
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    crs_stats_add_line(st, "x.jsonl", 1,
                       "{\"scenario\":\"a\\u001b[2J\",\"lang\":\"en\",\"ending\":\"e\","
                       "\"ending_kind\":\"k\",\"abandoned\":null,\"steps\":[]}",
                       &d);
    CHECK_INT(d.count, 1);
    CHECK_INT(crs_stats_sessions(st), 0);
    crs_stats_add_line(st, "x.jsonl", 2,
                       "{\"scenario\":\"=HYPERLINK(\\\"x\\\",1)\",\"lang\":\"+en\","
                       "\"ending\":\"-e,f\",\"ending_kind\":\"@k\",\"abandoned\":null,"
                       "\"steps\":[]}",
                       &d);
    CHECK_INT(crs_stats_sessions(st), 1);
    crs_buf b = {0};
    crs_stats_report_csv(st, &b);
    const char *csv = crs_buf_str(&b);
    CHECK_CONTAINS(csv, "section,scenario,key,subkey,value\r\n");
    CHECK_CONTAINS(csv, "sessions,\"'=HYPERLINK(\"\"x\"\",1)\",'+en,,1\r\n");
    CHECK_CONTAINS(csv, "ending,\"'=HYPERLINK(\"\"x\"\",1)\",\"'-e,f\",'@k,1\r\n");
    for (const char *p = csv; *p; p++) /* no line starts a formula */
        if (p == csv || p[-1] == '\n') CHECK(!strchr("=+-@", *p));
    crs_buf_free(&b);
    crs_diags_clear(&d);
    crs_stats_free(st);
}

/* A line with no end in sight is skipped without being held whole; the lines around it count.
 * So do a NUL byte's line (skipped) and a last line without its newline (read). */
static void long_and_odd_lines(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/odd.jsonl", dir);
    crs_session_record r;
    record(&r, "stay", "stayed", 10);
    crs_buf good = {0};
    crs_session_format(&r, &good);
    FILE *f = fopen(path, "wb");
    CHECK(f != NULL);
    if (!f) return;
    fputs(crs_buf_str(&good), f);
    for (int i = 0; i < 3 * 1024 * 1024; i++) fputc('x', f); /* 3 MiB, one line */
    fputc('\n', f);
    fwrite("{\"a\":\0}\n", 1, 8, f);
    fputs(crs_buf_str(&good), f);
    fwrite(crs_buf_str(&good), 1, good.len - 1, f); /* no newline at the end */
    fclose(f);
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    CHECK_INT(crs_stats_add_file(st, path, &d), 0);
    CHECK_INT(crs_stats_sessions(st), 3);
    CHECK_INT(d.count, 2);
    if (d.count == 2) {
        CHECK_INT(d.items[0].line, 2);
        CHECK_INT(d.items[0].code, CRS_E_LIMIT);
        CHECK_STR(d.items[0].message, "skipped line: longer than 256 KiB (not a session record)");
        CHECK_INT(d.items[1].line, 3);
        CHECK_STR(d.items[1].message, "skipped line: it contains a NUL byte");
    }
    crs_diags_clear(&d);
    crs_stats_free(st);
    crs_buf_free(&good);
}

static void killed_writer_leaves_earlier_lines_valid(void)
{
    char path[256];
    snprintf(path, sizeof path, "%s/killed.jsonl", dir);
    pid_t pid = fork();
    if (pid == 0) {
        crs_session_record r;
        record(&r, "stay", "stayed", 10);
        crs_buf b = {0};
        crs_session_format(&r, &b);
        for (;;) crs_analytics_append(path, crs_buf_str(&b), 0, 0, NULL);
    }
    struct timespec pause = {0, 150000000};
    nanosleep(&pause, NULL);
    kill(pid, SIGKILL);
    waitpid(pid, NULL, 0);
    /* Simulate the worst case too: a torn tail left by the crash. */
    FILE *f = fopen(path, "ab");
    fputs("{\"v\":1,\"kiosk\":\"hall", f);
    fclose(f);
    crs_session_record r;
    record(&r, "leave", "stayed", 5);
    append_line(path, &r);
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    crs_stats_add_file(st, path, &d);
    CHECK_INT(d.count, 1); /* only the torn line */
    CHECK(crs_stats_sessions(st) >= 2);
    crs_split sp[2];
    int n;
    crs_stats_choice_split(st, "tumen-1998", "market", sp, 2, &n);
    CHECK_INT(n, 2);
    CHECK_STR(sp[0].choice, "leave"); /* the line after the torn one was read whole */
    crs_diags_clear(&d);
    crs_stats_free(st);
}

static void rotation_keeps_size_bounded(void)
{
    char path[256], old[300];
    snprintf(path, sizeof path, "%s/rot.jsonl", dir);
    crs_session_record r;
    record(&r, "stay", "stayed", 10);
    crs_buf b = {0};
    crs_session_format(&r, &b);
    for (int i = 0; i < 50; i++)
        CHECK_INT(crs_analytics_append(path, crs_buf_str(&b), 2000, 2, NULL), 0);
    FILE *f = fopen(path, "rb");
    fseek(f, 0, SEEK_END);
    CHECK(ftell(f) <= 2000);
    fclose(f);
    snprintf(old, sizeof old, "%s.2", path);
    CHECK(access(old, F_OK) == 0);
    snprintf(old, sizeof old, "%s.3", path);
    CHECK(access(old, F_OK) != 0);
    /* files_kept 0: no old file is kept, and the log still never passes max_bytes. */
    snprintf(path, sizeof path, "%s/keep0.jsonl", dir);
    for (int i = 0; i < 50; i++)
        CHECK_INT(crs_analytics_append(path, crs_buf_str(&b), 2000, 0, NULL), 0);
    f = fopen(path, "rb");
    CHECK(f != NULL);
    if (f) {
        fseek(f, 0, SEEK_END);
        CHECK(ftell(f) <= 2000 && ftell(f) > 0);
        fclose(f);
    }
    snprintf(old, sizeof old, "%s.1", path);
    CHECK(access(old, F_OK) != 0);
    crs_buf_free(&b);
    crs_diag err;
    CHECK_INT(crs_analytics_append("/nonexistent-dir/x.jsonl", "{}\n", 0, 0, &err), -1);
    /* A FIFO as the log: refused at once (a pipe nobody reads would block the kiosk when full). */
    snprintf(path, sizeof path, "%s/fifo.jsonl", dir);
    CHECK(mkfifo(path, 0600) == 0);
    CHECK_INT(crs_analytics_append(path, "{}\n", 0, 0, &err), -1);
    CHECK_CONTAINS(err.message, "not a regular file");
    CHECK_INT(err.code, CRS_E_IO);
}

int main(void)
{
    if (!mkdtemp(dir)) return 1;
    static const check_case cases[] = {
        {"format_is_one_line_rounded_to_minute", format_is_one_line_rounded_to_minute},
        {"known_log_gives_known_table", known_log_gives_known_table},
        {"malformed_lines_are_skipped", malformed_lines_are_skipped},
        {"one_record_per_line", one_record_per_line},
        {"hostile_ids_in_reports", hostile_ids_in_reports},
        {"long_and_odd_lines", long_and_odd_lines},
        {"killed_writer_leaves_earlier_lines_valid", killed_writer_leaves_earlier_lines_valid},
        {"rotation_keeps_size_bounded", rotation_keeps_size_bounded},
    };
    int rc = check_run("analytics", cases, sizeof cases / sizeof cases[0]);
    char cmd[300];
    snprintf(cmd, sizeof cmd, "rm -rf %s", dir);
    if (system(cmd) != 0) rc = 1;
    return rc;
}
