/* Command-line front ends over the core: each command takes argc/argv after its name and
 * returns the process exit status (0 success, 1 scenario errors, 2 usage or unreadable input). */
#ifndef CRS_CLI_H
#define CRS_CLI_H

#include <stdint.h>
#include <stdio.h>
#include "crossings/datadir.h" /* crs_data_dir, shared with the game window */
#include "crossings/scenario.h"

int crs_cli_check(int argc, char **argv);
int crs_cli_run(int argc, char **argv);
int crs_cli_stats(int argc, char **argv);
int crs_cli_replay(int argc, char **argv);
int crs_cli_i18n_status(int argc, char **argv); /* i18n.c */

/* Prints diagnostics as crs_cli_print_diags does, in lang ("en" or NULL: English). */
void crs_cli_print_diags_lang(FILE *f, const crs_diags *d, const char *lang);

/* Writes s to f with control characters made visible (ESC as \x1b, a C1 control as \u009b;
 * newline and tab kept), so scenario text or a log cannot drive the terminal. */
void crs_cli_write(FILE *f, const char *s);
/* Prints every diagnostic compiler-style to f. */
void crs_cli_print_diags(FILE *f, const crs_diags *d);
/* Loads a scenario printing its diagnostics; sets *status to 1 (errors) or 2 (unreadable). */
crs_scenario *crs_cli_load(const char *path, int *status);
/* Parses a non-negative integer option value; returns -1 when it is not one. */
int crs_cli_parse_u64(const char *s, uint64_t *out);
/* Writes "crossings: message" plus a hint to run --help; returns 2. */
int crs_cli_usage_error(const char *command, const char *fmt, ...)
#if defined(__GNUC__) || defined(__clang__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

#endif
