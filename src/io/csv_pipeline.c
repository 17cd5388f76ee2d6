#include "io/csv_pipeline.h"
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
    unsigned char *slots;  /* CSV_PIPELINE_CHUNK slots */
    long lines[CSV_PIPELINE_CHUNK];
    int n;
    bool full;  /* handed to the storing thread */
} chunk;

typedef struct {
    const char *path;
    const csv_schema *schema;
    csv_parse_fn parse;
    size_t slot_size;
    void *user;
    csv_errors errs;  /* the reading thread's own errors */
    inc_error e;
    inc_status status;
    pthread_mutex_t lock;
    pthread_cond_t changed;
    chunk chunks[CSV_PIPELINE_CHUNKS];
    int fill;   /* chunk the reader fills */
    bool done;  /* the reader has handed over its last chunk */
    bool stop;  /* the storing thread gave up: stop reading */
} pipeline;

/* Hands the chunk being filled to the storing thread and waits for the next one to be free. */
static bool hand_over(pipeline *p)
{
    pthread_mutex_lock(&p->lock);
    p->chunks[p->fill].full = true;
    p->fill = (p->fill + 1) % CSV_PIPELINE_CHUNKS;
    pthread_cond_broadcast(&p->changed);
    while (p->chunks[p->fill].full && !p->stop) pthread_cond_wait(&p->changed, &p->lock);
    bool go_on = !p->stop;
    pthread_mutex_unlock(&p->lock);
    return go_on;
}

static int on_row(void *user, const csv_row *row)
{
    pipeline *p = user;
    chunk *c = &p->chunks[p->fill];
    if (p->parse(p->user, row, c->slots + (size_t)c->n * p->slot_size) != 0) return 0;
    c->lines[c->n++] = csv_row_line(row);
    if (c->n < CSV_PIPELINE_CHUNK || hand_over(p)) return 0;
    inc_error stop = {INC_EIO, "", "gestopt", NULL};
    return csv_row_abort(row, &stop);
}

static void *reader_main(void *arg)
{
    pipeline *p = arg;
    p->status = csv_read_file(p->path, p->schema, on_row, p, &p->errs, &p->e);
    pthread_mutex_lock(&p->lock);
    p->chunks[p->fill].full = true;  /* the last, partly filled chunk (possibly empty) */
    p->done = true;
    pthread_cond_broadcast(&p->changed);
    pthread_mutex_unlock(&p->lock);
    return NULL;
}

void csv_errors_add_from(csv_errors *errs, long line, const inc_error *e)
{
    csv_errors_add(errs, line, e->field, "%s", e->message);
}

/* Adds the kept errors of `more` to `errs` in line order; both lists are in line order already. */
static void errors_merge(csv_errors *errs, const csv_errors *more)
{
    csv_errors merged;
    csv_errors_init(&merged, errs->cap);
    size_t i = 0, j = 0;
    while (i < errs->count || j < more->count) {
        bool left = j == more->count || (i < errs->count && errs->items[i].line <= more->items[j].line);
        const csv_error_item *it = left ? &errs->items[i++] : &more->items[j++];
        csv_errors_add(&merged, it->line, it->column, "%s", it->reason);
    }
    merged.total = errs->total + more->total;
    csv_errors_free(errs);
    *errs = merged;
}

inc_status csv_read_file_pipelined(const char *path, const csv_schema *schema, csv_parse_fn parse, csv_store_fn store,
                                   size_t slot_size, void *user, csv_errors *errs, inc_error *e)
{
    pipeline *p = calloc(1, sizeof *p);
    unsigned char *mem = calloc(CSV_PIPELINE_SLOTS, slot_size);
    if (!p || !mem) {
        free(p);
        free(mem);
        return inc_fail(e, INC_EIO, "", "geen geheugen");
    }
    *p = (pipeline){.path = path, .schema = schema, .parse = parse, .slot_size = slot_size, .user = user};
    for (int k = 0; k < CSV_PIPELINE_CHUNKS; k++) p->chunks[k].slots = mem + (size_t)k * CSV_PIPELINE_CHUNK * slot_size;
    csv_errors_init(&p->errs, errs->cap);
    pthread_mutex_init(&p->lock, NULL);
    pthread_cond_init(&p->changed, NULL);
    pthread_t reader;
    inc_status st = INC_OK;
    if (pthread_create(&reader, NULL, reader_main, p) != 0) {
        st = inc_fail(e, INC_EIO, "", "kan geen leesdraad starten");
        goto out;
    }
    for (int take = 0;; take = (take + 1) % CSV_PIPELINE_CHUNKS) {
        pthread_mutex_lock(&p->lock);
        while (!p->chunks[take].full) pthread_cond_wait(&p->changed, &p->lock);
        bool last = p->done && take == p->fill;
        pthread_mutex_unlock(&p->lock);
        chunk *c = &p->chunks[take];
        for (int r = 0; r < c->n && st == INC_OK; r++)
            if (store(user, c->slots + (size_t)r * slot_size, c->lines[r], errs, e) != 0) st = e->status ? e->status : INC_EIO;
        pthread_mutex_lock(&p->lock);
        c->n = 0;
        c->full = false;
        if (st != INC_OK) p->stop = true;
        pthread_cond_broadcast(&p->changed);
        pthread_mutex_unlock(&p->lock);
        if (last || st != INC_OK) break;
    }
    pthread_join(reader, NULL);
    if (st == INC_OK && p->status != INC_OK) {
        st = p->status;
        *e = p->e;
    }
    errors_merge(errs, &p->errs);
out:
    csv_errors_free(&p->errs);
    pthread_mutex_destroy(&p->lock);
    pthread_cond_destroy(&p->changed);
    explicit_bzero(mem, (size_t)CSV_PIPELINE_SLOTS * slot_size);  /* parsed rows may hold a BSN */
    free(mem);
    free(p);
    return st;
}
