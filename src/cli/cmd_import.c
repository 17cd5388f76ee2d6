/* inclusio import contracts|realisations FILE.csv [--dry-run]
 * One transaction for the whole file: every row is parsed, validated and written; when any row is
 * bad the transaction is rolled back, every bad row is listed as "regel L, kolom C: reden" on stderr
 * and the database is left exactly as it was. One audit entry per import. --dry-run checks the whole
 * file the same way and then rolls back. */
#include "cli/commands.h"
#include "io/csv_pipeline.h"
#include "core/pseudonym.h"
#include "cli/import_refused.h"
#include "io/import_columns.h"
#include "store/import_store.h"
#include "store/municipality.h"
#include "store/register.h"
#include "store/register_bulk.h"
#include <string.h>

typedef struct {
    inc_db *db;
    register_bulk *bulk;
    const register_snapshot *snapshot;  /* contracts and blocks for the reading thread (realisations) */
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
    r->prepared = s->snapshot && register_snapshot_prepare(s->snapshot, &r->in, &r->prep);
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

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

static const cli_option import_opts[] = {
    {"dry-run", NULL, "controleer alles en sla niets op", NULL, 0}, {NULL, NULL, NULL, NULL, 0}};
static const cli_sub import_subs[] = {
    {"contracts", "BESTAND.csv", "opdrachten uit CSV (- is standaardinvoer)", import_opts},
    {"realisations", "BESTAND.csv", "realisaties uit CSV (- is standaardinvoer)", import_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec import_spec = {"import", import_subs};

int cmd_import(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &import_spec, argc, argv);
    bool dry_run = cli_flag(argc, argv, "--dry-run");
    const char *kind = cli_arg(argc, argv, 0, NULL), *path = cli_arg(argc, argv, 1, NULL);
    if (!path || cli_arg(argc, argv, 2, NULL)) return cli_usage_error(ctx);
    bool contracts = strcmp(kind, "contracts") == 0;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;

    inc_error e = {0};
    import_state s = {.db = db, .bulk = register_bulk_new(db), .key = db_key(db)};
    if (!s.bulk) return cli_fail(&(inc_error){INC_EINTERNAL, "", "geen geheugen", NULL});
    csv_errors errs;
    csv_errors_init(&errs, 0);
    /* Every id the import binds comes from a lookup in this same transaction (register_bulk), so
     * SQLite's per-row foreign-key lookups are switched off for it: about 5-10 % of an import. The
     * switch only works outside a transaction; test_register_bulk checks foreign_key_check stays empty. */
    inc_status st = db_exec(db, "PRAGMA foreign_keys=OFF", &e);
    if (st == INC_OK) st = db_begin(db, &e);
    register_snapshot *snapshot = NULL;
    if (st == INC_OK && !contracts && !(snapshot = register_snapshot_new(db, &e))) st = e.status;
    if (st == INC_OK && contracts) st = register_bulk_warm(s.bulk, &e);  /* before the reading thread starts */
    s.snapshot = snapshot;
    if (st == INC_OK)
        st = contracts ? csv_read_file_pipelined(path, &contract_import_schema, contract_parse, contract_store,
                                                 sizeof(contract_slot), &s, &errs, &e)
                       : csv_read_file_pipelined(path, &realisation_import_schema, realisation_parse,
                                                 realisation_store, sizeof(realisation_slot), &s, &errs, &e);
    if (st == INC_OK && errs.total == 0) st = register_bulk_finish(s.bulk, &e);
    if (st == INC_OK && errs.total == 0 && !contracts) st = realisations_link_banen_pending(db, &e);
    if (st == INC_OK && errs.total == 0)
        st = import_audit(db, contracts ? "contract" : "realisation", base_name(path), s.written, &e);
    if (st == INC_OK && errs.total == 0 && !dry_run) st = db_commit(db, &e);
    register_bulk_free(s.bulk);
    register_snapshot_free(snapshot);
    if (st != INC_OK || errs.total > 0 || dry_run) db_rollback(db);
    db_exec(db, "PRAGMA foreign_keys=ON", NULL);
    if (st != INC_OK || errs.total > 0 || dry_run) {
        int rc = cli_import_refused(st, &e, &errs, path);
        bool clean = st == INC_OK && errs.total == 0;
        csv_errors_free(&errs);
        if (clean && dry_run) {
            if (ctx->json)
                return cli_print_json(json_pack("{s:s, s:s, s:I, s:b}", "kind", kind, "file", path, "checked",
                                                (json_int_t)s.written, "dry_run", 1));
            printf("%ld %s in orde in %s; niets opgeslagen (--dry-run).\n", s.written,
                   contracts ? "opdrachten" : "realisaties", path);
            return EXIT_OK;
        }
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:s, s:I}", "kind", kind, "file", path, "imported", (json_int_t)s.written));
    printf("%ld %s geïmporteerd uit %s.\n", s.written, contracts ? "opdrachten" : "realisaties", path);
    return EXIT_OK;
}
