/* A small PNG writer and reader for screenshots and golden images, with no dependency:
 * fixed-Huffman deflate with LZ77 (write), stored and fixed-Huffman inflate (read). */
#ifndef CRS_UI_PNG_H
#define CRS_UI_PNG_H

#include <stddef.h>
#include <stdint.h>

/* Writes an 8-bit RGB image (w*h*3 bytes, rows top to bottom) to path. Returns 0, or -1 when
 * the file cannot be written or memory runs out. */
int crs_png_write(const char *path, const uint8_t *rgb, int w, int h);
/* Encodes to memory; the caller frees *out with free(). Returns 0 or -1. */
int crs_png_encode(const uint8_t *rgb, int w, int h, uint8_t **out, size_t *outlen);
/* Reads an 8-bit RGB PNG written by crs_png_write (or any non-interlaced 8-bit RGB PNG whose
 * deflate streams use stored or fixed-Huffman blocks). *rgb is the caller's to free().
 * Returns 0, or -1 when the file is missing or uses a form this reader does not handle. */
int crs_png_read(const char *path, uint8_t **rgb, int *w, int *h);

#endif
