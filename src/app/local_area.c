#include "app/local_area.h"
#include "app/audit_json.h"
#include "store/local_area.h"
#include "store/municipality.h"
#include "core/job_outcome.h"
#include <ctype.h>
#include <stdio.h>
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

/* "2711-2729, 2730" into ranges. */
static inc_status parse_ranges(const char *text, pc4_range *out, size_t *n, inc_error *e)
{
    *n = 0;
    const char *p = text ? text : "";
    while (*p) {
        while (*p == ' ' || *p == ',') p++;
        if (!*p) break;
        char a[5] = "", b[5] = "";   /* %4[0-9]: four digits at most */
        int used = 0;
        if (sscanf(p, "%4[0-9]-%4[0-9]%n", a, b, &used) == 2 || (used = 0, sscanf(p, "%4[0-9]%n", a, &used) == 1)) {
            if (!b[0]) snprintf(b, sizeof b, "%s", a);
        } else {
            return inc_fail(e, INC_EINVAL, "postcodes", "verwacht postcodegebieden als 2711-2729, 2730");
        }
        if (job_pc4_check(a, "postcodes", e) || job_pc4_check(b, "postcodes", e)) return INC_EINVAL;
        if (strcmp(b, a) < 0) return inc_fail(e, INC_EINVAL, "postcodes", "%s-%s loopt achteruit", a, b);
        if (*n == LOCAL_MAX_RANGES) return inc_fail(e, INC_EINVAL, "postcodes", "hoogstens %d reeksen", LOCAL_MAX_RANGES);
        snprintf(out[*n].from, sizeof out[*n].from, "%s", a);
        snprintf(out[*n].to, sizeof out[*n].to, "%s", b);
        (*n)++;
        p += used;
        while (*p == ' ') p++;
        if (*p && *p != ',') return inc_fail(e, INC_EINVAL, "postcodes", "verwacht postcodegebieden als 2711-2729, 2730");
    }
    return INC_OK;
}

static inc_status set_scope(inc_db *db, const char *municipality, bool region, const char *ranges, inc_error *e)
{
    pc4_range r[LOCAL_MAX_RANGES];
    size_t n;
    if (parse_ranges(ranges, r, &n, e)) {
        if (region) snprintf(e->field, sizeof e->field, "region");
        return INC_EINVAL;
    }
    if (municipality_pc4_ranges_set(db, municipality, region, r, n, e) != INC_OK) return e->status ? e->status : INC_EIO;
    return app_audit_json(db, "update", "municipality_postcodes", 0,
                          json_pack("{s:s, s:s, s:s}", "municipality", municipality, "scope", region ? "regio" : "gemeente",
                                    "postcodes", ranges ? ranges : ""),
                          e);
}

inc_status app_municipality_postcodes_set(inc_db *db, const char *municipality, const char *own, const char *region,
                                          inc_error *e)
{
    bool mine;
    if (db_begin_if_needed(db, &mine, e) != INC_OK) return INC_EIO;
    inc_status s = own ? set_scope(db, municipality, false, own, e) : INC_OK;
    if (s == INC_OK && region) s = set_scope(db, municipality, true, region, e);
    return db_end(db, mine, s, e);
}

inc_status app_municipality_postcodes_get(inc_db *db, const char *municipality, bool region, char *out, size_t size,
                                          inc_error *e)
{
    out[0] = '\0';
    int64_t mid;
    if (municipality_resolve_id(db, municipality, &mid, "municipality", e) != INC_OK) return e->status;
    pc4_range r[LOCAL_MAX_RANGES];
    size_t n;
    if (municipality_pc4_ranges(db, municipality, region, r, LOCAL_MAX_RANGES, &n, e) != INC_OK) return e->status;
    size_t len = 0;
    for (size_t i = 0; i < n && len < size; i++) {
        int w = strcmp(r[i].from, r[i].to) == 0
                    ? snprintf(out + len, size - len, "%s%s", i ? ", " : "", r[i].from)
                    : snprintf(out + len, size - len, "%s%s-%s", i ? ", " : "", r[i].from, r[i].to);
        if (w < 0) break;
        len += (size_t)w;
    }
    return INC_OK;
}
