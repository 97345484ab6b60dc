/* Self-voicing: one interface, two back ends. The recorder keeps what would be spoken (tests);
 * the eSpeak NG back end is compiled against eSpeak NG's header but loads libespeak-ng.so.1 at
 * run time, so nothing of it is linked and a machine without it (or without a voice) just stays
 * silent. */
#ifndef CRS_UI_SPEECH_H
#define CRS_UI_SPEECH_H

#include <stddef.h>

typedef struct crs_speech crs_speech;

typedef enum {
    CRS_SPEECH_RECORDER,
    CRS_SPEECH_ESPEAK,     /* plays through the sound card (asynchronous) */
    CRS_SPEECH_ESPEAK_SINK /* synthesises and discards the samples (tests without sound) */
} crs_speech_backend;

/* Creates a speaker; never NULL unless out of memory. $CROSSINGS_ESPEAK_LIBRARY, when set,
 * names the library to load instead of libespeak-ng.so.1. An eSpeak back end that cannot load the
 * library or open audio is created anyway and reports crs_speech_available() == 0. */
crs_speech *crs_speech_new(crs_speech_backend b);
void crs_speech_free(crs_speech *sp);
/* 1 when speaking works (the recorder always works). */
int crs_speech_available(const crs_speech *sp);
/* Why it is not available, or "" (for logs). */
const char *crs_speech_problem(const crs_speech *sp);
/* Cancels what is being said and says text in lang ("en", "ko"). Returns 0, or -1 when the
 * language has no voice or nothing can be spoken. */
int crs_speech_say(crs_speech *sp, const char *lang, const char *text);
/* Stops speaking at once. */
void crs_speech_cancel(crs_speech *sp);
/* Words per minute (clamped to 80..450). */
void crs_speech_set_rate(crs_speech *sp, int wpm);
int crs_speech_rate(const crs_speech *sp);

/* Recorder: every utterance so far, one per line as "lang: text" (cancellations as "-"). */
const char *crs_speech_log(const crs_speech *sp);
/* Sink: samples synthesised so far. */
long crs_speech_samples(const crs_speech *sp);

#endif
