#include "core/wsp_records.h"
#include <string.h>

struct wsp_pool_block {
    wsp_pool_block *next;
    size_t used, size;
    char data[];
};

const char *wsp_pool_dup(wsp_pool *p, const char *s)
{
    if (!s) return NULL;
    size_t len = strlen(s) + 1;
    wsp_pool_block *b = p->head;
    if (!b || b->size - b->used < len) {
        size_t size = len > 8192 ? len : 8192;
        b = malloc(sizeof *b + size);
        if (!b) {
            p->failed = true;
            return NULL;
        }
        b->next = p->head;
        b->used = 0;
        b->size = size;
        p->head = b;
    }
    char *out = b->data + b->used;
    memcpy(out, s, len);
    b->used += len;
    return out;
}

void wsp_pool_free(wsp_pool *p)
{
    while (p->head) {
        wsp_pool_block *next = p->head->next;
        free(p->head);
        p->head = next;
    }
    p->failed = false;
}

void *wsp_list_slot(void **items, size_t *n, size_t *cap, size_t size)
{
    if (*n == *cap) {
        size_t c = *cap ? 2 * *cap : 16;
        void *grown = realloc(*items, c * size);
        if (!grown) return NULL;
        *items = grown;
        *cap = c;
    }
    char *slot = (char *)*items + *n * size;
    memset(slot, 0, size);
    (*n)++;
    return slot;
}
