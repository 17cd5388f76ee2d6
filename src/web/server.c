#include "web/server.h"
#include "web/response_cache.h"
#include "web/router.h"
#include "app/municipality.h"
#include "app/session.h"
#include "web/session_auth.h"
#include "web/static_files.h"
#include <arpa/inet.h>
#include <microhttpd.h>
#include <netinet/in.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/socket.h>
#include <time.h>
#include <unistd.h>

/* A request's query may hold this many parameters; more are answered with 414. */
#define WEB_MAX_QUERY_PARAMS 100

/* Every open connection, for the request deadline: a request (headers and body) must have arrived
 * within request_timeout seconds of the connection's start or of the previous answer on it. MHD's
 * own timeout only counts idle time, so a client sending a byte now and then would hold its
 * connection for ever. */
typedef struct conn_watch {
    int fd;
    time_t since;      /* connection start, or the end of the previous request */
    bool busy;         /* the request has arrived: the handler or the answer is under way */
    bool cut;
    struct conn_watch *prev, *next;
} conn_watch;

struct web_server {
    struct MHD_Daemon *daemon;
    web_config cfg;
    char db_path[1024];
    char static_dir[1024];
    int port;
    unsigned request_timeout;
    pthread_mutex_t lock;   /* guards conns and stopping */
    pthread_cond_t wake;
    bool stopping, watchdog_started, checkpointer_started;
    pthread_t watchdog, checkpointer;
    inc_db *checkpoint_db;  /* the checkpoint thread's connection; NULL: the workers checkpoint */
    conn_watch *conns;
};

/* Per-request state, made when the request line has arrived (uri_seen). */
typedef struct {
    char *body;
    size_t len;
    bool too_big;
    bool too_many_params;
    bool started;      /* the access handler has seen the headers */
    size_t limit;      /* the largest body this request may send (WEB_MAX_BODY, or an evidence file's) */
    FILE *spool;       /* an upload's body (WEB_UPLOAD_PATH) */
    long long spooled;
} upload;

/* POST /api/v1/realisations/{id}/evidence carries a file (a PDF or image), not JSON: its body may be
 * as large as an evidence file and reaches the handler as it came (web_req.raw_body). */
static bool is_raw_upload(const char *method, const char *url)
{
    static const char pre[] = "/api/v1/realisations/", suf[] = "/evidence";
    size_t n = strlen(url);
    return strcmp(method, "POST") == 0 && strncmp(url, pre, sizeof pre - 1) == 0 && n > sizeof pre + sizeof suf - 2 &&
           strcmp(url + n - (sizeof suf - 1), suf) == 0;
}

/* One SQLite connection per worker thread, closed when the thread ends. */
static pthread_key_t db_key_tls;
static pthread_once_t db_key_once = PTHREAD_ONCE_INIT;
static void close_thread_db(void *p) { db_close(p); }
static void make_db_key(void) { pthread_key_create(&db_key_tls, close_thread_db); }

static inc_db *thread_db(const web_server *s, inc_error *e)
{
    inc_db *db = pthread_getspecific(db_key_tls);
    if (db) return db;
    if (app_db_open(s->db_path, APP_DB_SERVER | (s->checkpointer_started ? APP_DB_NO_CHECKPOINT : 0), &db, e) != INC_OK)
        return NULL;
    pthread_setspecific(db_key_tls, db);
    return db;
}

/* Query keys renamed to camelCase (ADR): the snake_case names stay accepted until API v2
 * (docs/api.md, deprecated in 1.0.0). */
static const char *const renamed_query_keys[][2] = {{"perPage", "per_page"}, {"entityId", "entity_id"}};

const char *web_query(const web_req *req, const char *name)
{
    if (req->municipality[0] && strcmp(name, "municipality") == 0) return req->municipality;
    const char *v = MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, name);
    for (size_t i = 0; !(v && *v) && i < sizeof renamed_query_keys / sizeof *renamed_query_keys; i++)
        if (strcmp(name, renamed_query_keys[i][0]) == 0)
            v = MHD_lookup_connection_value(req->conn, MHD_GET_ARGUMENT_KIND, renamed_query_keys[i][1]);
    return (v && *v) ? v : NULL;
}

const char *web_header(const web_req *req, const char *name)
{
    return MHD_lookup_connection_value(req->conn, MHD_HEADER_KIND, name);
}

static bool state_changing(const char *m)
{
    return strcmp(m, "POST") == 0 || strcmp(m, "PUT") == 0 || strcmp(m, "PATCH") == 0 || strcmp(m, "DELETE") == 0;
}

