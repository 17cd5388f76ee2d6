/* The SEBO registry and invitation log against a real (temporary) SQLite database. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include "testdb.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "core/json_fixed.h"
#include "store/db.h"
#include "app/procurement_log.h"
#include "app/sebo_registry.h"
#include "store/sebo_store.h"
#include "store/seed.h"

static char path[64];

static inc_date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

static int setup(void **state)
{
    inc_db *db;
    inc_error e = {0};
    if (testdb_open("sebo-test", path, sizeof path, &db, &e)) {
        fprintf(stderr, "%s\n", e.message);
        return -1;
    }
    *state = db;
    return 0;
}

static int teardown(void **state)
{
    testdb_close(*state, path);
    return 0;
}

static void holder(inc_db *db, const char *kvk, const char *name, const char *established, bool diensten,
                   inc_date applied)
{
    sebo_holder_input in;
    memset(&in, 0, sizeof in);
    snprintf(in.kvk, sizeof in.kvk, "%s", kvk);
    snprintf(in.name, sizeof in.name, "%s", name);
    snprintf(in.established, sizeof in.established, "%s", established);
    in.kinds[CAT_WERKEN] = true;
    in.kinds[CAT_DIENSTEN] = diensten;
    in.applied_on = applied;
    int64_t id;
    inc_error e = {0};
    assert_int_equal(app_sebo_holder_add(db, &in, &id, &e), INC_OK);
}

static void certify(inc_db *db, const char *kvk, inc_date from, inc_date until)
{
    inc_error e = {0};
    sebo_transition_input t = {.to = SEBO_ST_IN_AUDIT, .day = from - 30, .audit_date = from - 20, .cost_set = true,
                               .audit_cost_cents = 50000, .certified_from = INC_DATE_NONE, .valid_until = INC_DATE_NONE};
    snprintf(t.audit_body, sizeof t.audit_body, "Certificeringsbureau Test");
    assert_int_equal(app_sebo_transition(db, kvk, &t, &e), INC_OK);
    for (int c = 0; c < SEBO_CRIT__COUNT; c++)
        assert_int_equal(app_sebo_evidence_set(db, kvk, (sebo_criterion)c, "aangetoond", false, from - 10, &e), INC_OK);
    sebo_transition_input c = {.to = SEBO_ST_CERTIFIED, .day = from, .audit_date = INC_DATE_NONE,
                               .certified_from = from, .valid_until = until};
    assert_int_equal(app_sebo_transition(db, kvk, &c, &e), INC_OK);
}

/* Lifecycle through the store; holder_on on the edges; certify without evidence refused;
 * valid-until before certified-from refused with nothing written. */
