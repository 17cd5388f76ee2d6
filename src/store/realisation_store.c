/* Realisations: the database-bound steps of the rules (the person, what the person counted
 * before, double counting), the stored rows, the SR-team's decision and the records read back. */
#include "store/person_store.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/register_write.h"
#include <stdio.h>
#include <string.h>

/* Contract facts read for one realisation (the bulk path caches them instead). */
typedef struct {
    contract_facts f;
    char reference[64], municipality[48];
} contract_row;

static inc_status load_contract(inc_db *db, const inc_realisation_input *in, contract_row *row, inc_error *e)
{
    int64_t id = in->contract_id;
    if (!id && contract_find(db, in->municipality, in->contract_reference, &id, e) != INC_OK) return e->status;
    static const char sql[] =
        "SELECT c.catalogue_id, c.start_date, c.end_date, c.applies, c.reference, m.code"
        " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id WHERE c.id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) {
        contract_facts *c = &row->f;
        c->id = id;
        c->catalogue_id = db_col_int64(st, 0);
        date_parse(db_col_text(st, 1), &c->start, "", NULL);
        date_parse(db_col_text(st, 2), &c->end, "", NULL);
        c->applies = db_col_int(st, 3);
        db_column_text(st, 4, row->reference, sizeof row->reference);
        db_column_text(st, 5, row->municipality, sizeof row->municipality);
        c->reference = row->reference;
        c->municipality = row->municipality;
    }
    db_reset(st);
    if (rc != DB_ROW) return inc_fail(e, INC_ENOTFOUND, "contract_id", "opdracht %lld bestaat niet", (long long)id);
    return INC_OK;
}

/* Days this person already counts on this contract under the same cap: the same block, or any
 * person-exclusive job block when this one is exclusive too. */
static inc_status days_already_counted(inc_db *db, int64_t contract_id, int64_t person_id, int64_t block_id,
                                       bool exclusive, int *days, inc_error *e)
{
    static const char sql[] =
        "SELECT coalesce(sum(r.counted_days), 0) FROM realisations r JOIN blocks b ON b.id = r.block_id"
        " WHERE r.contract_id = ? AND r.person_id = ? AND r.status <> 'afgewezen'"
        " AND (r.block_id = ? OR (? = 1 AND b.person_exclusive = 1))";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, contract_id);
    db_bind_int64(st, 2, person_id);
    db_bind_int64(st, 3, block_id);
    db_bind_int(st, 4, exclusive);
    int rc = db_step_rc(st);
    *days = rc == DB_ROW ? db_col_int(st, 0) : 0;
    db_reset(st);
    return rc == DB_ROW ? INC_OK : db_fail(db, e);
}

/* The same person may not count twice for the same days, on any contract in the region. */
static inc_status check_double_counting(inc_db *db, int64_t person_id, inc_date from, inc_date to, inc_error *e)
{
    static const char sql[] =
        "SELECT c.reference, m.name, CASE WHEN r.counted_from > ?1 THEN r.counted_from ELSE ?1 END,"
        " CASE WHEN r.counted_to < ?2 THEN r.counted_to ELSE ?2 END, m.code, c.contractor_id"
        " FROM realisations r JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id"
        " JOIN municipalities m ON m.id = c.municipality_id"
        " WHERE r.person_id = ?3 AND r.status <> 'afgewezen' AND b.person_exclusive = 1"
        " AND r.counted_from <= ?2 AND r.counted_to >= ?1 LIMIT 1";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    char f[11], t[11];
    date_format_iso(from, f);
    date_format_iso(to, t);
    db_bind_text(st, 1, f, -1, DB_COPY);
    db_bind_text(st, 2, t, -1, DB_COPY);
    db_bind_int64(st, 3, person_id);
    int rc = db_step_rc(st);
    if (rc != DB_ROW) {
        db_reset(st);
        return rc == DB_DONE ? INC_OK : db_fail(db, e);
    }
    inc_date of, ot;
    date_parse(db_col_text(st, 2), &of, "", NULL);
    date_parse(db_col_text(st, 3), &ot, "", NULL);
    char ref[64], mun[64], code[64], a[11], b[11];
    db_column_text(st, 0, ref, sizeof ref);
    db_column_text(st, 1, mun, sizeof mun);
    db_column_text(st, 4, code, sizeof code);
    int64_t contractor = db_col_int64(st, 5);
    db_reset(st);
    date_format_nl(of, a);
    date_format_nl(ot, b);
    /* Refused either way; the other contract is named only to whom may read it. */
    if (!db_viewer_sees(db, DB_SEE_CONTRACT, code, contractor))
        return inc_fail(e, INC_ECONFLICT, "bsn",
                        "deze kandidaat telt al mee op een andere opdracht voor %d overlappende dag(en): %s tot en met %s",
                        ot - of + 1, a, b);
    return inc_fail(e, INC_ECONFLICT, "bsn",
                    "deze kandidaat telt al mee op opdracht %s (%s) voor %d overlappende dag(en): %s tot en met %s", ref,
                    mun, ot - of + 1, a, b);
}