/* Parses the upload as a JSON object. False after setting a problem. */
static bool parse_body(web_req *req, const upload *up)
{
    if (is_raw_upload(req->method, req->path)) {
        req->raw_body = up->body;
        req->raw_len = up->len;
        return true;
    }
    if (up->spool) return true;   /* an upload: its handler reads req->upload */
    if (!up->body || up->len == 0) return true;
    const char *ct = web_header(req, "Content-Type");
    if (!ct || strncasecmp(ct, "application/json", 16) != 0) {
        web_problem(req, 415, NULL, "de inhoud moet JSON zijn (Content-Type: application/json)");
        return false;
    }
    json_error_t je;
    json_t *j = json_loadb(up->body, up->len, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        web_problem(req, 400, NULL, "ongeldige JSON op positie %d: %s", je.position, je.text);
        return false;
    }
    if (!json_is_object(j)) {
        json_decref(j);
        web_problem(req, 400, NULL, "verwacht een JSON-object");
        return false;
    }
    req->body = j;
    return true;
}

/* A municipality named by code or name ("Zoetermeer", "den haag") in the query or the body becomes
 * its code before any handler or scope check sees it; an unknown one is left for the handler to
 * refuse as it always does. */
static void resolve_municipality(web_req *req)
{
    char code[64];
    const char *q = web_query(req, "municipality");
    if (q && app_municipality_resolve(req->db, q, code, sizeof code, NULL) == INC_OK)
        snprintf(req->municipality, sizeof req->municipality, "%s", code);
    json_t *b = req->body ? json_object_get(req->body, "municipality") : NULL;
    if (json_is_string(b) && app_municipality_resolve(req->db, json_string_value(b), code, sizeof code, NULL) == INC_OK &&
        strcmp(code, json_string_value(b)) != 0)
        json_object_set_new(req->body, "municipality", json_string(code));
}

static void handle_api(web_req *req, const upload *up)
{
    const web_route *route;
    route_match m = router_match(req, &route, req->allow, sizeof req->allow);
    if (m == ROUTE_NO_PATH) {
        web_problem(req, 404, NULL, "onbekend adres %s", req->path);
        return;
    }
    if (m == ROUTE_WRONG_METHOD) {
        web_problem(req, 405, NULL, "methode %s is hier niet toegestaan", req->method);
        return;
    }
    req->allow[0] = '\0';
    if (up->too_big) {
        if (up->limit == WEB_MAX_EVIDENCE)
            web_problem(req, 413, "file", "het bewijsstuk is te groot: hoogstens 2 MB (%d bytes)", WEB_MAX_EVIDENCE - 1);
        else web_problem(req, 413, NULL, "het verzoek is groter dan %d bytes", WEB_MAX_BODY);
        return;
    }
    inc_error e = {0};
    rcache_observe(req->db);
    /* The connection broke since the last request (the database restarted): a new one, or 503 while
     * the database stays away. No transaction is open between requests, so nothing is lost. */
    if (db_lost(req->db)) {
        if (db_reconnect(req->db, &e) != INC_OK) {
            fprintf(stderr, "inclusio serve: %s\n", e.message);
            web_unavailable(req);
            return;
        }
        rcache_observe(req->db);
    }
    if (web_resolve_session(req, &e) != INC_OK) {
        web_fail(req, &e);
        return;
    }
    if (route->auth == AUTH_USER) {
        if (!req->logged_in) {
            if (web_session_cookie(req)) web_clear_session_cookie(req);
            web_problem(req, 401, NULL, "niet ingelogd of de sessie is verlopen; log opnieuw in");
            return;
        }
        if (state_changing(req->method) && !web_csrf_ok(req)) {
            web_problem(req, 403, NULL, "CSRF-token ontbreekt of klopt niet (kop X-CSRF-Token)");
            return;
        }
    }
    if (!parse_body(req, up)) return;
    resolve_municipality(req);
    web_set_actor(req);
    route->handler(req);
    /* A handler that left an open transaction behind must not leak it into the next request. */
    db_rollback(req->db);
    /* What this request wrote (or the session refresh) makes cached responses stale. */
    rcache_observe_own(req->db);
}

#ifndef INCLUSIO_VERSION
#error "INCLUSIO_VERSION is set by the Makefile from the file VERSION"
#endif

static bool is_api(const char *path) { return strncmp(path, "/api/", 5) == 0 || strcmp(path, "/api") == 0; }

