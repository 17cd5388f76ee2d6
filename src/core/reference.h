/* Reference data as the faces read it: municipalities, organisations, the audit log, policy
 * versions and building-block catalogues. Plain records in an arena (core/arena.h): the store
 * fills them, app/reference_data.h hands them out and renders them. */
#ifndef INC_CORE_REFERENCE_H
#define INC_CORE_REFERENCE_H
#include <stdbool.h>
#include <stdint.h>
#include "core/arena.h"
#include "core/obligation.h"
#include "core/valuation.h"

typedef struct {
    const char *code, *name, *region, *sr_team;   /* sr_team may be NULL */
} municipality_rec;
ARENA_LIST(municipality_list, municipality_rec);

typedef struct {
    int64_t id;
    const char *kvk, *name;
    const char *municipality, *postcode;   /* may be NULL */
    bool municipal_employer;
} organisation_rec;
ARENA_LIST(organisation_list, organisation_rec);

typedef struct {
    const char *entity;     /* NULL = every entity */
    int64_t entity_id;      /* 0 = every id */
    int page, per_page;     /* 1-based */
} audit_filter;

typedef struct {
    int64_t id;
    const char *at, *actor, *action, *entity;
    bool has_entity_id;
    int64_t entity_id;
    const char *detail;     /* JSON text as written, may be NULL */
} audit_rec;
ARENA_LIST(audit_list, audit_rec);
typedef struct {
    audit_list entries;     /* newest first */
    int64_t total;
    int page, per_page;
} audit_page;

typedef struct {
    int64_t id;
    const char *municipality;   /* code */
    inc_policy policy;
} policy_rec;
ARENA_LIST(policy_list, policy_rec);

typedef struct {
    int64_t id;
    const char *name, *effective_from;
    size_t n_blocks;
    inc_block *blocks;
} catalogue_rec;
ARENA_LIST(catalogue_list, catalogue_rec);

#endif
