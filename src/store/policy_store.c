#include "store/policy_store.h"
#include <stdio.h>
#include <string.h>

inc_status policy_insert(inc_db *db, const char *municipality_code, const inc_policy *p, bool if_absent, inc_error *e)
{
    char day[11];
    date_format_iso(p->effective_from, day);
    inc_stmt *st;
    const char *sql =
        "INSERT INTO policies(municipality_id, name, effective_from, applies_werken, applies_diensten,"
        " applies_leveringen, applies_enkelvoudig, applies_meervoudig, applies_nationaal, applies_europees,"
        " min_werken_cents, min_diensten_cents, min_leveringen_cents, pct_bp, low_labour_pct_bp,"
        " low_labour_below_bp, sebo_meets_meervoudig)"
        " SELECT id,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,? FROM municipalities WHERE code = ?"
        " ON CONFLICT(municipality_id, effective_from) DO NOTHING";
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    int i = 1;
    db_bind_text(st, i++, p->name, -1, DB_COPY);
    db_bind_text(st, i++, day, -1, DB_COPY);
    for (int c = 0; c < CAT__COUNT; c++) db_bind_int(st, i++, p->applies_category[c]);
    for (int k = 0; k < PROC__COUNT; k++) db_bind_int(st, i++, p->applies_procedure[k]);
    for (int c = 0; c < CAT__COUNT; c++) db_bind_int64(st, i++, p->min_value_cents[c]);
    db_bind_int(st, i++, p->pct_bp);
    db_bind_int(st, i++, p->low_labour_pct_bp);
    db_bind_int(st, i++, p->low_labour_below_bp);
    db_bind_int(st, i++, p->sebo_meets_meervoudig);
    db_bind_text(st, i++, municipality_code, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_changes(db) == 0 && !if_absent)
        return inc_fail(e, INC_ECONFLICT, "effective_from", "er bestaat al een beleid per %s voor %s", day,
                        municipality_code);
    return INC_OK;
}

inc_status policies_load(inc_db *db, int64_t municipality_id, inc_policy *out, int64_t *ids, int max, int *count,
                         inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id, name, effective_from, applies_werken, applies_diensten, applies_leveringen,"
                   " applies_enkelvoudig, applies_meervoudig, applies_nationaal, applies_europees,"
                   " min_werken_cents, min_diensten_cents, min_leveringen_cents, pct_bp, low_labour_pct_bp,"
                   " low_labour_below_bp, sebo_meets_meervoudig FROM policies WHERE municipality_id = ?"
                   " ORDER BY effective_from",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, municipality_id);
    int n = 0;
    int rc = DB_DONE;
    while (n < max && (rc = db_step(db, st, e)) == DB_ROW) {
        inc_policy *p = &out[n];
        memset(p, 0, sizeof *p);
        if (ids) ids[n] = db_col_int64(st, 0);
        db_column_text(st, 1, p->name, sizeof p->name);
        date_parse(db_col_text(st, 2), &p->effective_from, "effective_from", NULL);
        int c = 3;
        for (int k = 0; k < CAT__COUNT; k++) p->applies_category[k] = db_col_int(st, c++);
        for (int k = 0; k < PROC__COUNT; k++) p->applies_procedure[k] = db_col_int(st, c++);
        for (int k = 0; k < CAT__COUNT; k++) p->min_value_cents[k] = db_col_int64(st, c++);
        p->pct_bp = db_col_int(st, c++);
        p->low_labour_pct_bp = db_col_int(st, c++);
        p->low_labour_below_bp = db_col_int(st, c++);
        p->sebo_meets_meervoudig = db_col_int(st, c++);
        n++;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    *count = n;
    return INC_OK;
}

inc_status policies_list(inc_db *db, const char *municipality_code, policy_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    inc_stmt *st;
    if (db_prepare(db, "SELECT id, code FROM municipalities WHERE (?1 IS NULL OR code = ?1) ORDER BY name", &st, e))
        return INC_EIO;
    db_bind_text_or_null(st, 1, municipality_code);
    int rc = DB_DONE;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        inc_policy ps[MAX_POLICIES];
        int64_t ids[MAX_POLICIES];
        int n = 0;
        if (policies_load(db, db_col_int64(st, 0), ps, ids, MAX_POLICIES, &n, e) != INC_OK) {
            db_finalize(st);
            arena_free(&out->arena);
            return INC_EIO;
        }
        const char *code = arena_strdup(&out->arena, db_col_text(st, 1));
        for (int i = 0; i < n; i++) {
            policy_rec *r = ARENA_LIST_PUSH(out);
            r->id = ids[i];
            r->municipality = code;
            r->policy = ps[i];
        }
    }
    db_finalize(st);
    if (rc == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}

