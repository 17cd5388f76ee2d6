/* Finding companies for the invitation form (issue 16): by name or KvK number, SEBO mark and
 * locality, instead of scrolling every known company. Pure, no I/O. */
#ifndef INC_COMPANY_SEARCH_H
#define INC_COMPANY_SEARCH_H
#include <stdbool.h>
#include "core/procurement_record.h"

typedef struct {
    const char *q;    /* NULL/"": any; else part of the name (case-insensitive) or the start of the KvK number */
    int sebo;         /* -1 any, 1 SEBO holders on the day, 0 others */
    int local;        /* -1 any, 1 local to the municipality (class lokaal or lokaal-sebo), 0 not local */
} company_search;

bool company_search_matches(const company_search *s, const procurement_company *c);

#endif
