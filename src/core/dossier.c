#include "core/dossier.h"
#include <stdlib.h>
#include <string.h>

bool dossier_note_kind_valid(const char *kind)
{
    static const char *const kinds[] = {"notitie", "telefoongesprek", "overleg", "e-mail", "bezoek"};
    for (size_t i = 0; kind && i < sizeof kinds / sizeof *kinds; i++)
        if (strcmp(kind, kinds[i]) == 0) return true;
    return false;
}

typedef struct {
    dossier_entry e;
    size_t pos;
} ranked;

static int newest_first(const void *a, const void *b)
{
    const ranked *x = a, *y = b;
    /* A date sorts as the start of its day: compare the first 10 characters, then the rest. */
    int c = strncmp(y->e.at, x->e.at, 10);
    if (c) return c;
    c = strcmp(y->e.at, x->e.at);
    if (c) return c;
    return x->pos < y->pos ? 1 : x->pos > y->pos ? -1 : 0;
}

void dossier_sort(dossier_list *l)
{
    if (l->n < 2) return;
    ranked *r = malloc(l->n * sizeof *r);
    if (!r) return;
    for (size_t i = 0; i < l->n; i++) r[i] = (ranked){l->items[i], i};
    qsort(r, l->n, sizeof *r, newest_first);
    for (size_t i = 0; i < l->n; i++) l->items[i] = r[i].e;
    free(r);
}
