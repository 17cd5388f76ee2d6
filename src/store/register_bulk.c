/* Bulk twin of contract_register / realisation_add (REG_BULK): same rules (core), same rows, same
 * messages; lookups cached. tests/unit/test_register_bulk.c checks that both paths store the same. */
#include "store/register_bulk.h"
#include "core/obligation.h"
#include "core/pseudonym.h"
#include "core/valuation.h"
#include "store/contract_view.h"
#include "store/policy_store.h"
#include "store/register.h"
#include "store/sebo_store.h"
#include <stdlib.h>
#include <string.h>

#define MAX_MUNICIPALITIES 64
#define MAX_CATALOGUES 64
#define MAX_CACHED_BLOCKS 256
#define ORG_SLOTS (1u << 16)       /* organisations cached; the table is emptied when 3/4 full */
#define MAX_SEBO_KVKS 4096         /* organisations with any SEBO certificate: a few dozen in practice */
#define CONTRACT_SLOTS (1u << 17)  /* contracts cached (98,304 before emptying), about 12 MB */

typedef struct {
    char code[48];
    int64_t id;
    inc_policy policies[MAX_POLICIES];
    int64_t policy_ids[MAX_POLICIES];
    int npolicies;
} muni_entry;

typedef struct {
    int64_t catalogue_id, block_id;
    inc_block block;
} block_entry;

typedef struct {
    uint32_t kvk_plus_one;  /* 0 = empty slot */
    int64_t id;
} org_entry;

typedef struct {
    uint32_t hash;
    bool used, applies;
    int16_t muni;  /* index into munis[] at the time of caching; checked by code below */
    int64_t id, catalogue_id;
    inc_date start, end;
    char reference[64];
} contract_entry;

struct register_bulk {
    inc_db *db;
    muni_entry munis[MAX_MUNICIPALITIES];
    int nmunis;
    struct { int64_t id; inc_date from; } catalogues[MAX_CATALOGUES];
    int ncatalogues;  /* -1 until loaded */
    block_entry blocks[MAX_CACHED_BLOCKS];
    int nblocks;
    org_entry *orgs;
    unsigned norgs;
    contract_entry *contracts;
    unsigned ncontracts;
    int64_t contracts_before;  /* max contract id when the batch began; -1 until read */
    uint32_t sebo_kvks[MAX_SEBO_KVKS];  /* KvK numbers with any SEBO certificate, sorted */
    int nsebo;                          /* -1 until loaded; -2 when too many to list (always ask) */
};

register_bulk *register_bulk_new(inc_db *db)
{
    register_bulk *b = calloc(1, sizeof *b);
    if (!b) return NULL;
    b->db = db;
    b->ncatalogues = -1;
    b->contracts_before = -1;
    b->nsebo = -1;
    b->orgs = calloc(ORG_SLOTS, sizeof *b->orgs);
    b->contracts = calloc(CONTRACT_SLOTS, sizeof *b->contracts);
    if (!b->orgs || !b->contracts) {
        register_bulk_free(b);
        return NULL;
    }
    return b;
}

void register_bulk_free(register_bulk *b)
{
    if (!b) return;
    free(b->orgs);
    free(b->contracts);
    free(b);
}

/* ISO "YYYY-MM-DD" without printf (the import formats four dates a row). */
static void iso(inc_date day, char out[11])
{
    int y, m, d;
    date_to_ymd(day, &y, &m, &d);
    if (y < 0 || y > 9999) {
        date_format_iso(day, out);
        return;
    }
    out[0] = (char)('0' + y / 1000);
    out[1] = (char)('0' + y / 100 % 10);
    out[2] = (char)('0' + y / 10 % 10);
    out[3] = (char)('0' + y % 10);
    out[4] = '-';
    out[5] = (char)('0' + m / 10);
    out[6] = (char)('0' + m % 10);
    out[7] = '-';
    out[8] = (char)('0' + d / 10);
    out[9] = (char)('0' + d % 10);
    out[10] = '\0';
}

/* ---------- cached lookups ---------- */