static void add_common_headers(struct MHD_Response *r, const web_req *req)
{
    MHD_add_response_header(r, "X-Content-Type-Options", "nosniff");
    MHD_add_response_header(r, "X-Frame-Options", "DENY");
    MHD_add_response_header(r, "Referrer-Policy", "no-referrer");
    MHD_add_response_header(r, "Content-Security-Policy",
                            "default-src 'self'; img-src 'self' data:; style-src 'self'; frame-ancestors 'none'; "
                            "base-uri 'none'; form-action 'self'");
    if (is_api(req->path)) {
        MHD_add_response_header(r, "Cache-Control", req->cache_control ? req->cache_control : "no-store");
        /* ADR /core/version-header: the full semantic version on every API answer. */
        MHD_add_response_header(r, "API-Version", INCLUSIO_VERSION);
    }
    if (req->cors) {
        MHD_add_response_header(r, "Access-Control-Allow-Origin", "*");
        MHD_add_response_header(r, "Access-Control-Allow-Methods", "GET, OPTIONS");
        MHD_add_response_header(r, "Access-Control-Expose-Headers", "API-Version");
        MHD_add_response_header(r, "Access-Control-Max-Age", "86400");
    }
    if (req->content_type) MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_TYPE, req->content_type);
    if (req->set_cookie[0]) MHD_add_response_header(r, MHD_HTTP_HEADER_SET_COOKIE, req->set_cookie);
    if (req->retry_after[0]) MHD_add_response_header(r, MHD_HTTP_HEADER_RETRY_AFTER, req->retry_after);
    if (req->allow[0]) MHD_add_response_header(r, MHD_HTTP_HEADER_ALLOW, req->allow);
    if (req->disposition[0]) MHD_add_response_header(r, MHD_HTTP_HEADER_CONTENT_DISPOSITION, req->disposition);
}

static enum MHD_Result respond(struct MHD_Connection *c, web_req *req)
{
    struct MHD_Response *r;
    if (req->resp_fd >= 0) {
        r = MHD_create_response_from_fd64(req->resp_fd_size, req->resp_fd);
        req->resp_fd = -1;   /* the response owns it now */
    } else if (req->resp_body && !req->head_only) {
        /* The response takes the body over (no copy); MHD frees it. */
        r = MHD_create_response_from_buffer(req->resp_len, req->resp_body, MHD_RESPMEM_MUST_FREE);
        if (r) req->resp_body = NULL;
    } else {
        r = MHD_create_response_from_buffer(0, (char *)"", MHD_RESPMEM_PERSISTENT);
    }
    if (!r) return MHD_NO;
    add_common_headers(r, req);
    enum MHD_Result ok = MHD_queue_response(c, (unsigned)req->status, r);
    MHD_destroy_response(r);
    return ok;
}

static void peer_address(struct MHD_Connection *c, char *out, size_t n)
{
    snprintf(out, n, "?");
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CLIENT_ADDRESS);
    if (!ci || !ci->client_addr) return;
    const struct sockaddr *sa = ci->client_addr;
    if (sa->sa_family == AF_INET) inet_ntop(AF_INET, &((const struct sockaddr_in *)sa)->sin_addr, out, (socklen_t)n);
    else if (sa->sa_family == AF_INET6)
        inet_ntop(AF_INET6, &((const struct sockaddr_in6 *)sa)->sin6_addr, out, (socklen_t)n);
}

/* Called by MHD with the raw request line's URI before it parses the query into its own memory
 * pool. libmicrohttpd 0.9.75 never answers a request whose parameters overflow that pool (1,000
 * parameters did), so a query with too many parameters is cut off here, before MHD parses it (the
 * option exists to process the URI before parsing), and the request is answered 414 in on_request. */
static void *uri_seen(void *cls, const char *uri, struct MHD_Connection *c)
{
    (void)cls;
    (void)c;
    upload *up = calloc(1, sizeof *up);
    char *q = strchr(uri, '?');
    if (!up || !q) return up;
    size_t params = 1;
    for (const char *p = q + 1; *p; p++) params += *p == '&';
    if (params > WEB_MAX_QUERY_PARAMS) {
        up->too_many_params = true;
        q[1] = '\0';   /* MHD's buffer, writable: MHD itself cuts the URI at '?' next */
    }
    return up;
}

/* Seconds on a clock that never jumps (deadlines must not move with the wall clock). */
static time_t mono_now(void)
{
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return t.tv_sec;
}