static inc_status pre_failed(inc_status s, const realisation_pre *pre, inc_error *e)
{
    if (e) *e = pre->error;
    return s;
}

inc_status realisation_resolve_pre(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                                   const inc_realisation_input *in, const realisation_pre *pre,
                                   const history_hook *hook, realisation_row *out, inc_error *e)
{
    if (pre->before_person != INC_OK) return pre_failed(pre->before_person, pre, e);
    int64_t person_id = 0;
    bool new_person = false;
    if (in->bsn[0]) {
        inc_status ps = !in->pseudonym ? person_ensure(db, in->bsn, "bsn", &person_id, &new_person, e)
                        : hook && hook->person ? hook->person(hook->ctx, in->pseudonym, &person_id, &new_person, e)
                                               : person_ensure_pseudonym(db, in->pseudonym, &person_id, &new_person, e);
        if (ps != INC_OK) return ps;
    }
    if (!person_id || new_person) {  /* nothing counted before: the outcome worked out ahead holds */
        if (pre->first_seen != INC_OK) return pre_failed(pre->first_seen, pre, e);
        *out = pre->row;
        out->person_id = person_id;
        return INC_OK;
    }
    /* A person seen before: the cap and double counting read the earlier realisations, including
     * any the caller still holds back. Another server may be checking the same person at this
     * moment: the person is locked first, so the two take turns and the second reads the first's
     * row (a bulk import locks all persons once). A new person needs no lock: a concurrent insert
     * of the same person waits on the pseudonym's unique key until this transaction ends. */
    char key[40];
    snprintf(key, sizeof key, "person:%lld", (long long)person_id);
    if ((hook ? db_lock_all(db, e) : db_lock(db, key, e)) != INC_OK) return e->status;
    if (hook && hook->flush(hook->ctx, e) != INC_OK) return e->status;
    int already = 0;
    if (b->kind == BLOCK_PER_YEAR &&
        days_already_counted(db, c->id, person_id, block_id, b->person_exclusive, &already, e) != INC_OK)
        return e->status;
    inc_value v;
    if (realisation_value_checked(c, b, block_id, in, already, out, &v, e) != INC_OK) return e->status;
    if (b->person_exclusive && check_double_counting(db, person_id, v.counted_from, v.counted_to, e) != INC_OK)
        return e->status;
    out->person_id = person_id;
    return INC_OK;
}

inc_status realisation_resolve(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                               const inc_realisation_input *in, const history_hook *hook, realisation_row *out,
                               inc_error *e)
{
    realisation_pre pre;
    realisation_prevalue(c, b, block_id, in, &pre);
    return realisation_resolve_pre(db, c, b, block_id, in, &pre, hook, out, e);
}

int realisation_bind(inc_stmt *st, int i, const realisation_row *r, inc_db *db)
{
    db_bind_int64(st, i++, r->contract_id);
    db_bind_int64(st, i++, r->block_id);
    if (r->person_id) db_bind_int64(st, i++, r->person_id);
    else db_bind_null(st, i++);
    if (r->candidate_ref[0]) db_bind_text(st, i++, r->candidate_ref, -1, DB_STATIC);
    else db_bind_null(st, i++);
    db_bind_int(st, i++, r->hours_centi);
    db_bind_text(st, i++, r->start, 10, DB_STATIC);
    db_bind_text(st, i++, r->end, 10, DB_STATIC);
    db_bind_int64(st, i++, r->amount_cents);
    if (r->subsidy_end[0]) db_bind_text(st, i++, r->subsidy_end, 10, DB_STATIC);
    else db_bind_null(st, i++);
    db_bind_int64(st, i++, r->value_cents);
    db_bind_int(st, i++, r->counted_days);
    db_bind_text(st, i++, r->counted_from, 10, DB_STATIC);
    db_bind_text(st, i++, r->counted_to, 10, DB_STATIC);
    db_bind_int(st, i++, r->capped);
    db_bind_text(st, i++, db_actor(db), -1, DB_STATIC);
    db_bind_text(st, i++, db_timestamp(db), -1, DB_STATIC);
    return i;
}

