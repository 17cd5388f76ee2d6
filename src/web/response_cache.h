/* A cache of rendered JSON responses shared by the worker threads, for read endpoints whose answer
 * depends only on the key (the contract list per scope and filters, one contract). Every entry
 * carries the generation, current when its query began, of the municipalities it shows; a change
 * to the database (seen through db_change_stamp on any worker's connection) starts a new
 * generation of the municipalities it names in the counters of migration 009 (db_touch,
 * db_scope_stamps), or of every municipality when it names none, so a stale entry is never served
 * and a write in one municipality leaves the others' entries in place. Bounded by bytes, least
 * recently used out first. INCLUSIO_CACHE_MB sets the size (default 64; 0 turns it off). */
#ifndef INC_RESPONSE_CACHE_H
#define INC_RESPONSE_CACHE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "web/web.h"

void rcache_configure(size_t max_bytes);
/* Compares this worker's connection with what it saw last and starts a new generation when the
 * database changed. Call before reading the generation (each request, before its handler). */
void rcache_observe(inc_db *db);
/* After a handler: the same, only when this connection wrote since (its own changes are counted
 * in the process, no round trip). Other connections' writes are seen by the next rcache_observe,
 * before anything is read, so skipping the look here serves nothing stale. */
void rcache_observe_own(inc_db *db);
/* The generation of what shows the municipalities with these codes (a NULL-terminated list; NULL:
 * every municipality). */
uint64_t rcache_generation(const char *const *municipalities);
/* On a hit fills the response of req (200, JSON) and returns true. */
bool rcache_get(web_req *req, const char *key, uint64_t generation);
/* Stores req's 200 response under key for the generation its query began with (unless it moved on
 * meanwhile: a change during the request). */
void rcache_put(const web_req *req, const char *key, const char *const *municipalities, uint64_t generation);

/* Entries that carry whom they may be shown to (a contract page: its municipality and contractor),
 * so a hit is checked without reading the database. The generation is that of the entry's own
 * municipality. rcache_put_tagged stores only when no generation moved since `before`
 * (rcache_generation(NULL) read before the query: the municipality is learnt from the answer). */
typedef struct {
    char municipality[48];
    int64_t organisation_id;
} rcache_tag;
bool rcache_get_tagged(web_req *req, const char *key, rcache_tag *tag);
void rcache_put_tagged(const web_req *req, const char *key, const rcache_tag *tag, uint64_t before);

#endif
