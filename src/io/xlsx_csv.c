#include "io/xlsx_csv.h"
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

bool xlsx_is_xlsx(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    unsigned char m[4] = {0};
    size_t n = fread(m, 1, 4, f);
    fclose(f);
    return n == 4 && m[0] == 'P' && m[1] == 'K' && m[2] == 3 && m[3] == 4;
}

FILE *xlsx_csv_open(const char *path, pid_t *child, inc_error *e)
{
    int fd[2];
    if (pipe(fd) != 0) {
        inc_fail(e, INC_EIO, "", "kan %s niet omzetten: %s", path, strerror(errno));
        return NULL;
    }
    pid_t pid = fork();
    if (pid < 0) {
        close(fd[0]);
        close(fd[1]);
        inc_fail(e, INC_EIO, "", "kan %s niet omzetten: %s", path, strerror(errno));
        return NULL;
    }
    if (pid == 0) {
        dup2(fd[1], STDOUT_FILENO);
        close(fd[0]);
        close(fd[1]);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) dup2(devnull, STDERR_FILENO);
        execlp("xlsx2csv", "xlsx2csv", "-s", "1", "-f", "%Y-%m-%d", "-d", ",", "--", path, (char *)NULL);
        _exit(127);
    }
    close(fd[1]);
    FILE *f = fdopen(fd[0], "rb");
    if (!f) {
        close(fd[0]);
        waitpid(pid, NULL, 0);
        inc_fail(e, INC_EIO, "", "kan %s niet omzetten: %s", path, strerror(errno));
        return NULL;
    }
    *child = pid;
    return f;
}

inc_status xlsx_csv_close(FILE *f, pid_t child, const char *path, inc_error *e)
{
    /* read what is left so the converter is never stopped by a full pipe */
    char buf[4096];
    while (fread(buf, 1, sizeof buf, f) > 0) {}
    fclose(f);
    int status = 0;
    if (waitpid(child, &status, 0) < 0) return inc_fail(e, INC_EIO, "", "kan %s niet omzetten", path);
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127)
        return inc_fail(e, INC_EIO, "", "xlsx2csv ontbreekt: installeer het pakket xlsx2csv of sla %s op als CSV", path);
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
        return inc_fail(e, INC_EIO, "", "%s is geen leesbaar XLSX-bestand", path);
    return INC_OK;
}