static void registry_lifecycle(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    holder(db, "11111111", "Bouwbedrijf Lokaal BV", "zoetermeer", false, D(2021, 11, 1));
    /* Certify straight from aangevraagd: refused (audit first). */
    sebo_transition_input c = {.to = SEBO_ST_CERTIFIED, .day = D(2022, 1, 1), .certified_from = INC_DATE_NONE,
                               .valid_until = INC_DATE_NONE, .audit_date = INC_DATE_NONE};
    assert_int_equal(app_sebo_transition(db, "11111111", &c, &e), INC_ECONFLICT);
    sebo_transition_input a = {.to = SEBO_ST_IN_AUDIT, .day = D(2021, 12, 1), .audit_date = INC_DATE_NONE,
                               .certified_from = INC_DATE_NONE, .valid_until = INC_DATE_NONE};
    snprintf(a.audit_body, sizeof a.audit_body, "Bureau X");
    assert_int_equal(app_sebo_transition(db, "11111111", &a, &e), INC_OK);
    /* No evidence yet: refused. */
    assert_int_equal(app_sebo_transition(db, "11111111", &c, &e), INC_ECONFLICT);
    assert_non_null(strstr(e.message, "bewijs ontbreekt"));
    for (int k = 0; k < SEBO_CRIT__COUNT; k++)
        assert_int_equal(app_sebo_evidence_set(db, "11111111", (sebo_criterion)k, "ok", false, D(2021, 12, 5), &e), INC_OK);
    /* Not applicable only for self-employed. */
    assert_int_equal(app_sebo_evidence_set(db, "11111111", SEBO_CRIT_JOBS, "", true, D(2021, 12, 5), &e), INC_EINVAL);
    c.certified_from = D(2022, 1, 1);
    c.valid_until = D(2021, 12, 31);
    assert_int_equal(app_sebo_transition(db, "11111111", &c, &e), INC_EINVAL);
    assert_string_equal(e.field, "valid_until");
    assert_false(sebo_holder_on(db, "11111111", D(2022, 6, 1)));  /* nothing written */
    /* Default validity: 36 months from 1 Jan 2022 less a day = 31 Dec 2024. */
    c.valid_until = INC_DATE_NONE;
    assert_int_equal(app_sebo_transition(db, "11111111", &c, &e), INC_OK);
    assert_false(sebo_holder_on(db, "11111111", D(2021, 12, 31)));
    assert_true(sebo_holder_on(db, "11111111", D(2022, 1, 1)));
    assert_true(sebo_holder_on(db, "11111111", D(2024, 12, 31)));
    assert_false(sebo_holder_on(db, "11111111", D(2025, 1, 1)));
    assert_false(sebo_holder_on(db, "99999999", D(2023, 1, 1)));  /* unknown KvK */
    bool holds = true;
    assert_int_equal(sebo_holder_check(db, "123", D(2023, 1, 1), &holds, &e), INC_EINVAL);

    /* Recertification: a new application while the certificate still runs is kind hercertificering. */
    int64_t cert;
    assert_int_equal(app_sebo_apply(db, "11111111", D(2024, 10, 1), &cert, &e), INC_OK);
    assert_int_equal(app_sebo_apply(db, "11111111", D(2024, 10, 2), &cert, &e), INC_ECONFLICT);
    sebo_holder_detail d;
    assert_int_equal(app_sebo_holder(db, "11111111", D(2024, 10, 15), &d, &e), INC_OK);
    json_t *h = sebo_holder_json(&d, D(2024, 10, 15));
    arena_free(&d.arena);
    assert_string_equal(json_string_value(json_object_get(h, "status")), "gecertificeerd");
    assert_string_equal(json_string_value(json_object_get(h, "application")), "aangevraagd");
    json_t *certs = json_object_get(h, "certificates");
    assert_int_equal(json_array_size(certs), 2);
    assert_string_equal(json_string_value(json_object_get(json_array_get(certs, 1), "kind")), "hercertificering");
    /* History of the first certificate: aangevraagd, in-audit, gecertificeerd. */
    assert_int_equal(json_array_size(json_object_get(json_array_get(certs, 0), "history")), 3);
    json_decref(h);
    /* Expiring within 90 days of 15 Oct 2024: 31 Dec 2024 is 77 days away. */
    sebo_expiring_list l;
    assert_int_equal(app_sebo_expiring(db, NULL, D(2024, 10, 15), 90, &l, &e), INC_OK);
    json_t *x = sebo_expiring_json(&l, D(2024, 10, 15), 90);
    arena_free(&l.arena);
    json_t *items = json_object_get(x, "items");
    assert_int_equal(json_array_size(items), 1);
    assert_int_equal(json_integer_value(json_object_get(json_array_get(items, 0), "days_left")), 77);
    json_decref(x);
    assert_int_equal(app_sebo_expiring(db, NULL, D(2024, 9, 1), 90, &l, &e), INC_OK);  /* 121 days: not yet */
    x = sebo_expiring_json(&l, D(2024, 9, 1), 90);
    arena_free(&l.arena);
    assert_int_equal(json_array_size(json_object_get(x, "items")), 0);
    json_decref(x);
}

/* Withdrawal: holder until the day before withdrawal. Unknown KvK without name refused. */
static void registry_withdrawal_and_unknown(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    holder(db, "22222222", "Schoonmaak Zoetermeer", "zoetermeer", true, D(2022, 1, 1));
    certify(db, "22222222", D(2022, 3, 1), D(2025, 2, 28));
    sebo_transition_input w = {.to = SEBO_ST_WITHDRAWN, .day = D(2023, 6, 1), .audit_date = INC_DATE_NONE,
                               .certified_from = INC_DATE_NONE, .valid_until = INC_DATE_NONE};
    assert_int_equal(app_sebo_transition(db, "22222222", &w, &e), INC_EINVAL);  /* reason required */
    snprintf(w.note, sizeof w.note, "niet meer voldaan aan criterium vrijwilligerswerk");
    assert_int_equal(app_sebo_transition(db, "22222222", &w, &e), INC_OK);
    assert_true(sebo_holder_on(db, "22222222", D(2023, 5, 31)));
    assert_false(sebo_holder_on(db, "22222222", D(2023, 6, 1)));

    sebo_holder_input in;
    memset(&in, 0, sizeof in);
    snprintf(in.kvk, sizeof in.kvk, "33333333");
    in.kinds[CAT_DIENSTEN] = true;
    in.applied_on = INC_DATE_NONE;
    int64_t id;
    assert_int_equal(app_sebo_holder_add(db, &in, &id, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "onbekend KvK-nummer 33333333"));
}

