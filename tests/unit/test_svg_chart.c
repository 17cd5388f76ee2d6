/* SVG charts: accessible (title/desc/role), readable without colour, same figures in the table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdlib.h>
#include <string.h>
#include "core/svg_chart.h"

static int count(const char *hay, const char *needle)
{
    int n = 0;
    for (const char *p = strstr(hay, needle); p; p = strstr(p + 1, needle)) n++;
    return n;
}

/* Banenafspraak fte 2018-2020 (001): realised 13.6 / 30.7 / 33.7, target 34.6 (2020). */
static chart_spec banen(void)
{
    chart_spec c = {.id = "banen", .title = "Banenafspraak <gemeente>", .desc = "Fte per jaar tegen het doel",
                    .unit = "fte", .x_title = "Jaar", .n_points = 3, .n_series = 1, .has_target = true,
                    .target = 3460, .decimals = 1};
    c.x_labels[0] = "2018";
    c.x_labels[1] = "2019";
    c.x_labels[2] = "2020";
    c.series[0].name = "Gerealiseerd";
    int64_t v[] = {1360, 3070, 3370};
    for (int i = 0; i < 3; i++) { c.series[0].values[i] = v[i]; c.series[0].has[i] = true; }
    return c;
}

static void line_chart_is_accessible_and_labelled(void **s)
{
    (void)s;
    chart_spec c = banen();
    char *svg = svg_line_chart(&c);
    assert_non_null(svg);
    assert_non_null(strstr(svg, "role=\"img\""));
    assert_non_null(strstr(svg, "aria-labelledby=\"banen-title banen-desc\""));
    /* title is escaped */
    assert_non_null(strstr(svg, "<title id=\"banen-title\">Banenafspraak &lt;gemeente&gt;</title>"));
    assert_non_null(strstr(svg, "<desc id=\"banen-desc\">Fte per jaar tegen het doel</desc>"));
    /* every value written beside its point, Dutch decimals */
    assert_non_null(strstr(svg, ">13,6<"));
    assert_non_null(strstr(svg, ">30,7<"));
    assert_non_null(strstr(svg, ">33,7<"));
    /* target line labelled in words, not by colour */
    assert_non_null(strstr(svg, "doel: 34,6"));
    /* three circle markers, and the series name as a direct label */
    assert_int_equal(count(svg, "<circle"), 3);
    assert_non_null(strstr(svg, ">Gerealiseerd<"));
    /* axis top: 34.6 -> nice max 50 -> gridline labels 0, 12,5, 25, 37,5, 50 */
    assert_non_null(strstr(svg, ">50,0<"));
    free(svg);
}

static void series_differ_by_shape_and_dash(void **s)
{
    (void)s;
    chart_spec c = banen();
    c.n_series = 2;
    c.series[1].name = "Doel per jaar";
    int64_t t[] = {2740, 3110, 3460};
    for (int i = 0; i < 3; i++) { c.series[1].values[i] = t[i]; c.series[1].has[i] = true; }
    char *svg = svg_line_chart(&c);
    assert_int_equal(count(svg, "<circle"), 3);                /* series 0: circles */
    assert_int_equal(count(svg, "<rect x="), 3);               /* series 1: squares */
    assert_int_equal(count(svg, "stroke-dasharray=\"8 4\""), 1); /* series 1 dashed */
    free(svg);
}

/* A suppressed count has no bar, only its "<5" text; the table shows the same text. */
static void bar_chart_hides_suppressed_counts(void **s)
{
    (void)s;
    chart_spec c = {.id = "dg", .title = "Plaatsingen per doelgroep", .desc = "Aantal personen", .x_title = "Doelgroep",
                    .n_points = 2, .n_series = 1, .decimals = 0};
    c.x_labels[0] = "WW";
    c.x_labels[1] = "Participatiewet";
    c.series[0].name = "Personen";
    c.series[0].has[0] = false;
    c.series[0].text[0] = "<5";
    c.series[0].has[1] = true;
    c.series[0].values[1] = 1200;
    char *svg = svg_bar_chart(&c);
    assert_int_equal(count(svg, "fill=\"url(#dg-solid)\""), 2);   /* one bar + the legend swatch */
    assert_non_null(strstr(svg, ">&lt;5</text>"));
    assert_null(strstr(svg, "><5<"));
    assert_non_null(strstr(svg, "<pattern id=\"dg-solid\""));
    char *tab = chart_table_html(&c);
    assert_non_null(strstr(tab, "<caption>Plaatsingen per doelgroep</caption>"));
    assert_non_null(strstr(tab, "<th scope=\"row\">WW</th><td>&lt;5</td>"));
    assert_non_null(strstr(tab, "<th scope=\"row\">Participatiewet</th><td>12</td>"));
    free(svg);
    free(tab);
}

static void table_matches_chart_figures(void **s)
{
    (void)s;
    chart_spec c = banen();
    char *tab = chart_table_html(&c);
    assert_non_null(strstr(tab, "<caption>Banenafspraak &lt;gemeente&gt; (fte)</caption>"));
    assert_non_null(strstr(tab, "<th scope=\"row\">2019</th><td>30,7</td><td>34,6</td>"));
    free(tab);
}

static void nice_axis_maximum(void **s)
{
    (void)s;
    assert_int_equal(chart_nice_max(3460), 5000);
    assert_int_equal(chart_nice_max(94400), 100000);
    assert_int_equal(chart_nice_max(100000), 100000);
    assert_int_equal(chart_nice_max(150), 200);
    assert_int_equal(chart_nice_max(0), 100);
}

/* A 0-1 axis (share 0.8, one decimal): gridlines at round values 0,25 / 0,50 / 0,75, never the
 * rounded 0,3 and 0,8 (issue 14); a missing value reads "geen gegevens". */
static void ticks_are_round_values(void **s)
{
    (void)s;
    chart_spec c = {.id = "aandeel", .title = "Aandeel", .desc = "Aandeel per jaar", .x_title = "Jaar", .n_points = 2,
                    .n_series = 1, .decimals = 1};
    c.x_labels[0] = "2025";
    c.x_labels[1] = "2026";
    c.series[0].name = "Aandeel";
    c.series[0].values[0] = 80;
    c.series[0].has[0] = true;
    char *svg = svg_line_chart(&c);
    assert_non_null(svg);
    assert_non_null(strstr(svg, ">0,25<"));
    assert_non_null(strstr(svg, ">0,75<"));
    assert_null(strstr(svg, ">0,3<"));  /* (0,8 is the data label of the value itself) */
    assert_null(strstr(svg, "geen gegeven<"));
    free(svg);
    char *table = chart_table_html(&c);
    assert_non_null(strstr(table, "geen gegevens"));
    free(table);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(line_chart_is_accessible_and_labelled), cmocka_unit_test(series_differ_by_shape_and_dash),
        cmocka_unit_test(bar_chart_hides_suppressed_counts), cmocka_unit_test(table_matches_chart_figures),
        cmocka_unit_test(nice_axis_maximum), cmocka_unit_test(ticks_are_round_values),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
