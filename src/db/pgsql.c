/* The PostgreSQL driver (libpq): chosen by db_open for a postgresql:// or postgres:// target. The
 * only code that includes libpq-fe.h. Synchronous like the rest of the seam, one connection per
 * inc_db, which one thread uses at a time.
 *
 * What it does to fit the seam (which follows SQLite's behaviour):
 * - SQL: `?`, `?N`, `:name` and `@name` parameters are rewritten once, at prepare, to $1..$n in
 *   SQLite's numbering (`?` takes the largest number so far plus one; a name keeps its number),
 *   skipping quoted text and comments. Parameters go as text; an integer is typed bigint, a blob
 *   bytea (in binary), text and NULL are left for the server to infer from where they stand. A
 *   cached statement takes the types of its first execution's bindings.
 * - Statements: cached ones (db_stmt, db_stmt_built) are prepared on the server once per connection
 *   (PQprepare, at the first step, then PQexecPrepared); one-shot ones run with PQexecParams. A step
 *   runs the statement and keeps its whole result, so a caller may read one statement while it
 *   runs others on the same connection, as the store does.
 * - The id of an inserted row: an INSERT into a table whose `id` is an identity column runs as
 *   WITH i AS (INSERT ... RETURNING id) SELECT count(*), max(id) FROM i, one round trip giving both
 *   db_changes and db_last_id. An INSERT that names the id itself (the bulk paths give explicit
 *   ids, as SQLite's max(rowid) + 1 would) moves the table's sequence past the largest id, so later
 *   inserts do not collide.
 * - Constraint violations (SQLSTATE class 23) are DB_CONSTRAINT. A failed statement aborts a
 *   PostgreSQL transaction, and the store goes on after a refused write (an import lists every bad
 *   row), so a write stepped through db_step_rc inside a transaction runs under a savepoint and a
 *   refusal rolls back to it: the transaction stays usable, as on SQLite.
 * - The change stamp: a counter table bumped by a statement trigger on every table, once per
 *   transaction (a transaction-local setting remembers it), in one of 16 slots chosen by backend
 *   pid so concurrent writers do not queue on one row; the stamp is the slots' sum, read in the
 *   reader's own snapshot, so it never runs ahead of the data a response was made from. Commits on
 *   any connection, any server, change it. The triggers are added by db_set_schema_version, which
 *   every migration ends with, so no table escapes them.
 * - The schema version: a one-row table inc_db_version (SQLite: PRAGMA user_version).
 * The driver's own tables are named inc_db_*; the schema comparison leaves them out. */
#include "db/driver.h"
#include <ctype.h>
#include <dlfcn.h>
#include <libpq-fe.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* libpq is loaded when the first PostgreSQL connection is opened, not linked: linked, it and the
 * dozen libraries it brings (TLS, Kerberos, LDAP) were loaded by every run of the program, SQLite or
 * not, a few milliseconds on each command (measured: docs/operations.md). The header gives the types;
 * each function is called through the table below. */
#define PQ_FUNCS(X)                                                                                            \
    X(PQclear) X(PQcmdStatus) X(PQcmdTuples) X(PQconnectdb) X(PQconninfoFree) X(PQconninfoParse)               \
    X(PQerrorMessage) X(PQescapeIdentifier) X(PQexec) X(PQexecParams) X(PQexecPrepared) X(PQfinish) X(PQfname) \
    X(PQfreemem) X(PQftype) X(PQgetisnull) X(PQgetlength) X(PQgetvalue) X(PQnfields) X(PQntuples) X(PQprepare) X(PQreset) \
    X(PQresultErrorField) X(PQresultStatus) X(PQsetNoticeProcessor) X(PQstatus) X(PQtransactionStatus)        \
    X(PQunescapeBytea) X(PQputCopyData) X(PQputCopyEnd) X(PQgetResult)
static struct {
#define PQ_FIELD(f) __typeof__(f) *f;
    PQ_FUNCS(PQ_FIELD)
#undef PQ_FIELD
} pq;
static bool pq_loaded;
static char pq_error[256];