inc_status realisation_bulk_row(inc_bulk *out, const realisation_row *r, inc_db *db, inc_error *e)
{
    db_bulk_int64(out, r->contract_id);
    db_bulk_int64(out, r->block_id);
    if (r->person_id) db_bulk_int64(out, r->person_id);
    else db_bulk_null(out);
    db_bulk_text(out, r->candidate_ref[0] ? r->candidate_ref : NULL, -1);
    db_bulk_int64(out, r->hours_centi);
    db_bulk_text(out, r->start, 10);
    db_bulk_text(out, r->end, 10);
    db_bulk_int64(out, r->amount_cents);
    db_bulk_text(out, r->subsidy_end[0] ? r->subsidy_end : NULL, 10);
    db_bulk_int64(out, r->value_cents);
    db_bulk_int64(out, r->counted_days);
    db_bulk_text(out, r->counted_from, 10);
    db_bulk_text(out, r->counted_to, 10);
    db_bulk_int64(out, r->capped);
    db_bulk_text(out, db_actor(db), -1);
    db_bulk_text(out, db_timestamp(db), -1);
    return db_bulk_row_end(out, e);
}

static inc_status insert_resolved(inc_db *db, const contract_facts *c, const inc_block *b, int64_t block_id,
                                  const inc_realisation_input *in, realisation_row *row, int64_t *id, inc_error *e)
{
    if (realisation_resolve(db, c, b, block_id, in, NULL, row, e) != INC_OK) return e->status;
    static const char sql[] = REALISATION_INSERT_SQL;
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    realisation_bind(st, 1, row, db);
    int rc = db_step_rc(st);
    db_reset(st);
    if (rc != DB_DONE) return db_fail(db, e);
    *id = db_last_id(db);
    return INC_OK;
}

inc_status realisation_insert(inc_db *db, const inc_realisation_input *in, realisation_stored *out, int64_t *id,
                              inc_error *e)
{
    contract_row row;
    if (load_contract(db, in, &row, e) != INC_OK) return e->status;
    inc_block b;
    int64_t block_id;
    if (block_by_code(db, row.f.catalogue_id, in->block, &b, &block_id, e) != INC_OK) return e->status;
    if (insert_resolved(db, &row.f, &b, block_id, in, &out->row, id, e) != INC_OK) return e->status;
    snprintf(out->reference, sizeof out->reference, "%s", row.reference);
    snprintf(out->municipality, sizeof out->municipality, "%s", row.municipality);
    snprintf(out->block, sizeof out->block, "%s", b.code);
    return INC_OK;
}

inc_status realisation_state(inc_db *db, int64_t id, int64_t *contract_id, char status[16], int64_t *value_cents,
                             inc_error *e)
{
    static const char sql[] = "SELECT contract_id, status, value_cents FROM realisations WHERE id = ?";
    inc_stmt *st;
    if (register_row_by_id(db, sql, id, "realisatie", &st, e) != INC_OK) return e->status;
    *contract_id = db_col_int64(st, 0);
    *value_cents = db_col_int64(st, 2);
    db_column_text(st, 1, status, 16);
    db_reset(st);
    return INC_OK;
}

inc_status realisation_decision_store(inc_db *db, int64_t id, const char *status, const char *reason, inc_error *e)
{
    static const char sql[] =
        "UPDATE realisations SET status = ?, reject_reason = ?, decided_by = ?, decided_at = ? WHERE id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_text(st, 1, status, -1, DB_STATIC);
    db_bind_text_or_null(st, 2, reason);
    db_bind_text(st, 3, db_actor(db), -1, DB_STATIC);
    db_bind_text(st, 4, db_timestamp(db), -1, DB_STATIC);
    db_bind_int64(st, 5, id);
    int rc = db_step_rc(st);
    db_reset(st);
    return rc == DB_DONE ? INC_OK : db_fail(db, e);
}

