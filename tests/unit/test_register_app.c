/* The register's application layer as any face calls it, and the rules it moved into core:
 * app_register_import on a file (a dry run stores nothing, a bad row refuses the whole file, one
 * audit entry naming the file), the contract filter and flags (core/contract.h), the realisation's
 * decision checks and running-total rule (core/realisation.h), the SROI row (core/sroi_report.h),
 * and the register actions with their audit entries. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <cmocka.h>
#include "testdb.h"
#include "app/register_contract.h"
#include "app/register_import.h"
#include "app/register_realisation.h"
#include "app/register_report.h"
#include "core/contract.h"
#include "core/realisation.h"
#include "core/sroi_report.h"

static inc_db *db;
static char path[80];

static int setup(void **state)
{
    (void)state;
    inc_error e = {0};
    if (testdb_open("register-app", path, sizeof path, &db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    testdb_close(db, path);
    return 0;
}

static int64_t count(const char *sql)
{
    inc_stmt *st;
    inc_error e = {0};
    if (db_prepare(db, sql, &st, &e) != INC_OK) fail_msg("%s: %s", sql, e.message);
    assert_int_equal(db_step_rc(st), DB_ROW);
    int64_t n = db_col_int64(st, 0);
    db_finalize(st);
    return n;
}

static void write_file(const char *name, const char *text, char *out, size_t n)
{
    snprintf(out, n, "/tmp/inclusio-%s-%d.csv", name, (int)getpid());
    FILE *f = fopen(out, "w");
    assert_non_null(f);
    fputs(text, f);
    fclose(f);
}

#define C_HEAD                                                                                                     \
    "municipality,department,reference,title,category,procedure,value,labour_share_pct,award_date,start_date,"      \
    "end_date,contractor_kvk,contractor_name,cpv,sebo_holder,extra_pct,exemption_pct,exemption_by,exemption_date," \
    "exemption_reason\n"
#define C_ROW(ref, value) \
    "zoetermeer,Stadsbeheer," ref ",Onderhoud,werken,europees," value ",40,2024-01-15,2024-02-01,2026-01-31,12345678,Groen BV,,nee,,,,,\n"
#define R_HEAD "municipality,contract_reference,block,bsn,candidate_ref,hours_per_week,hours,start,end,amount,subsidy_end\n"

static void test_import_through_the_app(void **state)
{
    (void)state;
    char file[96];
    inc_error e = {0};
    csv_errors errs;
    long rows = -1;
    int64_t audits = count("SELECT count(*) FROM audit_log");

    /* A dry run checks everything and stores nothing. */
    write_file("app-contracts", C_HEAD C_ROW("APP-1", "1000000") C_ROW("APP-2", "250000"), file, sizeof file);
    csv_errors_init(&errs, 0);
    assert_int_equal(app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, true, &errs, &rows, &e), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(rows, 2);
    csv_errors_free(&errs);
    assert_int_equal(count("SELECT count(*) FROM contracts WHERE reference LIKE 'APP-%'"), 0);
    assert_int_equal(count("SELECT count(*) FROM audit_log"), audits);

    /* The import stores both, with one audit entry naming the file without its directory. */
    csv_errors_init(&errs, 0);
    assert_int_equal(app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, false, &errs, &rows, &e), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(rows, 2);
    csv_errors_free(&errs);
    assert_int_equal(count("SELECT count(*) FROM contracts WHERE reference LIKE 'APP-%'"), 2);
    assert_int_equal(count("SELECT count(*) FROM audit_log"), audits + 1);
    char want[160];
    snprintf(want, sizeof want, "SELECT count(*) FROM audit_log WHERE action = 'import' AND entity = 'contract'"
                                " AND detail = '{\"file\":\"%s\",\"rows\":2}'", strrchr(file, '/') + 1);
    assert_int_equal(count(want), 1);
    assert_int_equal(db_in_transaction(db), false);
    unlink(file);

    /* One bad row (a duplicate reference, a negative value) refuses the whole file. */
    write_file("app-bad", C_HEAD C_ROW("APP-3", "5000") C_ROW("APP-1", "5000") C_ROW("APP-4", "-1"), file, sizeof file);
    csv_errors_init(&errs, 0);
    assert_int_equal(app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, false, &errs, &rows, &e), INC_OK);
    assert_int_equal(errs.total, 2);
    assert_int_equal(errs.items[0].line, 3);
    assert_string_equal(errs.items[0].column, "reference");
    assert_int_equal(errs.items[1].line, 4);
    assert_int_equal(rows, 0);
    csv_errors_free(&errs);
    assert_int_equal(count("SELECT count(*) FROM contracts WHERE reference LIKE 'APP-%'"), 2);
    unlink(file);

    /* Realisations: stored with the contract's running total brought up to date. */
    write_file("app-real", R_HEAD "zoetermeer,APP-1,mu-ww,123456782,K-1,36,,2024-03-01,2024-05-31,,\n", file,
               sizeof file);
    csv_errors_init(&errs, 0);
    assert_int_equal(app_register_import(db, REGISTER_IMPORT_REALISATIONS, file, false, &errs, &rows, &e), INC_OK);
    assert_int_equal(errs.total, 0);
    assert_int_equal(rows, 1);
    csv_errors_free(&errs);
    assert_true(count("SELECT reported_cents FROM contracts WHERE reference = 'APP-1'") > 0);
    assert_int_equal(count("SELECT reported_cents FROM contracts WHERE reference = 'APP-1'"),
                     count("SELECT sum(r.value_cents) FROM realisations r JOIN contracts c ON c.id = r.contract_id"
                           " WHERE c.reference = 'APP-1'"));
    /* The foreign-key checks the import switched off are on again (SQLite: PostgreSQL has no switch). */
    if (db_dialect_of(db) == DB_DIALECT_SQLITE) assert_int_equal(count("PRAGMA foreign_keys"), 1);
    unlink(file);

    /* A file that cannot be read: a failure, nothing stored. */
    csv_errors_init(&errs, 0);
    assert_int_not_equal(app_register_import(db, REGISTER_IMPORT_CONTRACTS, "/nonexistent/x.csv", false, &errs, &rows,
                                             &e),
                         INC_OK);
    csv_errors_free(&errs);
}