inc_status catalogue_insert(inc_db *db, const char *name, inc_date effective_from, const inc_block *blocks, int n,
                            bool if_absent, inc_error *e)
{
    char day[11];
    date_format_iso(effective_from, day);
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO catalogues(name, effective_from) VALUES (?,?) ON CONFLICT DO NOTHING", &st, e))
        return INC_EIO;
    db_bind_text(st, 1, name, -1, DB_COPY);
    db_bind_text(st, 2, day, -1, DB_COPY);
    int rc = db_step_rc(st);
    db_finalize(st);
    if (rc != DB_DONE) return db_fail(db, e);
    if (db_changes(db) == 0) {
        if (if_absent) return INC_OK;
        return inc_fail(e, INC_ECONFLICT, "effective_from", "er bestaat al een catalogus per %s", day);
    }
    int64_t cid = db_last_id(db);
    if (db_prepare(db,
                   "INSERT INTO blocks(catalogue_id, code, part, group_name, name, kind, value_cents, cap_months,"
                   " person_exclusive) VALUES (?,?,?,?,?,?,?,?,?)",
                   &st, e))
        return INC_EIO;
    for (int i = 0; i < n; i++) {
        const inc_block *b = &blocks[i];
        db_reset(st);
        db_bind_int64(st, 1, cid);
        db_bind_text(st, 2, b->code, -1, DB_STATIC);
        db_bind_text(st, 3, b->part, -1, DB_STATIC);
        db_bind_text(st, 4, b->group_name, -1, DB_STATIC);
        db_bind_text(st, 5, b->name, -1, DB_STATIC);
        db_bind_text(st, 6, block_kind_code(b->kind), -1, DB_STATIC);
        db_bind_int64(st, 7, b->value_cents);
        db_bind_int(st, 8, b->cap_months);
        db_bind_int(st, 9, b->person_exclusive);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); return db_fail(db, e); }
    }
    db_finalize(st);
    return INC_OK;
}

inc_status catalogue_in_force(inc_db *db, inc_date day, int64_t *catalogue_id, inc_error *e)
{
    char d[11];
    date_format_iso(day, d);
    inc_stmt *st;
    if (db_prepare(db, "SELECT id FROM catalogues WHERE effective_from <= ? ORDER BY effective_from DESC LIMIT 1",
                   &st, e))
        return INC_EIO;
    db_bind_text(st, 1, d, -1, DB_COPY);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *catalogue_id = db_col_int64(st, 0);
    db_finalize(st);
    if (rc != DB_ROW) {
        char nl[11];
        date_format_nl(day, nl);
        return inc_fail(e, INC_ENOTFOUND, "award_date", "geen bouwblokkencatalogus van kracht op %s", nl);
    }
    return INC_OK;
}

static void block_from_row(inc_stmt *st, int c, inc_block *b)
{
    memset(b, 0, sizeof *b);
    db_column_text(st, c, b->code, sizeof b->code);
    db_column_text(st, c + 1, b->part, sizeof b->part);
    db_column_text(st, c + 2, b->group_name, sizeof b->group_name);
    db_column_text(st, c + 3, b->name, sizeof b->name);
    block_kind_parse(db_col_text(st, c + 4), &b->kind);
    b->value_cents = db_col_int64(st, c + 5);
    b->cap_months = db_col_int(st, c + 6);
    b->person_exclusive = db_col_int(st, c + 7);
}

#define BLOCK_COLS "code, part, group_name, name, kind, value_cents, cap_months, person_exclusive"

inc_status block_by_code(inc_db *db, int64_t catalogue_id, const char *code, inc_block *out, int64_t *block_id,
                         inc_error *e)
{
    /* cached: every reported realisation asks it (on PostgreSQL a one-shot statement is parsed and
     * planned by the server each time) */
    static const char sql[] = "SELECT id, " BLOCK_COLS " FROM blocks WHERE catalogue_id = ? AND code = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, catalogue_id);
    db_bind_text(st, 2, code ? code : "", -1, DB_COPY);
    int rc = db_step(db, st, e);
    if (rc == DB_ROW) {
        if (block_id) *block_id = db_col_int64(st, 0);
        block_from_row(st, 1, out);
    }
    db_reset(st);
    if (rc == DB_ERR) return INC_EIO;
    if (rc != DB_ROW)
        return inc_fail(e, INC_EINVAL, "block", "onbekend bouwblok '%s' (zie 'inclusio catalogue list')",
                        code ? code : "");
    return INC_OK;
}

inc_status catalogues_list(inc_db *db, inc_date day, catalogue_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    int64_t only = 0;
    if (day != INC_DATE_NONE && catalogue_in_force(db, day, &only, e) != INC_OK) return e->status;
    inc_stmt *cs, *bs;
    if (db_prepare(db, "SELECT id, name, effective_from FROM catalogues WHERE (?1 = 0 OR id = ?1) ORDER BY effective_from",
                   &cs, e))
        return INC_EIO;
    if (db_prepare(db, "SELECT " BLOCK_COLS " FROM blocks WHERE catalogue_id = ? ORDER BY id", &bs, e)) {
        db_finalize(cs);
        return INC_EIO;
    }
    db_bind_int64(cs, 1, only);
    int rc_cs = DB_DONE;
    while ((rc_cs = db_step(db, cs, e)) == DB_ROW) {
        catalogue_rec *c = ARENA_LIST_PUSH(out);
        c->id = db_col_int64(cs, 0);
        c->name = arena_strdup(&out->arena, db_col_text(cs, 1));
        c->effective_from = arena_strdup(&out->arena, db_col_text(cs, 2));
        db_reset(bs);
        db_bind_int64(bs, 1, c->id);
        size_t cap = 0;
        int rc_bs;
        while ((rc_bs = db_step(db, bs, e)) == DB_ROW)
            block_from_row(bs, 0, arena_push(&out->arena, (void **)&c->blocks, &c->n_blocks, &cap, sizeof *c->blocks));
        if (rc_bs == DB_ERR) {
            rc_cs = DB_ERR;
            break;
        }
    }
    db_finalize(cs);
    db_finalize(bs);
    if (rc_cs == DB_ERR) {
        arena_free(&out->arena);
        return INC_EIO;
    }
    return INC_OK;
}
