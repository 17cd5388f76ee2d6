#include "app/local_area.h"
#include "app/audit_json.h"
#include "store/local_area.h"
#include "store/municipality.h"
#include <ctype.h>
#include <string.h>

static bool pc4(const char *s)
{
    if (!s || strlen(s) != 4 || s[0] == '0') return false;
    for (int i = 0; i < 4; i++)
        if (!isdigit((unsigned char)s[i])) return false;
    return true;
}

inc_status app_local_postcodes_add(inc_db *db, const char *municipality, bool region, const char *from, const char *to,
                                   inc_error *e)
{
    if (!pc4(from)) return inc_fail(e, INC_EINVAL, "from", "postcode '%s' is geen viercijferige postcode (1000-9999)", from ? from : "");
    if (!to || !*to) to = from;
    if (!pc4(to)) return inc_fail(e, INC_EINVAL, "to", "postcode '%s' is geen viercijferige postcode (1000-9999)", to);
    if (strcmp(to, from) < 0) return inc_fail(e, INC_EINVAL, "to", "het gebied eindigt (%s) vóór het begint (%s)", to, from);
    int64_t mid;
    if (municipality_resolve_id(db, municipality, &mid, "municipality", e) != INC_OK) return e->status;
    bool own;
    if (db_begin_if_needed(db, &own, e) != INC_OK) return INC_EIO;
    inc_status s = local_postcodes_insert(db, mid, region, from, to, e);
    if (s == INC_OK)
        s = app_audit_json(db, "create", "local_postcodes", mid,
                           json_pack("{s:s, s:s, s:s}", "scope", region ? "regio" : "gemeente", "from", from, "to", to), e);
    return db_end(db, own, s, e);
}
