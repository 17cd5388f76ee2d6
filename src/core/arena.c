#include "core/arena.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define CHUNK_MIN 8192

struct inc_arena_chunk {
    inc_arena_chunk *next;
    size_t size, used;
    max_align_t data[];
};

static void out_of_memory(void)
{
    fputs("inclusio: geen geheugen meer\n", stderr);
    abort();
}

void *arena_alloc(inc_arena *a, size_t n)
{
    const size_t align = sizeof(max_align_t);
    n = (n + align - 1) / align * align;
    if (n == 0) n = align;
    inc_arena_chunk *c = a->head;
    if (!c || c->size - c->used < n) {
        size_t size = n > CHUNK_MIN ? n : CHUNK_MIN;
        c = malloc(sizeof *c + size);
        if (!c) out_of_memory();
        c->size = size;
        c->used = 0;
        c->next = a->head;
        a->head = c;
    }
    void *p = (char *)c->data + c->used;
    c->used += n;
    memset(p, 0, n);
    return p;
}

char *arena_strdup(inc_arena *a, const char *s)
{
    if (!s) return NULL;
    size_t n = strlen(s) + 1;
    char *p = arena_alloc(a, n);
    memcpy(p, s, n);
    return p;
}

void *arena_push(inc_arena *a, void **items, size_t *n, size_t *cap, size_t size)
{
    if (*n == *cap) {
        size_t grown = *cap ? *cap * 2 : 16;
        void *bigger = arena_alloc(a, grown * size);
        if (*n) memcpy(bigger, *items, *n * size);
        *items = bigger;
        *cap = grown;
    }
    void *slot = (char *)*items + *n * size;
    memset(slot, 0, size);
    (*n)++;
    return slot;
}

void arena_free(inc_arena *a)
{
    inc_arena_chunk *c = a->head;
    while (c) {
        inc_arena_chunk *next = c->next;
        free(c);
        c = next;
    }
    a->head = NULL;
}
