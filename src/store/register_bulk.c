/* Bulk registration for imports: cached lookups in front of the register's one write path
 * (store/register_write.h), and the contracts; the realisations' writing half is in
 * register_bulk_rows.c. tests/unit/test_register_bulk.c checks that the paths store the same. */
#include "store/register_bulk_internal.h"
#include "core/obligation.h"
#include "core/valuation.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/register_write.h"
#include "store/sebo_store.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

register_bulk *register_bulk_new(inc_db *db)
{
    register_bulk *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->db = db;
    b->ncatalogues = -1;
    b->contracts_before = -1;
    b->nsebo = -1;
    b->orgs = calloc(ORG_SLOTS, sizeof *b->orgs);
    b->facts = register_facts_new();
    /* the database's bulk writer where it has one (PostgreSQL: COPY), else statements */
    b->rows_out = db_bulk_open(db, "realisations", REALISATION_INSERT_COLUMNS, NULL);
    if (b->rows_out) {
        b->persons_out = db_bulk_open(db, "persons", "id, pseudonym, created_at", NULL);
        b->contracts_out = db_bulk_open(db, "contracts", CONTRACT_INSERT_COLUMNS, NULL);
        b->orgs_out = db_bulk_open(db, "organisations", "id, kvk, name", NULL);
        db_bulk_send_first(b->rows_out, b->persons_out);    /* the keys they point at */
        db_bulk_send_first(b->contracts_out, b->orgs_out);
    }
    if (!b->orgs || !b->facts || (b->rows_out && (!b->persons_out || !b->contracts_out || !b->orgs_out))) {
        register_bulk_free(b);
        return NULL;
    }
    return b;
}

void register_bulk_free(register_bulk *b)
{
    if (!b) return;
    contract_totals_batch_free(&b->totals);
    /* Not finished: the transaction is about to roll back, the dropped trigger with it; put back all
     * the same, so a caller that commits anyway keeps its counts (after a rollback: nothing to do). */
    if (db_in_transaction(b->db)) contract_counts_resume(b->db, &b->counts, NULL);
    if (b->keys_trusted) db_bulk_trust_keys(b->db, false);
    bulk_writers_close(b);
    db_bulk_close(b->contracts_out);
    db_bulk_close(b->orgs_out);
    free(b->added);
    free(b->orgs);
    register_facts_free(b->facts);
    free(b);
}

/* ---------- cached lookups ---------- */

static inc_status muni_lookup(register_bulk *b, const char *code, muni_entry **out, inc_error *e)
{
    for (int i = 0; i < b->nmunis; i++)
        if (strcmp(b->munis[i].code, code) == 0) { *out = &b->munis[i]; return INC_OK; }
    int64_t id;
    if (municipality_id_by_code(b->db, code, &id, e) != INC_OK) return e->status;
    if (b->nmunis == MAX_MUNICIPALITIES) b->nmunis = 0;  /* more than cached: start over */
    muni_entry *m = &b->munis[b->nmunis];
    snprintf(m->code, sizeof m->code, "%s", code);
    m->id = id;
    if (policies_load(b->db, id, m->policies, m->policy_ids, MAX_POLICIES, &m->npolicies, e) != INC_OK) return e->status;
    b->nmunis++;
    *out = m;
    return INC_OK;
}

/* As the register: the catalogue in force on the award date, or the first one for earlier awards. */
static inc_status catalogues_load(register_bulk *b, inc_error *e)
{
    if (b->ncatalogues >= 0) return INC_OK;
    static const char sql[] = "SELECT id, effective_from FROM catalogues ORDER BY effective_from";
    inc_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    b->ncatalogues = 0;
    int rc;
    while ((rc = db_step(b->db, st, e)) == DB_ROW && b->ncatalogues < MAX_CATALOGUES) {
        b->catalogues[b->ncatalogues].id = db_col_int64(st, 0);
        date_parse(db_col_text(st, 1), &b->catalogues[b->ncatalogues].from, "", NULL);
        b->ncatalogues++;
    }
    db_reset(st);
    return rc == DB_ERR ? INC_EIO : INC_OK;
}