static void test_actions_write_their_audit_entries(void **state)
{
    (void)state;
    inc_error e = {0};
    int64_t cid, rid;
    assert_int_equal(app_contract_find(db, "zoetermeer", "APP-2", &cid, &e), INC_OK);
    int64_t audits = count("SELECT count(*) FROM audit_log");
    inc_realisation_input in = {.contract_id = cid, .hours_centi = 3600};
    snprintf(in.block, sizeof in.block, "mu-ww");
    snprintf(in.bsn, sizeof in.bsn, "111222333");
    in.start = date_from_ymd(2024, 3, 1);
    in.end = date_from_ymd(2024, 3, 31);
    assert_int_equal(app_realisation_report(db, &in, &rid, &e), INC_OK);
    assert_int_equal(app_realisation_reject(db, rid, "", &e), INC_EINVAL);
    assert_int_equal(app_realisation_verify(db, rid, &e), INC_OK);
    assert_int_equal(app_realisation_verify(db, rid, &e), INC_ECONFLICT);
    assert_string_equal(e.field, "status");
    assert_int_equal(app_contract_contact(db, cid, date_from_ymd(2024, 1, 20), &e), INC_OK);
    assert_int_equal(app_contract_yearly_report(db, cid, 1, NULL, &e), INC_OK);
    assert_int_equal(app_contract_yearly_report(db, cid, 1, NULL, &e), INC_ECONFLICT);
    assert_int_equal(app_contract_yearly_report(db, cid, 9, NULL, &e), INC_EINVAL);
    /* create, verify, contact, yearly-report: one entry each, the refusals none. */
    assert_int_equal(count("SELECT count(*) FROM audit_log"), audits + 4);
    assert_int_equal(count("SELECT verified_cents = reported_cents AND verified_cents > 0 FROM contracts"
                           " WHERE reference = 'APP-2'"),
                     1);
    assert_int_equal(db_in_transaction(db), false);
}

