/* The data folder, shared by both front ends: $CROSSINGS_DATA_DIR wins when it holds
 * scenarios/, and a folder without one is passed over rather than trusted. */
#include <stdlib.h>
#include <string.h>
#include "check.h"
#include "crossings/datadir.h"

static void test_env_with_scenarios(void)
{
    CHECK_INT(setenv("CROSSINGS_DATA_DIR", CRS_SOURCE_DIR, 1), 0);
    CHECK_STR(crs_data_dir(), CRS_SOURCE_DIR);
}

static void test_env_without_scenarios(void)
{
    /* tests/data has kiosk/ and cli/ but no scenarios/: not a data folder. */
    CHECK_INT(setenv("CROSSINGS_DATA_DIR", CRS_TEST_DATA, 1), 0);
    const char *d = crs_data_dir();
    CHECK(d != NULL);
    CHECK(d != NULL && strcmp(d, CRS_TEST_DATA) != 0);
}

int main(void)
{
    static const check_case cases[] = {
        {"env_with_scenarios", test_env_with_scenarios},
        {"env_without_scenarios", test_env_without_scenarios},
    };
    return check_run("datadir", cases, sizeof cases / sizeof cases[0]);
}
