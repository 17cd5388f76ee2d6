/* A stored banenafspraak employment record as the faces read it (no BSN: the person is its
 * pseudonymous id), and which records to use. Plain data: the store fills them, the application
 * layer hands them on (app/banen_records.h), the views print them (app/banen_view.h). */
#ifndef INC_CORE_BANEN_RECORD_H
#define INC_CORE_BANEN_RECORD_H
#include <stdint.h>
#include "core/banen.h"
#include "core/date.h"

#define BANEN_NAME_MAX 256

typedef struct {
    int64_t id;
    char municipality[64];            /* code */
    char employer_kvk[9];
    char employer_name[BANEN_NAME_MAX];
    char department[128];
    banen_sector sector;
    int64_t person_id;
    banen_group group;
    inc_date start, end;              /* end INC_DATE_NONE when open */
    int64_t hours_centi;
    banen_contract contract;
    banen_instrument instrument;
    banen_source source;
    int64_t realisation_id;           /* the SROI realisation it came from (the lowest), 0 when none */
} banen_record;

/* Which records to use: all (NULLs), a municipality, a region, an employer (KvK). */
typedef struct {
    const char *municipality;
    const char *region;
    const char *employer_kvk;
} banen_filter;

#endif
