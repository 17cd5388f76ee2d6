#include "app/register_import.h"
#include "app/pso.h"
#include "core/pseudonym.h"
#include "io/csv_pipeline.h"
#include "io/import_columns.h"
#include "store/audit.h"
#include "store/banen_link.h"
#include "store/import_store.h"
#include "store/municipality.h"
#include "store/register.h"
#include "store/register_bulk.h"
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    inc_db *db;
    register_bulk *bulk;
    const unsigned char *key;  /* the pseudonymisation key, read-only on the reading thread */
    long written;              /* rows stored in the (uncommitted) transaction */
} import_state;

/* Infrastructure trouble stops the import; anything else is a bad row to list. */
static bool is_fatal(const inc_error *e) { return e->status == INC_EIO || e->status == INC_EINTERNAL; }

/* ---- reading thread: parse (and pseudonymise) each record; no database here ---- */

typedef struct {
    inc_contract_input in;
    bool prepared;  /* obligation, policy and catalogue worked out here */
    contract_prepared prep;
} contract_slot;

static int contract_parse(void *user, const csv_row *row, void *slot)
{
    import_state *s = user;
    contract_slot *c = slot;
    field_source fs = csv_row_source(row);
    inc_error e = {0};
    if (contract_input_parse(&fs, &c->in, &e) != INC_OK) {
        csv_row_error_from(row, &e);
        return 1;
    }
    /* The rules that need only what the bulk handle loaded before the reading began. */
    c->prepared = register_bulk_contract_prepare(s->bulk, &c->in, &c->prep);
    return 0;
}

typedef struct {
    inc_realisation_input in;
    unsigned char pseudonym[PSEUDONYM_BYTES];
    bool prepared;  /* contract and block found in the snapshot, first rules run */
    realisation_prepared prep;
} realisation_slot;

static int realisation_parse(void *user, const csv_row *row, void *slot)
{
    import_state *s = user;
    realisation_slot *r = slot;
    field_source fs = csv_row_source(row);
    inc_error e = {0};
    if (realisation_input_parse(&fs, &r->in, &e) != INC_OK) {
        csv_row_error_from(row, &e);
        return 1;
    }
    /* The HMAC of the (already validated) BSN here, on the reading thread's core. */
    if (r->in.bsn[0] && s->key && pseudonym_of_bsn(s->key, r->in.bsn, r->pseudonym, "bsn", &e) == INC_OK)
        r->in.pseudonym = r->pseudonym;
    /* The contract, the block and the rules that need no database, here too. */
    r->prepared = register_bulk_realisation_prepare(s->bulk, &r->in, &r->prep);
    return 0;
}

/* ---- calling thread: the register's rules and the writes ---- */

/* A municipality written by name ("Zoetermeer") becomes its code here, with the database at hand;
 * such a row was not prepared on the reading thread (its snapshot knows codes) and takes the full path. */
static void municipality_code(inc_db *db, char *m, size_t size)
{
    char code[48];
    if (m[0] && municipality_resolve(db, m, code, sizeof code, NULL) == INC_OK) snprintf(m, size, "%s", code);
}

static int contract_store(void *user, void *slot, long line, csv_errors *errs, inc_error *fatal)
{
    import_state *s = user;
    contract_slot *c = slot;
    if (!c->prepared) municipality_code(s->db, c->in.municipality, sizeof c->in.municipality);
    const inc_contract_input *in = &c->in;
    inc_error e = {0};
    int64_t id;
    bool earlier_in_file;
    inc_status st = c->prepared ? register_bulk_contract_prepared(s->bulk, in, &c->prep, &id, &earlier_in_file, &e)
                                : register_bulk_contract(s->bulk, in, &id, &earlier_in_file, &e);
    if (st == INC_OK) {
        s->written++;
        return 0;
    }
    if (is_fatal(&e)) {
        *fatal = e;
        return 1;
    }
    if (e.status == INC_ECONFLICT && earlier_in_file)
        csv_errors_add(errs, line, "reference", "referentie '%s' bij %s komt eerder in dit bestand voor", in->reference,
                       in->municipality);
    else
        csv_errors_add_from(errs, line, &e);
    return 0;
}

