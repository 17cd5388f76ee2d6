/* Banenafspraak counting rules with figures worked out by hand in the comments. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdlib.h>
#include <cmocka.h>
#include <string.h>
#include "core/banen.h"
#include "core/banen_figures.h"
#include "core/banen_stats.h"
#include "core/banen_target.h"

static inc_date d(int y, int m, int dd) { return date_from_ymd(y, m, dd); }

static banen_rec rec(int64_t person, int64_t employer, banen_contract c, inc_date start, inc_date end, int64_t hours)
{
    banen_rec r = {0};
    r.person_id = person;
    r.employer_id = employer;
    r.contract = c;
    r.instrument = BI_GEEN;
    r.group = BG_WAJONG;
    r.sector = BS_MARKT;
    r.start = start;
    r.end = end;
    r.hours_centi = hours;
    return r;
}

/* 20 + 15 + 18 = 53 hours. banen = 53 / 25.5 = 2.0784 -> 2.08; fte = 53 / 36 = 1.4722 -> 1.47. */
static void test_three_people_53_hours(void **state)
{
    (void)state;
    assert_int_equal(banen_centi_from_hours(5300), 208);
    assert_int_equal(fte_centi_from_hours(5300), 147);
    banen_rec r[3] = {rec(1, 1, BC_VAST, d(2020, 1, 1), INC_DATE_NONE, 2000),
                      rec(2, 1, BC_VAST, d(2020, 1, 1), INC_DATE_NONE, 1500),
                      rec(3, 2, BC_TIJDELIJK, d(2020, 1, 1), d(2020, 12, 31), 1800)};
    banen_tally t;
    assert_int_equal(banen_tally_at(r, 3, d(2020, 12, 31), &t, NULL), INC_OK);
    assert_int_equal(t.people, 3);
    assert_int_equal(t.hours_centi, 5300);
    assert_int_equal(t.banen_centi, 208);
    assert_int_equal(t.fte_centi, 147);
}

/* 25.5 h is exactly 1.00 baan; 36 h is 1.00 fte and 36 / 25.5 = 1.41176 -> 1.41 banen.
 * Half up: 0.18 h / 36 = 0.005 fte -> 0.01; 0.17 h / 36 = 0.00472 -> 0.00. */
static void test_conversion_and_rounding(void **state)
{
    (void)state;
    assert_int_equal(banen_centi_from_hours(2550), 100);
    assert_int_equal(fte_centi_from_hours(3600), 100);
    assert_int_equal(banen_centi_from_hours(3600), 141);
    assert_int_equal(fte_centi_from_hours(18), 1);
    assert_int_equal(fte_centi_from_hours(17), 0);
    /* 489.60 h / 36 = 13.60 fte exactly (the audit office's 2018 figure). */
    assert_int_equal(fte_centi_from_hours(48960), 1360);
    assert_true(banen_goal_met(3460, 3460));
    assert_false(banen_goal_met(3370, 3460));
}

static void test_refusals(void **state)
{
    (void)state;
    inc_error e = {0};
    assert_int_equal(banen_hours_check(0, "hours_per_week", &e), INC_EINVAL);
    assert_string_equal(e.field, "hours_per_week");
    assert_int_equal(banen_hours_check(-100, "h", &e), INC_EINVAL);
    assert_int_equal(banen_hours_check(6001, "h", &e), INC_EINVAL);
    assert_int_equal(banen_hours_check(6000, "h", &e), INC_OK);
    assert_int_equal(banen_hours_check(1, "h", &e), INC_OK);
    assert_int_equal(banen_period_check(d(2020, 5, 1), d(2020, 4, 30), "end", &e), INC_EINVAL);
    assert_int_equal(banen_period_check(d(2020, 5, 1), d(2020, 5, 1), "end", &e), INC_OK);
    assert_int_equal(banen_period_check(d(2020, 5, 1), INC_DATE_NONE, "end", &e), INC_OK);
}