static void org(inc_db *db, const char *kvk, const char *name, const char *mun)
{
    char sql[300];
    snprintf(sql, sizeof sql,
             "INSERT INTO organisations(kvk, name, municipality_id) VALUES ('%s','%s',"
             " (SELECT id FROM municipalities WHERE code = '%s'))", kvk, name, mun);
    inc_error e = {0};
    assert_int_equal(db_exec(db, sql, &e), INC_OK);
}

static void proc_base(sebo_proc_input *in, const char *reference, inc_category cat, int64_t cents, inc_procedure p,
                      inc_date day)
{
    sebo_proc_input_init(in);
    snprintf(in->department, sizeof in->department, "Stadsbeheer");
    snprintf(in->reference, sizeof in->reference, "%s", reference);
    snprintf(in->subject, sizeof in->subject, "Onderhoud");
    in->category = cat;
    in->estimated_cents = cents;
    in->procedure = p;
    in->date = day;
}

static void invite(sebo_proc_input *in, const char *kvk)
{
    snprintf(in->invited[in->invited_count++], 16, "%s", kvk);
}

static void quote(sebo_proc_input *in, const char *kvk, int64_t cents)
{
    snprintf(in->quote_kvk[in->quote_count], 16, "%s", kvk);
    in->quote_amount_set[in->quote_count] = true;
    in->quote_cents[in->quote_count++] = cents;
}

static int count_procurements(inc_db *db)
{
    inc_stmt *st;
    assert_int_equal(db_prepare(db, "SELECT COUNT(*) FROM procurements", &st, NULL), INC_OK);
    db_step_rc(st);
    int n = db_col_int(st, 0);
    db_finalize(st);
    return n;
}

/* The log classifies on the procurement date. Holder 44444444 (local, werken+diensten) is certified
 * 1 Sep 2023 - 31 Aug 2026. On 1 Jul 2023 it was merely local; on 1 Oct 2023 a local holder.
 * The other diensten holder, 22222222, was withdrawn on 1 Jun 2023, so on 1 Jul 2023 the registry
 * holds no local holder for diensten (11111111 does werken only). */
static void procurement_classified_on_date(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    holder(db, "44444444", "Groen BV", "zoetermeer", true, D(2023, 1, 1));
    certify(db, "44444444", D(2023, 9, 1), D(2026, 8, 31));
    org(db, "55555555", "Delft Diensten", "delft");
    org(db, "66666666", "Zoetermeer Klein", "zoetermeer");

    sebo_proc_input in;
    sebo_rule_result r;
    int64_t id;
    /* 1 Jul 2023: no local holder for diensten. Invited local + other: followed (else a local company). */
    proc_base(&in, "P-1", CAT_DIENSTEN, 8000000, PROC_MEERVOUDIG, D(2023, 7, 1));
    invite(&in, "44444444");
    invite(&in, "55555555");
    quote(&in, "44444444", 7800000);
    quote(&in, "55555555", 7500000);
    snprintf(in.winner, sizeof in.winner, "55555555");
    assert_int_equal(app_procurement_log(db, &in, &id, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FOLLOWED);
    assert_int_equal(r.expected, SEBO_CLASS_LOCAL);
    procurement_list one;
    assert_int_equal(app_procurement(db, id, &one, &e), INC_OK);
    json_t *p = procurement_json(&one.items[0]);
    arena_free(&one.arena);
    json_t *inv = json_object_get(p, "invited");
    assert_string_equal(json_string_value(json_object_get(json_array_get(inv, 0), "class")), "lokaal");
    assert_string_equal(json_string_value(json_object_get(json_array_get(inv, 1), "class")), "overig");
    /* awarded = the winner's quote, 75,000.00 */
    char *s = json_dump_fixed(json_object_get(p, "awarded_value"), JSON_ENCODE_ANY);
    assert_string_equal(s, "75000.00");
    free(s);
    json_decref(p);

    /* 1 Oct 2023: the same company is now a local SEBO holder; a list without it is flagged. */
    proc_base(&in, "P-2", CAT_DIENSTEN, 8000000, PROC_MEERVOUDIG, D(2023, 10, 1));
    invite(&in, "66666666");
    invite(&in, "55555555");
    assert_int_equal(app_procurement_log(db, &in, &id, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FLAGGED);
    assert_int_equal(r.expected, SEBO_CLASS_LOCAL_HOLDER);
    proc_base(&in, "P-3", CAT_DIENSTEN, 8000000, PROC_MEERVOUDIG, D(2023, 10, 1));
    invite(&in, "44444444");
    invite(&in, "55555555");
    assert_int_equal(app_procurement_log(db, &in, &id, &r, &e), INC_OK);
    assert_int_equal(r.outcome, SEBO_RULE_FOLLOWED);

    sebo_request_list requests;
    assert_int_equal(app_sebo_requests(db, "44444444", NULL, &requests, &e), INC_OK);
    json_t *req = sebo_requests_json("44444444", &requests);
    arena_free(&requests.arena);
    assert_int_equal(json_integer_value(json_object_get(req, "requests")), 1);  /* P-1 was before the mark */
    json_decref(req);
    procurement_filter f = {.municipality = "zoetermeer", .flagged_only = true};
    procurement_list records;
    assert_int_equal(app_procurements(db, &f, &records, &e), INC_OK);
    json_t *list = procurements_json(&records);
    arena_free(&records.arena);
    assert_int_equal(json_array_size(list), 1);
    json_decref(list);
}

/* Bad input is refused whole: winner not invited, quote from a company not invited, the same company
 * twice, unknown KvK, duplicate reference. Nothing is written. */
static void procurement_refusals(void **state)
{
    inc_db *db = *state;
    inc_error e = {0};
    int before = count_procurements(db);
    sebo_proc_input in;
    int64_t id;
    proc_base(&in, "R-1", CAT_WERKEN, 5000000, PROC_MEERVOUDIG, D(2024, 2, 1));
    invite(&in, "44444444");
    invite(&in, "66666666");
    snprintf(in.winner, sizeof in.winner, "55555555");
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_EINVAL);
    assert_string_equal(e.field, "winner");
    assert_non_null(strstr(e.message, "niet uitgenodigd"));

    in.winner[0] = 0;
    quote(&in, "55555555", 100);
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_EINVAL);
    assert_string_equal(e.field, "quotes");

    in.quote_count = 0;
    invite(&in, "44444444");
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "twee keer"));

    proc_base(&in, "R-1", CAT_WERKEN, 5000000, PROC_MEERVOUDIG, D(2024, 2, 1));
    invite(&in, "44444444");
    invite(&in, "77777777");
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "onbekend KvK-nummer 77777777"));

    proc_base(&in, "P-1", CAT_WERKEN, 5000000, PROC_MEERVOUDIG, D(2024, 2, 1));
    invite(&in, "44444444");
    invite(&in, "66666666");
    assert_int_equal(app_procurement_log(db, &in, &id, NULL, &e), INC_ECONFLICT);
    assert_int_equal(count_procurements(db), before);
}

