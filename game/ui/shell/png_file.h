/* PNG files for screenshots and golden images, written and read with libpng. The rest of the
 * interface sees only 8-bit RGB pixels, rows top to bottom, w*h*3 bytes. */
#ifndef CRS_UI_PNG_H
#define CRS_UI_PNG_H

#include <stddef.h>
#include <stdint.h>

/* Writes an 8-bit RGB image (w*h*3 bytes, rows top to bottom, each side at most 16384) to path.
 * Returns 0, or -1 when the file cannot be written or memory runs out. */
int crs_png_write(const char *path, const uint8_t *rgb, int w, int h);
/* Encodes to memory; the caller frees *out with free(). Returns 0 or -1. */
int crs_png_encode(const uint8_t *rgb, int w, int h, uint8_t **out, size_t *outlen);
/* Reads any PNG (each side at most 16384) as 8-bit RGB; an alpha channel is composited onto
 * black. *rgb is the caller's to free(). Returns 0, or -1 when the file is missing, is not a
 * regular file, or is damaged or cut short (libpng checks every chunk's CRC and the deflate
 * stream's checksum); *rgb, *w and *h are then untouched. */
int crs_png_read(const char *path, uint8_t **rgb, int *w, int *h);

#endif
