/* A cache of rendered JSON responses shared by the worker threads, for read endpoints whose answer
 * depends only on the key (the contract list per scope and filters, one contract). Every entry
 * carries the generation current when its query began; any change to the database (seen through
 * db_change_stamp on any worker's connection) starts a new generation, so a stale entry is never
 * served. Bounded by bytes, least recently used out first. INCLUSIO_CACHE_MB sets the size
 * (default 64; 0 turns it off). */
#ifndef INC_RESPONSE_CACHE_H
#define INC_RESPONSE_CACHE_H
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include "web/web.h"

void rcache_configure(size_t max_bytes);
/* Compares this worker's connection with what it saw last and starts a new generation when the
 * database changed. Call before reading the generation and after every handler. */
void rcache_observe(inc_db *db);
uint64_t rcache_generation(void);
/* On a hit fills the response of req (200, JSON) and returns true. */
bool rcache_get(web_req *req, const char *key, uint64_t generation);
/* Stores req's 200 response under key for that generation. */
void rcache_put(const web_req *req, const char *key, uint64_t generation);

#endif