static void test_contract_rules(void **state)
{
    (void)state;
    inc_error e = {0};
    inc_contract_filter f = {.overdue = "soon"};
    assert_int_equal(contract_filter_check(&f, &e), INC_EINVAL);
    assert_string_equal(e.field, "overdue");
    f = (inc_contract_filter){.per_page = 1001};
    assert_int_equal(contract_filter_check(&f, &e), INC_EINVAL);
    assert_string_equal(e.field, "per_page");
    f = (inc_contract_filter){.overdue = "contact", .per_page = 10};
    assert_int_equal(contract_filter_check(&f, &e), INC_OK);
    assert_true(contract_filter_derived(&f));
    /* Awarded on Monday 2024-01-15: contact due five working days later; none by 2024-02-01. */
    contract_record c = {.applies = true, .award = date_from_ymd(2024, 1, 15), .start = date_from_ymd(2024, 2, 1),
                         .end = date_from_ymd(2026, 1, 31), .contact = INC_DATE_NONE, .obligation_cents = 100000,
                         .yearly_submitted = "1"};
    contract_flags fl;
    contract_flags_of(&c, date_from_ymd(2024, 2, 1), &fl);
    assert_int_equal(fl.contact_deadline, date_from_ymd(2024, 1, 22));
    assert_true(fl.contact_overdue);
    assert_true(contract_filter_matches(&f, &fl));
    c.contact = date_from_ymd(2024, 1, 16);
    contract_flags_of(&c, date_from_ymd(2024, 2, 1), &fl);
    assert_false(contract_filter_matches(&f, &fl));
    /* Yearly reports: year 1 submitted, year 2 due 2026-02-01 (the end is before it: only one). */
    contract_yearly_reports y;
    assert_int_equal(contract_yearly_reports_of(&c, date_from_ymd(2026, 6, 1), &y), 0);
    assert_int_equal(y.n, 1);
    assert_true(y.submitted[0]);
    c.yearly_submitted = NULL;
    assert_int_equal(contract_yearly_reports_of(&c, date_from_ymd(2025, 3, 2), &y), 1);
    assert_int_equal(y.deadline[0], date_from_ymd(2025, 3, 1));
}

static void test_realisation_and_report_rules(void **state)
{
    (void)state;
    inc_error e = {0};
    assert_int_equal(realisation_decision_check(7, "gemeld", &e), INC_OK);
    assert_int_equal(realisation_decision_check(7, "afgewezen", &e), INC_ECONFLICT);
    assert_string_equal(e.message, "realisatie 7 is al beoordeeld (afgewezen)");
    char long_reason[600];
    memset(long_reason, 'x', sizeof long_reason - 1);
    long_reason[sizeof long_reason - 1] = 0;
    assert_int_equal(realisation_reject_reason_check(long_reason, &e), INC_EINVAL);
    assert_int_equal(realisation_reject_reason_check(NULL, &e), INC_EINVAL);
    assert_int_equal(realisation_reject_reason_check("niet in dienst", &e), INC_OK);
    assert_int_equal(realisation_status_filter_check("open", &e), INC_EINVAL);
    assert_int_equal(realisation_status_filter_check(NULL, &e), INC_OK);
    contract_totals t = realisation_contribution("geverifieerd", 500);
    assert_true(t.reported == 500 && t.verified == 500);
    t = realisation_contribution("gemeld", 500);
    assert_true(t.reported == 500 && t.verified == 0);
    t = realisation_contribution("afgewezen", 500);
    assert_true(t.reported == 0 && t.verified == 0);
    /* A contract without realisations before the obligation applies: nothing verified of 1,000.00. */
    sroi_row r = {0};
    assert_int_equal(sroi_row_verified_pct(&r), 10000);
    inc_progress_input pi = {.applies = true, .obligation_cents = 100000, .verified_cents = 25000,
                             .reported_cents = 50000, .contract_start = date_from_ymd(2024, 1, 1),
                             .contract_end = date_from_ymd(2024, 12, 31), .today = date_from_ymd(2024, 7, 1)};
    inc_progress p;
    progress_compute(&pi, &p);
    sroi_row_add(&r, &pi, &p);
    sroi_row_add(&r, &pi, &p);
    assert_int_equal(r.contracts, 2);
    assert_int_equal(r.due, 200000);
    assert_int_equal(r.verified, 50000);
    assert_int_equal(sroi_row_verified_pct(&r), 2500);
    assert_int_equal(r.status_count[p.status], 2);
    /* The report over the database: the imported contracts of zoetermeer in 2024. */
    static const char *const zoetermeer[] = {"zoetermeer", NULL};
    sroi_report rep;
    assert_int_equal(app_sroi_report(db, zoetermeer, 2024, date_from_ymd(2024, 7, 1), &rep, &e), INC_OK);
    assert_int_equal(rep.n, 1);
    assert_string_equal(rep.rows[0].municipality, "zoetermeer");
    assert_int_equal(rep.rows[0].year, 2024);
    assert_int_equal(rep.rows[0].contracts, 2);
    assert_int_equal(rep.total.contracts, 2);
    sroi_report_free(&rep);
}