static void test_overlap_and_active(void **state)
{
    (void)state;
    /* Ends are inclusive: a record ending 31 Jan overlaps one starting 31 Jan, not one starting 1 Feb. */
    assert_true(banen_periods_overlap(d(2020, 1, 1), d(2020, 1, 31), d(2020, 1, 31), INC_DATE_NONE));
    assert_false(banen_periods_overlap(d(2020, 1, 1), d(2020, 1, 31), d(2020, 2, 1), INC_DATE_NONE));
    assert_true(banen_periods_overlap(d(2020, 3, 1), INC_DATE_NONE, d(2019, 1, 1), INC_DATE_NONE));
    assert_false(banen_periods_overlap(d(2021, 3, 1), INC_DATE_NONE, d(2019, 1, 1), d(2021, 2, 28)));
    assert_true(banen_active_on(d(2020, 1, 1), INC_DATE_NONE, d(2030, 1, 1)));
    assert_false(banen_active_on(d(2020, 1, 1), d(2020, 6, 30), d(2020, 7, 1)));
    assert_false(banen_active_on(d(2020, 1, 2), INC_DATE_NONE, d(2020, 1, 1)));
}

static void test_code_lists(void **state)
{
    (void)state;
    inc_error e = {0};
    banen_instrument i;
    banen_sector s;
    banen_contract c;
    banen_source src;
    banen_group g;
    assert_int_equal(banen_instrument_parse("Direct Werk", &i, "instrument", &e), INC_OK);
    assert_int_equal(i, BI_DIRECT_WERK);
    assert_int_equal(banen_instrument_parse("none", &i, "instrument", &e), INC_OK);
    assert_int_equal(i, BI_GEEN);
    assert_int_equal(banen_instrument_parse("beschut_werk", &i, "instrument", &e), INC_OK);
    assert_int_equal(i, BI_BESCHUT_WERK);
    assert_int_equal(banen_instrument_parse("stage", &i, "instrument", &e), INC_EINVAL);
    assert_non_null(strstr(e.message, "loonkostensubsidie"));
    assert_int_equal(banen_sector_parse(" Markt ", &s, "sector", &e), INC_OK);
    assert_int_equal(s, BS_MARKT);
    assert_int_equal(banen_sector_parse("zorg", &s, "sector", &e), INC_EINVAL);
    assert_string_equal(e.field, "sector");
    assert_int_equal(banen_contract_parse("proefplaatsing", &c, "contract_type", &e), INC_OK);
    assert_int_equal(c, BC_PROEFPLAATSING);
    assert_int_equal(banen_contract_parse("flex", &c, "contract_type", &e), INC_EINVAL);
    assert_int_equal(banen_source_parse("De Binnenbaan", &src, "source", &e), INC_OK);
    assert_int_equal(src, BSRC_BINNENBAAN);
    assert_int_equal(banen_source_parse("uitzendbureau", &src, "source", &e), INC_EINVAL);
    assert_int_equal(banen_group_parse("wiw-id", &g, "target_group", &e), INC_OK);
    assert_int_equal(banen_group_parse("", &g, "target_group", &e), INC_EINVAL);
    assert_false(banen_counts(BG_NIEUW_BESCHUT, BI_GEEN));
    assert_false(banen_counts(BG_WSW, BI_BESCHUT_WERK));
    assert_true(banen_counts(BG_WSW, BI_LOONKOSTENSUBSIDIE));
}

/* On 31-12-2020: person 1 works 20 h (markt) and 10 h (overheid) in two records, person 2 15 h (markt);
 * person 3 (18 h) left on 30-11-2020; person 4 (30 h) is nieuw beschut and does not count.
 * Total: 2 people, 45 h, 45 / 25.5 = 1.7647 -> 1.76 banen, 45 / 36 = 1.25 fte.
 * Markt: 2 people, 35 h, 1.3725 -> 1.37 banen, 0.9722 -> 0.97 fte.
 * Overheid: 1 person, 10 h, 0.3922 -> 0.39 banen, 0.2778 -> 0.28 fte. */
