/* Opening input files safely: only regular files, never blocking on a FIFO or a device.
 * Used by the core and by the front ends for every file a user names. */
#ifndef CROSSINGS_FILEIO_H
#define CROSSINGS_FILEIO_H

#include <stdio.h>

/* Opens path for reading if it is a regular file. On failure returns NULL and sets *why to a
 * sentence for the reader ("this is a folder, not a file", or the system's reason). */
FILE *crs_fopen_regular(const char *path, const char **why);

#endif