static void pq_load_once(void)
{
    void *h = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (!h) {
        snprintf(pq_error, sizeof pq_error, "%s", dlerror());
        return;
    }
#define PQ_LOAD(f)                                                                                             \
    if (!(*(void **)&pq.f = dlsym(h, #f))) {                                                                   \
        snprintf(pq_error, sizeof pq_error, "%s ontbreekt in libpq.so.5", #f);                                 \
        return;                                                                                                \
    }
    PQ_FUNCS(PQ_LOAD)
#undef PQ_LOAD
    pq_loaded = true;
}

static bool pq_load(void)
{
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    pthread_once(&once, pq_load_once);
    return pq_loaded;
}

#define PQ_CALL(f) (pq.f)
#define PQclear PQ_CALL(PQclear)
#define PQcmdStatus PQ_CALL(PQcmdStatus)
#define PQcmdTuples PQ_CALL(PQcmdTuples)
#define PQconnectdb PQ_CALL(PQconnectdb)
#define PQconninfoFree PQ_CALL(PQconninfoFree)
#define PQconninfoParse PQ_CALL(PQconninfoParse)
#define PQerrorMessage PQ_CALL(PQerrorMessage)
#define PQescapeIdentifier PQ_CALL(PQescapeIdentifier)
#define PQexec PQ_CALL(PQexec)
#define PQexecParams PQ_CALL(PQexecParams)
#define PQexecPrepared PQ_CALL(PQexecPrepared)
#define PQfinish PQ_CALL(PQfinish)
#define PQfname PQ_CALL(PQfname)
#define PQfreemem PQ_CALL(PQfreemem)
#define PQftype PQ_CALL(PQftype)
#define PQgetisnull PQ_CALL(PQgetisnull)
#define PQgetlength PQ_CALL(PQgetlength)
#define PQgetvalue PQ_CALL(PQgetvalue)
#define PQnfields PQ_CALL(PQnfields)
#define PQntuples PQ_CALL(PQntuples)
#define PQprepare PQ_CALL(PQprepare)
#define PQreset PQ_CALL(PQreset)
#define PQresultErrorField PQ_CALL(PQresultErrorField)
#define PQresultStatus PQ_CALL(PQresultStatus)
#define PQsetNoticeProcessor PQ_CALL(PQsetNoticeProcessor)
#define PQstatus PQ_CALL(PQstatus)
#define PQtransactionStatus PQ_CALL(PQtransactionStatus)
#define PQunescapeBytea PQ_CALL(PQunescapeBytea)
#define PQputCopyData PQ_CALL(PQputCopyData)
#define PQputCopyEnd PQ_CALL(PQputCopyEnd)
#define PQgetResult PQ_CALL(PQgetResult)

#define BOOLOID 16
#define BYTEAOID 17
#define INT8OID 20
#define INT2OID 21
#define INT4OID 23
#define TEXTOID 25
#define OIDOID 26
#define FLOAT4OID 700
#define FLOAT8OID 701
#define NUMERICOID 1700

typedef struct {
    char name[64];
    bool has_id;
} pg_table;

typedef struct {
    PGconn *conn;
    char err[512];
    int64_t changes;
    int64_t last_id;
    int64_t own_changes;
    int64_t round_trips;      /* statements sent and answered (db_statements_run) */
    unsigned next_name;
    unsigned gen;             /* connections made (db_reconnect): statements prepared on an older one are gone */
    pg_table tables[64];      /* whether a table's id is generated: cached per connection */
    int ntables;
} pg_conn;

typedef enum { ST_READY, ST_ROWS, ST_DONE } pg_state;

typedef struct {
    char *sql;                /* rewritten: $1..$n */
    int nparams;
    char **names;             /* :name / @name of each parameter, NULL for ? */
    bool persistent;
    bool prepared;
    unsigned gen;             /* the connection (pg_conn.gen) it was prepared on */
    char name[24];
    /* bindings */
    const char **values;
    int *lengths;
    int *formats;
    Oid *types;               /* bigint for integers, bytea for blobs, else left to the server */
    bool *null_tested;        /* the parameter stands before IS [NOT] NULL somewhere */
    bool *used;               /* the parameter occurs (SQLite allows gaps: ?3 without ?2) */
    char **owned;             /* copies to free */
    char (*num)[24];          /* integers formatted in place */
    /* the INSERT shape */
    bool insert_wrapped;      /* runs as WITH ... SELECT count(*), max(id) */
    char seq_table[64];       /* INSERT naming the id: the table whose sequence follows */
    bool is_write;            /* INSERT, UPDATE, DELETE (savepoint under db_step_rc) */
    /* the result */
    PGresult *res;
    int row, nrows;
    pg_state state;
    unsigned char **blobs;    /* decoded bytea of the current row, by column */
    size_t *blob_len;
    int nblobs;
    char boolbuf[2];
} pg_stmt;

#define PG(db) ((pg_conn *)(db)->native)
#define PS(st) ((pg_stmt *)(st)->native)

static void notice_ignore(void *arg, const char *message)
{
    (void)arg;
    (void)message;
}

/* libpq's message on one line (it spreads a connection failure over several). */
static void set_err(pg_conn *c, const char *msg)
{
    snprintf(c->err, sizeof c->err, "%s", msg && *msg ? msg : "onbekende fout");
    char *w = c->err;
    for (const char *r = c->err; *r; r++) {
        if (*r == '\n' || *r == '\t') {
            while (r[1] == '\n' || r[1] == '\t' || r[1] == ' ') r++;
            if (r[1] && w > c->err && w[-1] != ' ') *w++ = ' ';
        } else {
            *w++ = *r;
        }
    }
    *w = '\0';
    size_t n = strlen(c->err);
    while (n && c->err[n - 1] == ' ') c->err[--n] = '\0';
}

static void set_err_res(pg_conn *c, const PGresult *r)
{
    const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
    const char *detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : NULL;
    if (primary) {
        char buf[512];
        snprintf(buf, sizeof buf, "%s%s%s", primary, detail ? " (" : "", detail ? detail : "");
        if (detail) snprintf(buf + strlen(buf), sizeof buf - strlen(buf), ")");
        set_err(c, buf);
    } else {
        set_err(c, PQerrorMessage(c->conn));
    }
}

/* INCLUSIO_DB_TRACE=1: a failing statement on stderr, for whoever ports SQL to PostgreSQL. */
static void trace(const pg_conn *c, const char *sql)
{
    if (getenv("INCLUSIO_DB_TRACE")) fprintf(stderr, "pgsql: %s\n  in: %.2000s\n", c->err, sql);
}

/* Runs SQL without parameters: INC_OK or INC_EIO with c->err set. */
static bool run(pg_conn *c, const char *sql)
{
    c->round_trips++;
    PGresult *r = PQexec(c->conn, sql);
    ExecStatusType s = PQresultStatus(r);
    bool ok = s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK;
    if (!ok) {
        set_err_res(c, r);
        trace(c, sql);
    }
    PQclear(r);
    return ok;
}

static void pg_global_init(void) {}

static inc_status session_start(pg_conn *c, inc_error *e);

static inc_status pg_open(inc_db *db, const char *target, inc_error *e)
{
    if (!pq_load())
        return inc_fail(e, INC_EIO, "", "PostgreSQL is niet beschikbaar: de bibliotheek libpq kon niet worden geladen (%s);"
                        " installeer het pakket libpq5", pq_error);
    pg_conn *c = calloc(1, sizeof *c);
    if (!c) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    c->conn = PQconnectdb(target);
    db->native = c;
    return session_start(c, e);
}

/* What went wrong connecting, in Dutch, with libpq's own words after it (for the operator). */
static inc_status connect_failed(pg_conn *c, inc_error *e)
{
    set_err(c, c->conn ? PQerrorMessage(c->conn) : "geen geheugen");
    const char *why;
    if (strstr(c->err, "password authentication failed") || strstr(c->err, "no password supplied") ||
        strstr(c->err, "authentication failed") || strstr(c->err, "role \"") || strstr(c->err, "rol \""))
        why = "aanmelden geweigerd: de gebruikersnaam of het wachtwoord klopt niet (zie ~/.pgpass of PGPASSFILE)";
    else if (strstr(c->err, "database \"") && strstr(c->err, "does not exist"))
        why = "de database bestaat niet op die server";
    else if (strstr(c->err, "pg_hba.conf") || strstr(c->err, "permission denied"))
        why = "de server laat deze verbinding niet toe";
    else
        why = "de server is niet bereikbaar; draait hij en klopt het adres?";
    return inc_fail(e, INC_EIO, "", "kan de PostgreSQL-database niet gebruiken: %s (%s)", why, c->err);
}

/* A new connection's settings. UTC: the store writes and compares its own ISO 8601 text; nothing
 * depends on the server's zone. */
static inc_status session_start(pg_conn *c, inc_error *e)
{
    if (!c->conn || PQstatus(c->conn) != CONNECTION_OK) return connect_failed(c, e);
    PQsetNoticeProcessor(c->conn, notice_ignore, NULL);
    if (!run(c, "SET TIME ZONE 'UTC'; SET client_encoding = 'UTF8'"))
        return inc_fail(e, INC_EIO, "", "databasefout: %s", c->err);
    return INC_OK;
}

/* The connection broke (the server restarted or went away): libpq says so once a statement failed. */
static bool pg_lost(inc_db *db)
{
    pg_conn *c = PG(db);
    return !c->conn || PQstatus(c->conn) == CONNECTION_BAD;
}

/* A new connection to the same database; statements prepare again at their next step. Only between
 * units of work (the web server before a request): a transaction open on the lost connection is gone
 * with it, and its caller has been told so by the failed statement. */
static inc_status pg_reconnect(inc_db *db, inc_error *e)
{
    pg_conn *c = PG(db);
    c->gen++;
    c->own_changes++;   /* whatever the cache saw before is suspect */
    if (c->conn) PQreset(c->conn);
    else c->conn = PQconnectdb(db->path);
    return session_start(c, e);
}

static void pg_close(inc_db *db)
{
    pg_conn *c = PG(db);
    if (c->conn) PQfinish(c->conn);
    free(c);
    db->native = NULL;
}

static inc_status pg_exec(inc_db *db, const char *sql, inc_error *e)
{
    pg_conn *c = PG(db);
    if (!run(c, sql)) return inc_fail(e, INC_EIO, "", "databasefout: %s", c->err);
    return INC_OK;
}

/* ---- SQL rewriting ---- */

typedef struct {
    char *buf;
    size_t len, cap;
} sbuf;

static bool sb_put(sbuf *b, const char *s, size_t n)
{
    if (b->len + n + 1 > b->cap) {
        size_t cap = b->cap ? b->cap * 2 : 256;
        while (cap < b->len + n + 1) cap *= 2;
        char *p = realloc(b->buf, cap);
        if (!p) return false;
        b->buf = p;
        b->cap = cap;
    }
    memcpy(b->buf + b->len, s, n);
    b->len += n;
    b->buf[b->len] = '\0';
    return true;
}

static bool is_ident(char ch) { return isalnum((unsigned char)ch) || ch == '_'; }

/* Rewrites the parameters of sql to $n; fills the parameter count and names. */
static char *rewrite_params(const char *sql, int *nparams, char ***names_out)
{
    sbuf b = {0};
    int max = 0, nnames = 0, capnames = 0;
    char **names = NULL;
    const char *p = sql;
    bool ok = true;
    while (*p && ok) {
        const char *start = p;
        if (*p == '\'' || *p == '"') {
            char q = *p++;
            while (*p && *p != q) p++;
            if (*p) p++;
            ok = sb_put(&b, start, (size_t)(p - start));
        } else if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n') p++;
            ok = sb_put(&b, start, (size_t)(p - start));
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            p = end ? end + 2 : p + strlen(p);
            ok = sb_put(&b, start, (size_t)(p - start));
        } else if (*p == '?') {
            p++;
            int n;
            if (isdigit((unsigned char)*p)) {
                n = (int)strtol(p, (char **)&p, 10);
            } else {
                n = max + 1;
            }
            if (n > max) max = n;
            char num[16];
            int w = snprintf(num, sizeof num, "$%d", n);
            ok = sb_put(&b, num, (size_t)w);
        } else if ((*p == ':' || *p == '@') && (isalpha((unsigned char)p[1]) || p[1] == '_') &&
                   (p == sql || (p[-1] != ':' && !is_ident(p[-1])))) {
            p++;
            while (is_ident(*p)) p++;
            size_t len = (size_t)(p - start);
            int n = 0;
            for (int i = 0; i < nnames; i++)
                if (names[i] && strlen(names[i]) == len && memcmp(names[i], start, len) == 0) n = i + 1;
            if (!n) {
                n = ++max;
                if (n > capnames) {
                    int cap = n * 2;
                    char **nn = realloc(names, (size_t)cap * sizeof *nn);
                    if (!nn) { ok = false; break; }
                    memset(nn + capnames, 0, (size_t)(cap - capnames) * sizeof *nn);
                    names = nn;
                    capnames = cap;
                }
                names[n - 1] = strndup(start, len);
                if (n > nnames) nnames = n;
            }
            char num[16];
            int w = snprintf(num, sizeof num, "$%d", n);
            ok = sb_put(&b, num, (size_t)w);
        } else {
            p++;
            ok = sb_put(&b, start, 1);
        }
    }
    if (!ok || !b.buf) ok = ok && sb_put(&b, "", 0);
    if (!ok) {
        for (int i = 0; i < nnames; i++) free(names[i]);
        free(names);
        free(b.buf);
        return NULL;
    }
    /* names sized to the parameter count */
    if (names && capnames < max) {
        char **nn = realloc(names, (size_t)max * sizeof *nn);
        if (nn) {
            memset(nn + capnames, 0, (size_t)(max - capnames) * sizeof *nn);
            names = nn;
        }
    }
    *nparams = max;
    *names_out = names;
    return b.buf;
}

/* ---- INSERT shapes ---- */

static const char *skip_space(const char *p)
{
    for (;;) {
        while (isspace((unsigned char)*p)) p++;
        if (p[0] == '-' && p[1] == '-') {
            while (*p && *p != '\n') p++;
        } else if (p[0] == '/' && p[1] == '*') {
            const char *end = strstr(p + 2, "*/");
            p = end ? end + 2 : p + strlen(p);
        } else {
            return p;
        }
    }
}

static bool keyword(const char **pp, const char *kw)
{
    const char *p = skip_space(*pp);
    size_t n = strlen(kw);
    if (strncasecmp(p, kw, n) != 0 || is_ident(p[n])) return false;
    *pp = p + n;
    return true;
}

/* Whether word occurs in sql outside quotes and parentheses. */
static bool top_level_word(const char *sql, const char *word)
{
    int depth = 0;
    size_t n = strlen(word);
    for (const char *p = sql; *p; p++) {
        if (*p == '\'' || *p == '"') {
            char q = *p++;
            while (*p && *p != q) p++;
            if (!*p) break;
        } else if (*p == '(') {
            depth++;
        } else if (*p == ')') {
            depth--;
        } else if (depth == 0 && strncasecmp(p, word, n) == 0 && !is_ident(p[n]) && (p == sql || !is_ident(p[-1]))) {
            return true;
        }
    }
    return false;
}

/* Whether table's id column is generated (identity or serial): asked once per connection. */
static bool table_has_generated_id(pg_conn *c, const char *table)
{
    for (int i = 0; i < c->ntables; i++)
        if (strcmp(c->tables[i].name, table) == 0) return c->tables[i].has_id;
    const char *params[1] = {table};
    c->round_trips++;
    PGresult *r = PQexecParams(c->conn,
                               "SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass($1) AND attname = 'id'"
                               " AND NOT attisdropped AND (attidentity <> '' OR pg_get_serial_sequence($1, 'id') IS NOT NULL)",
                               1, NULL, params, NULL, NULL, 0);
    bool has = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
    bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
    PQclear(r);
    if (ok && c->ntables < (int)(sizeof c->tables / sizeof c->tables[0])) {
        snprintf(c->tables[c->ntables].name, sizeof c->tables[0].name, "%s", table);
        c->tables[c->ntables++].has_id = has;
    }
    return has;
}

/* Looks at an INSERT: the table, whether it names the id column, whether it returns rows itself. */
static void classify(pg_conn *c, pg_stmt *s)
{
    const char *p = s->sql;
    if (keyword(&p, "UPDATE") || keyword(&p, "DELETE")) {
        s->is_write = true;
        return;
    }
    p = s->sql;
    if (!keyword(&p, "INSERT")) return;
    s->is_write = true;
    if (!keyword(&p, "INTO")) return;
    p = skip_space(p);
    char table[64];
    size_t n = 0;
    bool quoted = *p == '"';
    if (quoted) p++;
    while (*p && n + 1 < sizeof table && (quoted ? *p != '"' : (is_ident(*p) || *p == '.'))) table[n++] = *p++;
    table[n] = '\0';
    if (quoted && *p == '"') p++;
    if (!n) return;
    bool names_id = false;
    p = skip_space(p);
    if (*p == '(') {
        const char *end = strchr(p, ')');
        for (const char *q = p + 1; end && q < end; q++) {
            q = skip_space(q);
            const char *w = q;
            while (q < end && (is_ident(*q) || *q == '"')) q++;
            size_t len = (size_t)(q - w);
            if ((len == 2 && strncasecmp(w, "id", 2) == 0) || (len == 4 && strncmp(w, "\"id\"", 4) == 0)) names_id = true;
            while (q < end && *q != ',') q++;
        }
    }
    if (top_level_word(s->sql, "RETURNING")) return;
    if (!table_has_generated_id(c, table)) return;
    if (names_id) snprintf(s->seq_table, sizeof s->seq_table, "%s", table);
    sbuf b = {0};
    if (sb_put(&b, "WITH inc_ins AS (", 17) && sb_put(&b, s->sql, strlen(s->sql)) &&
        sb_put(&b, " RETURNING id) SELECT count(*), max(id) FROM inc_ins", 52)) {
        free(s->sql);
        s->sql = b.buf;
        s->insert_wrapped = true;
    } else {
        free(b.buf);
    }
}

/* ---- Statements ---- */

static void pg_finalize(inc_stmt *st);

static void free_result(pg_stmt *s)
{
    for (int i = 0; i < s->nblobs; i++) {
        PQfreemem(s->blobs[i]);
        s->blobs[i] = NULL;
    }
    if (s->res) PQclear(s->res);
    s->res = NULL;
    s->row = s->nrows = 0;
}

/* `?1 IS NULL OR m.code = ?1`: PostgreSQL cannot type a parameter whose first use is an IS NULL test
 * (SQLite needs no type). Such a parameter, bound to text or NULL, is sent as text: the store's
 * optional filters are text; an integer binding is typed bigint anyway. A number that does not
 * occur at all (?3 without ?2) is typed text too, or PostgreSQL refuses the statement. */
static void mark_null_tests(pg_stmt *s)
{
    for (const char *p = s->sql; *p; p++) {
        if (*p == '\'' || *p == '"') {
            char q = *p++;
            while (*p && *p != q) p++;
            if (!*p) break;
        } else if (*p == '$' && isdigit((unsigned char)p[1]) && (p == s->sql || !is_ident(p[-1]))) {
            char *end;
            long n = strtol(p + 1, &end, 10);
            const char *q = end;
            if (n >= 1 && n <= s->nparams) {
                s->used[n - 1] = true;
                if (keyword(&q, "IS")) s->null_tested[n - 1] = true;
            }
            p = end - 1;
        }
    }
}

static inc_status pg_prepare(inc_db *db, const char *sql, bool persistent, inc_stmt *st, inc_error *e)
{
    pg_conn *c = PG(db);
    pg_stmt *s = calloc(1, sizeof *s);
    if (!s) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    s->sql = rewrite_params(sql, &s->nparams, &s->names);
    int n = s->nparams ? s->nparams : 1;
    s->values = calloc((size_t)n, sizeof *s->values);
    s->lengths = calloc((size_t)n, sizeof *s->lengths);
    s->formats = calloc((size_t)n, sizeof *s->formats);
    s->types = calloc((size_t)n, sizeof *s->types);
    s->null_tested = calloc((size_t)n, sizeof *s->null_tested);
    s->used = calloc((size_t)n, sizeof *s->used);
    s->owned = calloc((size_t)n, sizeof *s->owned);
    s->num = calloc((size_t)n, sizeof *s->num);
    st->native = s;
    if (!s->sql || !s->values || !s->lengths || !s->formats || !s->types || !s->null_tested || !s->used || !s->owned || !s->num) {
        pg_finalize(st);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    mark_null_tests(s);
    s->persistent = persistent;
    classify(c, s);
    return INC_OK;
}

static void pg_clear_bindings(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    if (!s->values || !s->owned || !s->lengths || !s->formats || !s->types) return;
    for (int i = 0; i < s->nparams; i++) {
        free(s->owned[i]);
        s->owned[i] = NULL;
        s->values[i] = NULL;
        s->lengths[i] = 0;
        s->formats[i] = 0;
        s->types[i] = 0;
    }
}

static void pg_finalize(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    if (!s) return;
    free_result(s);
    if (s->prepared && st->db && st->db->native && s->gen == PG(st->db)->gen &&
        PQstatus(PG(st->db)->conn) == CONNECTION_OK) {
        char sql[64];
        snprintf(sql, sizeof sql, "DEALLOCATE %s", s->name);
        /* not in an aborted transaction: the statement goes with the connection anyway */
        if (PQtransactionStatus(PG(st->db)->conn) != PQTRANS_INERROR) {
            PG(st->db)->round_trips++;
            PQclear(PQexec(PG(st->db)->conn, sql));
        }
    }
    pg_clear_bindings(st);
    for (int i = 0; s->names && i < s->nparams; i++) free(s->names[i]);
    free(s->names);
    free(s->values);
    free(s->lengths);
    free(s->formats);
    free(s->types);
    free(s->null_tested);
    free(s->used);
    free(s->owned);
    free(s->num);
    free(s->blobs);
    free(s->blob_len);
    free(s->sql);
    free(s);
    st->native = NULL;
}

static void pg_reset(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    free_result(s);
    s->state = ST_READY;
}

static bool constraint_state(const PGresult *r)
{
    const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
    return state && state[0] == '2' && state[1] == '3';
}

/* Moves the sequence of table past its largest id (after an INSERT that named the ids). */
static bool follow_sequence(pg_conn *c, const char *table)
{
    char *ident = PQescapeIdentifier(c->conn, table, strlen(table));
    if (!ident) return false;
    char sql[256];
    snprintf(sql, sizeof sql,
             "SELECT setval(pg_get_serial_sequence('%s', 'id'), m) FROM (SELECT max(id) AS m FROM %s) x WHERE m IS NOT NULL",
             table, ident);
    PQfreemem(ident);
    return run(c, sql);
}

static int execute(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    pg_conn *c = PG(st->db);
    free_result(s);
    PGresult *r;
    Oid types[s->nparams ? s->nparams : 1];
    c->round_trips++;
    for (int i = 0; i < s->nparams; i++)
        types[i] = s->types[i] == 0 && (s->null_tested[i] || !s->used[i]) ? TEXTOID : s->types[i];
    if (s->persistent) {
        if (!s->prepared || s->gen != c->gen) {
            snprintf(s->name, sizeof s->name, "inc_%u", ++c->next_name);
            c->round_trips++;
            r = PQprepare(c->conn, s->name, s->sql, s->nparams, types);
            if (PQresultStatus(r) != PGRES_COMMAND_OK) {
                set_err_res(c, r);
                trace(c, s->sql);
                PQclear(r);
                return DB_ERR;
            }
            PQclear(r);
            s->prepared = true;
            s->gen = c->gen;
        }
        r = PQexecPrepared(c->conn, s->name, s->nparams, s->values, s->lengths, s->formats, 0);
    } else {
        r = PQexecParams(c->conn, s->sql, s->nparams, types, s->values, s->lengths, s->formats, 0);
    }
    ExecStatusType status = PQresultStatus(r);
    if (status == PGRES_COMMAND_OK) {
        const char *tag = PQcmdStatus(r);
        if (s->is_write || strncmp(tag, "INSERT", 6) == 0 || strncmp(tag, "UPDATE", 6) == 0 ||
            strncmp(tag, "DELETE", 6) == 0) {
            c->changes = atoll(PQcmdTuples(r));
            c->own_changes += c->changes;
        }
        PQclear(r);
        s->state = ST_DONE;
        if (s->seq_table[0] && c->changes > 0 && !follow_sequence(c, s->seq_table)) return DB_ERR;
        return DB_DONE;
    }
    if (status != PGRES_TUPLES_OK) {
        set_err_res(c, r);
        trace(c, s->sql);
        int rc = constraint_state(r) ? DB_CONSTRAINT : DB_ERR;
        PQclear(r);
        s->state = ST_DONE;
        return rc;
    }
    if (s->insert_wrapped) {
        c->changes = atoll(PQgetvalue(r, 0, 0));
        c->own_changes += c->changes;
        if (!PQgetisnull(r, 0, 1)) c->last_id = atoll(PQgetvalue(r, 0, 1));
        PQclear(r);
        s->state = ST_DONE;
        if (s->seq_table[0] && c->changes > 0 && !follow_sequence(c, s->seq_table)) return DB_ERR;
        return DB_DONE;
    }
    const char *tag = PQcmdStatus(r);
    if (strncmp(tag, "INSERT", 6) == 0 || strncmp(tag, "UPDATE", 6) == 0 || strncmp(tag, "DELETE", 6) == 0) {
        c->changes = atoll(PQcmdTuples(r));
        c->own_changes += c->changes;
    }
    s->res = r;
    s->nrows = PQntuples(r);
    s->row = 0;
    int ncols = PQnfields(r);
    if (ncols > s->nblobs) {
        unsigned char **nb = realloc(s->blobs, (size_t)ncols * sizeof *nb);
        size_t *nl = nb ? realloc(s->blob_len, (size_t)ncols * sizeof *nl) : NULL;
        if (nb) s->blobs = nb;
        if (nl) s->blob_len = nl;
        if (nb && nl) {
            for (int i = s->nblobs; i < ncols; i++) s->blobs[i] = NULL;
            s->nblobs = ncols;
        }
    }
    if (s->nrows == 0) {
        s->state = ST_DONE;
        return DB_DONE;
    }
    s->state = ST_ROWS;
    return DB_ROW;
}

static void clear_blobs(pg_stmt *s)
{
    for (int i = 0; i < s->nblobs; i++) {
        PQfreemem(s->blobs[i]);
        s->blobs[i] = NULL;
    }
}

static int pg_step(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    if (s->state == ST_ROWS) {
        clear_blobs(s);
        if (++s->row < s->nrows) return DB_ROW;
        free_result(s);
        s->state = ST_DONE;
        return DB_DONE;
    }
    /* like SQLite, a statement stepped again after it finished runs again */
    return execute(st);
}

/* A write the caller may see refused and go on from: under a savepoint inside a transaction. */
static int pg_step_rc(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    pg_conn *c = PG(st->db);
    if (!s->is_write || s->state == ST_ROWS || PQtransactionStatus(c->conn) != PQTRANS_INTRANS) return pg_step(st);
    if (!run(c, "SAVEPOINT inc_step")) return DB_ERR;
    int rc = pg_step(st);
    if (rc == DB_ERR || rc == DB_CONSTRAINT) {
        char keep[sizeof c->err];
        memcpy(keep, c->err, sizeof keep);
        run(c, "ROLLBACK TO SAVEPOINT inc_step; RELEASE SAVEPOINT inc_step");
        memcpy(c->err, keep, sizeof keep);
        return rc;
    }
    if (!run(c, "RELEASE SAVEPOINT inc_step")) return DB_ERR;
    return rc;
}

/* ---- Binding ---- */

static bool in_range(pg_stmt *s, int idx) { return idx >= 1 && idx <= s->nparams; }

static void unbind(pg_stmt *s, int i)
{
    free(s->owned[i]);
    s->owned[i] = NULL;
    s->values[i] = NULL;
    s->lengths[i] = 0;
    s->formats[i] = 0;
    s->types[i] = 0;
}

static void pg_bind_int64(inc_stmt *st, int idx, int64_t v)
{
    pg_stmt *s = PS(st);
    if (!in_range(s, idx)) return;
    unbind(s, idx - 1);
    snprintf(s->num[idx - 1], sizeof s->num[0], "%lld", (long long)v);
    s->values[idx - 1] = s->num[idx - 1];
    s->types[idx - 1] = INT8OID;
}

static void pg_bind_text(inc_stmt *st, int idx, const char *t, int len, db_lifetime life)
{
    pg_stmt *s = PS(st);
    if (!in_range(s, idx)) return;
    unbind(s, idx - 1);
    if (len < 0 && life == DB_STATIC) {
        s->values[idx - 1] = t;   /* NUL-terminated and kept by the caller */
        return;
    }
    size_t n = len < 0 ? strlen(t) : strnlen(t, (size_t)len);
    char *copy = malloc(n + 1);
    if (!copy) return;
    memcpy(copy, t, n);
    copy[n] = '\0';
    s->owned[idx - 1] = copy;
    s->values[idx - 1] = copy;
}

static void pg_bind_blob(inc_stmt *st, int idx, const void *p, int len, db_lifetime life)
{
    pg_stmt *s = PS(st);
    if (!in_range(s, idx)) return;
    unbind(s, idx - 1);
    if (!p) return;
    if (life == DB_STATIC) {
        s->values[idx - 1] = p;
    } else {
        char *copy = malloc(len > 0 ? (size_t)len : 1);
        if (!copy) return;
        if (len > 0) memcpy(copy, p, (size_t)len);
        s->owned[idx - 1] = copy;
        s->values[idx - 1] = copy;
    }
    s->lengths[idx - 1] = len;
    s->formats[idx - 1] = 1;
    s->types[idx - 1] = BYTEAOID;
}

static void pg_bind_null(inc_stmt *st, int idx)
{
    pg_stmt *s = PS(st);
    if (in_range(s, idx)) unbind(s, idx - 1);
}

static int pg_bind_index(inc_stmt *st, const char *name)
{
    pg_stmt *s = PS(st);
    for (int i = 0; s->names && i < s->nparams; i++)
        if (s->names[i] && strcmp(s->names[i], name) == 0) return i + 1;
    return 0;
}

/* ---- Columns ---- */

static bool has_col(pg_stmt *s, int col) { return s->res && s->state == ST_ROWS && col >= 0 && col < PQnfields(s->res); }

static bool pg_col_is_null(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    return !has_col(s, col) || PQgetisnull(s->res, s->row, col);
}

static int64_t pg_col_int64(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    if (pg_col_is_null(st, col)) return 0;
    const char *v = PQgetvalue(s->res, s->row, col);
    if (PQftype(s->res, col) == BOOLOID) return v[0] == 't';
    char *end;
    long long n = strtoll(v, &end, 10);
    if (*end == '.' || *end == 'e' || *end == 'E') return (int64_t)strtod(v, NULL);
    return n;
}

static const unsigned char *blob_of(pg_stmt *s, int col, size_t *len)
{
    if (!s->blobs || col >= s->nblobs) return NULL;
    if (!s->blobs[col]) {
        s->blobs[col] = PQunescapeBytea((const unsigned char *)PQgetvalue(s->res, s->row, col), &s->blob_len[col]);
        if (!s->blobs[col]) return NULL;
    }
    *len = s->blob_len[col];
    return s->blobs[col];
}

static const char *pg_col_text(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    if (pg_col_is_null(st, col)) return NULL;
    Oid t = PQftype(s->res, col);
    const char *v = PQgetvalue(s->res, s->row, col);
    if (t == BOOLOID) {
        s->boolbuf[0] = v[0] == 't' ? '1' : '0';
        s->boolbuf[1] = '\0';
        return s->boolbuf;
    }
    return v;
}

static const void *pg_col_blob(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    if (pg_col_is_null(st, col)) return NULL;
    if (PQftype(s->res, col) != BYTEAOID) return PQgetvalue(s->res, s->row, col);
    size_t len;
    return blob_of(s, col, &len);
}

static int pg_col_bytes(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    if (pg_col_is_null(st, col)) return 0;
    if (PQftype(s->res, col) != BYTEAOID) return PQgetlength(s->res, s->row, col);
    size_t len = 0;
    return blob_of(s, col, &len) ? (int)len : 0;
}

static db_type pg_col_type(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    if (pg_col_is_null(st, col)) return DB_TYPE_NULL;
    switch (PQftype(s->res, col)) {
    case BOOLOID: case INT2OID: case INT4OID: case INT8OID: case OIDOID: return DB_TYPE_INTEGER;
    case FLOAT4OID: case FLOAT8OID: return DB_TYPE_REAL;
    case NUMERICOID: return strchr(PQgetvalue(s->res, s->row, col), '.') ? DB_TYPE_REAL : DB_TYPE_INTEGER;
    case BYTEAOID: return DB_TYPE_BLOB;
    default: return DB_TYPE_TEXT;
    }
}

static int pg_col_count(inc_stmt *st)
{
    pg_stmt *s = PS(st);
    return s->res ? PQnfields(s->res) : 0;
}

static const char *pg_col_name(inc_stmt *st, int col)
{
    pg_stmt *s = PS(st);
    return s->res && col >= 0 && col < PQnfields(s->res) ? PQfname(s->res, col) : NULL;
}

/* ---- The connection ---- */

static const char *pg_errmsg(inc_db *db) { return PG(db)->err; }
static int64_t pg_changes(inc_db *db) { return PG(db)->changes; }
static int64_t pg_last_id(inc_db *db) { return PG(db)->last_id; }

static bool pg_in_transaction(inc_db *db)
{
    PGTransactionStatusType t = PQtransactionStatus(PG(db)->conn);
    return t == PQTRANS_INTRANS || t == PQTRANS_INERROR;
}

static bool pg_change_stamp(inc_db *db, db_stamp *out)
{
    pg_conn *c = PG(db);
    out->own_changes = c->own_changes;
    out->data_version = -1;
    /* Undeclared writes (the triggers) and declared ones (db_touch: db_stamp_writes), in one. */
    static const char sql[] = "SELECT coalesce(sum(n + scoped), 0) FROM inc_db_changes";
    inc_stmt *st = db_stmt(db, sql, NULL);
    if (!st) return false;
    bool ok = pg_step(st) == DB_ROW;
    if (ok) out->data_version = pg_col_int64(st, 0);
    pg_reset(st);
    return ok;
}

/* db_lock: a transaction-scoped advisory lock on the key's 64-bit hash, after a shared lock on the
 * writers' key that db_lock_all takes exclusively, in one round trip. A hash collision only makes two
 * unrelated checks take turns. */
#define PG_LOCK_ALL_KEY "7305878327105024013"
static inc_status pg_lock(inc_db *db, const char *key, inc_error *e)
{
    pg_conn *c = PG(db);
    c->round_trips++;
    PGresult *r = key ? PQexecParams(c->conn,
                                     "SELECT pg_advisory_xact_lock_shared(" PG_LOCK_ALL_KEY "),"
                                     " pg_advisory_xact_lock(hashtextextended($1, 0))",
                                     1, NULL, &key, NULL, NULL, 0)
                      : PQexec(c->conn, "SELECT pg_advisory_xact_lock(" PG_LOCK_ALL_KEY ")");
    bool ok = PQresultStatus(r) == PGRES_TUPLES_OK;
    if (!ok) set_err_res(c, r);
    PQclear(r);
    return ok ? INC_OK : inc_fail(e, INC_EIO, "", "databasefout: %s", c->err);
}

static int64_t pg_total_changes(inc_db *db) { return PG(db)->own_changes; }
static int64_t pg_statements_run(inc_db *db) { return PG(db)->round_trips; }

/* A transaction that declares what it changes (db_touch) raises the municipalities' counters at its
 * commit: its triggers need not count it (the setting they check is the transaction's own). */
static void pg_touched(inc_db *db)
{
    pg_conn *c = PG(db);
    if (PQtransactionStatus(c->conn) != PQTRANS_INTRANS) return;
    c->round_trips++;
    PGresult *r = PQexec(c->conn, "SELECT set_config('inclusio.bumped', '1', true)");
    PQclear(r);
}

/* PostgreSQL locks rows, not the database: there is no busy wait to tune. */
static void pg_retry_quickly(inc_db *db) { (void)db; }

static int pg_schema_version(inc_db *db)
{
    pg_conn *c = PG(db);
    c->round_trips++;
    PGresult *r = PQexec(c->conn, "SELECT to_regclass('inc_db_version') IS NOT NULL");
    bool exists = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
    PQclear(r);
    if (!exists) return 0;
    c->round_trips++;
    r = PQexec(c->conn, "SELECT max(version) FROM inc_db_version");
    int v = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 ? atoi(PQgetvalue(r, 0, 0)) : 0;
    PQclear(r);
    return v;
}

/* The driver's own tables and the change triggers, then the version (inside the migration's
 * transaction, so a failed migration leaves neither). */
static const char meta_sql[] =
    "CREATE TABLE IF NOT EXISTS inc_db_version (version integer NOT NULL);"
    "CREATE TABLE IF NOT EXISTS inc_db_changes (slot integer PRIMARY KEY, n bigint NOT NULL DEFAULT 0);"
    /* scoped: commits that declared their municipalities (db_touch), which the triggers leave out */
    "ALTER TABLE inc_db_changes ADD COLUMN IF NOT EXISTS scoped bigint NOT NULL DEFAULT 0;"
    "INSERT INTO inc_db_changes(slot) SELECT generate_series(0, 15) ON CONFLICT DO NOTHING;"
    "CREATE OR REPLACE FUNCTION inc_db_bump() RETURNS trigger LANGUAGE plpgsql AS $f$"
    " BEGIN"
    "  IF current_setting('inclusio.bumped', true) IS DISTINCT FROM '1' THEN"
    "   UPDATE inc_db_changes SET n = n + 1 WHERE slot = pg_backend_pid() % 16;"
    "   PERFORM set_config('inclusio.bumped', '1', true);"
    "  END IF;"
    "  RETURN NULL;"
    " END $f$;"
    "DO $d$ DECLARE t record; BEGIN"
    " FOR t IN SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
    "  WHERE c.relkind IN ('r', 'p') AND n.nspname = current_schema() AND c.relname NOT LIKE 'inc\\_db\\_%'"
    "  AND NOT EXISTS (SELECT 1 FROM pg_trigger g WHERE g.tgrelid = c.oid AND g.tgname = 'inc_db_changed')"
    " LOOP"
    "  EXECUTE format('CREATE TRIGGER inc_db_changed AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I"
    " FOR EACH STATEMENT EXECUTE FUNCTION inc_db_bump()', t.relname);"
    " END LOOP; END $d$;"
    "DELETE FROM inc_db_version;";

static inc_status pg_set_schema_version(inc_db *db, int version, inc_error *e)
{
    pg_conn *c = PG(db);
    char sql[sizeof meta_sql + 64];
    snprintf(sql, sizeof sql, "%sINSERT INTO inc_db_version VALUES (%d)", meta_sql, version);
    if (!run(c, sql)) return inc_fail(e, INC_EIO, "", "databasefout: %s", c->err);
    return INC_OK;
}

/* Without INCLUSIO_KEY_FILE: "<database name>.key" in the working directory (a URI is no place for a
 * file); a key that does not belong to the database is refused on open all the same. */
static void pg_default_key_path(const char *target, char *buf, size_t size)
{
    const char *name = NULL;
    PQconninfoOption *opts = pq_load() ? PQconninfoParse(target, NULL) : NULL;
    for (PQconninfoOption *o = opts; o && o->keyword; o++)
        if (o->val && *o->val && (strcmp(o->keyword, "dbname") == 0 || (!name && strcmp(o->keyword, "user") == 0)))
            name = o->val;
    snprintf(buf, size, "%s.key", name ? name : "inclusio");
    for (char *p = buf; *p; p++)
        if (!isalnum((unsigned char)*p) && *p != '.' && *p != '-' && *p != '_') *p = '_';
    if (opts) PQconninfoFree(opts);
}

/* ---- Bulk rows: COPY ... FROM STDIN (db.h "Bulk rows") ----
 * The rows are written in COPY's text format into a buffer and sent as one COPY when it fills or is
 * flushed: one round trip per few MB instead of one per row (or per 64 rows). Straight into the
 * table: a staging table and INSERT ... SELECT writes every row twice and still runs the
 * foreign-key checks per row (docs/bench.md); a refused row fails the COPY either way. */
#define BULK_SEND_AT (4u << 20)

typedef struct {
    inc_bulk base;
    char *copy_sql;   /* COPY table(columns) FROM STDIN */
    char *table;
    char *buf;
    size_t len, cap;
    bool row_open;    /* a value was written in the current row */
    bool failed;      /* out of memory: the next send says so */
} pg_bulk;

static bool bulk_room(pg_bulk *b, size_t n)
{
    if (b->len + n <= b->cap) return true;
    size_t cap = b->cap ? b->cap : 1u << 16;
    while (cap < b->len + n) cap *= 2;
    char *nb = realloc(b->buf, cap);
    if (!nb) {
        b->failed = true;
        return false;
    }
    b->buf = nb;
    b->cap = cap;
    return true;
}

static void bulk_sep(pg_bulk *b)
{
    if (b->row_open && bulk_room(b, 1)) b->buf[b->len++] = '\t';
    b->row_open = true;
}

static inc_bulk *pg_bulk_open(inc_db *db, const char *table, const char *columns, inc_error *e)
{
    pg_bulk *b = calloc(1, sizeof *b);
    size_t n = strlen(table) + strlen(columns) + 32;
    if (b) b->copy_sql = malloc(n);
    if (b) b->table = strdup(table);
    if (!b || !b->copy_sql || !b->table) {
        if (b) free(b->copy_sql);
        free(b);
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return NULL;
    }
    snprintf(b->copy_sql, n, "COPY %s(%s) FROM STDIN", table, columns);
    b->base.drv = db->drv;
    b->base.db = db;
    return &b->base;
}

static void pg_bulk_int64(inc_bulk *ib, int64_t v)
{
    pg_bulk *b = (pg_bulk *)ib;
    bulk_sep(b);
    if (!bulk_room(b, 24)) return;
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? (uint64_t)0 - (uint64_t)v : (uint64_t)v;
    do tmp[n++] = (char)('0' + u % 10); while ((u /= 10));
    if (v < 0) b->buf[b->len++] = '-';
    while (n) b->buf[b->len++] = tmp[--n];
}

static void pg_bulk_null(inc_bulk *ib)
{
    pg_bulk *b = (pg_bulk *)ib;
    bulk_sep(b);
    if (bulk_room(b, 2)) {
        b->buf[b->len++] = '\\';
        b->buf[b->len++] = 'N';
    }
}

static void pg_bulk_text(inc_bulk *ib, const char *t, int len)
{
    pg_bulk *b = (pg_bulk *)ib;
    if (!t) {
        pg_bulk_null(ib);
        return;
    }
    size_t n = len < 0 ? strlen(t) : (size_t)len;
    bulk_sep(b);
    if (!bulk_room(b, 2 * n)) return;
    for (size_t i = 0; i < n; i++) {
        char ch = t[i];
        switch (ch) {
        case '\\': b->buf[b->len++] = '\\'; b->buf[b->len++] = '\\'; break;
        case '\n': b->buf[b->len++] = '\\'; b->buf[b->len++] = 'n'; break;
        case '\r': b->buf[b->len++] = '\\'; b->buf[b->len++] = 'r'; break;
        case '\t': b->buf[b->len++] = '\\'; b->buf[b->len++] = 't'; break;
        default: b->buf[b->len++] = ch;
        }
    }
}

/* bytea in text format: \x and hex digits, the backslash doubled for COPY. */
static void pg_bulk_blob(inc_bulk *ib, const void *p, int len)
{
    pg_bulk *b = (pg_bulk *)ib;
    if (!p) {
        pg_bulk_null(ib);
        return;
    }
    static const char hex[] = "0123456789abcdef";
    bulk_sep(b);
    if (!bulk_room(b, 3 + 2 * (size_t)len)) return;
    b->buf[b->len++] = '\\';
    b->buf[b->len++] = '\\';
    b->buf[b->len++] = 'x';
    for (int i = 0; i < len; i++) {
        unsigned char c = ((const unsigned char *)p)[i];
        b->buf[b->len++] = hex[c >> 4];
        b->buf[b->len++] = hex[c & 15];
    }
}

static inc_status bulk_fail(pg_conn *c, inc_error *e)
{
    return inc_fail(e, INC_EIO, "", "databasefout: %s", c->err);
}

static inc_status pg_bulk_flush(inc_bulk *ib, inc_error *e)
{
    pg_bulk *b = (pg_bulk *)ib;
    pg_conn *c = PG(ib->db);
    if (b->failed) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    if (b->len == 0) return INC_OK;
    if (ib->first && pg_bulk_flush(ib->first, e) != INC_OK) return e->status;
    c->round_trips++;
    PGresult *r = PQexec(c->conn, b->copy_sql);
    if (PQresultStatus(r) != PGRES_COPY_IN) {
        set_err_res(c, r);
        trace(c, b->copy_sql);
        PQclear(r);
        return bulk_fail(c, e);
    }
    PQclear(r);
    bool sent = PQputCopyData(c->conn, b->buf, (int)b->len) == 1;
    if (!sent) set_err(c, PQerrorMessage(c->conn));
    int end = PQputCopyEnd(c->conn, sent ? NULL : "inclusio: verzenden mislukt");
    if (end != 1 && sent) {
        set_err(c, PQerrorMessage(c->conn));
        sent = false;
    }
    bool ok = sent;
    while ((r = PQgetResult(c->conn))) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK) {
            if (ok) {
                set_err_res(c, r);
                trace(c, b->copy_sql);
            }
            ok = false;
        } else {
            int64_t n = atoll(PQcmdTuples(r));
            c->changes = n;
            c->own_changes += n;
        }
        PQclear(r);
        if (PQstatus(c->conn) == CONNECTION_BAD) break;
    }
    b->len = 0;
    return ok ? INC_OK : bulk_fail(c, e);
}

static inc_status pg_bulk_row_end(inc_bulk *ib, inc_error *e)
{
    pg_bulk *b = (pg_bulk *)ib;
    b->row_open = false;
    if (bulk_room(b, 1)) b->buf[b->len++] = '\n';
    return b->len >= BULK_SEND_AT || b->failed ? pg_bulk_flush(ib, e) : INC_OK;
}

static void pg_bulk_close(inc_bulk *ib)
{
    pg_bulk *b = (pg_bulk *)ib;
    free(b->buf);
    free(b->copy_sql);
    free(b->table);
    free(b);
}

/* n ids in one step, contiguous: ALTER SEQUENCE first, which holds every other nextval on the
 * sequence until this transaction ends (so nobody draws from the range; inside a transaction only),
 * then one nextval for the first id and one with the increment set to n - 1 for the last. The import
 * that reserves holds the writers' lock already (db_lock_all), so only writers that take none (a WSP
 * candidate's new person) wait for it now. Was n nextval calls: the national import's 420,000
 * persons took 357 reservations and 1.6 s (docs/bench.md). One round trip: a DO block leaves the
 * first id in a transaction-local setting that the last statement reads. */
static inc_status pg_bulk_reserve_ids(inc_bulk *ib, int n, int64_t *ids, inc_error *e)
{
    pg_bulk *b = (pg_bulk *)ib;
    pg_conn *c = PG(ib->db);
    for (const char *p = b->table; *p; p++)
        if (!((*p >= 'a' && *p <= 'z') || *p == '_')) return inc_fail(e, INC_EINTERNAL, "", "ongeldige tabelnaam");
    if (n <= 0) return INC_OK;
    if (PQtransactionStatus(c->conn) != PQTRANS_INTRANS)
        return inc_fail(e, INC_EINTERNAL, "", "ids reserveren kan alleen binnen een transactie");
    char sql[1024];
    snprintf(sql, sizeof sql,
             "DO $r$ DECLARE s text := pg_get_serial_sequence('%s', 'id'); first bigint; BEGIN"
             " EXECUTE format('ALTER SEQUENCE %%s INCREMENT BY 1', s);"
             " first := nextval(s);"
             " IF %d > 1 THEN"
             "  EXECUTE format('ALTER SEQUENCE %%s INCREMENT BY %%s', s, %d - 1);"
             "  PERFORM nextval(s);"
             "  EXECUTE format('ALTER SEQUENCE %%s INCREMENT BY 1', s);"
             " END IF;"
             " PERFORM set_config('inclusio.reserved', first::text, true); END $r$;"
             "SELECT current_setting('inclusio.reserved')",
             b->table, n, n);
    c->round_trips++;
    PGresult *r = PQexec(c->conn, sql);
    bool ok = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1;
    if (ok) {
        int64_t first = atoll(PQgetvalue(r, 0, 0));
        for (int i = 0; i < n; i++) ids[i] = first + i;
    } else {
        set_err_res(c, r);
    }
    PQclear(r);
    return ok ? INC_OK : bulk_fail(c, e);
}

/* session_replication_role = replica skips the foreign-key triggers (and all others) for the rows
 * sent; asked first whether the role may set it, as a refused SET would abort the transaction. */
static void pg_bulk_trust_keys(inc_db *db, bool trust)
{
    pg_conn *c = PG(db);
    if (trust) {
        c->round_trips++;
        PGresult *r = PQexec(c->conn, "SELECT current_setting('is_superuser') = 'on'"
                                      " OR has_parameter_privilege('session_replication_role', 'SET')");
        bool may = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        if (may) run(c, "SET session_replication_role = replica");
    } else {  /* only where it was set: a refused SET would abort the transaction */
        c->round_trips++;
        PGresult *r = PQexec(c->conn, "SELECT current_setting('session_replication_role') = 'replica'");
        bool set = PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) == 1 && PQgetvalue(r, 0, 0)[0] == 't';
        PQclear(r);
        if (set) run(c, "SET session_replication_role = origin");
    }
}