inc_status realisation_contract(inc_db *db, int64_t id, int64_t *contract_id, inc_error *e)
{
    static const char sql[] = "SELECT contract_id FROM realisations WHERE id = ?";
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, id);
    int rc = db_step_rc(st);
    if (rc == DB_ROW) *contract_id = db_col_int64(st, 0);
    db_reset(st);
    return rc == DB_ROW ? INC_OK : inc_fail(e, INC_ENOTFOUND, "id", "realisatie %lld bestaat niet", (long long)id);
}

#define REALISATION_LIST_SQL(contract_cond)                                                                      \
    "SELECT r.id, r.contract_id, b.code, b.name, r.candidate_ref, r.person_id IS NOT NULL, r.hours_centi,"        \
    " r.start_date, r.end_date, r.amount_cents, r.value_cents, r.counted_days, r.counted_from, r.counted_to,"    \
    " r.capped, r.status, r.reject_reason, r.reported_by, r.decided_by, r.decided_at, r.created_at, b.kind"     \
    " FROM realisations r JOIN blocks b ON b.id = r.block_id"                                                   \
    " WHERE " contract_cond " AND (?2 IS NULL OR r.status = ?2) ORDER BY r.start_date, r.id"

/* Each realisation the cached statement `sql` selects for ?1 = key (and ?2 = status), to fn;
 * *n gets how many. */
static inc_status records_of(inc_db *db, const char *sql, int64_t key, const char *status, realisation_record_fn fn,
                             void *user, int *n, inc_error *e)
{
    inc_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    db_bind_int64(st, 1, key);
    db_bind_text_or_null(st, 2, status);
    int rc;
    *n = 0;
    realisation_record r;
    while ((rc = db_step(db, st, e)) == DB_ROW) {
        const char *kind = db_col_text(st, 21);
        r.id = db_col_int64(st, 0);
        r.contract_id = db_col_int64(st, 1);
        r.block = db_col_text(st, 2);
        r.block_name = db_col_text(st, 3);
        r.candidate_ref = db_col_text(st, 4);
        r.has_person = db_col_int(st, 5);
        r.per_hour = kind && strcmp(kind, "per_uur") == 0;
        r.hours_centi = db_col_int(st, 6);
        r.start = db_col_text(st, 7);
        r.end = db_col_text(st, 8);
        r.amount_cents = db_col_int64(st, 9);
        r.value_cents = db_col_int64(st, 10);
        r.counted_days = db_col_int(st, 11);
        r.counted_from = db_col_text(st, 12);
        r.counted_to = db_col_text(st, 13);
        r.capped = db_col_int(st, 14);
        r.status = db_col_text(st, 15);
        r.reject_reason = db_col_text(st, 16);
        r.reported_by = db_col_text(st, 17);
        r.decided_by = db_col_text(st, 18);
        r.decided_at = db_col_text(st, 19);
        r.created_at = db_col_text(st, 20);
        fn(user, &r);
        (*n)++;
    }
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

inc_status realisation_records(inc_db *db, int64_t contract_id, const char *status, realisation_record_fn fn,
                               void *user, inc_error *e)
{
    /* Two statements, so one contract's list uses the realisations_contract index instead of a scan
     * ("?1 = 0 OR contract_id = ?1" cannot use an index). */
    static const char one[] = REALISATION_LIST_SQL("r.contract_id = ?1");
    static const char all[] = REALISATION_LIST_SQL("?1 = 0");
    int n;
    return records_of(db, contract_id ? one : all, contract_id, status, fn, user, &n, e);
}

inc_status realisation_record_by_id(inc_db *db, int64_t id, realisation_record_fn fn, void *user, inc_error *e)
{
    static const char by_id[] = REALISATION_LIST_SQL("r.id = ?1");
    int n;
    if (records_of(db, by_id, id, NULL, fn, user, &n, e) != INC_OK) return e->status;
    return n ? INC_OK : inc_fail(e, INC_ENOTFOUND, "id", "realisatie %lld bestaat niet", (long long)id);
}
