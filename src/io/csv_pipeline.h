/* A CSV import on two cores: the file is read and each record parsed on a second thread while the
 * calling thread stores the parsed records, in file order (io/csv_reader.h for the CSV rules).
 * For imports where parsing is a real share of the work next to the database writes.
 *
 * parse(user, row, slot) runs on the reading thread for each record: it fills `slot` (slot_size
 * bytes) and returns 0, or records the record's errors with csv_row_error* and returns non-zero
 * (the record is then not stored). It must not touch the database.
 * store(user, slot, line, errs) runs on the calling thread for each parsed record: it records bad
 * rows with csv_errors_add* on `errs` and returns 0, or returns non-zero after filling *e to stop
 * the whole read (database trouble).
 * Errors of both threads end up in `errs` in line order, with the usual cap on how many are kept.
 * Memory stays bounded: at most CSV_PIPELINE_SLOTS parsed records wait between the threads. */
#ifndef INC_CSV_PIPELINE_H
#define INC_CSV_PIPELINE_H
#include "io/csv_reader.h"

#define CSV_PIPELINE_CHUNK 256  /* records handed over at a time */
#define CSV_PIPELINE_CHUNKS 4
#define CSV_PIPELINE_SLOTS (CSV_PIPELINE_CHUNK * CSV_PIPELINE_CHUNKS)

typedef int (*csv_parse_fn)(void *user, const csv_row *row, void *slot);
typedef int (*csv_store_fn)(void *user, void *slot, long line, csv_errors *errs, inc_error *e);

inc_status csv_read_file_pipelined(const char *path, const csv_schema *schema, csv_parse_fn parse, csv_store_fn store,
                                   size_t slot_size, void *user, csv_errors *errs, inc_error *e);

/* Records the error in e (its field names the column) on the given line. */
void csv_errors_add_from(csv_errors *errs, long line, const inc_error *e);

#endif