static inc_status muni_lookup(register_bulk *b, const char *code, muni_entry **out, inc_error *e)
{
    for (int i = 0; i < b->nmunis; i++)
        if (strcmp(b->munis[i].code, code) == 0) { *out = &b->munis[i]; return INC_OK; }
    int64_t id;
    if (municipality_id_by_code(b->db, code, &id, e) != INC_OK) return e->status;
    if (b->nmunis == MAX_MUNICIPALITIES) {  /* more than cached: start over, with the contracts citing them */
        b->nmunis = 0;
        memset(b->contracts, 0, CONTRACT_SLOTS * sizeof *b->contracts);
        b->ncontracts = 0;
    }
    muni_entry *m = &b->munis[b->nmunis];
    snprintf(m->code, sizeof m->code, "%s", code);
    m->id = id;
    if (policies_load(b->db, id, m->policies, m->policy_ids, MAX_POLICIES, &m->npolicies, e) != INC_OK) return e->status;
    b->nmunis++;
    *out = m;
    return INC_OK;
}

/* As the register: the catalogue in force on the award date, or the first one for earlier awards. */
static inc_status catalogue_for_award(register_bulk *b, inc_date award, int64_t *cid, inc_error *e)
{
    if (b->ncatalogues < 0) {
        static const char sql[] = "SELECT id, effective_from FROM catalogues ORDER BY effective_from";
        sqlite3_stmt *st = db_stmt(b->db, sql, e);
        if (!st) return INC_EIO;
        b->ncatalogues = 0;
        int rc;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW && b->ncatalogues < MAX_CATALOGUES) {
            b->catalogues[b->ncatalogues].id = sqlite3_column_int64(st, 0);
            date_parse((const char *)sqlite3_column_text(st, 1), &b->catalogues[b->ncatalogues].from, "", NULL);
            b->ncatalogues++;
        }
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(b->db, e);
    }
    if (b->ncatalogues == 0) return inc_fail(e, INC_ENOTFOUND, "award_date", "er is geen bouwblokkencatalogus");
    int k = 0;
    for (int i = 0; i < b->ncatalogues; i++)
        if (b->catalogues[i].from <= award) k = i;
    *cid = b->catalogues[k].id;
    return INC_OK;
}

