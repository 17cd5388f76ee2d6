/* OCDS 1.1 (Open Contracting Data Standard) release and record packages, as TenderNed publishes them,
 * read streaming (yajl) in bounded memory: the caller feeds the file in chunks and gets each release
 * as a compact record of the fields inclusio maps (ocds_release), then maps its awards to register
 * rows (ocds_award_rows). No I/O, no database. Mapping rules: docs/import-export.md ("OCDS").
 *
 * A release package is {"version", "releases": [release...]}; a record package is {"version",
 * "records": [{"ocid", "releases": [...], "compiledRelease": release}]}: of a record only its
 * compiledRelease is read (the record's current state; its releases[] are the history). A file that
 * is not valid JSON, not a package of version 1.x, or whose fields have the wrong JSON type is
 * malformed: the parser stops with the line and a Dutch reason. */
#ifndef INC_OCDS_H
#define INC_OCDS_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"
#include "core/procurement.h"

#define OCDS_MAX_PARTIES 32
#define OCDS_MAX_AWARDS 16
#define OCDS_MAX_CONTRACTS 16
#define OCDS_MAX_SUPPLIERS 4
#define OCDS_MAX_IDS 4          /* identifier + additionalIdentifiers kept per party */

typedef struct {
    char scheme[24];
    char id[64];
} ocds_identifier;

typedef struct {
    char id[96];
    char name[160];
    bool buyer, supplier;       /* from roles[] */
    int n_ids;
    ocds_identifier ids[OCDS_MAX_IDS];
} ocds_party;

typedef struct {
    bool has_amount;
    bool amount_bad;            /* an amount with more than two decimals or beyond range */
    int64_t amount_cents;
    char currency[8];
} ocds_value;

typedef struct {
    char start[40], end[40];
} ocds_period;

typedef struct {
    char id[96];
    char status[24];
    char date[40];
    char title[256];
    ocds_value value;
    ocds_period period;         /* contractPeriod */
    int n_suppliers;
    struct { char id[96]; char name[160]; } suppliers[OCDS_MAX_SUPPLIERS];
} ocds_award;

typedef struct {
    char id[96];
    char award_id[96];
    char status[24];
    char date_signed[40];
    ocds_value value;
    ocds_period period;
} ocds_contract;

typedef struct {
    char ocid[96];
    char id[128];
    char date[40];
    char buyer_id[96];
    char buyer_name[160];
    char title[256];            /* tender.title */
    char category[24];          /* tender.mainProcurementCategory */
    char method[24];            /* tender.procurementMethod */
    char method_details[160];   /* tender.procurementMethodDetails */
    char cpv[32];               /* the first CPV classification of tender.items[] (or tender.classification) */
    int n_parties, n_awards, n_contracts;
    ocds_party parties[OCDS_MAX_PARTIES];
    ocds_award awards[OCDS_MAX_AWARDS];
    ocds_contract contracts[OCDS_MAX_CONTRACTS];
    char overflow[96];          /* non-empty: more parties/awards/contracts than kept (the release is skipped) */
    long line;                  /* line where the release begins */
} ocds_release;

/* Called for each release read; return false to stop the parse (the callback's own error). */
typedef bool (*ocds_release_fn)(void *ctx, const ocds_release *r);

typedef struct ocds_parser ocds_parser;
ocds_parser *ocds_parser_new(ocds_release_fn fn, void *ctx);
void ocds_parser_free(ocds_parser *p);
/* Feeds the next chunk. INC_EINVAL: malformed, e->message "regel L: reden" (Dutch). INC_EINTERNAL:
 * the callback stopped the parse (its error is the caller's). */
inc_status ocds_parser_feed(ocds_parser *p, const unsigned char *buf, size_t len, inc_error *e);
/* After the last chunk: checks the document is complete and was a package. */
inc_status ocds_parser_finish(ocds_parser *p, inc_error *e);
long ocds_parser_releases(const ocds_parser *p);   /* releases delivered so far */
bool ocds_parser_is_record_package(const ocds_parser *p);

/* ---- mapping to the register ---- */

/* works -> werken, services -> diensten, goods -> leveringen; false for anything else. */
bool ocds_category(const char *main_procurement_category, inc_category *out);
/* The procedure: from procurementMethodDetails when it names one (europees, nationaal, meervoudig or
 * enkelvoudig onderhands, in that order of test), else from procurementMethod (open, selective ->
 * nationaal; limited -> meervoudig onderhands; direct -> enkelvoudig onderhands). False when neither
 * says. *from_details tells which field decided. */
bool ocds_procedure(const char *details, const char *method, inc_procedure *out, bool *from_details);
/* The KvK number of a party: the first identifier with scheme NL-KVK whose id holds 8 digits (a
 * 12-digit establishment number keeps its first 8). "" when none. */
void ocds_party_kvk(const ocds_party *p, char kvk[9]);
/* The party with this id, or NULL. */
const ocds_party *ocds_find_party(const ocds_release *r, const char *id);
/* "2025-03-14T00:00:00+01:00" -> the date of its first ten characters; false when not a date. */
bool ocds_date(const char *text, inc_date *out);

typedef struct {
    char award_id[96];
    char contract_id[96];       /* "" when no contracts[] entry points at the award */
    inc_category category;
    inc_procedure procedure;
    bool procedure_from_details;
    int64_t value_cents;
    inc_date award_date, start_date, end_date;   /* start/end INC_DATE_NONE when not published */
    char supplier_kvk[9];
    char supplier_name[160];
    char skip[160];             /* non-empty: this award is skipped, the Dutch reason */
} ocds_award_row;

/* The awards of a release as register rows. Release-level reasons (no award, no category, ...) are
 * written to release_skip (and no rows); award-level ones to the row's skip. Cancelled and
 * unsuccessful awards are left out. The value is the contract's (contracts[].awardID) when it has
 * one, else the award's; only EUR is accepted. Returns the number of rows. */
int ocds_award_rows(const ocds_release *r, ocds_award_row *rows, int max, char release_skip[160]);

#endif
