/* Small-count suppression (core/suppress.h): which counts are hidden and that every label a hidden
 * figure carries is true of it ("<5" only on a count below 5). */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdlib.h>
#include <cmocka.h>
#include <string.h>
#include "core/suppress.h"

static void lone_counts(void **s)
{
    (void)s;
    char b[16];
    sup_text(4, sup_count(4), b, sizeof b);
    assert_string_equal(b, "<5");
    sup_text(0, sup_count(0), b, sizeof b);
    assert_string_equal(b, "<5");
    sup_text(5, sup_count(5), b, sizeof b);
    assert_string_equal(b, "5");
    sup_text(1000, sup_count(1000), b, sizeof b);
    assert_string_equal(b, "1.000");
    assert_null(sup_label(SUP_SHOWN));
}

/* The table: Wajong 18, Wsw 3, Wiw/ID 9, Participatiewet 14, total 44. Only Wsw is below 5,
 * so the total would reveal it; Wiw/ID (9, the smallest other) is hidden to protect it and says
 * "afgeschermd", not "<5" (the two hidden cells add up to 12). The total stays 44. */
static void secondary_cell_is_afgeschermd_not_small(void **s)
{
    (void)s;
    int64_t c[] = {18, 3, 9, 14};
    sup_mark m[4];
    assert_int_equal(sup_cells(c, 4, m), 2);
    assert_int_equal(m[0], SUP_SHOWN);
    assert_int_equal(m[1], SUP_SMALL);
    assert_int_equal(m[2], SUP_PROTECTS);
    assert_int_equal(m[3], SUP_SHOWN);
    assert_string_equal(sup_label(m[2]), "afgeschermd");
    assert_int_equal(sup_total(c, m, 4, 44), SUP_SHOWN);
    assert_true(sup_any_protects(m, 4));
    /* two small cells already hide each other: nothing extra */
    int64_t d[] = {2, 3, 40};
    sup_mark md[3];
    assert_int_equal(sup_cells(d, 3, md), 2);
    assert_int_equal(md[2], SUP_SHOWN);
    assert_false(sup_any_protects(md, 3));
}

/* Totals: seven categories of 1 person, total 7 -> every hidden cell would be 1: afgeschermd.
 * {4, 4, 40}: hidden 8 = 4 x 2 -> both 4: afgeschermd. {1, 5, 30} with 1 "<5" and 5 "afgeschermd":
 * hidden 6 is 1 + 5, the least the labels allow -> afgeschermd. {3, 9, 30}: hidden 12 could be 1+11,
 * 2+10, ... -> 42 shown. Total 4 -> "<5". */
static void totals_beside_hidden_cells(void **s)
{
    (void)s;
    int64_t ones[] = {1, 1, 1, 1, 1, 1, 1};
    sup_mark mo[7];
    sup_cells(ones, 7, mo);
    assert_int_equal(sup_total(ones, mo, 7, 7), SUP_PROTECTS);
    int64_t f[] = {4, 4, 40};
    sup_mark mf[3];
    sup_cells(f, 3, mf);
    assert_int_equal(sup_total(f, mf, 3, 48), SUP_PROTECTS);
    int64_t g[] = {1, 5, 30};
    sup_mark mg[3];
    sup_cells(g, 3, mg);
    assert_int_equal(mg[1], SUP_PROTECTS);
    assert_int_equal(sup_total(g, mg, 3, 36), SUP_PROTECTS);
    int64_t h[] = {3, 9, 30};
    sup_mark mh[3];
    sup_cells(h, 3, mh);
    assert_int_equal(sup_total(h, mh, 3, 42), SUP_SHOWN);
    int64_t t[] = {2, 2};
    sup_mark mt[2];
    sup_cells(t, 2, mt);
    assert_int_equal(sup_total(t, mt, 2, 4), SUP_SMALL);
    int64_t big[] = {10, 20};
    sup_mark mb[2];
    assert_int_equal(sup_cells(big, 2, mb), 0);
    assert_int_equal(sup_total(big, mb, 2, 30), SUP_SHOWN);
}

/* Many random breakdowns: a "<5" cell is always below 5, a shown cell is never below 5, the hidden
 * cells are never exactly one (the total would give it away), and a shown total is the sum. */
