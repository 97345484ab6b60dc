/* Kiosk records: the kiosk's own log (stderr and kiosk.log), one analytics line per session
 * (opened when a journey starts, closed when it ends or is abandoned), and sd_notify. */
#include "kiosk/kiosk.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/un.h>
#include <unistd.h>

static crs_kiosk *K(const crs_app *a)
{
    return a->kiosk;
}

/* ===== logging ===== */

/* Opens kiosk.log for appending without ever blocking: a FIFO (or anything but a regular file)
 * there would stop the kiosk in open() or once its pipe filled. Said once on stderr. */
static FILE *open_log(const char *path)
{
    static int told;
    int fd = open(path, O_WRONLY | O_APPEND | O_CREAT | O_NONBLOCK | O_CLOEXEC, 0644);
    const char *why = fd < 0 ? (errno == ENXIO ? "a FIFO with no reader" : strerror(errno)) : NULL;
    struct stat st;
    if (fd >= 0 && (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode))) {
        close(fd);
        fd = -1;
        why = "not a regular file";
    }
    FILE *f = fd >= 0 ? fdopen(fd, "a") : NULL;
    if (!f && fd >= 0) close(fd);
    if (!f && !told++) fprintf(stderr, "crossings kiosk: cannot write %s (%s)\n", path, why);
    return f;
}

void crs_kiosk_log(crs_app *a, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    fprintf(stderr, "crossings kiosk: %s\n", msg);
    crs_kiosk *k = K(a);
    if (!k || !k->log_path[0]) return;
    struct stat st;
    if (stat(k->log_path, &st) == 0 && st.st_size > 1024 * 1024) {
        char old[1200];
        snprintf(old, sizeof old, "%s.1", k->log_path);
        rename(k->log_path, old); /* one old file: the log stays bounded */
    }
    FILE *f = open_log(k->log_path);
    if (!f) return;
    time_t now = time(NULL);
    struct tm tm;
    char when[32] = "";
    if (gmtime_r(&now, &tm)) strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &tm);
    fprintf(f, "%s %s\n", when, msg);
    fclose(f);
}

/* ===== the service manager (sd_notify without libsystemd) ===== */

/* Sends one datagram to $NOTIFY_SOCKET (read at start) when systemd runs us with Type=notify. */
void crs_kiosk_notify(const crs_kiosk *k, const char *msg)
{
    const char *path = k->notify_path;
    struct sockaddr_un sa;
    size_t n = path ? strlen(path) : 0;
    if (n < 2 || n >= sizeof sa.sun_path || (path[0] != '/' && path[0] != '@')) return;
    memset(&sa, 0, sizeof sa);
    sa.sun_family = AF_UNIX;
    memcpy(sa.sun_path, path, n);
    if (path[0] == '@') sa.sun_path[0] = '\0'; /* an abstract socket */
    int fd = socket(AF_UNIX, SOCK_DGRAM, 0);
    if (fd < 0) return;
    sendto(fd, msg, strlen(msg), MSG_NOSIGNAL, (const struct sockaddr *)&sa,
           (socklen_t)(offsetof(struct sockaddr_un, sun_path) + n));
    close(fd);
}

/* Half the service's WatchdogSec in ms (the recommended ping interval), or 0 without one. */
Uint64 crs_kiosk_watchdog_ms(void)
{
    const char *usec = SDL_getenv("WATCHDOG_USEC");
    long long v = usec ? atoll(usec) : 0;
    return v > 0 ? (Uint64)(v / 2000) : 0;
}

/* ===== sessions ===== */

void crs_kiosk_session_update(crs_app *a)
{
    crs_kiosk *k = K(a);
    if (!k->sess_open || !a->eng || a->eng != k->sess_eng) return;
    Uint64 now = crs_app_ticks(a);
    int n = (int)crs_engine_history_len(a->eng);
    if (n > CRS_ANALYTICS_MAX_STEPS) n = CRS_ANALYTICS_MAX_STEPS;
    for (int i = k->steps_seen; i < n; i++) {
        k->rec.step_seconds[i] = i == k->steps_seen ? (int)((now - k->last_step + 500) / 1000) : 0;
        k->last_step = now;
    }
    k->steps_seen = n; /* after an undo, the steps taken back are forgotten */
    crs_session_from_engine(&k->rec, a->eng, crs_app_lang_index(a));
}

void crs_kiosk_session_close(crs_app *a)
{
    crs_kiosk *k = K(a);
    if (!k->sess_open) return;
    crs_kiosk_session_update(a);
    k->sess_open = 0;
    k->sess_eng = NULL;
    k->rec.kiosk = k->cfg.id;
    k->rec.started = k->sess_wall;
    k->rec.seconds = (int)((crs_app_ticks(a) - k->sess_start + 500) / 1000);
    if (!k->cfg.analytics || !k->session_path[0]) return;
    crs_buf line = {0};
    crs_diag err;
    if (crs_session_format(&k->rec, &line) != 0) {
        crs_kiosk_log(a, "session not logged: out of memory");
    } else if (crs_analytics_append(k->session_path, crs_buf_str(&line),
                                    (size_t)k->cfg.max_log_bytes, k->cfg.files_kept, &err) != 0) {
        /* Play goes on; say so once in a while, not for every visitor. */
        if (k->log_failures++ % 100 == 0) crs_kiosk_log(a, "session not logged: %s", err.message);
    } else {
        k->sessions++;
    }
    crs_buf_free(&line);
}

static void open_session(crs_app *a)
{
    crs_kiosk *k = K(a);
    memset(&k->rec, 0, sizeof k->rec);
    k->sess_open = 1;
    k->sess_eng = a->eng;
    k->steps_seen = 0;
    k->sess_start = k->last_step = crs_app_ticks(a);
    k->sess_wall = time(NULL);
    crs_session_from_engine(&k->rec, a->eng, crs_app_lang_index(a));
}

void crs_kiosk_before_goto(crs_app *a, const crs_screen *s)
{
    crs_kiosk *k = K(a);
    if (s == &crs_screen_stage && a->eng && crs_engine_history_len(a->eng) == 0) {
        if (k->sess_open && k->sess_eng == a->eng && k->steps_seen == 0) return;
        /* A new journey while one was open: the old engine is gone (perhaps with its address
         * reused by the new one), so its last snapshot is what gets logged. */
        k->sess_eng = NULL;
        crs_kiosk_session_close(a);
        open_session(a);
    } else if (s == &crs_screen_title || s == &crs_screen_attract) {
        crs_kiosk_session_close(a);
    }
}

unsigned long crs_kiosk_sessions_logged(const crs_app *a)
{
    return K(a) ? K(a)->sessions : 0;
}
