/* SVG charts: accessible (title/desc/role), readable without colour, same figures in the table. */
#include <setjmp.h>
#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include <cmocka.h>
#include <stdio.h>
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

/* A chart of whole numbers (decimals 0, e.g. persons) gets whole ticks: 44 -> 0, 10, ... 50, not
 * 12,5 and 37,5; with nothing shown its axis still runs 0-5 in whole steps. */
static void counts_get_whole_ticks(void **s)
{
    (void)s;
    chart_spec c = {.id = "n", .title = "Mensen", .desc = "Aantal per kwartaal", .x_title = "Periode", .n_points = 2,
                    .n_series = 1, .decimals = 0};
    c.x_labels[0] = "2025 K1";
    c.x_labels[1] = "2025 K2";
    c.series[0].name = "Waarde";
    c.series[0].values[0] = 4800;
    c.series[0].values[1] = 4400;
    c.series[0].has[0] = c.series[0].has[1] = true;
    char *svg = svg_line_chart(&c);
    for (int v = 0; v <= 50; v += 10) {
        char want[32];
        snprintf(want, sizeof want, ">%d</text>", v);
        assert_non_null(strstr(svg, want));
    }
    assert_null(strstr(svg, "12,5"));
    free(svg);
    c.series[0].has[0] = c.series[0].has[1] = false;
    c.series[0].text[0] = c.series[0].text[1] = "<5";
    svg = svg_bar_chart(&c);
    assert_non_null(strstr(svg, ">5</text>"));
    assert_non_null(strstr(svg, ">1</text>"));
    assert_null(strstr(svg, "0,25"));
    free(svg);
}

/* Sixteen periods with long names on 640 units cannot all be written: every k-th is, the last
 * always, and no two written ones come closer than their widths allow (at 14 px a 14-character
 * label is well over 60 units wide, so centres at least 70 apart). */
static void crowded_x_labels_are_thinned(void **s)
{
    (void)s;
    chart_spec c = {.id = "t", .title = "Trend", .desc = "Per periode", .x_title = "Periode", .n_points = 16, .n_series = 1,
                    .decimals = 1};
    static char labels[16][24];
    for (int i = 0; i < 16; i++) {
        snprintf(labels[i], sizeof labels[i], "t/m %02d-12-2026", i + 1);
        c.x_labels[i] = labels[i];
        c.series[0].values[i] = 1000 + 37 * i;
        c.series[0].has[i] = true;
    }
    c.series[0].name = "Waarde";
    char *svg = svg_line_chart(&c);
    int shown = 0;
    long prev = -1000;
    for (int i = 0; i < 16; i++) {
        char needle[96];
        snprintf(needle, sizeof needle, "text-anchor=\"middle\">%.23s<", labels[i]);
        const char *p = strstr(svg, needle);
        if (!p) continue;
        const char *x = p;
        while (x > svg && strncmp(x, "x=\"", 3) != 0) x--;
        long cx = strtol(x + 3, NULL, 10);
        assert_true(cx - prev >= 70);
        prev = cx;
        shown++;
    }
    assert_true(shown >= 2 && shown < 16);
    assert_non_null(strstr(svg, ">t/m 16-12-2026<"));
    /* the figures above the points are thinned the same way, the last kept */
    assert_true(count(svg, "paint-order=\"stroke\"") < 16);
    assert_non_null(strstr(svg, ">15,6</text>"));   /* the last point, 15,55 */
    free(svg);
}

/* Bar charts: a row per category, its name in full (two lines when long), gridlines 3:1. */
static void bar_names_stand_in_full(void **s)
{
    (void)s;
    chart_spec c = {.id = "g", .title = "Per gemeente", .desc = "Personen per gemeente", .x_title = "Gemeente", .n_points = 3,
                    .n_series = 1, .decimals = 0};
    c.x_labels[0] = "Leidschendam-Voorburg";
    c.x_labels[1] = "Pijnacker-Nootdorp";
    c.x_labels[2] = "Praktijkroute met begeleiding door een jobcoach van het werkbedrijf";
    c.series[0].name = "Personen";
    for (int i = 0; i < 3; i++) { c.series[0].values[i] = (i + 1) * 700; c.series[0].has[i] = true; }
    char *svg = svg_bar_chart(&c);
    assert_non_null(strstr(svg, ">Leidschendam-Voorburg<"));
    assert_non_null(strstr(svg, ">Pijnacker-Nootdorp<"));
    assert_non_null(strstr(svg, "<tspan"));            /* the long one over two lines */
    assert_null(strstr(svg, "#bbb"));                  /* gridlines of 1.9:1 are gone */
    assert_non_null(strstr(svg, "stroke=\"#8c8c8c\""));
    assert_int_equal(count(svg, "<rect x="), 3 + 1);   /* three bars and the legend swatch */
    free(svg);
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(line_chart_is_accessible_and_labelled), cmocka_unit_test(series_differ_by_shape_and_dash),
        cmocka_unit_test(bar_chart_hides_suppressed_counts), cmocka_unit_test(table_matches_chart_figures),
        cmocka_unit_test(nice_axis_maximum), cmocka_unit_test(ticks_are_round_values),
        cmocka_unit_test(counts_get_whole_ticks), cmocka_unit_test(crowded_x_labels_are_thinned),
        cmocka_unit_test(bar_names_stand_in_full),
    };
    return cmocka_run_group_tests(tests, NULL, NULL);
}