static int realisation_store(void *user, void *slot, long line, csv_errors *errs, inc_error *fatal)
{
    import_state *s = user;
    realisation_slot *r = slot;
    if (!r->prepared) municipality_code(s->db, r->in.municipality, sizeof r->in.municipality);
    inc_error e = {0};
    inc_status st = r->prepared ? register_bulk_realisation_prepared(s->bulk, &r->in, &r->prep, &e)
                                : register_bulk_realisation(s->bulk, &r->in, &e);
    memset(r->in.bsn, 0, sizeof r->in.bsn);
    if (st == INC_OK) {
        s->written++;
        return 0;
    }
    if (is_fatal(&e)) {
        *fatal = e;
        return 1;
    }
    csv_errors_add_from(errs, line, &e);
    return 0;
}

/* The one audit entry of an import: action "import", detail {"file": ..., "rows": n}. */
static inc_status audit_import(inc_db *db, const char *entity, const char *path, long rows, inc_error *e)
{
    const char *slash = strrchr(path, '/');
    json_t *d = json_pack("{s:s, s:I}", "file", slash ? slash + 1 : path, "rows", (json_int_t)rows);
    char *txt = d ? json_dumps(d, JSON_COMPACT | JSON_PRESERVE_ORDER) : NULL;
    json_decref(d);
    inc_status s = audit_write(db, "import", entity, 0, txt, e);
    free(txt);
    return s;
}

inc_status app_register_import(inc_db *db, register_import_kind kind, const char *path, bool dry_run, csv_errors *errs,
                               long *rows, inc_error *e)
{
    bool contracts = kind == REGISTER_IMPORT_CONTRACTS;
    import_state s = {.db = db, .bulk = register_bulk_new(db), .key = db_key(db)};
    *rows = 0;
    if (!s.bulk) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
    /* Every id the import binds comes from a lookup in this same transaction (register_bulk), so the
     * database's per-row foreign-key checks are off for it (store/import_store.h). */
    inc_status st = import_checks_off(db, e);
    if (st == INC_OK) st = db_begin(db, e);
    /* before the reading thread starts: what it may read from the bulk handle */
    if (st == INC_OK) st = contracts ? register_bulk_warm(s.bulk, e) : register_bulk_snapshot(s.bulk, e);
    if (st == INC_OK)
        st = contracts ? csv_read_file_pipelined(path, &contract_import_schema, contract_parse, contract_store,
                                                 sizeof(contract_slot), &s, errs, e)
                       : csv_read_file_pipelined(path, &realisation_import_schema, realisation_parse,
                                                 realisation_store, sizeof(realisation_slot), &s, errs, e);
    if (st == INC_OK && errs->total == 0) st = register_bulk_finish(s.bulk, e);
    if (st == INC_OK && errs->total == 0 && !contracts) st = banen_link_pending_bulk(db, e);
    if (st == INC_OK && errs->total == 0 && contracts) st = app_pso_refresh(db, 0, e);   /* PSO covers of the rows */
    if (st == INC_OK && errs->total == 0) st = audit_import(db, contracts ? "contract" : "realisation", path, s.written, e);
    if (st == INC_OK && errs->total == 0 && !dry_run) st = db_commit(db, e);
    register_bulk_free(s.bulk);
    /* The server went away (stopped, the backend ended): its transaction died with it, nothing of the
     * file was kept. Said so plainly, not as a failing statement. */
    if (st != INC_OK && db_bulk_connection_lost(db))
        inc_fail(e, INC_EIO, "",
                 "de verbinding met de database is verbroken tijdens de import (%s); er is niets opgeslagen,"
                 " importeer het bestand opnieuw",
                 db_errmsg(db));
    if (st != INC_OK || errs->total > 0 || dry_run) db_rollback(db);
    import_checks_on(db);
    if (st == INC_OK && errs->total == 0 && !dry_run) {
        /* The tables this kind of file filled (the totals a realisation import changes on its
         * contracts move no plan: analysing contracts again cost the national import 0.5 s). */
        static const char *const contract_tables[] = {"contracts", "organisations", NULL};
        static const char *const realisation_tables[] = {"realisations", "persons", "employment_records",
                                                         "employment_realisations", NULL};
        db_refresh_statistics(db, contracts ? contract_tables : realisation_tables);
    }
    if (st == INC_OK && errs->total == 0) *rows = s.written;
    return st;
}
