/* inclusio serve: the web application until SIGTERM or SIGINT. */
#include "cli/commands.h"
#include "web/server.h"
#include <signal.h>
#include <sqlite3.h>
#include <stdlib.h>
#include <string.h>

#define SERVE_USAGE "inclusio serve [--port 8080] [--host 127.0.0.1] [--static MAP] [--threads 4]"

int cmd_serve(cli_ctx *ctx, int argc, char **argv)
{
    const char *port_s = cli_opt(argc, argv, "--port");
    const char *threads_s = cli_opt(argc, argv, "--threads");
    web_config cfg = {
        .db_path = ctx->db_path,
        .host = cli_opt(argc, argv, "--host") ? cli_opt(argc, argv, "--host") : "127.0.0.1",
        .port = 8080,
        .static_dir = cli_opt(argc, argv, "--static") ? cli_opt(argc, argv, "--static") : "web",
        .threads = 4,
        .secure_cookie = getenv("INCLUSIO_SECURE_COOKIE") && strcmp(getenv("INCLUSIO_SECURE_COOKIE"), "1") == 0,
    };
    if (strcmp(cfg.host, "localhost") == 0) cfg.host = "127.0.0.1";
    if (port_s) {
        char *end;
        long p = strtol(port_s, &end, 10);
        if (*end || p < 0 || p > 65535) return cli_usage(SERVE_USAGE);
        cfg.port = (int)p;
    }
    if (threads_s) {
        char *end;
        long t = strtol(threads_s, &end, 10);
        if (*end || t < 1 || t > 16) return cli_usage(SERVE_USAGE);
        cfg.threads = (int)t;
    }
    /* SQLite's memory statistics take a global mutex on every allocation; worker threads need none. */
    sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
    /* Migrate once, here, before any worker opens its own connection. */
    if (!cli_db(ctx)) return EXIT_FAIL;

    /* Block the signals in every thread; this one waits for them. */
    sigset_t set;
    sigemptyset(&set);
    sigaddset(&set, SIGINT);
    sigaddset(&set, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &set, NULL);
    signal(SIGPIPE, SIG_IGN);

    inc_error e = {0};
    web_server *srv;
    if (web_server_start(&cfg, &srv, &e) != INC_OK) return cli_fail(&e);
    const char *shown = strchr(cfg.host, ':') ? "[%s]" : "%s";
    char host[80];
    snprintf(host, sizeof host, shown, cfg.host);
    printf("inclusio luistert op http://%s:%d/ (database %s; stop met Ctrl-C)\n", host, web_server_port(srv),
           ctx->db_path);
    fflush(stdout);
    int sig = 0;
    sigwait(&set, &sig);
    web_server_stop(srv);
    printf("inclusio: gestopt (%s)\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    return EXIT_OK;
}
