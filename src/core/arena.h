/* A bump allocator for read models: every string and array of one result (a list of records, a
 * report) lives in one arena and goes with one arena_free. The store fills records in it, the
 * faces read them, nobody frees a field on its own. */
#ifndef INC_CORE_ARENA_H
#define INC_CORE_ARENA_H
#include <stddef.h>

typedef struct inc_arena_chunk inc_arena_chunk;
typedef struct {
    inc_arena_chunk *head;
} inc_arena;

/* n zeroed bytes, aligned for any type; aborts when memory runs out (as json_pack would fail). */
void *arena_alloc(inc_arena *a, size_t n);
/* A copy of s in the arena; NULL stays NULL. */
char *arena_strdup(inc_arena *a, const char *s);
/* Appends one zeroed element of `size` bytes to the array *items of *n elements (capacity *cap),
 * growing it in the arena; returns the new element. */
void *arena_push(inc_arena *a, void **items, size_t *n, size_t *cap, size_t size);
void arena_free(inc_arena *a);

/* A typed list of records in its own arena: ARENA_LIST(my_list, my_rec) declares
 * typedef struct { inc_arena arena; size_t n, cap; my_rec *items; } my_list; */
#define ARENA_LIST(name, type)                                                                                    \
    typedef struct {                                                                                             \
        inc_arena arena;                                                                                         \
        size_t n, cap;                                                                                           \
        type *items;                                                                                             \
    } name
/* The next element of such a list (zeroed). */
#define ARENA_LIST_PUSH(list) arena_push(&(list)->arena, (void **)&(list)->items, &(list)->n, &(list)->cap, sizeof *(list)->items)

#endif
