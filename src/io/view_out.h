/* Where a JSON view is written: a Jansson tree (the CLI's --json, reports) or compact JSON text
 * identical to what the web face makes of that tree (json_dump_fixed with JSON_COMPACT |
 * JSON_PRESERVE_ORDER), written straight away: building, dumping and freeing a tree per row was
 * most of the cost of a list request (docs/bench.md). One view definition writes both. */
#ifndef INC_IO_VIEW_OUT_H
#define INC_IO_VIEW_OUT_H
#include <jansson.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "core/error.h"

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
/* The end of a writer's run into a tree: the finished tree when st (the writer's status) is INC_OK,
 * else NULL; o is freed either way. */
json_t *view_out_tree_done(view_out *o, int st);
/* INC_OK, or INC_EINTERNAL ("geen geheugen") when the writer ran out of memory. */
inc_status view_out_check(const view_out *o, inc_error *e);
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

#endif