/* The SR-team's two reads cost few statements, which on PostgreSQL are round trips (docs/bench.md):
 * a page of the list with its count is one statement when the scope's ids come from the session,
 * a page past the end one more for the count; a contract is its row and its realisations, the scope
 * check answered from the row (a refusal reads and writes nothing more). */
typedef struct {
    int calls;
    bool allow;
    char municipality[48];
    int64_t contractor;
} gate_seen;

static bool gate(void *ctx, const char *municipality, int64_t contractor_id)
{
    gate_seen *g = ctx;
    g->calls++;
    snprintf(g->municipality, sizeof g->municipality, "%s", municipality);
    g->contractor = contractor_id;
    return g->allow;
}

static void test_reads_in_few_statements(void **state)
{
    (void)state;
    char file[96];
    inc_error e = {0};
    csv_errors errs;
    long rows = -1;
    write_file("app-rt", C_HEAD C_ROW("RT-1", "100000") C_ROW("RT-2", "200000") C_ROW("RT-3", "300000"), file,
               sizeof file);
    csv_errors_init(&errs, 0);
    assert_int_equal(app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, false, &errs, &rows, &e), INC_OK);
    csv_errors_free(&errs);
    int64_t ztm = count("SELECT id FROM municipalities WHERE code = 'zoetermeer'");
    int64_t in_ztm = count("SELECT count(*) FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                           " WHERE m.code = 'zoetermeer'");
    assert_true(in_ztm >= 3);
    const char *const codes[] = {"zoetermeer", NULL};
    const int64_t ids[] = {ztm};
    inc_date today = date_today();
    size_t len;
    for (int pass = 0; pass < 2; pass++) {   /* the first pass prepares the statements */
        inc_contract_filter f = {.municipalities = codes, .municipality_ids = ids, .page = 1, .per_page = 2};
        view_out o;
        view_out_text(&o);
        int64_t n0 = db_statements_run(db);
        assert_int_equal(app_contract_list(db, &f, today, &o, &e), INC_OK);
        if (pass) assert_int_equal(db_statements_run(db) - n0, 1);
        char *text = view_out_take_text(&o, &len);
        char want[64];
        snprintf(want, sizeof want, "\"total\":%lld", (long long)in_ztm);
        assert_non_null(strstr(text, want));
        free(text);
        view_out_free(&o);

        f.page = (int)(in_ztm / 2) + 3;   /* past the end: the count on its own */
        view_out_text(&o);
        n0 = db_statements_run(db);
        assert_int_equal(app_contract_list(db, &f, today, &o, &e), INC_OK);
        if (pass) assert_int_equal(db_statements_run(db) - n0, 2);
        text = view_out_take_text(&o, &len);
        assert_non_null(strstr(text, want));
        assert_non_null(strstr(text, "\"items\":[]"));
        free(text);
        view_out_free(&o);

        f.page = 1;
        f.municipality_ids = NULL;   /* looked up by code: one statement more */
        view_out_text(&o);
        n0 = db_statements_run(db);
        assert_int_equal(app_contract_list(db, &f, today, &o, &e), INC_OK);
        if (pass) assert_int_equal(db_statements_run(db) - n0, 2);
        view_out_free(&o);
    }

    int64_t id = count("SELECT id FROM contracts WHERE reference = 'RT-2'");
    int64_t groen = count("SELECT contractor_id FROM contracts WHERE reference = 'RT-2'");
    for (int pass = 0; pass < 2; pass++) {
        gate_seen g = {.allow = true};
        view_out o;
        view_out_text(&o);
        int64_t n0 = db_statements_run(db);
        assert_int_equal(app_contract_show_if(db, id, today, gate, &g, &o, &e), INC_OK);
        if (pass) assert_int_equal(db_statements_run(db) - n0, 2);
        assert_int_equal(g.calls, 1);
        assert_string_equal(g.municipality, "zoetermeer");
        assert_int_equal(g.contractor, groen);
        char *text = view_out_take_text(&o, &len);
        assert_non_null(strstr(text, "\"reference\":\"RT-2\""));
        free(text);
        view_out_free(&o);

        g.allow = false;
        view_out_text(&o);
        n0 = db_statements_run(db);
        assert_int_equal(app_contract_show_if(db, id, today, gate, &g, &o, &e), INC_EFORBIDDEN);
        if (pass) assert_int_equal(db_statements_run(db) - n0, 1);
        text = view_out_take_text(&o, &len);
        assert_true(!text || !strstr(text, "RT-2"));
        free(text);
        view_out_free(&o);
    }
    gate_seen g = {.allow = true};
    view_out o;
    view_out_text(&o);
    assert_int_equal(app_contract_show_if(db, 987654321, today, gate, &g, &o, &e), INC_ENOTFOUND);
    assert_int_equal(g.calls, 0);
    view_out_free(&o);
}

