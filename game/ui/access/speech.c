/* The speech back ends. eSpeak NG is built against its own header (speak_lib.h, for the types,
 * constants and prototypes) but loaded at run time with dlopen, so the game links nothing of it
 * and a machine without libespeak-ng1 still runs, silently. */
#define _POSIX_C_SOURCE 200809L
#include "access/speech.h"

#include <dirent.h>
#include <dlfcn.h>
#include <espeak-ng/speak_lib.h>
#include <sys/stat.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The functions used, with the types speak_lib.h gives them; each is checked against the
 * header's own prototype at compile time (the operand of _Generic is not evaluated, so this
 * references no symbol and links nothing). */
typedef int initialize_fn(espeak_AUDIO_OUTPUT, int, const char *, int);
typedef void set_callback_fn(t_espeak_callback *);
typedef espeak_ERROR set_voice_fn(const char *);
typedef espeak_ERROR set_param_fn(espeak_PARAMETER, int, int);
typedef espeak_ERROR synth_fn(const void *, size_t, unsigned int, espeak_POSITION_TYPE,
                              unsigned int, unsigned int, unsigned int *, void *);
typedef espeak_ERROR cancel_fn(void);

#define SAME_AS_HEADER(fn, type)                                                                   \
    _Static_assert(_Generic(&fn, type * : 1, default : 0), #fn " differs from speak_lib.h")
SAME_AS_HEADER(espeak_Initialize, initialize_fn);
SAME_AS_HEADER(espeak_SetSynthCallback, set_callback_fn);
SAME_AS_HEADER(espeak_SetVoiceByName, set_voice_fn);
SAME_AS_HEADER(espeak_SetParameter, set_param_fn);
SAME_AS_HEADER(espeak_Synth, synth_fn);
SAME_AS_HEADER(espeak_Cancel, cancel_fn);
SAME_AS_HEADER(espeak_Terminate, cancel_fn);

typedef struct {
    initialize_fn *initialize;
    set_callback_fn *set_callback;
    set_voice_fn *set_voice;
    set_param_fn *set_param;
    synth_fn *synth;
    cancel_fn *cancel;
    cancel_fn *terminate;
} espeak_api;

struct crs_speech {
    crs_speech_backend b;
    int ok, rate;
    char problem[160];
    char voice[8]; /* voice set now */
    void *lib;
    espeak_api api;
    char *log; /* recorder */
    size_t len, cap;
};

/* The synchronous sink's callback has no user pointer: samples are counted here. One speaker
 * at a time uses eSpeak (the library itself is a process-wide singleton). */
static long sink_samples;

static int discard(short *wav, int n, espeak_EVENT *events)
{
    (void)events;
    if (wav && n > 0) sink_samples += n;
    return 0; /* 0: go on synthesising */
}

/* ===== recorder ===== */

static void log_add(crs_speech *sp, const char *s)
{
    size_t n = strlen(s);
    if (sp->len + n + 2 > sp->cap) {
        size_t cap = (sp->cap ? sp->cap * 2 : 1024) + n;
        char *m = realloc(sp->log, cap);
        if (!m) return;
        sp->log = m;
        sp->cap = cap;
    }
    memcpy(sp->log + sp->len, s, n);
    sp->len += n;
    sp->log[sp->len++] = '\n';
    sp->log[sp->len] = 0;
}

/* ===== eSpeak NG ===== */

#define SYM(field, name)                                                                           \
    do {                                                                                           \
        void *f = dlsym(sp->lib, name);                                                            \
        if (!f) return -1;                                                                         \
        memcpy(&sp->api.field, &f, sizeof f);                                                      \
    } while (0)

static int load_symbols(crs_speech *sp)
{
    SYM(initialize, "espeak_Initialize");
    SYM(set_callback, "espeak_SetSynthCallback");
    SYM(set_voice, "espeak_SetVoiceByName");
    SYM(set_param, "espeak_SetParameter");
    SYM(synth, "espeak_Synth");
    SYM(cancel, "espeak_Cancel");
    SYM(terminate, "espeak_Terminate");
    return 0;
}

/* Whether sound can be played: an ALSA playback device, or a PulseAudio or PipeWire socket.
 * eSpeak NG starts without one and then fails inside its own thread, so we look first. */
static int have_sound(void)
{
    DIR *d = opendir("/dev/snd");
    int found = 0;
    for (struct dirent *e; d && !found && (e = readdir(d));)
        found = strncmp(e->d_name, "pcm", 3) == 0 && e->d_name[strlen(e->d_name) - 1] == 'p';
    if (d) closedir(d);
    const char *run = getenv("XDG_RUNTIME_DIR");
    char path[512];
    struct stat st;
    if (!found && getenv("PULSE_SERVER")) found = 1;
    if (!found && run) {
        snprintf(path, sizeof path, "%s/pulse/native", run);
        found = stat(path, &st) == 0;
        snprintf(path, sizeof path, "%s/pipewire-0", run);
        found = found || stat(path, &st) == 0;
    }
    return found;
}

static void open_espeak(crs_speech *sp)
{
    /* The environment may name another build of the library (tests name a missing one). */
    const char *name = getenv("CROSSINGS_ESPEAK_LIBRARY");
    if (!name || !*name) name = "libespeak-ng.so.1";
    sp->lib = dlopen(name, RTLD_NOW | RTLD_LOCAL);
    if (!sp->lib) {
        snprintf(sp->problem, sizeof sp->problem, "%s not found", name);
        return;
    }
    if (load_symbols(sp) != 0) {
        snprintf(sp->problem, sizeof sp->problem, "%s lacks the speak_lib API", name);
        return;
    }
    if (sp->b == CRS_SPEECH_ESPEAK && !have_sound()) {
        snprintf(sp->problem, sizeof sp->problem, "no sound device");
        return;
    }
    espeak_AUDIO_OUTPUT mode =
        sp->b == CRS_SPEECH_ESPEAK ? AUDIO_OUTPUT_PLAYBACK : AUDIO_OUTPUT_SYNCHRONOUS;
    /* Never let the library end the process. */
    if (sp->api.initialize(mode, 200, NULL, espeakINITIALIZE_DONT_EXIT) <= 0) {
        snprintf(sp->problem, sizeof sp->problem, "eSpeak NG could not start (audio or data)");
        return;
    }
    if (sp->b == CRS_SPEECH_ESPEAK_SINK) sp->api.set_callback(discard);
    sp->ok = 1;
}

crs_speech *crs_speech_new(crs_speech_backend b)
{
    crs_speech *sp = calloc(1, sizeof *sp);
    if (!sp) return NULL;
    sp->b = b;
    sp->rate = espeakRATE_NORMAL;
    if (b == CRS_SPEECH_RECORDER)
        sp->ok = 1;
    else
        open_espeak(sp);
    return sp;
}

void crs_speech_free(crs_speech *sp)
{
    if (!sp) return;
    if (sp->ok && sp->b != CRS_SPEECH_RECORDER) {
        sp->api.cancel();
        sp->api.terminate();
    }
    /* The library stays loaded: eSpeak's threads may outlive Terminate by a moment, and
     * unloading code under them would crash; the process frees it at exit. */
    free(sp->log);
    free(sp);
}

int crs_speech_available(const crs_speech *sp)
{
    return sp && sp->ok;
}

const char *crs_speech_problem(const crs_speech *sp)
{
    return sp ? sp->problem : "out of memory";
}

void crs_speech_cancel(crs_speech *sp)
{
    if (!sp || !sp->ok) return;
    if (sp->b == CRS_SPEECH_RECORDER)
        log_add(sp, "-");
    else
        sp->api.cancel();
}

static int set_voice(crs_speech *sp, const char *lang)
{
    if (strcmp(sp->voice, lang) == 0) return 0;
    if (sp->api.set_voice(lang) != EE_OK) return -1;
    snprintf(sp->voice, sizeof sp->voice, "%s", lang);
    sp->api.set_param(espeakRATE, sp->rate, 0);
    return 0;
}

int crs_speech_say(crs_speech *sp, const char *lang, const char *text)
{
    if (!sp || !sp->ok || !text || !*text) return -1;
    if (sp->b == CRS_SPEECH_RECORDER) {
        if (sp->len) log_add(sp, "-"); /* as eSpeak does, a new utterance cuts off the last */
        char *line = malloc(strlen(lang) + strlen(text) + 3);
        if (!line) return -1;
        sprintf(line, "%s: %s", lang, text);
        log_add(sp, line);
        free(line);
        return 0;
    }
    sp->api.cancel();
    if (set_voice(sp, lang) != 0) return -1;
    if (sp->api.synth(text, strlen(text) + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, NULL, NULL) ==
        EE_OK)
        return 0;
    /* No sound device (the library starts, then cannot play): silent from now on. */
    sp->ok = 0;
    snprintf(sp->problem, sizeof sp->problem, "eSpeak NG cannot play sound here");
    return -1;
}

void crs_speech_set_rate(crs_speech *sp, int wpm)
{
    if (!sp) return;
    sp->rate = wpm < espeakRATE_MINIMUM   ? espeakRATE_MINIMUM
               : wpm > espeakRATE_MAXIMUM ? espeakRATE_MAXIMUM
                                          : wpm;
    if (sp->ok && sp->b != CRS_SPEECH_RECORDER) sp->api.set_param(espeakRATE, sp->rate, 0);
}

int crs_speech_rate(const crs_speech *sp)
{
    return sp ? sp->rate : 0;
}

const char *crs_speech_log(const crs_speech *sp)
{
    return sp && sp->log ? sp->log : "";
}

long crs_speech_samples(const crs_speech *sp)
{
    (void)sp;
    return sink_samples;
}