static bool pg_bulk_connection_lost(inc_db *db) { return PQstatus(PG(db)->conn) == CONNECTION_BAD; }

const db_driver db_pgsql_driver = {
    .name = "postgresql",
    .dialect = DB_DIALECT_POSTGRESQL,
    .global_init = pg_global_init,
    .open = pg_open,
    .close = pg_close,
    .exec = pg_exec,
    .prepare = pg_prepare,
    .finalize = pg_finalize,
    .reset = pg_reset,
    .clear_bindings = pg_clear_bindings,
    .step = pg_step,
    .step_rc = pg_step_rc,
    .bind_int64 = pg_bind_int64,
    .bind_text = pg_bind_text,
    .bind_blob = pg_bind_blob,
    .bind_null = pg_bind_null,
    .bind_index = pg_bind_index,
    .col_int64 = pg_col_int64,
    .col_text = pg_col_text,
    .col_blob = pg_col_blob,
    .col_bytes = pg_col_bytes,
    .col_is_null = pg_col_is_null,
    .col_type = pg_col_type,
    .col_count = pg_col_count,
    .col_name = pg_col_name,
    .errmsg = pg_errmsg,
    .changes = pg_changes,
    .last_id = pg_last_id,
    .in_transaction = pg_in_transaction,
    .begin_sql = "BEGIN",
    .lock = pg_lock,
    .lost = pg_lost,
    .reconnect = pg_reconnect,
    .change_stamp = pg_change_stamp,
    .total_changes = pg_total_changes,
    .statements_run = pg_statements_run,
    .touched = pg_touched,
    .retry_quickly = pg_retry_quickly,
    .schema_version = pg_schema_version,
    .set_schema_version = pg_set_schema_version,
    .default_key_path = pg_default_key_path,
    .bulk_open = pg_bulk_open,
    .bulk_int64 = pg_bulk_int64,
    .bulk_text = pg_bulk_text,
    .bulk_blob = pg_bulk_blob,
    .bulk_null = pg_bulk_null,
    .bulk_row_end = pg_bulk_row_end,
    .bulk_flush = pg_bulk_flush,
    .bulk_close = pg_bulk_close,
    .bulk_reserve_ids = pg_bulk_reserve_ids,
    .bulk_connection_lost = pg_bulk_connection_lost,
    .bulk_trust_keys = pg_bulk_trust_keys,
};
