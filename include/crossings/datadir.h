/* Finding the data folder (scenarios/ and assets/). Here in the core, not in a front end,
 * because every front end needs it: the command line and the game window look in the same
 * places, and neither includes the other's headers. */
#ifndef CROSSINGS_DATADIR_H
#define CROSSINGS_DATADIR_H

/* The folder holding scenarios/ and assets/: $CROSSINGS_DATA_DIR, the install prefix next to
 * the executable, or the source tree. Never NULL (falls back to "."). */
const char *crs_data_dir(void);

/* The folder of the compiled translation catalogues (LANG.mo): $CROSSINGS_LOCALE_DIR, else the
 * data folder's locale/, else (a build that is not a package) the build tree's locale/. */
const char *crs_locale_dir(void);

#endif