static conn_watch *watch_of(struct MHD_Connection *c)
{
    const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_SOCKET_CONTEXT);
    return ci ? ci->socket_context : NULL;
}

static void watch_set_busy(web_server *s, struct MHD_Connection *c, bool busy)
{
    conn_watch *w = watch_of(c);
    if (!w) return;
    pthread_mutex_lock(&s->lock);
    w->busy = busy;
    if (!busy) w->since = mono_now();
    pthread_mutex_unlock(&s->lock);
}

static void on_connection(void *cls, struct MHD_Connection *c, void **socket_context,
                          enum MHD_ConnectionNotificationCode code)
{
    web_server *s = cls;
    if (code == MHD_CONNECTION_NOTIFY_STARTED) {
        const union MHD_ConnectionInfo *ci = MHD_get_connection_info(c, MHD_CONNECTION_INFO_CONNECTION_FD);
        conn_watch *w = ci ? calloc(1, sizeof *w) : NULL;
        if (!w) return;   /* unwatched: MHD's idle timeout still applies */
        w->fd = ci->connect_fd;
        w->since = mono_now();
        pthread_mutex_lock(&s->lock);
        w->next = s->conns;
        if (s->conns) s->conns->prev = w;
        s->conns = w;
        pthread_mutex_unlock(&s->lock);
        *socket_context = w;
    } else if (code == MHD_CONNECTION_NOTIFY_CLOSED && *socket_context) {
        /* MHD closes the socket after this returns: unlinked here, the watchdog never touches a reused fd. */
        conn_watch *w = *socket_context;
        pthread_mutex_lock(&s->lock);
        if (w->prev) w->prev->next = w->next;
        else s->conns = w->next;
        if (w->next) w->next->prev = w->prev;
        pthread_mutex_unlock(&s->lock);
        free(w);
        *socket_context = NULL;
    }
}

/* Once a second: shuts down (never closes: MHD owns the fd) every connection whose request is late;
 * MHD then sees the end of the stream and closes it. */