static void test_tally_and_breakdown(void **state)
{
    (void)state;
    banen_rec r[5] = {rec(1, 1, BC_VAST, d(2019, 1, 1), INC_DATE_NONE, 2000),
                      rec(1, 2, BC_TIJDELIJK, d(2020, 6, 1), INC_DATE_NONE, 1000),
                      rec(2, 1, BC_VAST, d(2020, 1, 1), INC_DATE_NONE, 1500),
                      rec(3, 1, BC_VAST, d(2020, 1, 1), d(2020, 11, 30), 1800),
                      rec(4, 3, BC_VAST, d(2020, 1, 1), INC_DATE_NONE, 3000)};
    r[1].sector = BS_OVERHEID;
    r[4].group = BG_NIEUW_BESCHUT;
    banen_tally t;
    assert_int_equal(banen_tally_at(r, 5, d(2020, 12, 31), &t, NULL), INC_OK);
    assert_int_equal(t.people, 2);
    assert_int_equal(t.hours_centi, 4500);
    assert_int_equal(t.banen_centi, 176);
    assert_int_equal(t.fte_centi, 125);

    banen_group_row *rows;
    size_t n;
    assert_int_equal(banen_breakdown(r, 5, d(2020, 12, 31), BK_SECTOR, &rows, &n, NULL), INC_OK);
    assert_int_equal(n, 2);
    assert_int_equal(rows[0].key, BS_MARKT);
    assert_int_equal(rows[0].t.people, 2);
    assert_int_equal(rows[0].t.hours_centi, 3500);
    assert_int_equal(rows[0].t.banen_centi, 137);
    assert_int_equal(rows[0].t.fte_centi, 97);
    assert_int_equal(rows[1].key, BS_OVERHEID);
    assert_int_equal(rows[1].t.people, 1);
    assert_int_equal(rows[1].t.banen_centi, 39);
    assert_int_equal(rows[1].t.fte_centi, 28);
    free(rows);

    /* Departments: records without one (id 0) are left out. */
    r[0].department_id = 7;
    assert_int_equal(banen_breakdown(r, 5, d(2020, 12, 31), BK_DEPARTMENT, &rows, &n, NULL), INC_OK);
    assert_int_equal(n, 1);
    assert_int_equal(rows[0].key, 7);
    assert_int_equal(rows[0].t.hours_centi, 2000);
    free(rows);

    /* Nothing active: empty. */
    assert_int_equal(banen_breakdown(r, 5, d(2018, 12, 31), BK_SECTOR, &rows, &n, NULL), INC_OK);
    assert_int_equal(n, 0);
    assert_null(rows);
}

/* Durability on 31-12-2020 (2020 is a leap year):
 * R1 P1 vast       01-01-2020 .. open        366 days; +6m 01-07-2020 employed
 * R2 P2 proef  E1  01-02-2020 .. 30-04-2020   90 days (29+31+30); +6m 01-08-2020 employed via R3
 * R3 P2 tijdelijk E1 01-05-2020 .. 30-04-2021 245 days to 31-12; +6m 01-11-2020 employed
 * R4 P3 proef  E1  01-03-2020 .. 31-05-2020   92 days; +6m 01-09-2020 not employed; no follow-up
 * R5 P4 tijdelijk E2 01-06-2019 .. 30-06-2020 396 days (366 + 30); +6m and +12m (01-06-2020) employed
 * R6 P5 vast E2    05-01-2021 ..              starts after the day: ignored
 * Active: R1, R3 -> 1 of 2 vast = 50.00 %. Median of 90, 92, 245, 366, 396 = 245.
 * Still after 6 months: 4 of 5 = 80.00 %; after 12 months: 1 of 1 (only R5 is old enough) = 100.00 %.
 * Trials ended: R2 (turned into R3 within 31 days of its end) and R4 -> 1 of 2 = 50.00 %. */
