#include "io/report_export.h"
#include "io/report_render.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <xlsxwriter.h>

static inc_status write_file(const char *path, const char *text, inc_error *e)
{
    FILE *f = fopen(path, "wb");
    if (!f) return inc_fail(e, INC_EIO, "out", "kan %s niet schrijven: %s", path, strerror(errno));
    size_t n = strlen(text);
    bool ok = fwrite(text, 1, n, f) == n;
    if (fclose(f) != 0) ok = false;
    if (!ok) return inc_fail(e, INC_EIO, "out", "schrijven naar %s mislukt", path);
    return INC_OK;
}

inc_status report_write_html(const report_doc *d, const char *path, inc_error *e)
{
    char *html = report_html(d, NULL);
    if (!html) return inc_fail(e, INC_EINTERNAL, "", "rapport kon niet worden opgebouwd (geheugen)");
    inc_status s = write_file(path, html, e);
    free(html);
    return s;
}

static double as_double(const report_cell *c)
{
    double div = 1;
    for (int i = 0; i < c->scale; i++) div *= 10;
    return (double)c->num / div;
}

inc_status report_write_xlsx(const report_doc *d, const char *path, inc_error *e)
{
    if (d->failed) return inc_fail(e, INC_EINTERNAL, "", "rapport kon niet worden opgebouwd (geheugen)");
    lxw_workbook *wb = workbook_new(path);
    if (!wb) return inc_fail(e, INC_EIO, "out", "kan %s niet aanmaken", path);
    lxw_format *bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format *head = workbook_add_format(wb);
    format_set_bold(head);
    format_set_bottom(head, LXW_BORDER_THIN);
    lxw_format *num[3];
    static const char *const pics[3] = {"#,##0", "#,##0.0", "#,##0.00"};
    for (int i = 0; i < 3; i++) {
        num[i] = workbook_add_format(wb);
        format_set_num_format(num[i], pics[i]);
    }
    lxw_worksheet *front = workbook_add_worksheet(wb, "Rapport");
    worksheet_write_string(front, 0, 0, d->title, bold);
    worksheet_write_string(front, 1, 0, d->subtitle, NULL);
    worksheet_write_string(front, 3, 0, "Tabblad", head);
    worksheet_write_string(front, 3, 1, "Inhoud", head);
    worksheet_set_column(front, 0, 0, 28, NULL);
    worksheet_set_column(front, 1, 1, 80, NULL);
    for (int t = 0; t < d->ntables; t++) {
        const report_table *tb = &d->tables[t];
        char name[32];
        snprintf(name, sizeof name, "%.31s", tb->id);
        worksheet_write_string(front, (lxw_row_t)(4 + t), 0, name, NULL);
        worksheet_write_string(front, (lxw_row_t)(4 + t), 1, tb->title, NULL);
        lxw_worksheet *ws = workbook_add_worksheet(wb, name);
        if (!ws) {
            workbook_close(wb);
            return inc_fail(e, INC_EINTERNAL, "", "ongeldige tabbladnaam '%s'", name);
        }
        worksheet_write_string(ws, 0, 0, tb->title, bold);
        for (int c = 0; c < tb->ncols; c++) {
            worksheet_write_string(ws, 2, (lxw_col_t)c, tb->cols[c], head);
            worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c, c == 0 ? 40 : 16, NULL);
        }
        for (int r = 0; r < tb->nrows; r++)
            for (int c = 0; c < tb->ncols; c++) {
                const report_cell *cell = report_cell_at(tb, r, c);
                lxw_row_t row = (lxw_row_t)(3 + r);
                if (cell->is_number) {
                    int dec = cell->decimals < 0 ? 0 : cell->decimals > 2 ? 2 : cell->decimals;
                    worksheet_write_number(ws, row, (lxw_col_t)c, as_double(cell), num[dec]);
                } else if (cell->text && cell->text[0]) {
                    worksheet_write_string(ws, row, (lxw_col_t)c, cell->text, NULL);
                }
            }
    }
    lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) return inc_fail(e, INC_EIO, "out", "XLSX schrijven mislukt: %s", lxw_strerror(err));
    return INC_OK;
}

inc_status report_write_csv_dir(const report_doc *d, const char *dir, inc_error *e)
{
    if (d->failed) return inc_fail(e, INC_EINTERNAL, "", "rapport kon niet worden opgebouwd (geheugen)");
    if (mkdir(dir, 0755) != 0 && errno != EEXIST)
        return inc_fail(e, INC_EIO, "out", "kan map %s niet maken: %s", dir, strerror(errno));
    for (int t = 0; t < d->ntables; t++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s.csv", dir, d->tables[t].id);
        char *csv = report_table_csv(&d->tables[t]);
        if (!csv) return inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        inc_status s = write_file(path, csv, e);
        free(csv);
        if (s) return s;
    }
    return INC_OK;
}

inc_status report_xlsx_bytes(const report_doc *d, char **buf, size_t *len, inc_error *e)
{
    *buf = NULL;
    *len = 0;
    const char *tmp = getenv("TMPDIR");
    char path[512];
    snprintf(path, sizeof path, "%s/inclusio-report-XXXXXX", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemp(path);
    if (fd < 0) return inc_fail(e, INC_EIO, "", "tijdelijk bestand niet te maken: %s", strerror(errno));
    close(fd);
    inc_status s = report_write_xlsx(d, path, e);
    if (s == INC_OK) {
        FILE *f = fopen(path, "rb");
        if (!f) s = inc_fail(e, INC_EIO, "", "tijdelijk bestand niet te lezen");
        else {
            fseek(f, 0, SEEK_END);
            long n = ftell(f);
            fseek(f, 0, SEEK_SET);
            *buf = n > 0 ? malloc((size_t)n) : NULL;
            if (!*buf || fread(*buf, 1, (size_t)n, f) != (size_t)n) {
                free(*buf);
                *buf = NULL;
                s = inc_fail(e, INC_EIO, "", "tijdelijk bestand niet te lezen");
            } else {
                *len = (size_t)n;
            }
            fclose(f);
        }
    }
    unlink(path);
    return s;
}
