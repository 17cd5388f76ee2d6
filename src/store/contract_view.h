/* Read models of contracts: one row of the contract query turned into JSON with the obligation,
 * the progress (computed for `today`) and the deadlines. Shared by the list, the detail and reports.
 * The view is written once, to a view_out that either builds a Jansson tree (the CLI, reports) or
 * writes the same JSON as text straight away (the web list and detail: building, dumping and freeing
 * a tree per row was most of the cost of a request, docs/bench.md). */
#ifndef INC_CONTRACT_VIEW_H
#define INC_CONTRACT_VIEW_H
#include <jansson.h>
#include "core/progress.h"
#include "store/db.h"
#include "store/register.h"

/* Columns every contract view query selects, in this order, from contracts c, municipalities m,
 * organisations o. */
#define CONTRACT_VIEW_COLS                                                                                      \
    "c.id, m.code, c.department, c.reference, c.title, c.category, c.procedure, c.value_cents,"                 \
    " c.labour_share_bp, c.award_date, c.start_date, c.end_date, o.id, o.kvk, o.name, c.cpv, c.sebo_holder,"    \
    " c.extra_bp, c.exempted, c.exemption_pct_bp, c.exemption_by, c.exemption_date, c.exemption_reason,"        \
    " c.applies, c.base_pct_bp, c.percentage_bp, c.obligation_cents, c.met_by_sebo, c.sebo_covered_cents,"      \
    " c.obligation_reason, c.verified_cents, c.reported_cents, c.contact_date,"                                 \
    " (SELECT group_concat(year_no) FROM yearly_reports y WHERE y.contract_id = c.id), m.name"
#define CONTRACT_VIEW_FROM \
    " FROM contracts c JOIN municipalities m ON m.id = c.municipality_id JOIN organisations o ON o.id = c.contractor_id"

typedef struct {
    inc_progress progress;
    bool contact_overdue;
    int yearly_overdue;          /* yearly reports past their deadline and not submitted */
    /* The row's dates, parsed once for the flags and the view. */
    inc_date award, start, end, contact, contact_deadline;
} contract_flags;

/* Where a view is written: a tree (json_t) or compact JSON text identical to what web_json makes
 * of that tree (json_dump_fixed with JSON_COMPACT | JSON_PRESERVE_ORDER). */
#define VIEW_OUT_DEPTH 8
typedef struct {
    bool text;
    bool failed;                 /* out of memory */
    int depth;
    json_t *root;                    /* tree: the outermost value */
    json_t *stack[VIEW_OUT_DEPTH];   /* tree: the open containers */
    bool filled[VIEW_OUT_DEPTH];     /* text: the open container has a member already */
    bool is_array[VIEW_OUT_DEPTH];   /* text: the open container is an array */
    char *buf;                       /* text: malloc'd, NUL-terminated */
    size_t len, cap;
} view_out;

void view_out_tree(view_out *o);
void view_out_text(view_out *o);
/* The finished tree (the root object or array), or NULL. Ownership passes to the caller. */
json_t *view_out_take_tree(view_out *o);
/* The finished text, or NULL after running out of memory; caller frees. */
char *view_out_take_text(view_out *o, size_t *len);
void view_out_free(view_out *o);
/* Members: key is the member name inside an object and NULL inside an array or for the root. */
void vo_object(view_out *o, const char *key);
void vo_array(view_out *o, const char *key);
void vo_end(view_out *o);
void vo_str(view_out *o, const char *key, const char *s);   /* NULL gives null */
void vo_int(view_out *o, const char *key, int64_t v);
void vo_fixed2(view_out *o, const char *key, int64_t v);    /* cents or basis points, as json_money/json_pct */
void vo_bool(view_out *o, const char *key, bool v);
void vo_null(view_out *o, const char *key);
void vo_json(view_out *o, const char *key, json_t *v);      /* steals v */

/* The derived flags of the row at the statement's current position (for filtering). */
void contract_view_flags(inc_stmt *st, inc_date today, contract_flags *flags);
/* Writes the row at the statement's current position as one contract object (flags from above). */
void contract_view_write(view_out *o, const char *key, inc_stmt *st, inc_date today, const contract_flags *flags);
/* The members of that object alone, into the object open in o (the detail adds its realisations). */
void contract_view_members(view_out *o, inc_stmt *st, inc_date today, const contract_flags *flags);
/* Builds the JSON of the row at the statement's current position and its derived flags. */
json_t *contract_view_json(inc_stmt *st, inc_date today, contract_flags *flags);

/* The contract list and detail written to o (the tree or text of contract_list_json and
 * contract_show_json). */
inc_status contract_list_write(inc_db *db, const inc_contract_filter *f, inc_date today, view_out *o, inc_error *e);
inc_status contract_show_write(inc_db *db, int64_t id, inc_date today, view_out *o, inc_error *e);


#endif
