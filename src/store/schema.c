/* Schema migrations: the numbered SQL files in src/store/migrations/, embedded at build time, each
 * applied in its own transaction and recorded as the schema version. */
#include "store/db.h"
#include "store/migrations.h"
#include <stdio.h>
#include <string.h>

#define MIGRATION_FK_OFF "-- foreign_keys: off"

static inc_status migrate_one(inc_db *db, const struct migration *m, bool check_fk, inc_error *e)
{
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    bool ok = db_exec(db, m->sql, e) == INC_OK && db_set_schema_version(db, m->version, e) == INC_OK;
    if (ok && check_fk) {
        inc_stmt *st;
        ok = db_prepare(db, "PRAGMA foreign_key_check", &st, e) == INC_OK;
        if (ok) {
            int rc = db_step(db, st, e);
            if (rc == DB_ROW)
                inc_fail(e, INC_EIO, "", "verwijzing van %s naar %s klopt niet", db_col_text(st, 0), db_col_text(st, 2));
            ok = rc == DB_DONE;
            db_finalize(st);
        }
    }
    if (!ok) {
        char msg[320];
        snprintf(msg, sizeof msg, "%.300s", e ? e->message : "");
        db_rollback(db);
        return inc_fail(e, INC_EIO, "", "migratie %s mislukt: %s", m->name, msg);
    }
    return db_commit(db, e) == INC_OK ? INC_OK : INC_EIO;
}

inc_status db_migrate(inc_db *db, inc_error *e)
{
    int current = db_schema_version(db);
    bool pg = db_dialect_of(db) == DB_DIALECT_POSTGRESQL;
    const struct migration *list = pg ? inc_migrations_pg : inc_migrations;
    int count = pg ? inc_migrations_pg_count : inc_migration_count;
    /* A database a newer inclusio migrated: this one would misread tables it does not know. */
    int known = count ? list[count - 1].version : 0;
    if (current > known)
        return inc_fail(e, INC_EIO, "",
                        "de database heeft schemaversie %d, nieuwer dan deze versie van inclusio kent (%d);"
                        " gebruik de versie van inclusio die de database heeft bijgewerkt",
                        current, known);
    for (int i = 0; i < count; i++) {
        const struct migration *m = &list[i];
        if (m->version <= current) continue;
        /* A migration that rebuilds tables others refer to starts with this line: it runs with foreign
         * keys off (SQLite's documented 12-step table change) and is checked before it commits. */
        bool fk_off = strncmp(m->sql, MIGRATION_FK_OFF, strlen(MIGRATION_FK_OFF)) == 0;
        if (fk_off && db_exec(db, "PRAGMA foreign_keys=OFF", e) != INC_OK) return INC_EIO;
        inc_status s = migrate_one(db, m, fk_off, e);
        if (fk_off && db_exec(db, "PRAGMA foreign_keys=ON", s == INC_OK ? e : NULL) != INC_OK && s == INC_OK)
            return INC_EIO;
        if (s != INC_OK) return s;
        current = m->version;
    }
    return INC_OK;
}

