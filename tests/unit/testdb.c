#include "testdb.h"
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "store/seed.h"

/* With INCLUSIO_TEST_PG set (make unit-pg), the database is a new PostgreSQL database of that
 * cluster instead of a file: path holds "postgres:///<name>" (libpq finds the cluster by PGHOST,
 * which tests/pg/run-unit.sh sets), its key file is /tmp/inclusio-<name>.key. */
static bool on_pg(void)
{
    const char *u = getenv("INCLUSIO_TEST_PG");
    return u && *u;
}

static void pg_admin(const char *verb, const char *dbname)
{
    inc_db *a;
    inc_error e = {0};
    if (db_open("postgres:///postgres", &a, &e) != INC_OK) {
        fprintf(stderr, "testdb: %s\n", e.message);
        return;
    }
    char sql[256];
    snprintf(sql, sizeof sql, "%s %s", verb, dbname);
    if (db_exec(a, sql, &e) != INC_OK) fprintf(stderr, "testdb: %s\n", e.message);
    db_close(a);
}

static void pg_key_file(const char *dbname, char *out, size_t n) { snprintf(out, n, "/tmp/inclusio-%s.key", dbname); }

void testdb_scratch(const char *path, const char *suffix, char *out, size_t n)
{
    if (strncmp(path, "postgres:///", 12) == 0) snprintf(out, n, "/tmp/inclusio-%s%s", path + 12, suffix);
    else snprintf(out, n, "%s%s", path, suffix);
}

void testdb_remove(const char *path)
{
    if (strncmp(path, "postgres:///", 12) == 0) {
        char key[256];
        pg_key_file(path + 12, key, sizeof key);
        unlink(key);
        pg_admin("DROP DATABASE IF EXISTS", path + 12);
        return;
    }
    static const char *const suffix[] = {"", ".key", "-wal", "-shm"};
    char f[1024];
    for (int i = 0; i < 4; i++) {
        snprintf(f, sizeof f, "%s%s", path, suffix[i]);
        unlink(f);
    }
}

inc_status testdb_open(const char *name, char *path, size_t n, inc_db **db, inc_error *e)
{
    if (on_pg()) {
        char dbname[48];
        snprintf(dbname, sizeof dbname, "u_%.30s_%d", name, (int)getpid());
        for (char *p = dbname; *p; p++)
            if (!isalnum((unsigned char)*p)) *p = '_';
        snprintf(path, n, "postgres:///%s", dbname);
        testdb_remove(path);
        pg_admin("CREATE DATABASE", dbname);
    } else {
        snprintf(path, n, "/tmp/inclusio-%s-%d.db", name, (int)getpid());
        testdb_remove(path);
    }
    *db = NULL;
    /* the key file of a PostgreSQL database, for this open only (a test's other databases are files) */
    char key[256];
    const char *was = getenv("INCLUSIO_KEY_FILE");
    char *saved = was ? strdup(was) : NULL;
    if (on_pg()) {
        pg_key_file(path + 12, key, sizeof key);
        setenv("INCLUSIO_KEY_FILE", key, 1);
    }
    inc_status s = db_open(path, db, e);
    if (on_pg()) {
        if (saved) setenv("INCLUSIO_KEY_FILE", saved, 1);
        else unsetenv("INCLUSIO_KEY_FILE");
    }
    free(saved);
    if (!s) s = db_migrate(*db, e);
    if (!s) s = db_load_key(*db, true, e);
    if (!s) s = seed_reference_data(*db, e);
    return s;
}

void testdb_close(inc_db *db, const char *path)
{
    if (db) db_close(db);
    testdb_remove(path);
}
