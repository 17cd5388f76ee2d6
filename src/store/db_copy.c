/* `inclusio db copy` in the store: the source's tables in dependency order, the target's schema in
 * one transaction, rows copied column by column as stored. docs/postgresql.md, "Moving a
 * municipality to PostgreSQL". */
#include "store/db_copy.h"
#include "store/db.h"
#include "store/migrations.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool safe_name(const char *s)
{
    if (!s || !*s || strlen(s) >= 64) return false;
    for (; *s; s++)
        if (!((*s >= 'a' && *s <= 'z') || (*s >= '0' && *s <= '9') || *s == '_')) return false;
    return true;
}

/* The tables table refers to (foreign keys), as indexes into t[]; -1 ends. */
static inc_status parents(inc_db *src, const dbcopy_table *t, size_t n, size_t i, int *out, size_t max, inc_error *e)
{
    char sql[128];
    snprintf(sql, sizeof sql, "PRAGMA foreign_key_list(%s)", t[i].name);
    inc_stmt *st;
    if (db_prepare(src, sql, &st, e) != INC_OK) return INC_EIO;
    size_t k = 0;
    int rc;
    while ((rc = db_step(src, st, e)) == DB_ROW) {
        const char *p = db_col_text(st, 2);
        for (size_t j = 0; j < n && k + 1 < max; j++)
            if (j != i && p && strcmp(t[j].name, p) == 0) out[k++] = (int)j;
    }
    out[k] = -1;
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status dbcopy_tables(inc_db *src, dbcopy_table **out, size_t *n, inc_error *e)
{
    *out = NULL;
    *n = 0;
    inc_stmt *st;
    if (db_prepare(src,
                   "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"
                   " AND name NOT LIKE 'inc\\_db\\_%' ESCAPE '\\' ORDER BY name",
                   &st, e) != INC_OK)
        return INC_EIO;
    dbcopy_table *t = NULL;
    size_t cnt = 0, cap = 0;
    int rc;
    inc_status s = INC_OK;
    while ((rc = db_step(src, st, e)) == DB_ROW) {
        const char *name = db_col_text(st, 0);
        if (!safe_name(name)) {
            s = inc_fail(e, INC_EIO, "", "onverwachte tabelnaam in de bron");
            break;
        }
        if (cnt == cap) {
            cap = cap ? cap * 2 : 64;
            dbcopy_table *nt = realloc(t, cap * sizeof *t);
            if (!nt) {
                s = inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
                break;
            }
            t = nt;
        }
        memset(&t[cnt], 0, sizeof t[cnt]);
        snprintf(t[cnt].name, sizeof t[cnt].name, "%s", name);
        cnt++;
    }
    db_finalize(st);
    if (rc == DB_ERR) s = INC_EIO;
    if (s != INC_OK) {
        free(t);
        return s;
    }
    /* Parents first: repeatedly take a table whose parents are all placed (a cycle: the rest in name order). */
    dbcopy_table *sorted = malloc((cnt ? cnt : 1) * sizeof *sorted);
    bool *placed = calloc(cnt ? cnt : 1, sizeof *placed);
    int(*par)[32] = calloc(cnt ? cnt : 1, sizeof *par);
    if (!sorted || !placed || !par) s = inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    for (size_t i = 0; s == INC_OK && i < cnt; i++) s = parents(src, t, cnt, i, par[i], 32, e);
    size_t done = 0;
    while (s == INC_OK && done < cnt) {
        bool progress = false;
        for (size_t i = 0; i < cnt; i++) {
            if (placed[i]) continue;
            bool ready = true;
            for (int *p = par[i]; *p >= 0; p++)
                if (!placed[*p]) ready = false;
            if (!ready) continue;
            placed[i] = true;
            sorted[done++] = t[i];
            progress = true;
        }
        if (!progress)
            for (size_t i = 0; i < cnt; i++)
                if (!placed[i]) {
                    placed[i] = true;
                    sorted[done++] = t[i];
                    break;
                }
    }
    free(t);
    free(placed);
    free(par);
    if (s != INC_OK) {
        free(sorted);
        return s;
    }
    *out = sorted;
    *n = cnt;
    return INC_OK;
}

inc_status dbcopy_source_snapshot(inc_db *src, inc_error *e)
{
    /* SQLite: a deferred BEGIN takes its snapshot at the first read (WAL: writers are not blocked). */
    if (db_exec(src, "BEGIN", e) != INC_OK) return INC_EIO;
    int64_t n;
    if (dbcopy_count(src, "sqlite_master", &n, e) != INC_OK) {
        db_rollback(src);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status dbcopy_target_empty(inc_db *dst, bool *empty, char *why, size_t why_size, inc_error *e)
{
    inc_stmt *st;
    const char *sql = db_sql(dst, "SELECT count(*), min(name) FROM sqlite_master WHERE type = 'table'",
                             "SELECT count(*), min(tablename) FROM pg_tables WHERE schemaname = current_schema()");
    if (db_prepare(dst, sql, &st, e) != INC_OK) return INC_EIO;
    int rc = db_step(dst, st, e);
    if (rc == DB_ROW) {
        int64_t n = db_col_int64(st, 0);
        *empty = n == 0;
        if (n) snprintf(why, why_size, "%lld tabellen, waaronder '%s'", (long long)n, db_col_text(st, 1));
    }
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : INC_EIO;
}

inc_status dbcopy_migrate_in_transaction(inc_db *dst, inc_error *e)
{
    bool pg = db_dialect_of(dst) == DB_DIALECT_POSTGRESQL;
    const struct migration *list = pg ? inc_migrations_pg : inc_migrations;
    int count = pg ? inc_migrations_pg_count : inc_migration_count;
    for (int i = 0; i < count; i++) {
        if (db_exec(dst, list[i].sql, e) != INC_OK || db_set_schema_version(dst, list[i].version, e) != INC_OK) {
            char msg[300];
            snprintf(msg, sizeof msg, "%.290s", e->message);
            return inc_fail(e, INC_EIO, "", "migratie %s mislukt: %s", list[i].name, msg);
        }
    }
    return INC_OK;
}

inc_status dbcopy_clear(inc_db *dst, const dbcopy_table *t, size_t n, inc_error *e)
{
    for (size_t i = n; i-- > 0;) {
        char sql[128];
        snprintf(sql, sizeof sql, "DELETE FROM %s", t[i].name);
        if (db_exec(dst, sql, e) != INC_OK) return INC_EIO;
    }
    return INC_OK;
}

/* The stored columns of a table, comma-separated (generated and hidden columns left out), and
 * whether it has a rowid to keep the rows' order by. */
static inc_status stored_columns(inc_db *src, const char *table, char *cols, size_t size, int *ncols, bool *rowid,
                                 inc_error *e)
{
    char sql[160];
    snprintf(sql, sizeof sql, "PRAGMA table_xinfo(%s)", table);
    inc_stmt *st;
    if (db_prepare(src, sql, &st, e) != INC_OK) return INC_EIO;
    size_t len = 0;
    *ncols = 0;
    int rc;
    inc_status s = INC_OK;
    while ((rc = db_step(src, st, e)) == DB_ROW) {
        if (db_col_int64(st, 6) != 0) continue;   /* hidden: 2, 3 generated */
        const char *name = db_col_text(st, 1);
        if (!safe_name(name) || len + strlen(name) + 2 >= size) {
            s = inc_fail(e, INC_EIO, "", "onverwachte kolom in tabel %s", table);
            break;
        }
        len += (size_t)snprintf(cols + len, size - len, "%s%s", *ncols ? ", " : "", name);
        ++*ncols;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (s != INC_OK) return s;
    *rowid = true;
    snprintf(sql, sizeof sql, "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?");
    if (db_prepare(src, sql, &st, e) != INC_OK) return INC_EIO;
    db_bind_text(st, 1, table, -1, DB_STATIC);
    if ((rc = db_step(src, st, e)) == DB_ROW) *rowid = !strstr(db_col_text(st, 0), "WITHOUT ROWID");
    db_finalize(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* INSERT INTO table (cols) VALUES (?, ...), ... for rows rows. */
static char *insert_sql(const char *table, const char *cols, int ncols, int rows)
{
    size_t size = strlen(table) + strlen(cols) + 40 + (size_t)rows * ((size_t)ncols * 3 + 4);
    char *sql = malloc(size);
    if (!sql) return NULL;
    size_t len = (size_t)snprintf(sql, size, "INSERT INTO %s (%s) VALUES ", table, cols);
    for (int r = 0; r < rows; r++) {
        len += (size_t)snprintf(sql + len, size - len, "%s(", r ? ", " : "");
        for (int c = 0; c < ncols; c++) len += (size_t)snprintf(sql + len, size - len, "%s?", c ? ", " : "");
        len += (size_t)snprintf(sql + len, size - len, ")");
    }
    return sql;
}

/* Tables the target's own triggers fill as the rows they count arrive (contract_counts, migration
 * 020): not copied, only compared after like every table (the same rows, or the copy is refused). */
static bool kept_by_triggers(const char *table) { return strcmp(table, "contract_counts") == 0; }

inc_status dbcopy_table_rows(inc_db *src, inc_db *dst, dbcopy_table *t, inc_error *e)
{
    if (kept_by_triggers(t->name)) return dbcopy_count(src, t->name, &t->rows, e);
    char cols[4096];
    int ncols;
    bool rowid;
    t->rows = 0;
    if (stored_columns(src, t->name, cols, sizeof cols, &ncols, &rowid, e) != INC_OK) return INC_EIO;
    if (!ncols) return INC_OK;
    /* Many rows per INSERT: one round trip (and one move of the id sequence) per batch, not per row. */
    int batch = 30000 / ncols;
    if (batch > 500) batch = 500;
    if (batch < 1) batch = 1;
    int64_t total;
    if (dbcopy_count(src, t->name, &total, e) != INC_OK) return INC_EIO;
    int last = (int)(total % batch);
    char sel[4400];
    snprintf(sel, sizeof sel, "SELECT %s FROM %s%s", cols, t->name, rowid ? " ORDER BY rowid" : "");
    char *full = total >= batch ? insert_sql(t->name, cols, ncols, batch) : NULL;
    char *part = last ? insert_sql(t->name, cols, ncols, last) : NULL;
    if ((total >= batch && !full) || (last && !part)) {
        free(full);
        free(part);
        return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    }
    inc_stmt *r = NULL, *w = NULL, *tail = NULL;
    inc_status s = db_prepare(src, sel, &r, e);
    if (s == INC_OK && full) s = db_prepare(dst, full, &w, e);
    if (s == INC_OK && part) s = db_prepare(dst, part, &tail, e);
    free(full);
    free(part);
    int rc = DB_DONE, in_batch = 0;
    while (s == INC_OK && (rc = db_step(src, r, e)) == DB_ROW) {
        if (t->rows >= total) break;   /* more rows than counted: refused below */
        /* Full batches first; the last `last` rows go to the statement made for their number. */
        inc_stmt *to = t->rows < total - last ? w : tail;
        int base = in_batch * ncols;
        for (int c = 0; c < ncols; c++) {
            int idx = base + c + 1;
            switch (db_col_type(r, c)) {
            case DB_TYPE_NULL: db_bind_null(to, idx); break;
            case DB_TYPE_INTEGER: db_bind_int64(to, idx, db_col_int64(r, c)); break;
            case DB_TYPE_BLOB: db_bind_blob(to, idx, db_col_blob(r, c), db_col_bytes(r, c), DB_COPY); break;
            default: db_bind_text(to, idx, db_col_text(r, c), -1, DB_COPY); break;   /* text, real */
            }
        }
        in_batch++;
        t->rows++;
        int size = to == tail ? last : batch;
        if (in_batch == size) {
            if (db_step_done(dst, to, e) != INC_OK) {
                char msg[300];
                snprintf(msg, sizeof msg, "%.290s", e->message);
                s = inc_fail(e, INC_EIO, "", "tabel %s, rijen %lld tot en met %lld niet gekopieerd: %s", t->name,
                             (long long)(t->rows - size + 1), (long long)t->rows, msg);
            }
            db_reset(to);
            in_batch = 0;
        }
    }
    if (s == INC_OK && rc == DB_ERR) s = INC_EIO;
    if (s == INC_OK && (in_batch || rc == DB_ROW)) s = inc_fail(e, INC_EIO, "", "tabel %s veranderde tijdens het kopiëren", t->name);
    db_finalize(r);
    db_finalize(w);
    db_finalize(tail);
    return s;
}

inc_status dbcopy_count(inc_db *db, const char *table, int64_t *n, inc_error *e)
{
    char sql[128];
    snprintf(sql, sizeof sql, "SELECT count(*) FROM %s", table);
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e) != INC_OK) return INC_EIO;
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) *n = db_col_int64(st, 0);
    db_finalize(st);
    return rc == DB_ROW ? INC_OK : INC_EIO;
}

inc_status dbcopy_municipalities(inc_db *db, char (**out)[64], size_t *n, inc_error *e)
{
    *out = NULL;
    *n = 0;
    inc_stmt *st;
    if (db_prepare(db, "SELECT code FROM municipalities ORDER BY code", &st, e) != INC_OK) return INC_EIO;
    char(*m)[64] = NULL;
    size_t cnt = 0, cap = 0;
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        if (cnt == cap) {
            cap = cap ? cap * 2 : 64;
            char(*nm)[64] = realloc(m, cap * sizeof *m);
            if (!nm) {
                free(m);
                db_finalize(st);
                return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
            }
            m = nm;
        }
        snprintf(m[cnt++], 64, "%s", db_col_text(st, 0));
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        free(m);
        return INC_EIO;
    }
    *out = m;
    *n = cnt;
    return INC_OK;
}
