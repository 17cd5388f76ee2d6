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
    bool tagged;
    rcache_tag tag;
} entry;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static entry *buckets[BUCKETS];
static entry *newest, *oldest;
static size_t used, capacity;
/* Generations: of everything, of any municipality (moves with each of them), and per municipality
 * (by a hash of its code: two sharing a slot only empty each other's entries more often). */
#define MUNI_SLOTS 1024
#define SEEN_MAX 512
static atomic_uint_fast64_t generation = 1, any_generation = 1;
static atomic_uint_fast64_t muni_generation[MUNI_SLOTS];

/* What this worker's connection saw last: its change stamp and the counters of migration 009. */
static _Thread_local struct {
    inc_db *db;
    db_stamp seen;
    struct {
        char code[48];
        int64_t n;
    } stamps[SEEN_MAX];
    int nstamps;
} mine;

void rcache_configure(size_t max_bytes)
{
    capacity = max_bytes;
    mine.db = NULL;   /* (of the calling thread) its next look is a first one */
}

static uint64_t fnv1a(const char *s);

uint64_t rcache_generation(const char *const *municipalities)
{
    uint64_t g = atomic_load(&generation);
    if (!municipalities) return g + atomic_load(&any_generation);
    for (const char *const *m = municipalities; *m; m++) g += atomic_load(&muni_generation[fnv1a(*m) % MUNI_SLOTS]);
    return g;
}

static void everything_changed(void)
{
    atomic_fetch_add(&generation, 1);
}

/* Compares the counters with what this worker saw; what moved starts a new generation. */
typedef struct {
    bool changed_all, moved, full;
    bool seen[SEEN_MAX];
} compare;

static void compare_stamp(void *ctx, const char *code, int64_t n)
{
    compare *c = ctx;
    int i = 0;
    while (i < mine.nstamps && strcmp(mine.stamps[i].code, code) != 0) i++;
    if (i < mine.nstamps) {
        c->seen[i] = true;
        if (mine.stamps[i].n == n) return;
    } else if (i == SEEN_MAX || strlen(code) >= sizeof mine.stamps[0].code) {
        c->full = true;
        return;
    } else {
        snprintf(mine.stamps[i].code, sizeof mine.stamps[i].code, "%s", code);
        mine.nstamps++;
        c->seen[i] = true;
    }
    mine.stamps[i].n = n;
    c->moved = true;
    if (strcmp(code, DB_TOUCH_NO_PAGE) == 0) return;   /* accounted for, and no page shows it */
    if (!*code) {
        c->changed_all = true;
        return;
    }
    atomic_fetch_add(&muni_generation[fnv1a(code) % MUNI_SLOTS], 1);
    atomic_fetch_add(&any_generation, 1);
}

void rcache_observe(inc_db *db)
{
    if (!capacity) return;
    db_stamp now;
    bool ok = db_change_stamp(db, &now);
    if (ok && mine.db == db && now.data_version == mine.seen.data_version && now.own_changes == mine.seen.own_changes)
        return;
    /* The first look of a worker counts as a change of everything: it may have missed earlier writes. */
    bool first = mine.db != db;
    mine.db = db;
    mine.seen = now;
    if (first) mine.nstamps = 0;
    compare c = {0};
    if (!ok || !db_scope_stamps(db, compare_stamp, &c) || first || c.changed_all || c.full) {
        everything_changed();
        return;
    }
    /* A counter gone (a restored database) or a change that raised none (a write by a program that
     * does not keep the counters, such as the sqlite3 shell): everything. */
    for (int i = 0; i < mine.nstamps; i++)
        if (!c.seen[i]) c.moved = false;
    if (!c.moved) everything_changed();
}

void rcache_observe_own(inc_db *db)
{
    if (!capacity || (mine.db == db && db_own_changes(db) == mine.seen.own_changes)) return;
    rcache_observe(db);
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

/* The entry under key, if current: its generation is `gen`, or for a tagged lookup (tag not NULL)
 * that of the entry's own municipality. Fills req and *tag. */
static bool get(web_req *req, const char *key, uint64_t gen, rcache_tag *tag)
{
    if (!capacity) return false;
    uint64_t h = fnv1a(key);
    char *copy = NULL;
    size_t len = 0;
    pthread_mutex_lock(&lock);
    entry *e = find(key, h);
    if (e && tag && e->tagged) {
        const char *const own[] = {e->tag.municipality, NULL};
        gen = rcache_generation(own);
    }
    if (e && (e->generation != gen || e->tagged != !!tag)) {
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
            if (tag) *tag = e->tag;
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

bool rcache_get(web_req *req, const char *key, uint64_t gen) { return get(req, key, gen, NULL); }

bool rcache_get_tagged(web_req *req, const char *key, rcache_tag *tag) { return get(req, key, 0, tag); }

static void put(const web_req *req, const char *key, uint64_t gen, const rcache_tag *tag)
{
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
    if (tag) {
        n->tagged = true;
        n->tag = *tag;
    }
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

void rcache_put(const web_req *req, const char *key, const char *const *municipalities, uint64_t gen)
{
    if (!capacity || req->status != 200 || !req->resp_body) return;
    /* Written during this request, or by someone else meanwhile: the generation moved on. */
    if (gen != rcache_generation(municipalities)) return;
    put(req, key, gen, NULL);
}

void rcache_put_tagged(const web_req *req, const char *key, const rcache_tag *tag, uint64_t before)
{
    if (!capacity || req->status != 200 || !req->resp_body) return;
    /* Anything moved meanwhile (the municipality was not known when the query began): not kept. */
    if (before != rcache_generation(NULL)) return;
    const char *const own[] = {tag->municipality, NULL};
    put(req, key, rcache_generation(own), tag);
}
