/* Renderings of a report document (core/report_doc.h) as text, shared by both faces. */
#ifndef INC_REPORT_RENDER_H
#define INC_REPORT_RENDER_H
#include "core/report_doc.h"

/* Renderers (pure): malloc'd strings. css_href NULL puts the stylesheet inside the page (a file
 * that stands alone); otherwise the page links to it (served pages under a strict
 * Content-Security-Policy). */
char *report_html(const report_doc *d, const char *css_href);
const char *report_css(void);   /* the screen and print stylesheet of report pages */
/* One table as CSV for people (io/csv_writer.h: Excel with Dutch settings), exact figures. */
char *report_table_csv(const report_table *t);

#endif
