#include "web/static_files.h"
#include <fcntl.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const struct { const char *ext, *type; } types[] = {
    {".html", "text/html; charset=utf-8"},
    {".css", "text/css; charset=utf-8"},
    {".js", "text/javascript; charset=utf-8"},
    {".mjs", "text/javascript; charset=utf-8"},
    {".json", "application/json; charset=utf-8"},
    {".svg", "image/svg+xml"},
    {".png", "image/png"},
    {".jpg", "image/jpeg"},
    {".ico", "image/x-icon"},
    {".woff2", "font/woff2"},
    {".txt", "text/plain; charset=utf-8"},
    {".yaml", "text/yaml; charset=utf-8"},
};

const char *web_content_type(const char *name)
{
    const char *dot = strrchr(name, '.');
    for (size_t i = 0; dot && i < sizeof types / sizeof types[0]; i++)
        if (strcmp(dot, types[i].ext) == 0) return types[i].type;
    return "application/octet-stream";
}

/* Only plain segments: no "..", no ".", no hidden files, no backslashes, nothing odd. */
static bool safe_path(const char *p)
{
    if (p[0] != '/' || strlen(p) > 512) return false;
    for (const char *s = p; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c < 0x20 || c == '\\' || c == 0x7f) return false;
        if (c == '/' && s[1] == '.') return false;   /* "..", "./", ".hidden" */
    }
    return true;
}

int web_static(web_req *req, const char *root)
{
    if (strcmp(req->method, "GET") != 0 && strcmp(req->method, "HEAD") != 0) {
        snprintf(req->allow, sizeof req->allow, "GET, HEAD");
        return web_problem(req, 405, NULL, "methode %s is hier niet toegestaan", req->method);
    }
    if (!safe_path(req->path)) return web_problem(req, 404, NULL, "bestand niet gevonden");
    char path[1200];
    size_t n = strlen(req->path);
    snprintf(path, sizeof path, "%s%s%s", root, req->path, req->path[n - 1] == '/' ? "index.html" : "");
    /* Resolve symlinks and make sure the file is still inside the root. */
    char real_root[PATH_MAX], real[PATH_MAX];
    if (!realpath(root, real_root) || !realpath(path, real)) return web_problem(req, 404, NULL, "bestand niet gevonden");
    size_t rl = strlen(real_root);
    if (strncmp(real, real_root, rl) != 0 || (real[rl] != '/' && real[rl] != '\0'))
        return web_problem(req, 404, NULL, "bestand niet gevonden");
    int fd = open(real, O_RDONLY | O_CLOEXEC);
    struct stat st;
    if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        if (fd >= 0) close(fd);
        /* A directory without trailing slash: serve its index.html. */
        char idx[PATH_MAX + 16];
        snprintf(idx, sizeof idx, "%s/index.html", real);
        fd = open(idx, O_RDONLY | O_CLOEXEC);
        if (fd < 0 || fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
            if (fd >= 0) close(fd);
            return web_problem(req, 404, NULL, "bestand niet gevonden");
        }
        snprintf(real, sizeof real, "%s", "index.html");
    }
    req->status = 200;
    req->content_type = web_content_type(real);
    if (req->head_only) {
        close(fd);
        return 200;
    }
    req->resp_fd = fd;
    req->resp_fd_size = (uint64_t)st.st_size;
    return 200;
}