/* contract_counts (migration 020) follows every way a contract comes, goes or moves, the bulk import
 * included (on PostgreSQL a COPY under session_replication_role = replica), so the list's total,
 * which reads it, is the number of contracts in scope. */
static int64_t counts_wrong(void)
{
    return count("SELECT count(*) FROM (SELECT municipality_id, count(*) AS k FROM contracts GROUP BY municipality_id) t"
                 " FULL JOIN contract_counts c ON c.municipality_id = t.municipality_id"
                 " WHERE c.n IS NULL OR t.k IS NULL OR c.n <> t.k");
}

static void test_contract_counts_follow_every_change(void **state)
{
    (void)state;
    char file[96];
    inc_error e = {0};
    csv_errors errs;
    long rows = -1;
    assert_int_equal(counts_wrong(), 0);
    write_file("app-cc", C_HEAD C_ROW("CC-1", "100000") C_ROW("CC-2", "200000"), file, sizeof file);
    csv_errors_init(&errs, 0);
    assert_int_equal(app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, false, &errs, &rows, &e), INC_OK);
    csv_errors_free(&errs);
    assert_int_equal(counts_wrong(), 0);
    /* SQLite's import pauses the per-row trigger in its transaction: back after it, and after an
     * import refused half-way (CC-3 stored, then CC-1 a duplicate: rolled back). */
    write_file("app-cc-bad", C_HEAD C_ROW("CC-3", "100000") C_ROW("CC-1", "100000"), file, sizeof file);
    csv_errors_init(&errs, 0);
    app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, false, &errs, &rows, &e);
    assert_true(errs.total > 0);
    csv_errors_free(&errs);
    assert_int_equal(count("SELECT count(*) FROM contracts WHERE reference = 'CC-3'"), 0);
    if (db_dialect_of(db) == DB_DIALECT_SQLITE)
        assert_int_equal(count("SELECT count(*) FROM sqlite_master WHERE name = 'contract_counts_insert'"), 1);
    assert_int_equal(counts_wrong(), 0);
    int64_t lsn = count("SELECT id FROM municipalities WHERE code = 'lansingerland'");
    char sql[160];
    snprintf(sql, sizeof sql, "UPDATE contracts SET municipality_id = %lld WHERE reference = 'CC-1'", (long long)lsn);
    assert_int_equal(db_exec(db, sql, &e), INC_OK);
    assert_int_equal(counts_wrong(), 0);
    assert_int_equal(db_exec(db, "UPDATE contracts SET title = 'Ander werk' WHERE reference = 'CC-2'", &e), INC_OK);
    assert_int_equal(db_exec(db, "DELETE FROM contracts WHERE reference IN ('CC-1', 'CC-2')", &e), INC_OK);
    assert_int_equal(counts_wrong(), 0);
    /* The list's total from the counts, as a count over the contracts would give it. */
    const char *const codes[] = {"zoetermeer", "lansingerland", NULL};
    inc_contract_filter f = {.municipalities = codes, .page = 1, .per_page = 1};
    view_out o;
    view_out_text(&o);
    assert_int_equal(app_contract_list(db, &f, date_today(), &o, &e), INC_OK);
    size_t len;
    char *text = view_out_take_text(&o, &len);
    char want[64];
    snprintf(want, sizeof want, "\"total\":%lld",
             (long long)count("SELECT count(*) FROM contracts c JOIN municipalities m ON m.id = c.municipality_id"
                              " WHERE m.code IN ('zoetermeer', 'lansingerland')"));
    assert_non_null(strstr(text, want));
    free(text);
    view_out_free(&o);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_import_through_the_app),
        cmocka_unit_test(test_actions_write_their_audit_entries),
        cmocka_unit_test(test_contract_rules),
        cmocka_unit_test(test_realisation_and_report_rules),
        cmocka_unit_test(test_reads_in_few_statements),
        cmocka_unit_test(test_contract_counts_follow_every_change),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
