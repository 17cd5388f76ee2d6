/* UWV's published banenafspraak results per labour-market region and sector (the quarterly trend
 * report): one figure is the extra banen against the baseline of 1 January 2013 on a quarter end.
 * The rules for reading a published row and for setting a regional target against it. Pure, no
 * I/O (storage: store/banen_uwv.h; the import: app/banen_uwv.h; docs/banen.md "UWV"). */
#ifndef INC_CORE_BANEN_UWV_H
#define INC_CORE_BANEN_UWV_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/date.h"
#include "core/error.h"

typedef struct {
    char region[64];        /* municipalities.region */
    char sector[12];        /* markt | overheid | totaal */
    inc_date peildatum;     /* a quarter end */
    int64_t extra_centi;    /* extra banen in hundredths; negative below the baseline */
} uwv_figure;

/* A quarter as UWV and spreadsheets write it: "2020-12-31" or "31-12-2020" (a quarter end),
 * "2020-K4", "2020 K4", "2020K4", "2020-Q4" (any case), "4e kwartaal 2020" or "kwartaal 4 2020";
 * out is the quarter's last day. A date that is not a quarter end is refused. */
inc_status uwv_peildatum_parse(const char *text, inc_date *out, const char *field, inc_error *e);

/* A number of banen as published: "750", "-12", "812,5", "812.50", and with Dutch thousands
 * points "1.031" or "1.031,25" (a point followed by groups of exactly three digits is a thousands
 * point when there is no comma; "1.5" is one and a half). At most two decimals. */
inc_status uwv_banen_parse(const char *text, int64_t *centi, const char *field, inc_error *e);

/* "markt", "marktsector", "overheid", "overheidssector", "totaal" (any case) -> markt | overheid | totaal. */
inc_status uwv_sector_parse(const char *text, char out[12], const char *field, inc_error *e);

/* The figure of a sector on exactly that peildatum (UWV's figure on a target's peildatum is the
 * one the target is measured against; an earlier quarter is not), or NULL. */
const uwv_figure *uwv_figure_on(const uwv_figure *figs, size_t n, const char *sector, inc_date peildatum);

#endif
