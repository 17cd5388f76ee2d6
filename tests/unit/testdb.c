#include "testdb.h"
#include <stdio.h>
#include <unistd.h>
#include "store/seed.h"

void testdb_remove(const char *path)
{
    static const char *const suffix[] = {"", ".key", "-wal", "-shm"};
    char f[1024];
    for (int i = 0; i < 4; i++) {
        snprintf(f, sizeof f, "%s%s", path, suffix[i]);
        unlink(f);
    }
}

inc_status testdb_open(const char *name, char *path, size_t n, inc_db **db, inc_error *e)
{
    snprintf(path, n, "/tmp/inclusio-%s-%d.db", name, (int)getpid());
    testdb_remove(path);
    *db = NULL;
    inc_status s = db_open(path, db, e);
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
