/* `crossings stats [--csv] LOG...`: aggregates anonymous session logs from one or many kiosks.
 * Malformed lines are reported on stderr and skipped, never fatal. */
#include "cli.h"

#include <string.h>
#include "crossings/analytics.h"

static const char stats_help[] =
    "Usage: crossings stats [--csv] LOG...\n"
    "Aggregate anonymous session logs (one JSON line per session) from one or many kiosks:\n"
    "sessions per scenario and language, share of each ending, how visitors split at each\n"
    "choice, median time per choice by stage, and where visitors left.\n\n"
    "  --csv    print CSV rows (section,scenario,key,subkey,value) instead of tables\n\n"
    "Exit status: 0 done (skipped lines are reported on stderr), 2 usage error or a log that\n"
    "cannot be read.\n";

int crs_cli_stats(int argc, char **argv)
{
    int csv = 0, nfiles = 0, status = 0;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
            return fputs(stats_help, stdout), 0;
        if (strcmp(argv[i], "--csv") == 0)
            csv = 1;
        else if (argv[i][0] == '-' && argv[i][1])
            return crs_cli_usage_error("stats", "unknown option '%s'", argv[i]);
        else
            nfiles++;
    }
    if (!nfiles) return crs_cli_usage_error("stats", "no log file given");
    crs_stats *st = crs_stats_new();
    crs_diags d = {0};
    d.max_items = 1000;
    for (int i = 0; st && i < argc; i++) {
        if (argv[i][0] == '-' && argv[i][1]) continue;
        if (crs_stats_add_file(st, argv[i], &d) != 0) status = 2;
    }
    crs_cli_print_diags(stderr, &d);
    crs_buf out = {0};
    if (!st || (csv ? crs_stats_report_csv(st, &out) : crs_stats_report_text(st, &out)) != 0) {
        fprintf(stderr, "crossings stats: out of memory\n");
        status = 1;
    }
    crs_cli_write(stdout, crs_buf_str(&out));
    crs_buf_free(&out);
    crs_diags_clear(&d);
    crs_stats_free(st);
    return status;
}
