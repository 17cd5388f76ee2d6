/* libFuzzer harness: the CSV reader (io/csv_reader.c) and the row parsers of the imports that
 * read through it. The first input byte picks the import (contracts, realisations, employment
 * records); the rest is the file. Every well-formed row goes through the same parser as in
 * `inclusio import` / `inclusio banen import`; every error message must stay within its buffer. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "io/csv_reader.h"
#include "io/import_columns.h"
#include "core/banen_input.h"
#include "core/register_input.h"

enum { KIND_CONTRACT, KIND_REALISATION, KIND_BANEN, KIND__COUNT };

static const char *banen_columns[BF__COUNT + 1];
static const csv_schema *banen_schema(void)
{
    static csv_schema s;
    if (!s.columns) {
        for (int i = 0; i < BF__COUNT; i++) banen_columns[i] = banen_field_name((banen_field)i);
        s.columns = banen_columns;
    }
    return &s;
}

static void check_error(const inc_error *e)
{
    /* A message is a terminated string within its buffer (ASan sees a read past it). */
    if (strlen(e->message) >= sizeof e->message || strlen(e->field) >= sizeof e->field) abort();
}

static int on_row(void *user, const csv_row *row)
{
    int kind = *(int *)user;
    inc_error e = {0};
    if (kind == KIND_CONTRACT) {
        field_source fs = csv_row_source(row);
        inc_contract_input in;
        if (contract_input_parse(&fs, &in, &e) != INC_OK) csv_row_error_from(row, &e);
    } else if (kind == KIND_REALISATION) {
        field_source fs = csv_row_source(row);
        inc_realisation_input in;
        if (realisation_input_parse(&fs, &in, &e) != INC_OK) csv_row_error_from(row, &e);
    } else {
        const char *fields[BF__COUNT];
        for (int i = 0; i < BF__COUNT; i++) fields[i] = csv_row_at(row, i);
        banen_input in;
        if (banen_input_parse(fields, &in, &e) != INC_OK) csv_row_error_from(row, &e);
    }
    check_error(&e);
    if (csv_row_line(row) < 2) abort();   /* the header is line 1: a data row starts after it */
    return 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1) return 0;
    int kind = data[0] % KIND__COUNT;
    const csv_schema *schema = kind == KIND_CONTRACT      ? &contract_import_schema
                               : kind == KIND_REALISATION ? &realisation_import_schema
                                                          : banen_schema();
    FILE *in = fmemopen((void *)(data + 1), size - 1 ? size - 1 : 1, "rb");
    if (!in) return 0;
    if (size == 1) fseek(in, 0, SEEK_END);   /* fmemopen refuses size 0: an empty file */
    csv_errors errs;
    csv_errors_init(&errs, 50);
    inc_error e = {0};
    inc_status st = csv_read_stream(in, "fuzz.csv", schema, on_row, &kind, &errs, &e);
    fclose(in);
    if (st != INC_OK) check_error(&e);
    if (errs.count > errs.cap || errs.count > errs.total) abort();
    for (size_t i = 0; i < errs.count; i++)
        if (strlen(errs.items[i].reason) >= sizeof errs.items[i].reason) abort();
    FILE *null = fopen("/dev/null", "w");
    if (null) {
        csv_errors_print(&errs, null);
        fclose(null);
    }
    csv_errors_free(&errs);
    return 0;
}