static void *watchdog(void *arg)
{
    web_server *s = arg;
    pthread_mutex_lock(&s->lock);
    while (!s->stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_sec += 1;
        pthread_cond_timedwait(&s->wake, &s->lock, &until);
        time_t now = mono_now();
        for (conn_watch *w = s->conns; w && !s->stopping; w = w->next)
            if (!w->busy && !w->cut && now - w->since >= (time_t)s->request_timeout) {
                shutdown(w->fd, SHUT_RDWR);
                w->cut = true;
            }
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

/* Ten times a second: copies the write-ahead log into the database file (db_checkpoint), so that no
 * worker does it in the middle of its requests (measured: docs/bench.md). */
static void *checkpointer(void *arg)
{
    web_server *s = arg;
    pthread_mutex_lock(&s->lock);
    while (!s->stopping) {
        struct timespec until;
        clock_gettime(CLOCK_REALTIME, &until);
        until.tv_nsec += 100 * 1000 * 1000;
        if (until.tv_nsec >= 1000 * 1000 * 1000) {
            until.tv_sec++;
            until.tv_nsec -= 1000 * 1000 * 1000;
        }
        pthread_cond_timedwait(&s->wake, &s->lock, &until);
        if (s->stopping) break;
        pthread_mutex_unlock(&s->lock);
        app_db_checkpoint(s->checkpoint_db, NULL);
        pthread_mutex_lock(&s->lock);
    }
    pthread_mutex_unlock(&s->lock);
    return NULL;
}

static void stop_threads(web_server *s)
{
    pthread_mutex_lock(&s->lock);
    s->stopping = true;
    pthread_cond_broadcast(&s->wake);
    pthread_mutex_unlock(&s->lock);
    if (s->watchdog_started) pthread_join(s->watchdog, NULL);
    if (s->checkpointer_started) pthread_join(s->checkpointer, NULL);
    s->watchdog_started = s->checkpointer_started = false;
    db_close(s->checkpoint_db);
    s->checkpoint_db = NULL;
}

/* A positive whole number from the environment, or def. */
static unsigned env_limit(const char *name, unsigned def)
{
    const char *v = getenv(name);
    if (!v || !*v) return def;
    char *end;
    unsigned long n = strtoul(v, &end, 10);
    return *end || n > 100000 ? def : (unsigned)n;
}

static enum MHD_Result on_request(void *cls, struct MHD_Connection *c, const char *url, const char *method,
                                  const char *version, const char *upload_data, size_t *upload_size, void **con_cls)
{
    (void)version;
    web_server *s = cls;
    upload *up = *con_cls;
    if (!up) {   /* uri_seen made it; not when it ran out of memory */
        up = calloc(1, sizeof *up);
        if (!up) return MHD_NO;
        *con_cls = up;
    }
    if (!up->started) {
        up->started = true;
        up->limit = is_raw_upload(method, url) ? WEB_MAX_EVIDENCE : WEB_MAX_BODY;
        const char *cl = MHD_lookup_connection_value(c, MHD_HEADER_KIND, MHD_HTTP_HEADER_CONTENT_LENGTH);
        bool spool = strcmp(method, "POST") == 0 && strcmp(url, WEB_UPLOAD_PATH) == 0;
        unsigned long long declared = cl ? strtoull(cl, NULL, 10) : 0;
        if (cl && declared > (spool ? (unsigned long long)WEB_MAX_UPLOAD : up->limit)) up->too_big = true;
        if (spool && !up->too_big && !(up->spool = tmpfile())) return MHD_NO;
        if (!up->too_big && !up->too_many_params) return MHD_YES;
        /* A body somewhat too large is read and thrown away before the 413, so the client, still
         * sending, gets the answer instead of a reset connection; a huge one is refused at once,
         * before reading a byte of it. */
        if (!up->too_many_params && declared <= WEB_DISCARD_MAX) return MHD_YES;
    } else if (*upload_size && up->spool) {
        if (!up->too_big) {
            up->spooled += (long long)*upload_size;
            if (up->spooled > WEB_MAX_UPLOAD) up->too_big = true;
            else if (fwrite(upload_data, 1, *upload_size, up->spool) != *upload_size) return MHD_NO;
        }
        *upload_size = 0;
        return MHD_YES;
    } else if (*upload_size) {
        if (!up->too_big) {
            if (up->len + *upload_size > up->limit) {
                up->too_big = true;
                free(up->body);
                up->body = NULL;
                up->len = 0;
            } else {
                char *nb = realloc(up->body, up->len + *upload_size + 1);
                if (!nb) return MHD_NO;
                memcpy(nb + up->len, upload_data, *upload_size);
                up->body = nb;
                up->len += *upload_size;
                up->body[up->len] = '\0';
            }
        }
        *upload_size = 0;
        return MHD_YES;
    }

    web_req req = {.conn = c, .method = method, .path = url, .resp_fd = -1, .status = 500};
    req.head_only = strcmp(method, "HEAD") == 0;
    peer_address(c, req.address, sizeof req.address);
    if (up->spool && !up->too_big && fflush(up->spool) == 0 && fseek(up->spool, 0, SEEK_SET) == 0) req.upload = up->spool;
    watch_set_busy(s, c, true);
    if (up->too_many_params) {
        web_problem(&req, 414, NULL, "het adres heeft te veel parameters (hoogstens %d)", WEB_MAX_QUERY_PARAMS);
    } else if (up->too_big && strncmp(url, "/api/", 5) != 0) {
        web_problem(&req, 413, NULL, "het verzoek is groter dan %d bytes", WEB_MAX_BODY);
    } else if (is_api(url)) {
        inc_error e = {0};
        req.db = thread_db(s, &e);
        if (!req.db) {   /* the server opened it at start: now it cannot be reached */
            fprintf(stderr, "inclusio serve: %s\n", e.message);
            web_unavailable(&req);
        }
        else handle_api(&req, up);
    } else {
        web_static(&req, s->static_dir);
    }
    enum MHD_Result ok = respond(c, &req);
    if (req.resp_fd >= 0) close(req.resp_fd);
    free(req.resp_body);
    json_decref(req.body);
    return ok;
}

static void on_completed(void *cls, struct MHD_Connection *c, void **con_cls, enum MHD_RequestTerminationCode toe)
{
    (void)toe;
    watch_set_busy(cls, c, false);   /* the next request on this connection gets its own deadline */
    upload *up = *con_cls;
    if (up) {
        free(up->body);
        if (up->spool) fclose(up->spool);
        free(up);
        *con_cls = NULL;
    }
}

inc_status web_server_start(const web_config *cfg, web_server **out, inc_error *e)
{
    pthread_once(&db_key_once, make_db_key);
    web_server *s = calloc(1, sizeof *s);
    if (!s) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    s->cfg = *cfg;
    snprintf(s->db_path, sizeof s->db_path, "%s", cfg->db_path);
    snprintf(s->static_dir, sizeof s->static_dir, "%s", cfg->static_dir ? cfg->static_dir : "web");
    web_session_configure(app_session_limits_from_env(), cfg->secure_cookie);
    const char *mb = getenv("INCLUSIO_CACHE_MB");
    rcache_configure((size_t)(mb ? strtoul(mb, NULL, 10) : 64) * 1024 * 1024);

    struct sockaddr_storage ss = {0};
    unsigned flags = MHD_USE_INTERNAL_POLLING_THREAD | MHD_USE_AUTO;
    if (strchr(cfg->host, ':')) {
        struct sockaddr_in6 *a6 = (struct sockaddr_in6 *)&ss;
        a6->sin6_family = AF_INET6;
        a6->sin6_port = htons((uint16_t)cfg->port);
        if (inet_pton(AF_INET6, cfg->host, &a6->sin6_addr) != 1) goto bad_host;
        flags |= MHD_USE_IPv6;
    } else {
        struct sockaddr_in *a4 = (struct sockaddr_in *)&ss;
        a4->sin_family = AF_INET;
        a4->sin_port = htons((uint16_t)cfg->port);
        if (inet_pton(AF_INET, cfg->host, &a4->sin_addr) != 1) goto bad_host;
    }
    int threads = cfg->threads < 1 ? 4 : cfg->threads > 16 ? 16 : cfg->threads;
    /* Limits against clients that hold connections (docs/operations.md): per client address, in
     * total, and a deadline for each request to arrive. */
    unsigned per_ip = env_limit("INCLUSIO_MAX_CONNECTIONS_PER_CLIENT", 128);
    unsigned total = env_limit("INCLUSIO_MAX_CONNECTIONS", 1000);
    s->request_timeout = env_limit("INCLUSIO_REQUEST_TIMEOUT", 30);
    if (s->request_timeout == 0) s->request_timeout = 30;
    if (total == 0) total = 1000;
    pthread_mutex_init(&s->lock, NULL);
    pthread_cond_init(&s->wake, NULL);
    /* Before the workers open their connections, which leave checkpoints to this thread if it runs. */
    if (app_db_open(s->db_path, APP_DB_SERVER, &s->checkpoint_db, NULL) == INC_OK &&
        pthread_create(&s->checkpointer, NULL, checkpointer, s) == 0)
        s->checkpointer_started = true;
    s->daemon = MHD_start_daemon(flags, (uint16_t)cfg->port, NULL, NULL, on_request, s, MHD_OPTION_SOCK_ADDR,
                                 (struct sockaddr *)&ss, MHD_OPTION_THREAD_POOL_SIZE, (unsigned)threads,
                                 MHD_OPTION_NOTIFY_COMPLETED, on_completed, s, MHD_OPTION_NOTIFY_CONNECTION,
                                 on_connection, s, MHD_OPTION_URI_LOG_CALLBACK, uri_seen, s,
                                 MHD_OPTION_CONNECTION_TIMEOUT, (unsigned)60, MHD_OPTION_CONNECTION_LIMIT, total,
                                 MHD_OPTION_PER_IP_CONNECTION_LIMIT, per_ip, MHD_OPTION_CONNECTION_MEMORY_LIMIT,
                                 (size_t)(64 * 1024), MHD_OPTION_END);
    if (s->daemon && pthread_create(&s->watchdog, NULL, watchdog, s) == 0) s->watchdog_started = true;
    else if (s->daemon) {
        MHD_stop_daemon(s->daemon);
        s->daemon = NULL;
    }
    if (!s->daemon) {
        stop_threads(s);
        pthread_cond_destroy(&s->wake);
        pthread_mutex_destroy(&s->lock);
        free(s);
        return inc_fail(e, INC_EIO, "port", "kan niet luisteren op %s:%d (poort bezet?)", cfg->host, cfg->port);
    }
    const union MHD_DaemonInfo *di = MHD_get_daemon_info(s->daemon, MHD_DAEMON_INFO_BIND_PORT);
    s->port = di ? di->port : cfg->port;
    *out = s;
    return INC_OK;
bad_host:
    free(s);
    return inc_fail(e, INC_EINVAL, "host", "ongeldig adres '%s' (verwacht een IP-adres, bijv. 127.0.0.1)", cfg->host);
}

int web_server_port(const web_server *s) { return s->port; }

void web_server_stop(web_server *s)
{
    if (!s) return;
    stop_threads(s);
    MHD_stop_daemon(s->daemon);
    pthread_cond_destroy(&s->wake);
    pthread_mutex_destroy(&s->lock);
    free(s);
}