static void test_durability(void **state)
{
    (void)state;
    banen_rec r[6] = {rec(1, 1, BC_VAST, d(2020, 1, 1), INC_DATE_NONE, 3600),
                      rec(2, 1, BC_PROEFPLAATSING, d(2020, 2, 1), d(2020, 4, 30), 2000),
                      rec(2, 1, BC_TIJDELIJK, d(2020, 5, 1), d(2021, 4, 30), 2000),
                      rec(3, 1, BC_PROEFPLAATSING, d(2020, 3, 1), d(2020, 5, 31), 2000),
                      rec(4, 2, BC_TIJDELIJK, d(2019, 6, 1), d(2020, 6, 30), 2000),
                      rec(5, 2, BC_VAST, d(2021, 1, 5), INC_DATE_NONE, 2000)};
    banen_durability du;
    assert_int_equal(banen_durability_at(r, 6, d(2020, 12, 31), &du, NULL), INC_OK);
    assert_int_equal(du.active_records, 2);
    assert_int_equal(du.permanent_records, 1);
    assert_int_equal(du.permanent_bp, 5000);
    assert_int_equal(du.duration_records, 5);
    assert_int_equal(du.median_days, 245);
    assert_int_equal(du.cohort6, 5);
    assert_int_equal(du.still6, 4);
    assert_int_equal(du.still6_bp, 8000);
    assert_int_equal(du.cohort12, 1);
    assert_int_equal(du.still12_bp, 10000);
    assert_int_equal(du.trials_ended, 2);
    assert_int_equal(du.trials_converted, 1);
    assert_int_equal(du.trials_converted_bp, 5000);

    /* Without R5 the durations are 90, 92, 245, 366: median (92 + 245) / 2 = 168.5 -> 169;
     * no record is 12 months old, so that share is unknown (-1). */
    banen_rec r4[4] = {r[0], r[1], r[2], r[3]};
    assert_int_equal(banen_durability_at(r4, 4, d(2020, 12, 31), &du, NULL), INC_OK);
    assert_int_equal(du.median_days, 169);
    assert_int_equal(du.cohort12, 0);
    assert_int_equal(du.still12_bp, -1);

    /* A follow-up at another employer is not a conversion: move R3 to employer 2. */
    r[2].employer_id = 2;
    assert_int_equal(banen_durability_at(r, 6, d(2020, 12, 31), &du, NULL), INC_OK);
    assert_int_equal(du.trials_converted, 0);
}

/* On 31-12-2023: loonkostensubsidie at a market employer counts, at the municipality itself not;
 * beschut werk (instrument) and nieuw beschut (target group) are both sheltered places: 2.
 * Direct Werk: three placements started in 2023 at employers 10, 10 and 11 (2 employers); one from
 * 2022 and one starting 02-01-2024 fall outside. */
static void test_work_company(void **state)
{
    (void)state;
    banen_rec r[8] = {rec(1, 5, BC_VAST, d(2022, 1, 1), INC_DATE_NONE, 3000),
                      rec(2, 6, BC_VAST, d(2022, 1, 1), INC_DATE_NONE, 3000),
                      rec(3, 7, BC_VAST, d(2022, 1, 1), INC_DATE_NONE, 3000),
                      rec(4, 7, BC_VAST, d(2022, 1, 1), INC_DATE_NONE, 3000),
                      rec(5, 10, BC_TIJDELIJK, d(2023, 2, 1), INC_DATE_NONE, 2000),
                      rec(6, 10, BC_TIJDELIJK, d(2023, 12, 31), INC_DATE_NONE, 2000),
                      rec(7, 11, BC_TIJDELIJK, d(2023, 5, 1), d(2023, 6, 1), 2000),
                      rec(8, 11, BC_TIJDELIJK, d(2022, 5, 1), INC_DATE_NONE, 2000)};
    r[0].instrument = BI_LOONKOSTENSUBSIDIE;
    r[1].instrument = BI_LOONKOSTENSUBSIDIE;
    r[1].own_employer = true;
    r[2].instrument = BI_BESCHUT_WERK;
    r[3].group = BG_NIEUW_BESCHUT;
    for (int i = 4; i < 8; i++) r[i].instrument = BI_DIRECT_WERK;
    banen_rec late = rec(9, 12, BC_TIJDELIJK, d(2024, 1, 2), INC_DATE_NONE, 2000);
    late.instrument = BI_DIRECT_WERK;
    banen_rec all[9];
    memcpy(all, r, sizeof r);
    all[8] = late;
    banen_work_company w;
    assert_int_equal(banen_work_company_at(all, 9, d(2023, 12, 31), &w, NULL), INC_OK);
    assert_int_equal(w.lks_people, 1);
    assert_int_equal(w.beschut_people, 2);
    assert_int_equal(w.direct_werk_placements, 3);
    assert_int_equal(w.direct_werk_employers, 2);
}

