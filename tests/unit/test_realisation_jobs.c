/* Residents and durable work with figures worked out by hand: residence by municipality or by a
 * configured postcode area, the benefit a block implies, durability 6 and 12 months after the end
 * around month ends and a leap day (the contractor's answer, else a linked banenafspraak record),
 * the report per year, contractor and contract, the council's view, and refusals that store nothing. */
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
#include "app/realisation_jobs.h"
#include "app/local_area.h"
#include "core/job_outcome.h"
#include "core/json_fixed.h"
#include "store/goal_compute.h"

static void test_rules(void **state)
{
    (void)state;
    /* 31 August + 6 months: 29 February in a leap year, 28 February otherwise. */
    assert_int_equal(job_durability_day(date_from_ymd(2023, 8, 31), 6), date_from_ymd(2024, 2, 29));
    assert_int_equal(job_durability_day(date_from_ymd(2024, 8, 31), 6), date_from_ymd(2025, 2, 28));
    assert_int_equal(job_durability_day(date_from_ymd(2024, 2, 29), 12), date_from_ymd(2025, 2, 28));
    /* before the day nothing can be said; on it, the answer or the record */
    inc_date end = date_from_ymd(2023, 8, 31);
    assert_int_equal(job_durability_at(end, 6, date_from_ymd(2024, 2, 28), 1, false, false), JD_NOT_YET);
    assert_int_equal(job_durability_at(end, 6, date_from_ymd(2024, 2, 29), 1, false, false), JD_WORKING);
    assert_int_equal(job_durability_at(end, 6, date_from_ymd(2024, 2, 29), -1, true, false), JD_NOT_WORKING);
    assert_int_equal(job_durability_at(end, 6, date_from_ymd(2024, 2, 29), -1, false, false), JD_UNKNOWN);
    assert_int_equal(job_durability_at(end, 6, date_from_ymd(2024, 2, 29), 0, true, true), JD_NOT_WORKING);   /* the answer wins */
    pc4_range zm[] = {{"2711", "2729"}};
    assert_int_equal(job_resident("Zoetermeer", "", "zoetermeer", "Zoetermeer", zm, 1), 1);
    assert_int_equal(job_resident("den haag", "", "zoetermeer", "Zoetermeer", zm, 1), 0);
    assert_int_equal(job_resident("", "2729", "zoetermeer", "Zoetermeer", zm, 1), 1);
    assert_int_equal(job_resident("", "2730", "zoetermeer", "Zoetermeer", zm, 1), 0);
    assert_int_equal(job_resident("", "2711", "zoetermeer", "Zoetermeer", NULL, 0), -1);
    inc_error e = {0};
    assert_int_equal(job_pc4_check("2711AB", "pc4", &e), INC_EINVAL);   /* never more than the area */
    assert_int_equal(job_pc4_check("0999", "pc4", &e), INC_EINVAL);
    bool choice;
    assert_string_equal(job_benefit_implied("mu-ww", &choice), "ww");
    assert_null(job_benefit_implied("mu-banenafspraak", &choice));
    assert_true(choice);
    assert_null(job_benefit_implied("zu-werkzoekend", &choice));
    assert_false(choice);
}

static inc_db *db;
static char path[80];

