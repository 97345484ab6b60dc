/* Screenshots and golden images through libpng's simplified API (png_image): it checks every
 * chunk's CRC and the zlib stream's Adler-32, so a damaged or cut-short file is refused rather
 * than read as wrong pixels, and it reports errors in the png_image instead of by longjmp. */
#include "shell/png_file.h"

#ifdef __EMSCRIPTEN__
/* The browser build links no libpng: the game writes no image files there (a page's
 * screenshots are the browser's own), so every call reports failure. */
int crs_png_encode(const uint8_t *rgb, int w, int h, uint8_t **out, size_t *outlen)
{
    (void)rgb, (void)w, (void)h, (void)out, (void)outlen;
    return -1;
}

int crs_png_write(const char *path, const uint8_t *rgb, int w, int h)
{
    (void)path, (void)rgb, (void)w, (void)h;
    return -1;
}

int crs_png_read(const char *path, uint8_t **rgb, int *w, int *h)
{
    (void)path, (void)rgb, (void)w, (void)h;
    return -1;
}
#else
#include "crossings/fileio.h"

#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The largest side written or read: a 16384x16384 frame is 768 MB of RGB, far past any screen,
 * and the bound keeps the size arithmetic below far from overflow. */
enum { MAX_SIDE = 16384 };

static png_image rgb_image(int w, int h)
{
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    img.width = (png_uint_32)w;
    img.height = (png_uint_32)h;
    img.format = PNG_FORMAT_RGB;
    /* No row filters and a quick zlib level: on the interface's flat frames this is three
     * times faster than the default and the files are only 5% larger. */
    img.flags = PNG_IMAGE_FLAG_FAST;
    return img;
}

int crs_png_encode(const uint8_t *rgb, int w, int h, uint8_t **out, size_t *outlen)
{
    if (!rgb || w <= 0 || h <= 0 || w > MAX_SIDE || h > MAX_SIDE) return -1;
    png_image img = rgb_image(w, h);
    /* One pass into a buffer of the worst-case size, then shrunk: asking libpng for the size
     * first would compress the frame twice. */
    png_alloc_size_t cap = PNG_IMAGE_PNG_SIZE_MAX(img), n = cap;
    uint8_t *buf = malloc(cap);
    if (!buf) return -1;
    if (!png_image_write_to_memory(&img, buf, &n, 0, rgb, 0, NULL)) {
        png_image_free(&img);
        free(buf);
        return -1;
    }
    uint8_t *fit = realloc(buf, n);
    *out = fit ? fit : buf;
    *outlen = n;
    return 0;
}

int crs_png_write(const char *path, const uint8_t *rgb, int w, int h)
{
    uint8_t *data = NULL;
    size_t n = 0;
    if (crs_png_encode(rgb, w, h, &data, &n) != 0) return -1;
    /* Written beside the target, then renamed over it: a full disk leaves no truncated PNG
     * (and an older screenshot of that name stays whole). */
    size_t plen = strlen(path);
    char *tmp = malloc(plen + 6);
    if (!tmp) {
        free(data);
        return -1;
    }
    memcpy(tmp, path, plen);
    memcpy(tmp + plen, ".part", 6);
    FILE *f = fopen(tmp, "wb");
    int ok = f && fwrite(data, 1, n, f) == n;
    if (f && fclose(f) != 0) ok = 0;
    if (ok && rename(tmp, path) != 0) ok = 0;
    if (!ok && f) remove(tmp);
    free(tmp);
    free(data);
    return ok ? 0 : -1;
}

/* libpng stops once it has the pixels, whose CRCs and deflate checksum it has verified; a PNG
 * ends with the fixed 12-byte IEND chunk, so a file cut short after its pixels is caught here. */
static int ends_with_iend(FILE *f)
{
    static const unsigned char iend[12] = {0, 0, 0, 0, 'I', 'E', 'N', 'D', 0xAE, 0x42, 0x60, 0x82};
    unsigned char tail[12];
    return fseek(f, -12, SEEK_END) == 0 && fread(tail, 1, 12, f) == 12 &&
           memcmp(tail, iend, 12) == 0;
}

int crs_png_read(const char *path, uint8_t **rgb, int *w, int *h)
{
    const char *why = "";
    FILE *f = crs_fopen_regular(path, &why); /* never blocks on a FIFO */
    if (!f) return -1;
    png_image img;
    memset(&img, 0, sizeof img);
    img.version = PNG_IMAGE_VERSION;
    uint8_t *px = NULL;
    int ok =
        png_image_begin_read_from_stdio(&img, f) && img.width <= MAX_SIDE && img.height <= MAX_SIDE;
    if (ok) {
        /* Any PNG becomes 8-bit RGB. Zeroed, because an image with alpha is composited onto
         * what the buffer holds: black. */
        img.format = PNG_FORMAT_RGB;
        px = calloc(1, PNG_IMAGE_SIZE(img));
        ok = px && png_image_finish_read(&img, NULL, px, 0, NULL) && ends_with_iend(f);
    }
    png_image_free(&img);
    fclose(f);
    if (!ok) {
        free(px);
        return -1;
    }
    *rgb = px;
    *w = (int)img.width;
    *h = (int)img.height;
    return 0;
}
#endif