/* JSON input: amounts as numbers or text, winner must have quoted when quotes are given. */
static void procurement_json_input(void **state)
{
    (void)state;
    inc_error e = {0};
    sebo_proc_input in;
    json_t *j = json_loads("{\"department\":\"Sport\",\"subject\":\"Zaalhuur\",\"category\":\"diensten\","
                           "\"procedure\":\"enkelvoudig-onderhands\",\"date\":\"2024-05-01\",\"estimated_value\":\"12500,50\","
                           "\"invited\":[\"44444444\"],\"quotes\":[{\"kvk\":\"44444444\",\"amount\":12000.25}],"
                           "\"winner\":\"44444444\"}", 0, NULL);
    assert_int_equal(sebo_proc_input_from_json(j, &in, &e), INC_OK);
    assert_int_equal(in.estimated_cents, 1250050);
    assert_int_equal(sebo_proc_awarded_cents(&in), 1200025);
    json_decref(j);
    j = json_loads("{\"department\":\"Sport\",\"subject\":\"x\",\"category\":\"diensten\","
                   "\"procedure\":\"meervoudig-onderhands\",\"date\":\"2024-02-30\",\"estimated_value\":1,"
                   "\"invited\":[\"44444444\",\"66666666\"]}", 0, NULL);
    assert_int_equal(sebo_proc_input_from_json(j, &in, &e), INC_EINVAL);
    assert_string_equal(e.field, "date");
    json_decref(j);
    j = json_loads("{\"department\":\"Sport\",\"subject\":\"x\",\"category\":\"diensten\","
                   "\"procedure\":\"meervoudig-onderhands\",\"date\":\"2024-02-01\",\"estimated_value\":1,"
                   "\"invited\":[\"44444444\",\"66666666\"],\"quotes\":[{\"kvk\":\"44444444\"}],\"winner\":\"66666666\"}",
                   0, NULL);
    assert_int_equal(sebo_proc_input_from_json(j, &in, &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "geen offerte"));
    json_decref(j);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(registry_lifecycle),
        cmocka_unit_test(registry_withdrawal_and_unknown),
        cmocka_unit_test(procurement_classified_on_date),
        cmocka_unit_test(procurement_refusals),
        cmocka_unit_test(procurement_json_input),
    };
    return cmocka_run_group_tests(tests, setup, teardown);
}