static void labels_are_never_untrue(void **s)
{
    (void)s;
    srand(11);
    for (int round = 0; round < 20000; round++) {
        int n = 1 + rand() % 8;
        int64_t c[8], total = 0;
        for (int i = 0; i < n; i++) {
            c[i] = 1 + rand() % (rand() % 2 ? 6 : 40);
            total += c[i];
        }
        sup_mark m[8];
        int hidden = sup_cells(c, n, m);
        int k = 0;
        for (int i = 0; i < n; i++) {
            if (m[i] == SUP_SMALL) assert_true(c[i] < SUPPRESS_BELOW);
            if (m[i] == SUP_SHOWN) assert_true(c[i] >= SUPPRESS_BELOW);
            if (m[i] == SUP_PROTECTS) assert_true(c[i] >= SUPPRESS_BELOW);
            if (m[i] != SUP_SHOWN) k++;
        }
        assert_int_equal(hidden, k);
        if (n > 1) assert_int_not_equal(k, 1);
        sup_mark tm = sup_total(c, m, n, total);
        if (tm == SUP_SMALL) assert_true(total < SUPPRESS_BELOW);
    }
}

/* An indicator's figure: a count of people below 5 says "<5"; a figure resting on fewer than 5
 * persons says "afgeschermd"; a figure not about persons is shown. */
static void figures_of_indicators(void **s)
{
    (void)s;
    assert_int_equal(sup_figure(true, 400, -1), SUP_SMALL);     /* 4 people */
    assert_int_equal(sup_figure(true, 499, -1), SUP_SMALL);     /* 4.99 rounds down to 4 */
    assert_int_equal(sup_figure(true, 500, -1), SUP_SHOWN);
    assert_int_equal(sup_figure(false, 100, -1), SUP_SHOWN);    /* a score of 1.00, not people */
    assert_int_equal(sup_figure(false, 9440, 4), SUP_PROTECTS); /* 94.40 % of 4 persons' contracts */
    assert_int_equal(sup_figure(false, 9440, 5), SUP_SHOWN);
    assert_int_equal(sup_figure(true, 300, 40), SUP_SMALL);     /* the count itself decides first */
}

/* A breakdown marked at once: cells as sup_cells, the total as sup_total, an empty one shown. */
static void breakdown_with_total(void **s)
{
    (void)s;
    int64_t c[] = {3, 20, 30};
    sup_mark m[3], tm;
    sup_breakdown(c, 3, 53, m, &tm);
    assert_int_equal(m[0], SUP_SMALL);
    assert_int_equal(m[1], SUP_PROTECTS);
    assert_int_equal(m[2], SUP_SHOWN);
    assert_int_equal(tm, SUP_SHOWN);
    sup_breakdown(c, 0, 0, m, &tm);
    assert_int_equal(tm, SUP_SHOWN);     /* nobody to protect */
    int64_t one[] = {2};
    sup_breakdown(one, 1, 2, m, &tm);
    assert_int_equal(m[0], SUP_SMALL);
    assert_int_equal(tm, SUP_SMALL);
}

/* The rules for figures beside others: a count beside a total, a figure resting on persons, a part
 * of a whole with its share, two parts beside their total. */
static void figures_beside_others(void **s)
{
    (void)s;
    assert_int_equal(sup_beside(3, 40), SUP_SMALL);
    assert_int_equal(sup_beside(10, 3), SUP_PROTECTS);   /* 10 records of 3 people */
    assert_int_equal(sup_beside(10, 5), SUP_SHOWN);
    assert_int_equal(sup_resting(4), SUP_PROTECTS);
    assert_int_equal(sup_resting(0), SUP_PROTECTS);
    assert_int_equal(sup_resting(5), SUP_SHOWN);
    sup_part_marks m = sup_part(4, 4);
    assert_int_equal(m.whole, SUP_SMALL);
    assert_int_equal(m.part, SUP_SMALL);
    assert_int_equal(m.share, SUP_PROTECTS);
    m = sup_part(30, 27);                                /* the rest, 3, would be told */
    assert_int_equal(m.whole, SUP_SHOWN);
    assert_int_equal(m.part, SUP_PROTECTS);
    m = sup_part(30, 30);                                /* nothing rests: shown */
    assert_int_equal(m.part, SUP_SHOWN);
    assert_int_equal(m.share, SUP_SHOWN);
    assert_true(sup_split(4, 4, 0));
    assert_true(sup_split(30, 28, 2));
    assert_false(sup_split(30, 30, 0));
    assert_false(sup_split(30, 20, 10));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(lone_counts),
        cmocka_unit_test(secondary_cell_is_afgeschermd_not_small),
        cmocka_unit_test(totals_beside_hidden_cells),
        cmocka_unit_test(labels_are_never_untrue),
        cmocka_unit_test(figures_of_indicators),
        cmocka_unit_test(breakdown_with_total),
        cmocka_unit_test(figures_beside_others),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
