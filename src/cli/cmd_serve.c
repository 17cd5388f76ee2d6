/* inclusio serve: the web application until SIGTERM or SIGINT. */
#include "cli/commands.h"
#include "web/server.h"
#include "app/followup_jobs.h"
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

/* Where the browser interface is when neither --static nor INCLUSIO_WEB_DIR says: the Makefile
 * passes the absolute web/ path of the build tree (or of the installation, `make install`). */
#ifndef INC_WEB_DIR
#define INC_WEB_DIR "web"
#endif

static const cli_option opts[] = {
    {"port", "POORT", "TCP-poort (standaard 8080; 0 kiest een vrije poort)", NULL, 0},
    {"host", "ADRES", "luisteradres (standaard 127.0.0.1)", NULL, 0},
    {"static", "MAP", "map met de browserinterface (standaard $INCLUSIO_WEB_DIR, anders " INC_WEB_DIR ")", NULL, 0},
    {"threads", "N", "aantal werkdraden, 1-16 (standaard: SQLite een per processorkern, PostgreSQL twee; minstens 2)", NULL, 0},
    {"no-jobs", NULL, "geen dagelijkse taken en e-mail in deze server (zoals INCLUSIO_JOBS=off; dan jobs run via cron of timer)", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"", NULL, "start de webapplicatie", opts}, {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"serve", subs};

/* Worker threads unless --threads says: one per core on SQLite (a worker never waits on the network,
 * and more than the cores only add switching: docs/bench.md measured uncached p99 15.5-24.7 ms with
 * 2 workers on 2 cores against 28.4-33.7 ms with 4), two per core on PostgreSQL (a worker waits for
 * every round trip); at least 2 (a writer waiting for SQLite's lock leaves a reader), at most 16. */
static int default_threads(inc_db *db)
{
    long cores = sysconf(_SC_NPROCESSORS_ONLN);
    if (cores < 1) cores = 2;
    long t = db_dialect_of(db) == DB_DIALECT_POSTGRESQL ? 2 * cores : cores;
    return t < 2 ? 2 : t > 16 ? 16 : (int)t;
}

int cmd_serve(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    if (cli_arg(argc, argv, 0, NULL)) return cli_usage_error(ctx);
    const char *port_s = cli_opt(argc, argv, "--port");
    const char *threads_s = cli_opt(argc, argv, "--threads");
    const char *web_dir = cli_opt(argc, argv, "--static");
    if (!web_dir) web_dir = getenv("INCLUSIO_WEB_DIR") && *getenv("INCLUSIO_WEB_DIR") ? getenv("INCLUSIO_WEB_DIR")
                                                                                       : INC_WEB_DIR;
    web_config cfg = {
        .db_path = ctx->db_path,
        .host = cli_opt(argc, argv, "--host") ? cli_opt(argc, argv, "--host") : "127.0.0.1",
        .port = 8080,
        .static_dir = web_dir,
        .threads = 0,   /* default_threads once the database is open */
        .secure_cookie = getenv("INCLUSIO_SECURE_COOKIE") && strcmp(getenv("INCLUSIO_SECURE_COOKIE"), "1") == 0,
    };
    if (strcmp(cfg.host, "localhost") == 0) cfg.host = "127.0.0.1";
    if (port_s) {
        char *end;
        long p = strtol(port_s, &end, 10);
        if (!*port_s || *end || p < 0 || p > 65535) {
            fprintf(stderr, "inclusio: ongeldige poort '%s' (0-65535)\n", port_s);
            return cli_usage_error(ctx);
        }
        cfg.port = (int)p;
    }
    if (threads_s) {
        char *end;
        long t = strtol(threads_s, &end, 10);
        if (!*threads_s || *end || t < 1 || t > 16) {
            fprintf(stderr, "inclusio: ongeldig aantal werkdraden '%s' (1-16)\n", threads_s);
            return cli_usage_error(ctx);
        }
        cfg.threads = (int)t;
    }
    /* Without its interface the server would answer 404 on every page: refuse to start. */
    char index[4096];
    snprintf(index, sizeof index, "%s/index.html", web_dir);
    if (access(index, R_OK) != 0) {
        fprintf(stderr,
                "inclusio: de browserinterface is niet gevonden: %s ontbreekt. Geef de map met --static MAP of "
                "INCLUSIO_WEB_DIR (standaard %s).\n",
                index, INC_WEB_DIR);
        return EXIT_IO;
    }
    /* Process-wide database set-up (SQLite: no memory statistics, whose global mutex every
     * allocation would take) before any worker thread opens a connection. */
    db_global_init();
    /* Migrate once, here, before any worker opens its own connection. */
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    if (!cfg.threads) cfg.threads = default_threads(db);

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
    /* The follow-up's daily jobs and e-mail (issue 17): a thread with its own connection. */
    app_jobs_thread *jobs = NULL;
    const char *jobs_env = getenv("INCLUSIO_JOBS");
    if (!cli_flag(argc, argv, "--no-jobs") && !(jobs_env && strcmp(jobs_env, "off") == 0) &&
        app_jobs_thread_start(ctx->db_path, 60, &jobs, &e) != INC_OK) {
        web_server_stop(srv);
        return cli_fail(&e);
    }
    const char *shown = strchr(cfg.host, ':') ? "[%s]" : "%s";
    char host[80];
    snprintf(host, sizeof host, shown, cfg.host);
    printf("inclusio luistert op http://%s:%d/ (database %s; stop met Ctrl-C)\n", host, web_server_port(srv),
           ctx->db_path);
    fflush(stdout);
    int sig = 0;
    sigwait(&set, &sig);
    app_jobs_thread_stop(jobs);
    web_server_stop(srv);
    printf("inclusio: gestopt (%s)\n", sig == SIGTERM ? "SIGTERM" : "SIGINT");
    return EXIT_OK;
}
