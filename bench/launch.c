/* Runs a program and reports, in milliseconds and kilobytes: time from exec to the first frame
 * it presents (its "presented <CLOCK_MONOTONIC ns>" line on stdout; else to its exit), and
 * its peak RSS. With --idle S it lets the program sit S seconds, then reports its CPU share. */
#define _POSIX_C_SOURCE 200809L
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (long long)ts.tv_sec * 1000000000LL + ts.tv_nsec;
}

/* Reads the child's stdout until the "presented" line or end of file, passing other lines on;
 * returns its time or 0. */
static long long read_presented(FILE *f)
{
    char line[256];
    long long t = 0;
    while (!t && fgets(line, sizeof line, f))
        if (sscanf(line, "presented %lld", &t) != 1) fputs(line, stdout); /* pass it on */
    return t;
}

/* CPU seconds (user + system) a running process has used, from /proc. */
static double cpu_seconds(pid_t pid)
{
    char path[64], buf[1024];
    snprintf(path, sizeof path, "/proc/%d/stat", (int)pid);
    FILE *f = fopen(path, "r");
    if (!f || !fgets(buf, sizeof buf, f)) return f ? (fclose(f), -1) : -1;
    fclose(f);
    char *p = strrchr(buf, ')');
    unsigned long ut = 0, st = 0;
    if (!p || sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %lu %lu", &ut, &st) != 2)
        return -1;
    return (double)(ut + st) / (double)sysconf(_SC_CLK_TCK);
}

int main(int argc, char **argv)
{
    double idle = 0;
    int a = 1;
    if (argc > 2 && strcmp(argv[1], "--idle") == 0) idle = atof(argv[2]), a = 3;
    if (a >= argc) {
        fputs("usage: launch [--idle SECONDS] PROGRAM [ARGS...]\n", stderr);
        return 2;
    }
    int fds[2];
    if (pipe(fds) != 0) return 1;
    long long t0 = now_ns();
    pid_t pid = fork();
    if (pid == 0) {
        dup2(fds[1], 1);
        close(fds[0]);
        execvp(argv[a], argv + a);
        _exit(127);
    }
    close(fds[1]);
    FILE *out = fdopen(fds[0], "r");
    long long shown = 0, first = 0;
    if (idle > 0) {
        /* A window that never quits prints nothing we wait for: let it settle, then watch. */
        struct timespec settle = {2, 0};
        nanosleep(&settle, NULL);
        double c0 = cpu_seconds(pid);
        struct timespec nap = {(time_t)idle, (long)((idle - (double)(time_t)idle) * 1e9)};
        nanosleep(&nap, NULL);
        double c1 = cpu_seconds(pid);
        printf("idle_cpu_percent %.3f\n", c0 < 0 || c1 < 0 ? -1.0 : 100 * (c1 - c0) / idle);
        kill(pid, SIGTERM);
    } else {
        shown = read_presented(out);
        first = (shown ? shown : now_ns()) - t0;
    }
    for (int c; (c = fgetc(out)) != EOF;) putchar(c);
    int status;
    struct rusage ru;
    waitpid(pid, &status, 0);
    getrusage(RUSAGE_CHILDREN, &ru); /* our only child: its peak RSS */
    long long end = now_ns() - t0;
    printf("first_frame_ms %.1f%s\nexit_ms %.1f\npeak_rss_kb %ld\nstatus %d\n", first / 1e6,
           shown ? "" : " (no presented line: time to exit)", end / 1e6, ru.ru_maxrss,
           WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status));
    return 0;
}