static int setup(void **state)
{
    (void)state;
    inc_error e = {0};
    setenv("INCLUSIO_TODAY", "2025-03-01", 1);
    if (testdb_open("jobs", path, sizeof path, &db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    char file[96];
    snprintf(file, sizeof file, "/tmp/inclusio-jobs-%d.csv", (int)getpid());
    FILE *f = fopen(file, "w");
    fputs("municipality,department,reference,title,category,procedure,value,labour_share_pct,award_date,start_date,"
          "end_date,contractor_kvk,contractor_name\n"
          "zoetermeer,Stadsbeheer,JOB-1,Onderhoud,werken,europees,1000000,40,2023-01-15,2023-02-01,2025-12-31,12345678,Groen BV\n"
          "zoetermeer,Stadsbeheer,JOB-2,Schoonmaak,diensten,europees,500000,60,2023-01-15,2023-02-01,2025-12-31,87654321,Schoon BV\n",
          f);
    fclose(f);
    csv_errors errs;
    csv_errors_init(&errs, 0);   /* the caller's list (app/register_import.h) */
    long rows;
    inc_status st = app_register_import(db, REGISTER_IMPORT_CONTRACTS, file, false, &errs, &rows, &e);
    unlink(file);
    if (st || errs.total) {
        fprintf(stderr, "import: %s\n", e.message);
        return -1;
    }
    csv_errors_free(&errs);
    return 0;
}

static int teardown(void **state)
{
    (void)state;
    testdb_close(db, path);
    unsetenv("INCLUSIO_TODAY");
    return 0;
}

static int64_t count(const char *sql)
{
    inc_stmt *st;
    inc_error e = {0};
    if (db_prepare(db, sql, &st, &e)) return -1;
    int64_t n = db_step(db, st, &e) == DB_ROW ? db_col_int64(st, 0) : -1;
    db_finalize(st);
    return n;
}

static int64_t report(const char *ref, const char *block, const char *bsn, inc_date start, inc_date end)
{
    int64_t cid, rid;
    inc_error e = {0};
    assert_int_equal(app_contract_find(db, "zoetermeer", ref, &cid, &e), INC_OK);
    inc_realisation_input in = {.contract_id = cid, .hours_centi = 3600, .start = start, .end = end};
    snprintf(in.block, sizeof in.block, "%s", block);
    snprintf(in.bsn, sizeof in.bsn, "%s", bsn);
    assert_int_equal(app_realisation_report(db, &in, &rid, &e), INC_OK);
    return rid;
}

static json_t *get(json_t *o, const char *path)
{
    char buf[128];
    snprintf(buf, sizeof buf, "%s", path);
    for (char *tok = strtok(buf, "."); tok && o; tok = strtok(NULL, ".")) o = json_object_get(o, tok);
    return o;
}

static void test_jobs_and_report(void **state)
{
    (void)state;
    inc_error e = {0};
    assert_int_equal(app_municipality_postcodes_set(db, "zoetermeer", "2711-2729", NULL, &e), INC_OK);
    /* Four jobs at JOB-1 (Groen BV), one at JOB-2 (Schoon BV); "today" is 01-03-2025. */
    int64_t r1 = report("JOB-1", "mu-ww", "111222333", date_from_ymd(2023, 3, 1), date_from_ymd(2023, 8, 31));
    int64_t r2 = report("JOB-1", "zu-werkzoekend", "123456782", date_from_ymd(2024, 3, 1), date_from_ymd(2024, 8, 31));
    int64_t r3 = report("JOB-1", "mu-participatiewet", "222333443", date_from_ymd(2024, 1, 1), date_from_ymd(2024, 2, 29));
    int64_t r4 = report("JOB-1", "mu-banenafspraak", "271828183", date_from_ymd(2024, 6, 1), date_from_ymd(2024, 12, 31));
    int64_t r5 = report("JOB-2", "zu-jongere-zsk", "314159265", date_from_ymd(2023, 5, 1), date_from_ymd(2023, 10, 31));
    int64_t other = report("JOB-1", "ow-begeleiding", "", date_from_ymd(2024, 3, 1), date_from_ymd(2024, 3, 1));

    /* r1 lives in Zoetermeer (resident), r2 in postcode area 2725 (resident by the configured areas),
     * r3 in Den Haag (not), r4 in 2501 (not), r5 in Zoetermeer. */
    assert_int_equal(app_realisation_job_record(db, r1, "Zoetermeer", NULL, "vast", NULL, &e), INC_OK);
    assert_int_equal(app_realisation_job_record(db, r2, NULL, "2725", "tijdelijk", NULL, &e), INC_OK);
    assert_int_equal(app_realisation_job_record(db, r3, "Den Haag", NULL, "bbl", NULL, &e), INC_OK);
    assert_int_equal(app_realisation_job_record(db, r4, NULL, "2501", "tijdelijk", "wajong", &e), INC_OK);
    assert_int_equal(app_realisation_job_record(db, r5, "zoetermeer", NULL, "vast", NULL, &e), INC_OK);
    assert_int_equal(count("SELECT count(*) FROM realisation_jobs WHERE benefit_left = 'ww'"), 1);        /* implied by mu-ww */
    assert_int_equal(count("SELECT count(*) FROM realisation_jobs WHERE benefit_left = 'participatiewet'"), 1);

    /* Refusals store nothing. */
    int64_t jobs = count("SELECT count(*) FROM realisation_jobs"), audits = count("SELECT count(*) FROM audit_log");
    assert_int_equal(app_realisation_job_record(db, other, "Zoetermeer", NULL, "vast", NULL, &e), INC_EINVAL);   /* no job */
    assert_int_equal(app_realisation_job_record(db, r1, "Zoetermeer", "2711", "vast", NULL, &e), INC_EINVAL);   /* both */
    assert_int_equal(app_realisation_job_record(db, r1, NULL, NULL, "vast", NULL, &e), INC_EINVAL);             /* neither */
    assert_int_equal(app_realisation_job_record(db, r1, NULL, "2711AB", "vast", NULL, &e), INC_EINVAL);         /* a full postcode */
    assert_int_equal(app_realisation_job_record(db, r1, "Zoetermeer", NULL, "flex", NULL, &e), INC_EINVAL);
    assert_int_equal(app_realisation_job_record(db, r1, "Zoetermeer", NULL, "vast", "wia", &e), INC_EINVAL);     /* mu-ww is ww */
    assert_int_equal(app_realisation_job_record(db, r2, "Zoetermeer", NULL, "vast", "ww", &e), INC_EINVAL);      /* no benefit */
    assert_int_equal(app_realisation_job_record(db, 999999, "Zoetermeer", NULL, "vast", NULL, &e), INC_ENOTFOUND);
    assert_int_equal(count("SELECT count(*) FROM realisation_jobs"), jobs);
    assert_int_equal(count("SELECT count(*) FROM audit_log"), audits);
    assert_int_equal(count("SELECT count(*) FROM audit_log WHERE detail LIKE '%Den Haag%' OR detail LIKE '%2725%'"), 0);

    /* Durability answers: r1 ended 31-08-2023: 6 months on is 29-02-2024 (leap day), 12 months on
     * 31-08-2024, both passed; r2 ended 31-08-2024: 6 months on is 28-02-2025 (passed), 12 not yet. */
    assert_int_equal(app_realisation_job_working(db, r1, 6, true, &e), INC_OK);
    assert_int_equal(app_realisation_job_working(db, r1, 12, true, &e), INC_OK);
    assert_int_equal(app_realisation_job_working(db, r2, 6, false, &e), INC_OK);
    assert_int_equal(app_realisation_job_working(db, r2, 12, true, &e), INC_EINVAL);   /* 31-08-2025 lies ahead */
    assert_non_null(strstr(e.message, "31-08-2025"));
    assert_int_equal(app_realisation_job_working(db, r3, 12, false, &e), INC_OK);     /* 28-02-2025 */
    assert_int_equal(app_realisation_job_working(db, r5, 12, true, &e), INC_OK);
    assert_int_equal(app_realisation_job_working(db, r1, 9, true, &e), INC_EINVAL);

    /* The report on 01-03-2025:
     *   jobs 5; residence known 5, residents 3 (r1, r2, r5): 60.00 %;
     *   12 months due: r1 (31-08-2024), r3 (28-02-2025), r5 (31-10-2024) = 3, all answered: 2 working: 66.67 %;
     *     r4 ended 31-12-2024, r2 31-08-2024: not yet;
     *   6 months due: r1, r2, r3, r5 = 4 (r4: 30-06-2025 ahead); answered r1 yes, r2 no: known 2, working 1.
     *   contract types: vast 2, tijdelijk 2, bbl 1. */
    job_filter all = {0};
    json_t *j = app_jobs_report_json(db, &all, date_today(), false, &e);
    assert_non_null(j);
    assert_int_equal(json_integer_value(get(j, "total.jobs")), 5);
    assert_int_equal(json_integer_value(get(j, "total.residence_known")), 5);
    assert_int_equal(json_integer_value(get(j, "total.residents")), 3);
    int64_t pct;
    assert_true(json_fixed_get(get(j, "total.share_residents_pct"), 2, &pct));
    assert_int_equal(pct, 6000);   /* 3 of 5 */
    assert_true(json_fixed_get(get(j, "total.share_working_12_months_pct"), 2, &pct));
    assert_int_equal(pct, 6667);   /* 2 of 3, half up */
    assert_int_equal(json_integer_value(get(j, "total.due_12_months")), 3);
    assert_int_equal(json_integer_value(get(j, "total.known_12_months")), 3);
    assert_int_equal(json_integer_value(get(j, "total.working_12_months")), 2);
    assert_int_equal(json_integer_value(get(j, "total.due_6_months")), 4);
    assert_int_equal(json_integer_value(get(j, "total.known_6_months")), 2);
    assert_int_equal(json_integer_value(get(j, "total.working_6_months")), 1);
    assert_int_equal(json_integer_value(get(j, "total.contract_types.vast")), 2);
    assert_int_equal(json_integer_value(get(j, "total.contract_types.bbl")), 1);
    /* per year of the end: 2023 r1, r5; 2024 r2, r3, r4 */
    json_t *years = json_object_get(j, "by_year");
    assert_int_equal(json_array_size(years), 2);
    for (size_t i = 0; i < 2; i++) {
        json_t *y = json_array_get(years, i);
        int year = (int)json_integer_value(json_object_get(y, "year"));
        assert_int_equal(json_integer_value(json_object_get(y, "jobs")), year == 2023 ? 2 : 3);
    }
    assert_int_equal(json_array_size(json_object_get(j, "by_contractor")), 2);
    json_decref(j);

    /* The same figures as council parameters (the dashboard): 60.00 % residents of 5, 66.67 % of 3
     * still working after 12 months. */
    int64_t muni = count("SELECT id FROM municipalities WHERE code = 'zoetermeer'");
    bool available, has;
    int64_t value, people;
    assert_int_equal(goal_compute(db, "sroi_resident_share", muni, date_today(), &available, &has, &value, &people, &e), INC_OK);
    assert_true(available && has);
    assert_int_equal(value, 6000);
    assert_int_equal(people, 5);
    assert_int_equal(goal_compute(db, "sroi_durable_12_share", muni, date_today(), &available, &has, &value, &people, &e), INC_OK);
    assert_int_equal(value, 6667);
    assert_int_equal(people, 3);
    /* on 31-12-2024 only r1 (31-08-2024) and r5 (31-10-2024) are due: both still working, 100.00 %;
     * r4 (started 01-06-2024) counts for residence, r2 too: all five started by then */
    assert_int_equal(goal_compute(db, "sroi_durable_12_share", muni, date_from_ymd(2024, 12, 31), &available, &has, &value,
                                  &people, &e), INC_OK);
    assert_int_equal(value, 10000);
    assert_int_equal(people, 2);
    /* on 31-12-2023 only r1 and r5 had started (r3 on 01-01-2024): both residents, 100.00 % of 2 */
    assert_int_equal(goal_compute(db, "sroi_resident_share", muni, date_from_ymd(2023, 12, 31), &available, &has, &value,
                                  &people, &e), INC_OK);
    assert_int_equal(value, 10000);
    assert_int_equal(people, 2);

    /* The council sees no count below 5: the 5 jobs are shown, 3 residents of 5 are not (the rest is 2). */
    j = app_jobs_report_json(db, &all, date_today(), true, &e);
    assert_int_equal(json_integer_value(get(j, "total.jobs")), 5);
    assert_true(json_is_null(get(j, "total.residents")));
    assert_string_equal(json_string_value(get(j, "total.suppression.residents")), "<5");
    assert_true(json_is_null(get(j, "total.contract_types.bbl")));
    json_decref(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_rules),
        cmocka_unit_test_setup_teardown(test_jobs_and_report, setup, teardown),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
