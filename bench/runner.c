/* runner RESULT-FILE PROGRAM [ARGS…] — runs PROGRAM and writes "wall_s maxrss_kib exit_code cpu_s sys_s"
 * to RESULT-FILE. bench.py starts every measured program through it: a child forked from this small
 * process starts with a small RSS, so ru_maxrss (which counts the child's pages from before exec as
 * well) is the program's own peak, not the Python driver's. Wall time is CLOCK_MONOTONIC from
 * fork to wait4; cpu_s is the child's user + system time (less sensitive to other jobs), sys_s
 * the system part of it. stdin, stdout and stderr are inherited. */
#define _GNU_SOURCE
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

int main(int argc, char** argv) {
  if (argc < 3) { fprintf(stderr, "usage: runner RESULT-FILE PROGRAM [ARGS…]\n"); return 125; }
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  pid_t pid = fork();
  if (pid < 0) { perror("runner: fork"); return 125; }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror("runner: exec");
    _exit(127);
  }
  int status = 0;
  struct rusage ru;
  if (wait4(pid, &status, 0, &ru) < 0) { perror("runner: wait4"); return 125; }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  const double wall = (double)(t1.tv_sec - t0.tv_sec) + (double)(t1.tv_nsec - t0.tv_nsec) / 1e9;
  const int code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
  FILE* f = fopen(argv[1], "w");
  if (!f) { perror(argv[1]); return 125; }
  const double cpu = (double)(ru.ru_utime.tv_sec + ru.ru_stime.tv_sec) +
                     (double)(ru.ru_utime.tv_usec + ru.ru_stime.tv_usec) / 1e6;
  const double sys = (double)ru.ru_stime.tv_sec + (double)ru.ru_stime.tv_usec / 1e6;
  fprintf(f, "%.6f %ld %d %.6f %.6f\n", wall, ru.ru_maxrss, code, cpu, sys);
  fclose(f);
  return code;
}
