/* The renderings of a report document (core/report_doc.h): HTML page and CSV per table. The XLSX
 * workbook and the files on disk are in io/report_export.c. */
#include "io/report_render.h"
#include "core/htmlbuf.h"
#include "io/csv_writer.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* The exact figure as plain text with a '.' decimal point: "944", "6.9", "-13125600.00". */
static void plain_number(const report_cell *c, char *buf, size_t size)
{
    int64_t div = 1;
    for (int i = 0; i < c->scale; i++) div *= 10;
    int64_t a = c->num < 0 ? -c->num : c->num;
    if (c->scale == 0) snprintf(buf, size, "%s%lld", c->num < 0 ? "-" : "", (long long)a);
    else snprintf(buf, size, "%s%lld.%0*lld", c->num < 0 ? "-" : "", (long long)(a / div), c->scale, (long long)(a % div));
}

static const char *const style =
    "body{font-family:system-ui,sans-serif;margin:2rem auto;padding:0 1rem;max-width:60rem;color:#111;line-height:1.4}"
    "h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:2px solid #333}h3{font-size:1.05rem;margin-top:1.5rem}"
    "table{border-collapse:collapse;margin:0.5rem 0 1rem;width:100%}caption{text-align:left;font-weight:bold;padding:0.25rem 0}"
    "th,td{border:1px solid #666;padding:0.25rem 0.5rem;text-align:left;vertical-align:top}td.num{text-align:right;"
    "font-variant-numeric:tabular-nums}thead th{background:#e8e8e8}.met-ja{font-weight:bold}.met-nee{font-style:italic}"
    "figure{margin:1rem 0;break-inside:avoid}.chart-scroll,.table-scroll{overflow-x:auto;max-width:100%}svg.chart{display:block}"
    ".chart-scroll:focus,.table-scroll:focus{outline:3px solid #ffc83d;box-shadow:0 0 0 6px #0b0c0c}"
    ".chart-table{font-size:0.85rem}"
    "@media print{body{margin:0;padding:0;max-width:none;font-size:10pt}a{color:#000;text-decoration:none}"
    "h2,h3{break-after:avoid}table,figure{break-inside:avoid}thead{display:table-header-group}"
    "thead th{background:none;border-bottom:2px solid #000}.no-print{display:none}"
    ".chart-scroll,.table-scroll{overflow:visible}svg.chart{max-width:100%;height:auto}}"
    "@page{size:A4;margin:15mm}";

const char *report_css(void) { return style; }

char *report_html(const report_doc *d, const char *css_href)
{
    if (d->failed) return NULL;
    htmlbuf b;
    hb_init(&b);
    hb_put(&b, "<!DOCTYPE html>\n<html lang=\"nl\"><head><meta charset=\"utf-8\">"
               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>");
    hb_esc(&b, d->title);
    if (css_href) {
        hb_put(&b, "</title><link rel=\"stylesheet\" href=\"");
        hb_esc(&b, css_href);
        hb_put(&b, "\"></head><body><main><h1>");
    } else {
        hb_printf(&b, "</title><style>%s</style></head><body><main><h1>", style);
    }
    hb_esc(&b, d->title);
    hb_put(&b, "</h1><p class=\"subtitle\">");
    hb_esc(&b, d->subtitle);
    hb_put(&b, "</p>\n");
    for (int i = 0; i < d->nblocks; i++) {
        const report_block *bl = &d->blocks[i];
        switch (bl->kind) {
        case RB_HEADING:
            hb_printf(&b, "<h%d>", bl->level);
            hb_esc(&b, bl->text);
            hb_printf(&b, "</h%d>\n", bl->level);
            break;
        case RB_PARAGRAPH:
            hb_put(&b, "<p>");
            hb_esc(&b, bl->text);
            hb_put(&b, "</p>\n");
            break;
        case RB_CHART:
            /* the chart at its own size (labels of 14 px); on a narrower screen it scrolls in its
             * box, which then takes keyboard focus, instead of shrinking */
            hb_put(&b, "<figure><div class=\"chart-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Grafiek: ");
            hb_esc(&b, bl->text);
            hb_printf(&b, "\">%s</div><figcaption>%s</figcaption></figure>\n", bl->svg, bl->svg_table);
            break;
        case RB_TABLE: {
            const report_table *t = &d->tables[bl->table];
            /* a table wider than the screen scrolls in its own box (as the chart's) */
            hb_put(&b, "<div class=\"table-scroll\" tabindex=\"0\" role=\"region\" aria-label=\"Tabel: ");
            hb_esc(&b, t->title);
            hb_put(&b, "\"><table id=\"t-");
            hb_esc(&b, t->id);
            hb_put(&b, "\"><caption>");
            hb_esc(&b, t->title);
            hb_put(&b, "</caption><thead><tr>");
            for (int c = 0; c < t->ncols; c++) {
                hb_put(&b, "<th scope=\"col\">");
                hb_esc(&b, t->cols[c]);
                hb_put(&b, "</th>");
            }
            hb_put(&b, "</tr></thead><tbody>\n");
            for (int r = 0; r < t->nrows; r++) {
                hb_put(&b, "<tr>");
                for (int c = 0; c < t->ncols; c++) {
                    const report_cell *cell = report_cell_at(t, r, c);
                    const char *txt = cell->text ? cell->text : "";
                    if (cell->is_number) {
                        char plain[48];
                        plain_number(cell, plain, sizeof plain);
                        hb_printf(&b, "<td class=\"num\" data-value=\"%s\">", plain);
                    } else if (c == 0) {
                        hb_put(&b, "<th scope=\"row\">");
                    } else if (strcmp(txt, "Ja") == 0 || strcmp(txt, "Nee") == 0) {
                        hb_printf(&b, "<td class=\"met-%s\">", strcmp(txt, "Ja") == 0 ? "ja" : "nee");
                    } else {
                        hb_put(&b, "<td>");
                    }
                    hb_esc(&b, txt);
                    hb_put(&b, !cell->is_number && c == 0 ? "</th>" : "</td>");
                }
                hb_put(&b, "</tr>\n");
            }
            hb_put(&b, "</tbody></table></div>\n");
            break;
        }
        }
    }
    hb_put(&b, "</main></body></html>\n");
    return hb_take(&b);
}

/* For people: Excel with Dutch settings opens it as it is (io/csv_writer.h). */
char *report_table_csv(const report_table *t)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    if (!f) return NULL;
    csv_writer w;
    csvw_start(&w, f, &csv_for_people);
    for (int c = 0; c < t->ncols; c++) csvw_text(&w, t->cols[c]);
    csvw_end_row(&w);
    for (int r = 0; r < t->nrows; r++) {
        for (int c = 0; c < t->ncols; c++) {
            const report_cell *cell = report_cell_at(t, r, c);
            if (cell->is_number) csvw_number(&w, cell->num, cell->scale, cell->decimals);
            else csvw_text(&w, cell->text);
        }
        csvw_end_row(&w);
    }
    bool ok = csvw_ok(&w);
    if (fclose(f) != 0) ok = false;
    if (!ok) {
        free(buf);
        return NULL;
    }
    return buf;
}