static inc_status block(register_bulk *b, int64_t catalogue_id, const char *code, const inc_block **out,
                        int64_t *block_id, inc_error *e)
{
    for (int i = 0; i < b->nblocks; i++)
        if (b->blocks[i].catalogue_id == catalogue_id && strcmp(b->blocks[i].block.code, code) == 0) {
            *out = &b->blocks[i].block;
            *block_id = b->blocks[i].block_id;
            return INC_OK;
        }
    if (b->nblocks == MAX_CACHED_BLOCKS) b->nblocks = 0;
    block_entry *be = &b->blocks[b->nblocks];
    if (block_by_code(b->db, catalogue_id, code, &be->block, &be->block_id, e) != INC_OK) return e->status;
    be->catalogue_id = catalogue_id;
    b->nblocks++;
    *out = &be->block;
    *block_id = be->block_id;
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

static uint32_t contract_hash(const char *municipality, const char *reference)
{
    uint32_t h = 2166136261u;
    for (const char *s = municipality; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    h = (h ^ 0xff) * 16777619u;
    for (const char *s = reference; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static inc_status contract_facts(register_bulk *b, const char *municipality, const char *reference,
                                 const contract_entry **out, inc_error *e)
{
    uint32_t h = contract_hash(municipality, reference);
    unsigned i = h & (CONTRACT_SLOTS - 1);
    for (; b->contracts[i].used; i = (i + 1) & (CONTRACT_SLOTS - 1)) {
        contract_entry *c = &b->contracts[i];
        if (c->hash == h && strcmp(c->reference, reference) == 0 &&
            strcmp(b->munis[c->muni].code, municipality) == 0) {
            *out = c;
            return INC_OK;
        }
    }
    int64_t id;
    muni_entry *m = NULL;
    if (muni_lookup(b, municipality, &m, e) != INC_OK) {
        if (e->status != INC_EINVAL) return e->status;  /* a database failure, not an unknown code */
        inc_fail(e, INC_ENOTFOUND, "contract_reference", "geen opdracht met referentie '%s' bij %s", reference,
                 municipality);
        return INC_ENOTFOUND;
    }
    int muni = (int)(m - b->munis);
    if (contract_find(b->db, municipality, reference, &id, e) != INC_OK) return e->status;
    static const char sql[] = "SELECT catalogue_id, start_date, end_date, applies FROM contracts WHERE id = ?";
    sqlite3_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    sqlite3_bind_int64(st, 1, id);
    if (sqlite3_step(st) != SQLITE_ROW) {
        sqlite3_reset(st);
        return db_fail(b->db, e);
    }
    if (b->ncontracts >= CONTRACT_SLOTS / 4 * 3) {
        memset(b->contracts, 0, CONTRACT_SLOTS * sizeof *b->contracts);
        b->ncontracts = 0;
        i = h & (CONTRACT_SLOTS - 1);
    }
    contract_entry *c = &b->contracts[i];
    c->used = true;
    c->hash = h;
    c->muni = (int16_t)muni;
    snprintf(c->reference, sizeof c->reference, "%s", reference);
    c->id = id;
    c->catalogue_id = sqlite3_column_int64(st, 0);
    date_parse((const char *)sqlite3_column_text(st, 1), &c->start, "", NULL);
    date_parse((const char *)sqlite3_column_text(st, 2), &c->end, "", NULL);
    c->applies = sqlite3_column_int(st, 3);
    sqlite3_reset(st);
    b->ncontracts++;
    *out = c;
    return INC_OK;
}

static int cmp_u32(const void *a, const void *b)
{
    uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
    return x < y ? -1 : x > y;
}

/* As the register: met by SEBO when inkoop says so or the SEBO registry holds a certificate valid on
 * the award date. The registry is asked only for organisations that have any certificate at all. */
static inc_status sebo_holds(register_bulk *b, const inc_contract_input *in, bool *holds, inc_error *e)
{
    *holds = in->sebo_holder;
    if (*holds) return INC_OK;
    if (b->nsebo == -1) {
        static const char sql[] =
            "SELECT DISTINCT o.kvk FROM sebo_certificates c JOIN sebo_holders h ON h.id = c.holder_id"
            " JOIN organisations o ON o.id = h.organisation_id";
        sqlite3_stmt *st = db_stmt(b->db, sql, e);
        if (!st) return INC_EIO;
        int rc, n = 0;
        while ((rc = sqlite3_step(st)) == SQLITE_ROW) {
            if (n == MAX_SEBO_KVKS) { n = -2; break; }
            b->sebo_kvks[n++] = (uint32_t)strtoul((const char *)sqlite3_column_text(st, 0), NULL, 10);
        }
        sqlite3_reset(st);
        if (rc != SQLITE_ROW && rc != SQLITE_DONE) return db_fail(b->db, e);
        if (n > 0) qsort(b->sebo_kvks, (size_t)n, sizeof b->sebo_kvks[0], cmp_u32);
        b->nsebo = n;
    }
    uint32_t key = (uint32_t)strtoul(in->contractor_kvk, NULL, 10);
    if (b->nsebo >= 0 && !bsearch(&key, b->sebo_kvks, (size_t)b->nsebo, sizeof key, cmp_u32)) return INC_OK;
    return sebo_holder_check(b->db, in->contractor_kvk, in->award_date, holds, e);
}

/* ---------- contracts ---------- */

static inc_status contracts_before(register_bulk *b, inc_error *e)
{
    if (b->contracts_before >= 0) return INC_OK;
    static const char sql[] = "SELECT coalesce(max(id), 0) FROM contracts";
    sqlite3_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    int rc = sqlite3_step(st);
    b->contracts_before = rc == SQLITE_ROW ? sqlite3_column_int64(st, 0) : 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? INC_OK : db_fail(b->db, e);
}

inc_status register_bulk_contract(register_bulk *b, const inc_contract_input *in, int64_t *id, bool *earlier_in_batch,
                                  inc_error *e)
{
    *earlier_in_batch = false;
    if (contracts_before(b, e) != INC_OK) return INC_EIO;
    muni_entry *m = NULL;
    int64_t org = 0, cid = 0;
    if (muni_lookup(b, in->municipality, &m, e) != INC_OK) return e->status;
    bool holds = false;
    if (sebo_holds(b, in, &holds, e) != INC_OK) return e->status;
    inc_obligation_input oi = {in->category, in->procedure, in->value_cents, in->labour_share_bp, in->award_date,
                               holds, in->extra_bp, in->exempted, in->exemption_pct_bp};
    inc_obligation ob;
    if (obligation_compute(m->policies, m->npolicies, &oi, &ob, e) != INC_OK) return e->status;
    const inc_policy *pol = policy_in_force(m->policies, m->npolicies, in->award_date);
    int64_t policy_id = m->policy_ids[pol - m->policies];
    if (catalogue_for_award(b, in->award_date, &cid, e) != INC_OK) return e->status;
    if (organisation(b, in->contractor_kvk, in->contractor_name, &org, e) != INC_OK) return e->status;

    static const char sql[] =
        "INSERT INTO contracts(municipality_id, department, reference, title, category, procedure, value_cents,"
        " labour_share_bp, award_date, start_date, end_date, contractor_id, cpv, sebo_holder, extra_bp, exempted,"
        " exemption_pct_bp, exemption_by, exemption_date, exemption_reason, policy_id, catalogue_id, applies,"
        " base_pct_bp, percentage_bp, obligation_cents, met_by_sebo, sebo_covered_cents, obligation_reason)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    sqlite3_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    char award[11], start[11], end[11], exd[11];
    iso(in->award_date, award);
    iso(in->start_date, start);
    iso(in->end_date, end);
    int i = 1;
    sqlite3_bind_int64(st, i++, m->id);
    sqlite3_bind_text(st, i++, in->department, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, in->reference, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, in->title, -1, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, category_code(in->category), -1, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, procedure_code(in->procedure), -1, SQLITE_STATIC);
    sqlite3_bind_int64(st, i++, in->value_cents);
    sqlite3_bind_int(st, i++, in->labour_share_bp);
    sqlite3_bind_text(st, i++, award, 10, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, start, 10, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, end, 10, SQLITE_STATIC);
    sqlite3_bind_int64(st, i++, org);
    db_bind_text_or_null(st, i++, in->cpv);
    sqlite3_bind_int(st, i++, holds);
    sqlite3_bind_int(st, i++, in->extra_bp);
    sqlite3_bind_int(st, i++, in->exempted);
    if (in->exempted) {
        iso(in->exemption_date, exd);
        sqlite3_bind_int(st, i++, in->exemption_pct_bp);
        sqlite3_bind_text(st, i++, in->exemption_by, -1, SQLITE_STATIC);
        sqlite3_bind_text(st, i++, exd, 10, SQLITE_STATIC);
        sqlite3_bind_text(st, i++, in->exemption_reason, -1, SQLITE_STATIC);
    } else {
        for (int k = 0; k < 4; k++) sqlite3_bind_null(st, i++);
    }
    sqlite3_bind_int64(st, i++, policy_id);
    sqlite3_bind_int64(st, i++, cid);
    sqlite3_bind_int(st, i++, ob.applies);
    sqlite3_bind_int(st, i++, ob.base_pct_bp);
    sqlite3_bind_int(st, i++, ob.percentage_bp);
    sqlite3_bind_int64(st, i++, ob.amount_cents);
    sqlite3_bind_int(st, i++, ob.met_by_sebo);
    sqlite3_bind_int64(st, i++, ob.sebo_covered_cents);
    sqlite3_bind_text(st, i++, ob.reason, -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc == SQLITE_CONSTRAINT) {
        int64_t other = 0;
        if (contract_find(b->db, in->municipality, in->reference, &other, NULL) == INC_OK)
            *earlier_in_batch = other > b->contracts_before;
        return inc_fail(e, INC_ECONFLICT, "reference", "referentie '%s' bestaat al bij %s", in->reference,
                        in->municipality);
    }
    if (rc != SQLITE_DONE) return db_fail(b->db, e);
    *id = sqlite3_last_insert_rowid(db_sqlite(b->db));
    return INC_OK;
}

/* ---------- realisations ---------- */

/* The person's id; *created when this call added the person (so no realisation of theirs exists). */
static inc_status person(register_bulk *b, const char *bsn, int64_t *person_id, bool *created, inc_error *e)
{
    const unsigned char *key = db_key(b->db);
    if (!key) return inc_fail(e, INC_EINTERNAL, "", "sleutel voor pseudonimisering niet geladen");
    char pseudo[PSEUDONYM_HEX_LEN + 1];
    if (pseudonym_of_bsn(key, bsn, pseudo, "bsn", e) != INC_OK) return e->status;
    static const char ins[] = "INSERT INTO persons(pseudonym) VALUES (?) ON CONFLICT(pseudonym) DO NOTHING";
    static const char sel[] = "SELECT id FROM persons WHERE pseudonym = ?";
    sqlite3_stmt *st = db_stmt(b->db, ins, e);
    if (!st) return INC_EIO;
    sqlite3_bind_text(st, 1, pseudo, PSEUDONYM_HEX_LEN, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_fail(b->db, e);
    if (sqlite3_changes(db_sqlite(b->db)) == 1) {
        *person_id = sqlite3_last_insert_rowid(db_sqlite(b->db));
        *created = true;
        return INC_OK;
    }
    *created = false;
    if (!(st = db_stmt(b->db, sel, e))) return INC_EIO;
    sqlite3_bind_text(st, 1, pseudo, PSEUDONYM_HEX_LEN, SQLITE_STATIC);
    rc = sqlite3_step(st);
    if (rc == SQLITE_ROW) *person_id = sqlite3_column_int64(st, 0);
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? INC_OK : db_fail(b->db, e);
}

/* Same query as the register: days this person already counts on this contract under the same cap. */
static inc_status days_already_counted(inc_db *db, int64_t contract_id, int64_t person_id, int64_t block_id,
                                       bool exclusive, int *days, inc_error *e)
{
    static const char sql[] =
        "SELECT coalesce(sum(r.counted_days), 0) FROM realisations r JOIN blocks b ON b.id = r.block_id"
        " WHERE r.contract_id = ? AND r.person_id = ? AND r.status <> 'afgewezen'"
        " AND (r.block_id = ? OR (? AND b.person_exclusive = 1))";
    sqlite3_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    sqlite3_bind_int64(st, 1, contract_id);
    sqlite3_bind_int64(st, 2, person_id);
    sqlite3_bind_int64(st, 3, block_id);
    sqlite3_bind_int(st, 4, exclusive);
    int rc = sqlite3_step(st);
    *days = rc == SQLITE_ROW ? sqlite3_column_int(st, 0) : 0;
    sqlite3_reset(st);
    return rc == SQLITE_ROW ? INC_OK : db_fail(db, e);
}

/* Same rule and message as the register: no person counted twice for the same days in the region. */
static inc_status check_double_counting(inc_db *db, int64_t person_id, inc_date from, inc_date to, inc_error *e)
{
    static const char sql[] =
        "SELECT c.reference, m.name, max(r.counted_from, ?1), min(r.counted_to, ?2)"
        " FROM realisations r JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id"
        " JOIN municipalities m ON m.id = c.municipality_id"
        " WHERE r.person_id = ?3 AND r.status <> 'afgewezen' AND b.person_exclusive = 1"
        " AND r.counted_from <= ?2 AND r.counted_to >= ?1 LIMIT 1";
    sqlite3_stmt *st = db_stmt(db, sql, e);
    if (!st) return INC_EIO;
    char f[11], t[11];
    iso(from, f);
    iso(to, t);
    sqlite3_bind_text(st, 1, f, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, t, -1, SQLITE_TRANSIENT);
    sqlite3_bind_int64(st, 3, person_id);
    int rc = sqlite3_step(st);
    if (rc != SQLITE_ROW) {
        sqlite3_reset(st);
        return rc == SQLITE_DONE ? INC_OK : db_fail(db, e);
    }
    inc_date of, ot;
    date_parse((const char *)sqlite3_column_text(st, 2), &of, "", NULL);
    date_parse((const char *)sqlite3_column_text(st, 3), &ot, "", NULL);
    char ref[64], mun[64], a[11], c[11];
    db_column_text(st, 0, ref, sizeof ref);
    db_column_text(st, 1, mun, sizeof mun);
    sqlite3_reset(st);
    date_format_nl(of, a);
    date_format_nl(ot, c);
    return inc_fail(e, INC_ECONFLICT, "bsn",
                    "deze kandidaat telt al mee op opdracht %s (%s) voor %d overlappende dag(en): %s tot en met %s", ref,
                    mun, ot - of + 1, a, c);
}

inc_status register_bulk_realisation(register_bulk *b, const inc_realisation_input *in, int64_t *id, inc_error *e)
{
    if (in->contract_id) return realisation_add(b->db, in, REG_BULK, id, e);
    const contract_entry *c = NULL;
    if (contract_facts(b, in->municipality, in->contract_reference, &c, e) != INC_OK) return e->status;
    if (!c->applies)
        return inc_fail(e, INC_EINVAL, "contract_reference", "op opdracht %s rust geen social-returnverplichting",
                        c->reference);
    const inc_block *bl = NULL;
    int64_t block_id = 0;
    if (block(b, c->catalogue_id, in->block, &bl, &block_id, e) != INC_OK) return e->status;
    if (bl->kind == BLOCK_PER_YEAR && !in->bsn[0])
        return inc_fail(e, INC_EINVAL, "bsn", "BSN van de kandidaat ontbreekt (nodig voor bouwblok %s)", bl->code);
    if (bl->kind == BLOCK_PER_YEAR && in->hours_centi <= 0)
        return inc_fail(e, INC_EINVAL, "hours_per_week", "uren per week ontbreken");

    int64_t person_id = 0;
    bool created = false;
    int already = 0;
    if (in->bsn[0]) {
        if (person(b, in->bsn, &person_id, &created, e) != INC_OK) return e->status;
        if (!created && bl->kind == BLOCK_PER_YEAR &&
            days_already_counted(b->db, c->id, person_id, block_id, bl->person_exclusive, &already, e) != INC_OK)
            return e->status;
    }
    inc_value_input vi = {bl, in->hours_centi, in->start, in->end, c->start, c->end, in->amount_cents, already,
                          in->subsidy_end};
    inc_value v;
    if (valuation_compute(&vi, &v, e) != INC_OK) return e->status;
    if (v.value_cents == 0 && v.counted_days == 0 && bl->kind == BLOCK_PER_YEAR)
        return inc_fail(e, INC_EINVAL, "start", "deze realisatie telt niet mee: %s",
                        v.note[0] ? v.note : "geen dagen binnen de telbare periode");
    if (v.counted_from == INC_DATE_NONE)
        return inc_fail(e, INC_EINVAL, "start", "deze realisatie telt niet mee: %s", v.note);
    if (person_id && !created && bl->person_exclusive &&
        check_double_counting(b->db, person_id, v.counted_from, v.counted_to, e) != INC_OK)
        return e->status;

    static const char sql[] =
        "INSERT INTO realisations(contract_id, block_id, person_id, candidate_ref, hours_centi, start_date, end_date,"
        " amount_cents, subsidy_end, value_cents, counted_days, counted_from, counted_to, capped, reported_by)"
        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    sqlite3_stmt *st = db_stmt(b->db, sql, e);
    if (!st) return INC_EIO;
    char s[11], en[11], se[11], cf[11], ct[11];
    iso(in->start, s);
    iso(in->end, en);
    iso(v.counted_from, cf);
    iso(v.counted_to, ct);
    int i = 1;
    sqlite3_bind_int64(st, i++, c->id);
    sqlite3_bind_int64(st, i++, block_id);
    if (person_id) sqlite3_bind_int64(st, i++, person_id);
    else sqlite3_bind_null(st, i++);
    if (in->candidate_ref[0]) sqlite3_bind_text(st, i++, in->candidate_ref, -1, SQLITE_STATIC);
    else sqlite3_bind_null(st, i++);
    sqlite3_bind_int(st, i++, in->hours_centi);
    sqlite3_bind_text(st, i++, s, 10, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, en, 10, SQLITE_STATIC);
    sqlite3_bind_int64(st, i++, in->amount_cents);
    if (in->subsidy_end != INC_DATE_NONE) {
        iso(in->subsidy_end, se);
        sqlite3_bind_text(st, i++, se, 10, SQLITE_STATIC);
    } else {
        sqlite3_bind_null(st, i++);
    }
    sqlite3_bind_int64(st, i++, v.value_cents);
    sqlite3_bind_int(st, i++, v.counted_days);
    sqlite3_bind_text(st, i++, cf, 10, SQLITE_STATIC);
    sqlite3_bind_text(st, i++, ct, 10, SQLITE_STATIC);
    sqlite3_bind_int(st, i++, v.capped);
    sqlite3_bind_text(st, i++, db_actor(b->db), -1, SQLITE_STATIC);
    int rc = sqlite3_step(st);
    sqlite3_reset(st);
    if (rc != SQLITE_DONE) return db_fail(b->db, e);
    *id = sqlite3_last_insert_rowid(db_sqlite(b->db));
    return INC_OK;
}
