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

FILE *xlsx_csv_convert(const char *path, inc_error *e)
{
    FILE *out = tmpfile();
    if (!out) {
        inc_fail(e, INC_EIO, "", "kan %s niet omzetten: %s", path, strerror(errno));
        return NULL;
    }
    fflush(out);
    pid_t pid = fork();
    if (pid < 0) {
        fclose(out);
        inc_fail(e, INC_EIO, "", "kan %s niet omzetten: %s", path, strerror(errno));
        return NULL;
    }
    if (pid == 0) {
        dup2(fileno(out), STDOUT_FILENO);
        int devnull = open("/dev/null", O_WRONLY);
        if (devnull >= 0) dup2(devnull, STDERR_FILENO);
        execlp("xlsx2csv", "xlsx2csv", "-s", "1", "-f", "%Y-%m-%d", "-d", ",", "--", path, (char *)NULL);
        _exit(127);
    }
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {}
    if (WIFEXITED(status) && WEXITSTATUS(status) == 127) {
        fclose(out);
        inc_fail(e, INC_EIO, "", "xlsx2csv ontbreekt: installeer het pakket xlsx2csv of sla %s op als CSV", path);
        return NULL;
    }
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
        fclose(out);
        inc_fail(e, INC_EIO, "", "%s is geen leesbaar XLSX-bestand", path);
        return NULL;
    }
    rewind(out);
    return out;
}