/* As the register: the catalogue in force on the award date, or the first one for earlier awards.
 * Reads the loaded list only. */
static inc_status catalogue_pick(const register_bulk *b, inc_date award, int64_t *cid, inc_error *e)
{
    if (b->ncatalogues <= 0) return inc_fail(e, INC_ENOTFOUND, "award_date", "er is geen bouwblokkencatalogus");
    int k = 0;
    for (int i = 0; i < b->ncatalogues; i++)
        if (b->catalogues[i].from <= award) k = i;
    *cid = b->catalogues[k].id;
    return INC_OK;
}

static inc_status organisation(register_bulk *b, const char *kvk, const char *name, int64_t *id, inc_error *e)
{
    uint32_t key = (uint32_t)strtoul(kvk, NULL, 10) + 1;  /* kvk is 8 validated digits */
    unsigned i = (key * 2654435761u) & (ORG_SLOTS - 1);
    for (; b->orgs[i].kvk_plus_one; i = (i + 1) & (ORG_SLOTS - 1))
        if (b->orgs[i].kvk_plus_one == key) { *id = b->orgs[i].id; return INC_OK; }
    if (organisation_ensure(b->db, kvk, name, id, e) != INC_OK) return e->status;
    if (b->norgs >= ORG_SLOTS / 4 * 3) {
        memset(b->orgs, 0, ORG_SLOTS * sizeof *b->orgs);
        b->norgs = 0;
        i = (key * 2654435761u) & (ORG_SLOTS - 1);
    }
    b->orgs[i].kvk_plus_one = key;
    b->orgs[i].id = *id;
    b->norgs++;
    return INC_OK;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* The KvK numbers of organisations with any SEBO certificate, sorted (-2: too many to list). */
static inc_status sebo_load(register_bulk *b, inc_error *e)
{
    if (b->nsebo != -1) return INC_OK;
    static const char sql[] =
        "SELECT DISTINCT o.kvk FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
        " JOIN organisations o ON o.id = h.organisation_id";
    inc_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    int rc, n = 0;
    while ((rc = db_step(b->db, st, e)) == DB_ROW) {
        if (n == MAX_SEBO_KVKS) { n = -2; break; }
        b->sebo_kvks[n++] = (uint32_t)strtoul(db_col_text(st, 0), NULL, 10);
    }
    db_reset(st);
    if (rc == DB_ERR) return INC_EIO;
    if (n > 0) qsort(b->sebo_kvks, (size_t)n, sizeof b->sebo_kvks[0], cmp_u32);
    b->nsebo = n;
    return INC_OK;
}

/* Whether the organisation has any SEBO certificate at all (then the registry must be asked). */
static bool sebo_listed(const register_bulk *b, const char *kvk)
{
    if (b->nsebo < 0) return true;  /* too many to list: always ask */
    uint32_t key = (uint32_t)strtoul(kvk, NULL, 10);
    return bsearch(&key, b->sebo_kvks, (size_t)b->nsebo, sizeof key, cmp_u32) != NULL;
}

/* As the register: met by SEBO when inkoop says so or the SEBO registry holds a certificate valid on
 * the award date. The registry is asked only for organisations that have any certificate at all. */
static inc_status sebo_holds(register_bulk *b, const inc_contract_input *in, bool *holds, inc_error *e)
{
    *holds = in->sebo_holder;
    if (*holds) return INC_OK;
    if (sebo_load(b, e) != INC_OK) return INC_EIO;
    if (!sebo_listed(b, in->contractor_kvk)) return INC_OK;
    return sebo_holder_check(b->db, in->contractor_kvk, in->award_date, holds, e);
}

/* ---------- contracts ---------- */

static inc_status contracts_before(register_bulk *b, inc_error *e)
{
    if (b->contracts_before >= 0) return INC_OK;
    static const char sql[] = "SELECT coalesce(max(id), 0) FROM contracts";
    inc_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    int rc = db_step_rc(st);
    b->contracts_before = rc == DB_ROW ? db_col_int64(st, 0) : 0;
    db_reset(st);
    return rc == DB_ROW ? INC_OK : db_fail(b->db, e);
}

/* The rules of a contract that need only what is loaded (municipality with its policies, the
 * catalogues): the obligation by the policy in force on the award date, and the catalogue. */
static inc_status resolve_loaded(const register_bulk *b, const muni_entry *m, const inc_contract_input *in,
                                 bool sebo_holder, contract_resolved *r, inc_error *e)
{
    r->municipality_id = m->id;
    r->sebo_holder = sebo_holder;
    inc_obligation_input oi = {in->category, in->procedure, in->value_cents, in->labour_share_bp, in->award_date,
                               sebo_holder, in->extra_bp, in->exempted, in->exemption_pct_bp};
    if (obligation_compute(m->policies, m->npolicies, &oi, &r->obligation, e) != INC_OK) return e ? e->status : INC_EINVAL;
    r->policy_id = m->policy_ids[policy_in_force(m->policies, m->npolicies, in->award_date) - m->policies];
    return catalogue_pick(b, in->award_date, &r->catalogue_id, e);
}

/* ---- contracts through the bulk writer (PostgreSQL: COPY) ---- */

struct bulk_added {
    uint32_t hash;
    int64_t municipality_id;  /* 0: empty slot */
    char reference[64];
};

/* Loaded once before the first contract: every contract (the references taken) and every
 * organisation (when they fit the cache: else new ones are made by statement). */
static inc_status contracts_ready(register_bulk *b, inc_error *e)
{
    if (b->contracts_ready) return INC_OK;
    if (register_facts_load_all(b->facts, b->db, e) != INC_OK) return e->status;
    if (!register_facts_frozen(b->facts)) {  /* too many to hold: contracts through statements */
        db_bulk_close(b->contracts_out);
        db_bulk_close(b->orgs_out);
        b->contracts_out = b->orgs_out = NULL;
        b->contracts_ready = true;
        return INC_OK;
    }
    inc_stmt *st;
    if (db_prepare(b->db, "SELECT count(*) FROM organisations", &st, e)) return INC_EIO;
    int rc = db_step(b->db, st, e);
    int64_t n = rc == DB_ROW ? db_col_int64(st, 0) : 0;
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    b->orgs_all = n < ORG_SLOTS / 2;
    if (b->orgs_all) {
        if (db_prepare(b->db, "SELECT kvk, id FROM organisations", &st, e)) return INC_EIO;
        while ((rc = db_step(b->db, st, e)) == DB_ROW) {
            uint32_t key = (uint32_t)strtoul(db_col_text(st, 0), NULL, 10) + 1;
            unsigned i = (key * 2654435761u) & (ORG_SLOTS - 1);
            while (b->orgs[i].kvk_plus_one && b->orgs[i].kvk_plus_one != key) i = (i + 1) & (ORG_SLOTS - 1);
            if (!b->orgs[i].kvk_plus_one) b->norgs++;
            b->orgs[i].kvk_plus_one = key;
            b->orgs[i].id = db_col_int64(st, 1);
        }
        db_finalize(st);
        if (rc == DB_ERR) return INC_EIO;
    }
    b->contracts_ready = true;
    return INC_OK;
}

/* As organisation(): known ones from the cache, which holds them all; a new one (it needs a name,
 * as organisation_ensure says) with a reserved id through the writer. */
static inc_status organisation_bulk(register_bulk *b, const char *kvk, const char *name, int64_t *id, inc_error *e)
{
    uint32_t key = (uint32_t)strtoul(kvk, NULL, 10) + 1;
    unsigned i = (key * 2654435761u) & (ORG_SLOTS - 1);
    for (; b->orgs[i].kvk_plus_one; i = (i + 1) & (ORG_SLOTS - 1))
        if (b->orgs[i].kvk_plus_one == key) { *id = b->orgs[i].id; return INC_OK; }
    if (!b->orgs_all || b->norgs >= ORG_SLOTS / 4 * 3) {  /* no longer all cached: by statement */
        b->orgs_all = false;
        if (db_bulk_flush(b->orgs_out, e) != INC_OK) return e->status;
        return organisation_ensure(b->db, kvk, name, id, e);
    }
    if (!name || !*name)
        return inc_fail(e, INC_EINVAL, "contractor_name", "onbekend KvK-nummer %s: geef ook de naam van de opdrachtnemer",
                        kvk);
    if (b->next_org_id == b->norg_ids) {
        int n = (int)(sizeof b->org_ids / sizeof b->org_ids[0]);
        if (db_bulk_reserve_ids(b->orgs_out, n, b->org_ids, e) != INC_OK) return e->status;
        b->norg_ids = n;
        b->next_org_id = 0;
    }
    *id = b->org_ids[b->next_org_id++];
    db_bulk_int64(b->orgs_out, *id);
    db_bulk_text(b->orgs_out, kvk, -1);
    db_bulk_text(b->orgs_out, name, -1);
    if (db_bulk_row_end(b->orgs_out, e) != INC_OK) return e->status;
    b->orgs[i].kvk_plus_one = key;
    b->orgs[i].id = *id;
    b->norgs++;
    return INC_OK;
}

/* Whether this import added the reference before; adds it when not. */
static inc_status added_before(register_bulk *b, int64_t municipality_id, const char *reference, bool *before,
                               inc_error *e)
{
    if (b->nadded * 2 >= b->added_slots) {
        size_t n = b->added_slots ? b->added_slots * 2 : 1u << 14;
        struct bulk_added *t = calloc(n, sizeof *t);
        if (!t) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        for (size_t k = 0; k < b->added_slots; k++) {
            if (!b->added[k].municipality_id) continue;
            size_t j = b->added[k].hash & (n - 1);
            while (t[j].municipality_id) j = (j + 1) & (n - 1);
            t[j] = b->added[k];
        }
        free(b->added);
        b->added = t;
        b->added_slots = n;
    }
    char key[16];
    snprintf(key, sizeof key, "%lld", (long long)municipality_id);
    uint32_t h = contract_key_hash(key, reference);
    size_t j = h & (b->added_slots - 1);
    for (; b->added[j].municipality_id; j = (j + 1) & (b->added_slots - 1))
        if (b->added[j].hash == h && b->added[j].municipality_id == municipality_id &&
            strcmp(b->added[j].reference, reference) == 0) {
            *before = true;
            return INC_OK;
        }
    *before = false;
    if (strlen(reference) >= sizeof b->added[j].reference)
        return inc_fail(e, INC_EINVAL, "reference", "referentie '%s' is te lang", reference);
    b->added[j].hash = h;
    b->added[j].municipality_id = municipality_id;
    snprintf(b->added[j].reference, sizeof b->added[j].reference, "%s", reference);
    b->nadded++;
    return INC_OK;
}

static inc_status store_contract_bulk(register_bulk *b, const inc_contract_input *in, contract_resolved *r,
                                      int64_t *id, bool *earlier_in_batch, inc_error *e)
{
    if (organisation_bulk(b, in->contractor_kvk, in->contractor_name, &r->contractor_id, e) != INC_OK) return e->status;
    bool before = register_facts_find_contract(b->facts, in->municipality, in->reference) != NULL;
    if (!before && added_before(b, r->municipality_id, in->reference, &before, e) != INC_OK) return e->status;
    if (before) {
        *earlier_in_batch = !register_facts_find_contract(b->facts, in->municipality, in->reference);
        return inc_fail(e, INC_ECONFLICT, "reference", "referentie '%s' bestaat al bij %s", in->reference,
                        in->municipality);
    }
    *id = 0;  /* given by the database when the rows are sent */
    return contract_bulk_row(b->contracts_out, b->db, in, r, e);
}

/* The contractor (created when new) and the insert; a duplicate reference tells where the other came from. */
static inc_status store_contract(register_bulk *b, const inc_contract_input *in, contract_resolved *r, int64_t *id,
                                 bool *earlier_in_batch, inc_error *e)
{
    if (b->contracts_out && contracts_ready(b, e) != INC_OK) return e->status;
    if (b->contracts_out) return store_contract_bulk(b, in, r, id, earlier_in_batch, e);
    if (organisation(b, in->contractor_kvk, in->contractor_name, &r->contractor_id, e) != INC_OK) return e->status;
    if (contract_counts_pause_insert(b->db, &b->counts, e) != INC_OK) return e->status;
    inc_status st = contract_insert_resolved(b->db, in, r, id, e);
    if (st == INC_ECONFLICT) {
        int64_t other = 0;
        if (contract_find(b->db, in->municipality, in->reference, &other, NULL) == INC_OK)
            *earlier_in_batch = other > b->contracts_before;
    }
    return st;
}

inc_status register_bulk_contract(register_bulk *b, const inc_contract_input *in, int64_t *id, bool *earlier_in_batch,
                                  inc_error *e)
{
    *earlier_in_batch = false;
    if (contracts_before(b, e) != INC_OK) return INC_EIO;
    muni_entry *m = NULL;
    contract_resolved r = {0};
    if (muni_lookup(b, in->municipality, &m, e) != INC_OK) return e->status;
    bool sebo_holder;
    if (sebo_holds(b, in, &sebo_holder, e) != INC_OK) return e->status;
    if (catalogues_load(b, e) != INC_OK) return INC_EIO;
    if (resolve_loaded(b, m, in, sebo_holder, &r, e) != INC_OK) return e->status;
    return store_contract(b, in, &r, id, earlier_in_batch, e);
}

void bulk_trust_keys(register_bulk *b)
{
    if (!b->rows_out || b->keys_trusted) return;
    db_bulk_trust_keys(b->db, true);
    b->keys_trusted = true;
}

inc_status register_bulk_warm(register_bulk *b, inc_error *e)
{
    bulk_trust_keys(b);
    inc_stmt *st;
    if (db_prepare(b->db, "SELECT code FROM municipalities ORDER BY id", &st, e)) return INC_EIO;
    bool all = true;
    inc_status r = INC_OK;
    int rc = DB_DONE;
    while (r == INC_OK && (rc = db_step(b->db, st, e)) == DB_ROW) {
        if (b->nmunis == MAX_MUNICIPALITIES) {  /* more than are cached: no preparing elsewhere */
            all = false;
            break;
        }
        muni_entry *m;
        r = muni_lookup(b, db_col_text(st, 0), &m, e);
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    if (r != INC_OK || catalogues_load(b, e) != INC_OK || sebo_load(b, e) != INC_OK) return INC_EIO;
    b->warm = all;
    return INC_OK;
}

bool register_bulk_contract_prepare(const register_bulk *b, const inc_contract_input *in, contract_prepared *out)
{
    if (!b->warm) return false;
    const muni_entry *m = NULL;
    for (int i = 0; i < b->nmunis && !m; i++)
        if (strcmp(b->munis[i].code, in->municipality) == 0) m = &b->munis[i];
    if (!m) return false;  /* an unknown municipality: the writing thread says so */
    if (!in->sebo_holder && sebo_listed(b, in->contractor_kvk)) return false;  /* the registry is in the database */
    memset(out, 0, sizeof *out);
    out->status = resolve_loaded(b, m, in, in->sebo_holder, &out->r, &out->error);
    return true;
}

inc_status register_bulk_contract_prepared(register_bulk *b, const inc_contract_input *in, const contract_prepared *p,
                                           int64_t *id, bool *earlier_in_batch, inc_error *e)
{
    *earlier_in_batch = false;
    if (contracts_before(b, e) != INC_OK) return INC_EIO;
    if (p->status != INC_OK) {
        if (e) *e = p->error;
        return p->status;
    }
    contract_resolved r = p->r;
    return store_contract(b, in, &r, id, earlier_in_batch, e);
}
