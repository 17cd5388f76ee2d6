/* A printable report as data: headings, paragraphs, tables and charts. One model, three
 * renderings (HTML page, XLSX workbook, CSV per table) so every format carries the same figures.
 * Numbers are fixed point (value / 10^scale) and keep their exact value next to their text. */
#ifndef INC_REPORT_DOC_H
#define INC_REPORT_DOC_H
#include <stdbool.h>
#include <stdint.h>
#include "core/svg_chart.h"

typedef struct {
    char *text;          /* what people see ("944", "<5", "Ja") */
    bool is_number;      /* true: num/10^scale is the exact figure */
    int64_t num;
    int scale;           /* 0..2 */
    int decimals;        /* decimals to show (0..2) */
} report_cell;

typedef struct {
    char *id;            /* short, [a-z0-9-]: file name of the CSV, sheet name in XLSX */
    char *title;
    int ncols;
    char **cols;
    report_cell *cells;  /* nrows x ncols */
    int nrows, cap;
    int filled;          /* cells filled in the row being built */
} report_table;

typedef enum { RB_HEADING, RB_PARAGRAPH, RB_TABLE, RB_CHART } report_block_kind;

typedef struct {
    report_block_kind kind;
    char *text;          /* heading, paragraph, or the chart's title (RB_CHART) */
    int level;           /* RB_HEADING: 2 for a section, 3 for a part of it (one table or chart) */
    int table;           /* index into tables (RB_TABLE) */
    char *svg, *svg_table;   /* RB_CHART: the chart and its companion table (HTML) */
} report_block;

typedef struct {
    char *title, *subtitle;
    report_table *tables;
    int ntables, tcap;
    report_block *blocks;
    int nblocks, bcap;
    bool failed;         /* an allocation failed; renderers refuse */
} report_doc;

void report_init(report_doc *d, const char *title, const char *subtitle);
void report_free(report_doc *d);
void report_heading(report_doc *d, const char *text);
/* A heading inside a section: each chart and table of several stands under its own. */
void report_subheading(report_doc *d, const char *text);
void report_paragraph(report_doc *d, const char *text);
/* Adds a table with columns given as a NULL-terminated list; returns its index. */
int report_table_add(report_doc *d, const char *id, const char *title, const char *const *cols);
/* Row building: start a row, then one call per cell in column order. */
void report_row(report_doc *d, int t);
void report_text(report_doc *d, int t, const char *text);
void report_number(report_doc *d, int t, int64_t num, int scale, int decimals);
/* A number cell whose shown text differs (e.g. "<5"): stored as text only, never the figure. */
void report_masked(report_doc *d, int t, const char *text);
void report_chart(report_doc *d, const chart_spec *c, bool bars);

const report_cell *report_cell_at(const report_table *t, int row, int col);

/* Its renderings (HTML page, CSV per table) are in io/report_render.h; XLSX and files on disk in
 * io/report_export.h. */

#endif
