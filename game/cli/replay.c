/* `crossings replay CODE [FILE...]`: replays the exact path a session code names, finding its
 * scenario among the files given or the shipped scenarios, and prints the transcript. */
#include "cli.h"

#include <dirent.h>
#include <stdlib.h>
#include <string.h>
#include "crossings/code.h"
#include "crossings/messages.h"
#include "crossings/transcript.h"

static const char replay_help[] =
    "Usage: crossings replay CODE [FILE...] [--lang CODE] [--json]\n"
    "Replay the path a session code names (shown on the game's debrief) and print its\n"
    "transcript. Without FILE, the shipped scenarios are searched.\n\n"
    "Exit status: 0 replayed, 1 the code is wrong or for another scenario version,\n"
    "2 usage error or unreadable file.\n";

/* Tries one scenario file; returns 0 if it printed the replay, 1 if the code isn't its own. */
static int try_file(const char *path, const char *code, const char *lang, int json, int *status)
{
    crs_diags d = {0};
    crs_scenario *s = crs_scenario_load_file(path, &d);
    crs_diags_clear(&d);
    if (!s || !crs_code_matches(s, code)) {
        crs_scenario_free(s);
        return 1;
    }
    crs_diag err;
    crs_engine *e = crs_code_decode(s, code, &err);
    int l = lang ? crs_scenario_lang(s, lang) : 0;
    if (!e) {
        fprintf(stderr, "crossings replay: %s\n", crs_msg(err.message, lang));
        *status = 1;
    } else if (l < 0) {
        *status = crs_cli_usage_error("replay", "scenario %s has no language \"%s\"", s->id, lang);
    } else {
        crs_buf out = {0};
        if (json)
            crs_transcript_json(e, l, &out);
        else
            crs_transcript_text(e, l, &out);
        crs_cli_write(stdout, crs_buf_str(&out));
        crs_buf_free(&out);
        *status = 0;
    }
    crs_engine_free(e);
    crs_scenario_free(s);
    return 0;
}

static int search_shipped(const char *code, const char *lang, int json, int *status)
{
    char dir[4200];
    snprintf(dir, sizeof dir, "%s/scenarios", crs_data_dir());
    DIR *d = opendir(dir);
    if (!d) return 1;
    struct dirent *ent;
    int found = 1;
    while (found && (ent = readdir(d))) {
        size_t n = strlen(ent->d_name);
        if (n < 6 || strcmp(ent->d_name + n - 5, ".json") || !strcmp(ent->d_name, "schema.json"))
            continue;
        char path[8500];
        snprintf(path, sizeof path, "%s/%s", dir, ent->d_name);
        found = try_file(path, code, lang, json, status);
    }
    closedir(d);
    return found;
}

int crs_cli_replay(int argc, char **argv)
{
    const char *code = NULL, *lang = NULL;
    int json = 0, nfiles = 0, status = 1, missing = 1;
    for (int i = 0; i < argc; i++) {
        if (!strcmp(argv[i], "--help") || !strcmp(argv[i], "-h"))
            return fputs(replay_help, stdout), 0;
        if (!strcmp(argv[i], "--json"))
            json = 1;
        else if (!strcmp(argv[i], "--lang") && i + 1 < argc)
            lang = argv[++i];
        else if (argv[i][0] == '-' && argv[i][1] && !code)
            return crs_cli_usage_error("replay", "unknown option '%s'", argv[i]);
        else if (!code)
            code = argv[i];
        else
            nfiles++;
    }
    if (!code) return crs_cli_usage_error("replay", "no session code given");
    for (int i = 0; i < argc && missing; i++) {
        if (argv[i] == code || argv[i][0] == '-' || (i > 0 && !strcmp(argv[i - 1], "--lang")))
            continue;
        missing = try_file(argv[i], code, lang, json, &status);
    }
    if (missing && !nfiles) missing = search_shipped(code, lang, json, &status);
    crs_diag err;
    /* the core's refusal in --lang's language (its message catalogue), English otherwise */
    static const char other[] = "no scenario loaded here matches this code: it is for another "
                                "scenario, or another version of one";
    if (missing && !crs_code_valid(code, &err))
        fprintf(stderr, "crossings replay: %s\n", crs_msg(err.message, lang));
    else if (missing && crs_msg_catalog(lang))
        fprintf(stderr, "crossings replay: %s\n", crs_msg(other, lang));
    else if (missing)
        fprintf(stderr,
                "crossings replay: no scenario%s matches this code: it is for another "
                "scenario, or another version of one\n",
                nfiles ? " given" : " shipped");
    return status;
}
