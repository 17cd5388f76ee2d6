/* The one table of Dutch labels for the codes the API sends and accepts (statuses, categories,
 * procedures, roles, target groups, audit record kinds...). GET /api/v1/labels serves it whole and
 * the browser interface shows every code through it (web/js/labels.js). */
#ifndef INC_LABELS_H
#define INC_LABELS_H
#include <stddef.h>

typedef struct {
    const char *list;    /* the kind of code: "category", "progress_status", "audit_entity" ... */
    const char *code;    /* the code as the API uses it */
    const char *label;   /* what a user reads */
} label_row;

extern const label_row label_table[];
extern const size_t label_count;

/* The label of a code in a list, or NULL when the table has none. */
const char *label_of(const char *list, const char *code);

#endif