static void test_quarter_ends(void **state)
{
    (void)state;
    inc_date q[8];
    /* 15-11-2019 .. 30-09-2020: 31-12-2019, 31-03-2020, 30-06-2020, 30-09-2020. */
    assert_int_equal(banen_quarter_ends(d(2019, 11, 15), d(2020, 9, 30), q, 8), 4);
    assert_int_equal(q[0], d(2019, 12, 31));
    assert_int_equal(q[1], d(2020, 3, 31));
    assert_int_equal(q[3], d(2020, 9, 30));
    /* A range that is itself a quarter end. */
    assert_int_equal(banen_quarter_ends(d(2020, 3, 31), d(2020, 3, 31), q, 8), 1);
    /* Before the first quarter end: none. */
    assert_int_equal(banen_quarter_ends(d(2020, 1, 1), d(2020, 3, 30), q, 8), 0);
    /* Counted beyond max: 2018-2020 has 12 quarter ends. */
    assert_int_equal(banen_quarter_ends(d(2018, 1, 1), d(2020, 12, 31), q, 8), 12);
    assert_int_equal(q[7], d(2019, 12, 31));
}

/* Setting a target (core/banen_target.h): the defaults per kind and scope, and the refusals. */
static void test_target_rules(void **state)
{
    (void)state;
    inc_error e = {0};
    banen_target t = {.scope = "gemeente", .scope_code = "zoetermeer", .year = 2024, .value_centi = 1250,
                      .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(banen_target_complete(&t, &e), INC_OK);
    assert_string_equal(t.kind, "banenafspraak");
    assert_string_equal(t.sector, "overheid");
    assert_string_equal(t.unit, "fte");
    assert_int_equal(t.peildatum, d(2024, 12, 31));
    assert_int_equal(t.baseline, INC_DATE_NONE);
    banen_target r = {.scope = "regio", .scope_code = "ZHC", .sector = "markt", .year = 2024,
                      .peildatum = d(2024, 6, 30), .baseline = INC_DATE_NONE};
    assert_int_equal(banen_target_complete(&r, &e), INC_OK);
    assert_string_equal(r.unit, "banen");
    assert_int_equal(r.peildatum, d(2024, 6, 30));
    assert_int_equal(r.baseline, d(2013, 1, 1));
    banen_target b = {.kind = "beschut-werk", .scope = "gemeente", .year = 2024, .peildatum = INC_DATE_NONE,
                      .baseline = INC_DATE_NONE};
    assert_int_equal(banen_target_complete(&b, &e), INC_OK);
    assert_string_equal(b.sector, "totaal");
    assert_string_equal(b.unit, "plekken");
    banen_target no_sector = {.scope = "regio", .year = 2024, .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE};
    assert_int_equal(banen_target_complete(&no_sector, &e), INC_EINVAL);
    assert_string_equal(e.field, "sector");
    banen_target regional_beschut = {.kind = "beschut-werk", .scope = "regio", .year = 2024};
    assert_int_equal(banen_target_complete(&regional_beschut, &e), INC_EINVAL);
    assert_string_equal(e.field, "scope");
    banen_target negative = {.scope = "gemeente", .year = 2024, .value_centi = -1};
    assert_int_equal(banen_target_complete(&negative, &e), INC_EINVAL);
    assert_string_equal(e.field, "value");
    banen_target old = {.scope = "gemeente", .year = 1999};
    assert_int_equal(banen_target_complete(&old, &e), INC_EINVAL);
    assert_string_equal(e.field, "year");
    banen_target unit = {.scope = "gemeente", .year = 2024, .unit = "uren"};
    assert_int_equal(banen_target_complete(&unit, &e), INC_EINVAL);
    assert_string_equal(e.field, "unit");
}

/* Which figures of the report a role without access to persons sees (core/banen_figures.h). */
static void test_report_suppression(void **state)
{
    (void)state;
    sup_part_marks m = sup_part(3, 1);
    assert_int_equal(m.whole, SUP_SMALL);
    assert_int_equal(m.part, SUP_SMALL);
    assert_int_equal(m.share, SUP_PROTECTS);
    m = sup_part(20, 18);   /* the rest (2) would be told by whole - part */
    assert_int_equal(m.whole, SUP_SHOWN);
    assert_int_equal(m.part, SUP_PROTECTS);
    assert_int_equal(m.share, SUP_PROTECTS);
    m = sup_part(20, 0);
    assert_int_equal(m.part, SUP_SHOWN);
    m = sup_part(20, 10);
    assert_int_equal(m.part, SUP_SHOWN);
    assert_int_equal(m.share, SUP_SHOWN);

    static banen_figures f;
    banen_figures_row rows[3] = {{.t = {.people = 3}}, {.t = {.people = 20}}, {.t = {.people = 30}}};
    for (int agg = 0; agg <= 1; agg++) {
        memset(&f, 0, sizeof f);
        f.aggregate_only = agg;
        f.records = 10;
        f.t.people = 3;
        f.breakdowns[BK_GROUP] = (banen_figures_breakdown){BK_GROUP, rows, 3};
        f.own.people = 4;
        banen_figures_regional reg = {.now_people = 10, .base_people = 3};
        f.regional = &reg;
        f.n_regional = 1;
        f.du.duration_records = 2;
        f.w.direct_werk_placements = 4;
        f.w.direct_werk_employers = 2;
        f.n_trend = 2;
        f.trend[0].t.people = 30;
        f.trend[0].markt_people = 28;
        f.trend[0].overheid_people = 2;   /* the other sector would be told by the total */
        f.trend[0].own.people = 12;
        f.trend[1].t.people = 30;
        f.trend[1].markt_people = 30;     /* none in overheid: nothing to protect */
        inc_error e = {0};
        assert_int_equal(banen_figures_suppress(&f, &e), INC_OK);
        sup_mark hidden = agg ? SUP_SMALL : SUP_SHOWN, protects = agg ? SUP_PROTECTS : SUP_SHOWN;
        assert_int_equal(f.mark, hidden);
        assert_int_equal(f.records_mark, protects);   /* 10 records beside a hidden total of 3 */
        assert_int_equal(rows[0].mark, hidden);
        assert_int_equal(rows[1].mark, protects);      /* secondary: the smallest other cell */
        assert_int_equal(rows[2].mark, SUP_SHOWN);
        assert_int_equal(f.own_hidden, agg);
        assert_int_equal(reg.hidden, agg);             /* the baseline rests on 3 people */
        assert_int_equal(f.duration_mark, hidden);
        assert_int_equal(f.median_mark, protects);
        assert_int_equal(f.placements_mark, hidden);
        assert_int_equal(f.employers_mark, hidden);
        assert_int_equal(f.trend[0].mark, SUP_SHOWN);
        assert_int_equal(f.trend[0].sectors_hidden, agg);
        assert_int_equal(f.trend[0].own_hidden, false);
        assert_int_equal(f.trend[1].sectors_hidden, false);
        assert_int_equal(f.trend[1].own_hidden, agg);  /* no own organisation: 0 people */
    }
    banen_target_result tr = {.people = 4};
    banen_target_result_suppress(&tr, true);
    assert_true(tr.hidden);
    banen_target_result_suppress(&tr, false);
    assert_false(tr.hidden);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_three_people_53_hours), cmocka_unit_test(test_conversion_and_rounding),
        cmocka_unit_test(test_refusals),              cmocka_unit_test(test_overlap_and_active),
        cmocka_unit_test(test_code_lists),            cmocka_unit_test(test_tally_and_breakdown),
        cmocka_unit_test(test_durability),            cmocka_unit_test(test_work_company),
        cmocka_unit_test(test_quarter_ends),          cmocka_unit_test(test_target_rules),
        cmocka_unit_test(test_report_suppression),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
