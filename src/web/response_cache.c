#include "web/response_cache.h"
#include <pthread.h>
#include <stdatomic.h>
#include <stdlib.h>
#include <string.h>

#define BUCKETS 8192

typedef struct entry {
    struct entry *next_in_bucket;
    struct entry *newer, *older;   /* LRU list */
    uint64_t hash, generation;
    char *key;
    char *body;
    size_t len;
} entry;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static entry *buckets[BUCKETS];
static entry *newest, *oldest;
static size_t used, capacity;
static atomic_uint_fast64_t generation = 1;

static _Thread_local struct {
    inc_db *db;
    db_stamp seen;
} mine;

void rcache_configure(size_t max_bytes) { capacity = max_bytes; }

uint64_t rcache_generation(void) { return atomic_load(&generation); }

void rcache_observe(inc_db *db)
{
    if (!capacity) return;
    db_stamp now;
    bool ok = db_change_stamp(db, &now);
    if (!ok || mine.db != db || now.data_version != mine.seen.data_version || now.own_changes != mine.seen.own_changes) {
        /* The first look of a worker counts as a change too: it may have missed earlier writes. */
        atomic_fetch_add(&generation, 1);
        mine.db = db;
        mine.seen = now;
    }
}

static uint64_t fnv1a(const char *s)
{
    uint64_t h = 1469598103934665603ULL;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 1099511628211ULL;
    return h;
}

static void unlink_lru(entry *e)
{
    if (e->newer) e->newer->older = e->older;
    else newest = e->older;
    if (e->older) e->older->newer = e->newer;
    else oldest = e->newer;
    e->newer = e->older = NULL;
}

static void push_newest(entry *e)
{
    e->older = newest;
    e->newer = NULL;
    if (newest) newest->newer = e;
    newest = e;
    if (!oldest) oldest = e;
}

static void drop(entry *e)
{
    entry **p = &buckets[e->hash % BUCKETS];
    while (*p && *p != e) p = &(*p)->next_in_bucket;
    if (*p) *p = e->next_in_bucket;
    unlink_lru(e);
    used -= e->len + strlen(e->key) + sizeof *e;
    free(e->key);
    free(e->body);
    free(e);
}

static entry *find(const char *key, uint64_t h)
{
    for (entry *e = buckets[h % BUCKETS]; e; e = e->next_in_bucket)
        if (e->hash == h && strcmp(e->key, key) == 0) return e;
    return NULL;
}

bool rcache_get(web_req *req, const char *key, uint64_t gen)
{
    if (!capacity) return false;
    uint64_t h = fnv1a(key);
    char *copy = NULL;
    size_t len = 0;
    pthread_mutex_lock(&lock);
    entry *e = find(key, h);
    if (e && e->generation != gen) {
        drop(e);
        e = NULL;
    }
    if (e) {
        unlink_lru(e);
        push_newest(e);
        copy = malloc(e->len + 1);
        if (copy) {
            memcpy(copy, e->body, e->len + 1);
            len = e->len;
        }
    }
    pthread_mutex_unlock(&lock);
    if (!copy) return false;
    free(req->resp_body);
    req->resp_body = copy;
    req->resp_len = len;
    req->status = 200;
    req->content_type = "application/json; charset=utf-8";
    return true;
}

void rcache_put(const web_req *req, const char *key, uint64_t gen)
{
    if (!capacity || req->status != 200 || !req->resp_body) return;
    /* Written during this request, or by someone else meanwhile: the generation moved on. */
    if (gen != atomic_load(&generation)) return;
    size_t cost = req->resp_len + strlen(key) + sizeof(entry);
    if (cost > capacity / 8) return;
    entry *n = calloc(1, sizeof *n);
    char *k = strdup(key), *b = malloc(req->resp_len + 1);
    if (!n || !k || !b) {
        free(n);
        free(k);
        free(b);
        return;
    }
    memcpy(b, req->resp_body, req->resp_len + 1);
    n->hash = fnv1a(key);
    n->generation = gen;
    n->key = k;
    n->body = b;
    n->len = req->resp_len;
    pthread_mutex_lock(&lock);
    entry *old = find(key, n->hash);
    if (old) drop(old);
    while (oldest && used + cost > capacity) drop(oldest);
    n->next_in_bucket = buckets[n->hash % BUCKETS];
    buckets[n->hash % BUCKETS] = n;
    push_newest(n);
    used += cost;
    pthread_mutex_unlock(&lock);
}
