#include "core/role.h"
#include <string.h>

static const char *const codes[ROLE__COUNT] = {"beheer", "sr-team", "inkoop", "opdrachtnemer", "wsp", "po", "raad"};

const char *role_code(inc_role r) { return (unsigned)r < ROLE__COUNT ? codes[r] : "?"; }

bool role_parse(const char *s, inc_role *out)
{
    for (int i = 0; s && i < ROLE__COUNT; i++)
        if (strcmp(s, codes[i]) == 0) {
            *out = (inc_role)i;
            return true;
        }
    return false;
}
