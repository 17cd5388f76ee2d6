#include "core/company_search.h"
#include <ctype.h>
#include <string.h>

static bool contains_ci(const char *hay, const char *needle)
{
    size_t n = strlen(needle);
    for (const char *h = hay; *h; h++) {
        size_t i = 0;
        while (i < n && h[i] && tolower((unsigned char)h[i]) == tolower((unsigned char)needle[i])) i++;
        if (i == n) return true;
    }
    return n == 0;
}

bool company_search_matches(const company_search *s, const procurement_company *c)
{
    if (s->sebo >= 0 && (s->sebo == 1) != c->holder) return false;
    bool local = c->class_on_day == SEBO_CLASS_LOCAL || c->class_on_day == SEBO_CLASS_LOCAL_HOLDER;
    if (s->local >= 0 && (s->local == 1) != local) return false;
    if (s->q && *s->q) {
        size_t n = strlen(s->q);
        bool kvk = strncmp(c->kvk, s->q, n) == 0;
        if (!kvk && !contains_ci(c->name, s->q)) return false;
    }
    return true;
}
