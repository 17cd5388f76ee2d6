/* The read connection (--db-read, INCLUSIO_DB_READ): reports, dashboards and exports read from a
 * streaming standby of the primary, so their long scans do not compete with the writes. Opened on
 * first use, read-only, with the primary connection's context copied at every use. When the standby
 * cannot be used the reads go to the primary (a report a moment fresher is better than none) and the
 * standby is tried again after DB_READER_RETRY seconds. docs/postgresql.md, "A read replica". */
#include "db/db.h"
#include "db/driver.h"
#include <stdio.h>
#include <string.h>
#include <time.h>

void db_set_read_target(inc_db *db, const char *target)
{
    snprintf(db->read_target, sizeof db->read_target, "%s", target ? target : "");
}

static void give_up(inc_db *db, inc_db *r, const char *why)
{
    fprintf(stderr, "inclusio: leesdatabase niet bruikbaar (%s); rapporten lezen uit de hoofddatabase\n", why);
    db_close(r);
    db->reader_failed = time(NULL);
}

static bool open_reader(inc_db *db)
{
    time_t now = time(NULL);
    if (db->reader_failed && now - db->reader_failed < DB_READER_RETRY) return false;
    inc_error e = {0};
    inc_db *r;
    if (db_open(db->read_target, &r, &e) != INC_OK) {
        give_up(db, NULL, e.message);
        return false;
    }
    /* A standby is read-only by itself; this keeps a read target that is not one (a mistake, or a
     * promoted standby) from ever taking a write. */
    if (r->drv->dialect == DB_DIALECT_POSTGRESQL && db_exec(r, "SET default_transaction_read_only = on", &e) != INC_OK) {
        give_up(db, r, e.message);
        return false;
    }
    int want = db_schema_version(db), have = db_schema_version(r);
    if (have != want) {
        char why[96];
        snprintf(why, sizeof why, "schemaversie %d, de hoofddatabase heeft %d", have, want);
        give_up(db, r, why);
        return false;
    }
    db->reader = r;
    db->reader_failed = 0;
    db->reader_used = time(NULL);
    return true;
}

/* A reader idle for a while is asked whether it still answers (the standby may have restarted or
 * been promoted away): a failed report is worse than one round trip now and then. */
static bool still_there(inc_db *db)
{
    time_t now = time(NULL);
    if (now - db->reader_used < DB_READER_CHECK) return true;
    inc_error e = {0};
    if (db_exec(db->reader, "SELECT 1", &e) != INC_OK) {
        give_up(db, db->reader, e.message);
        db->reader = NULL;
        return false;
    }
    db->reader_used = now;
    return true;
}

inc_db *db_reader(inc_db *db)
{
    if (!db->read_target[0] || db->drv->in_transaction(db)) return db;
    if (db->reader && !still_there(db)) return db;
    if (!db->reader && !open_reader(db)) return db;
    db->reader_used = time(NULL);
    inc_db *r = db->reader;
    if (db->key_loaded) db_set_key(r, db->key);
    db_set_actor(r, db->actor);
    db_set_viewer(r, db->sees, db->sees_ctx);
    return r;
}
