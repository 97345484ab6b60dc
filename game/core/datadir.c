/* The data folder: the first of the environment, the executable's install prefix, the source
 * tree (unpackaged builds only) and the configured install folder that has scenarios/ in it. */
#include "crossings/datadir.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static int has_scenarios(const char *dir)
{
    char p[4200];
    struct stat st;
    if (strlen(dir) > 4096) return 0;
    snprintf(p, sizeof p, "%s/scenarios", dir);
    return stat(p, &st) == 0 && S_ISDIR(st.st_mode);
}

/* The executable's folder, from /proc (Linux); "" when unknown. */
static void exe_dir(char *out, size_t cap)
{
    ssize_t n = readlink("/proc/self/exe", out, cap - 1);
    out[n > 0 ? n : 0] = '\0';
    char *slash = strrchr(out, '/');
    if (slash) *slash = '\0';
}

const char *crs_data_dir(void)
{
    static char dir[4096];
    const char *env = getenv("CROSSINGS_DATA_DIR");
    if (env && has_scenarios(env)) return env;
    char exe[3000];
    exe_dir(exe, sizeof exe);
    snprintf(dir, sizeof dir, "%s/../share/crossings", exe);
    if (exe[0] && has_scenarios(dir)) return dir;
#ifdef CRS_SOURCE_DATADIR
    if (has_scenarios(CRS_SOURCE_DATADIR)) return CRS_SOURCE_DATADIR;
#endif
#ifdef CRS_INSTALL_DATADIR
    if (has_scenarios(CRS_INSTALL_DATADIR)) return CRS_INSTALL_DATADIR;
#endif
    return ".";
}

#ifdef CRS_BUILD_LOCALEDIR
static int is_dir(const char *path)
{
    struct stat st;
    return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}
#endif

const char *crs_locale_dir(void)
{
    static char dir[4200];
    const char *env = getenv("CROSSINGS_LOCALE_DIR");
    if (env && *env) return env;
    snprintf(dir, sizeof dir, "%s/locale", crs_data_dir());
#ifdef CRS_BUILD_LOCALEDIR
    /* the source tree holds po/, not the compiled catalogues: those are in the build tree */
    if (!is_dir(dir)) return CRS_BUILD_LOCALEDIR;
#endif
    return dir;
}
