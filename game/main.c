/* crossings: command line and dispatch. Subcommands run headless over the core; with no
 * subcommand the game window opens (when built with the GUI). */
#include <locale.h>
#ifdef __EMSCRIPTEN__
#include <stdlib.h>
#endif
#include <stdio.h>
#include <string.h>
#include "cli.h"
#include "crs_build_info.h" /* CRS_GIT_REVISION, generated at build time */
#ifdef CRS_HAVE_GUI
#include "shell/app.h"
#endif

static const char help[] =
    "Usage: crossings [OPTIONS]              open the game (see 'crossings --help-gui')\n"
    "       crossings check [--json] FILE... check scenario files\n"
    "       crossings run FILE [OPTIONS]     play a scenario headless, print the transcript\n"
    "       crossings stats [--csv] LOG...   aggregate anonymous kiosk session logs\n"
    "       crossings replay CODE [FILE...]  replay the path a session code names\n"
    "       crossings simulate FILE [OPT...] play it many times, compare with the sources\n"
    "       crossings graph FILE [--lang L]  write the scenario graph as Graphviz DOT\n"
    "       crossings new FILE               write a starter scenario to edit\n"
    "       crossings --version | --help\n\n"
    "An interactive, documented simulation of North Korean migration pathways.\n"
    "Each command takes --help. Scenarios and assets are read from: %s\n";

typedef int (*command_fn)(int, char **);
int crs_cli_simulate(int argc, char **argv); /* game/cli/simulate.c */
int crs_cli_graph(int argc, char **argv);    /* game/cli/graph.c */
int crs_cli_new(int argc, char **argv);      /* game/cli/new.c */

static const struct {
    const char *name;
    command_fn fn;
} commands[] = {
    {"check", crs_cli_check},   {"run", crs_cli_run},           {"stats", crs_cli_stats},
    {"replay", crs_cli_replay}, {"simulate", crs_cli_simulate}, {"graph", crs_cli_graph},
    {"new", crs_cli_new},
};

int main(int argc, char **argv)
{
    /* The program stays in the "C" locale: numbers are read and printed with the C library (a
     * comma decimal separator would change transcripts and exports), and all text is UTF-8 by
     * the format. (SDL switches to the user's locale by itself while it opens the X input
     * method; that start-up cost is the same for any SDL program: docs/PERFORMANCE.md.) */
    setlocale(LC_ALL, "C");
#ifdef __EMSCRIPTEN__
    setenv("CROSSINGS_DATA_DIR", "/crossings", 0); /* where the page's data package mounts */
    /* Keys reach the game only while its canvas has focus: Enter on a page button is not also
     * Enter in the game. */
    setenv("SDL_EMSCRIPTEN_KEYBOARD_ELEMENT", "#canvas", 0);
    setenv("SDL_VIDEO_HIGHDPI_DISABLED", "1", 0); /* web.c sizes the canvas in device pixels */
#endif
    if (argc > 1) {
        for (size_t i = 0; i < sizeof commands / sizeof commands[0]; i++)
            if (strcmp(argv[1], commands[i].name) == 0) return commands[i].fn(argc - 2, argv + 2);
        if (strcmp(argv[1], "--version") == 0)
            return printf("crossings %s (git revision %s)\n", CRS_VERSION, CRS_GIT_REVISION), 0;
        if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0)
            return printf(help, crs_data_dir()), 0;
    }
#ifdef CRS_HAVE_GUI
    return crs_app_main(argc, argv);
#else
    if (argc > 1) return crs_cli_usage_error(NULL, "unknown command '%s'", argv[1]);
    fprintf(stderr, "crossings: built without the game window; try 'crossings --help'\n");
    return 2;
#endif
}
