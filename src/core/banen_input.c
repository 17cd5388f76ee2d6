#include "core/banen_input.h"
#include "core/decimal.h"
#include "core/ident.h"
#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

static const char *const names[BF__COUNT] = {
    "municipality", "employer_kvk", "employer_name", "department", "sector",     "bsn",    "target_group",
    "start",        "end",          "hours_per_week", "contract_type", "instrument", "source"};

const char *banen_field_name(banen_field f) { return names[f]; }

/* Copies with leading and trailing white space removed; fails when it does not fit. */
static inc_status trimmed(const char *in, char *out, size_t size, banen_field f, inc_error *e)
{
    if (!in) in = "";
    while (isspace((unsigned char)*in)) in++;
    size_t n = strlen(in);
    while (n && isspace((unsigned char)in[n - 1])) n--;
    if (n >= size) return inc_fail(e, INC_EINVAL, names[f], "waarde is te lang (maximaal %zu tekens)", size - 1);
    memcpy(out, in, n);
    out[n] = 0;
    return INC_OK;
}

/* A code-list field: blank is "ontbreekt" when required; an optional blank one keeps the default. */
static inc_status coded(const char *const fields[BF__COUNT], banen_field f, bool required, const char *missing,
                        char *buf, size_t size, inc_error *e)
{
    if (trimmed(fields[f], buf, size, f, e)) return INC_EINVAL;
    if (!buf[0] && required) return inc_fail(e, INC_EINVAL, names[f], "%s ontbreekt", missing);
    return INC_OK;
}

inc_status banen_input_parse(const char *const fields[BF__COUNT], banen_input *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    char buf[256];
    if (trimmed(fields[BF_MUNICIPALITY], out->municipality, sizeof out->municipality, BF_MUNICIPALITY, e))
        return INC_EINVAL;
    if (!out->municipality[0]) return inc_fail(e, INC_EINVAL, names[BF_MUNICIPALITY], "gemeente ontbreekt");
    for (char *p = out->municipality; *p; p++) *p = (char)tolower((unsigned char)*p);
    if (trimmed(fields[BF_EMPLOYER_KVK], buf, sizeof buf, BF_EMPLOYER_KVK, e)) return INC_EINVAL;
    if (kvk_check(buf, names[BF_EMPLOYER_KVK], e)) return INC_EINVAL;
    memcpy(out->employer_kvk, buf, 9); /* 8 digits and NUL, checked */
    if (trimmed(fields[BF_EMPLOYER_NAME], out->employer_name, sizeof out->employer_name, BF_EMPLOYER_NAME, e))
        return INC_EINVAL;
    if (trimmed(fields[BF_DEPARTMENT], out->department, sizeof out->department, BF_DEPARTMENT, e)) return INC_EINVAL;
    if (coded(fields, BF_SECTOR, true, "sector", buf, sizeof buf, e) ||
        banen_sector_parse(buf, &out->sector, names[BF_SECTOR], e))
        return INC_EINVAL;
    if (trimmed(fields[BF_BSN], buf, sizeof buf, BF_BSN, e)) return INC_EINVAL;
    if (bsn_check(buf, names[BF_BSN], e)) return INC_EINVAL;
    memcpy(out->bsn, buf, 10); /* 9 digits and NUL, checked */
    if (coded(fields, BF_TARGET_GROUP, true, "doelgroep", buf, sizeof buf, e) ||
        banen_group_parse(buf, &out->group, names[BF_TARGET_GROUP], e))
        return INC_EINVAL;
    if (trimmed(fields[BF_START], buf, sizeof buf, BF_START, e)) return INC_EINVAL;
    if (!buf[0]) return inc_fail(e, INC_EINVAL, names[BF_START], "begindatum ontbreekt");
    if (date_parse(buf, &out->start, names[BF_START], e)) return INC_EINVAL;
    if (trimmed(fields[BF_END], buf, sizeof buf, BF_END, e)) return INC_EINVAL;
    out->end = INC_DATE_NONE;
    if (buf[0] && date_parse(buf, &out->end, names[BF_END], e)) return INC_EINVAL;
    if (banen_period_check(out->start, out->end, names[BF_END], e)) return INC_EINVAL;
    if (trimmed(fields[BF_HOURS], buf, sizeof buf, BF_HOURS, e)) return INC_EINVAL;
    if (!buf[0]) return inc_fail(e, INC_EINVAL, names[BF_HOURS], "uren per week ontbreken");
    if (decimal_parse(buf, 2, &out->hours_centi, names[BF_HOURS], e)) return INC_EINVAL;
    if (banen_hours_check(out->hours_centi, names[BF_HOURS], e)) return INC_EINVAL;
    if (coded(fields, BF_CONTRACT_TYPE, true, "contracttype", buf, sizeof buf, e) ||
        banen_contract_parse(buf, &out->contract, names[BF_CONTRACT_TYPE], e))
        return INC_EINVAL;
    /* Optional: no instrument given means none was used. */
    out->instrument = BI_GEEN;
    if (coded(fields, BF_INSTRUMENT, false, "instrument", buf, sizeof buf, e) ||
        (buf[0] && banen_instrument_parse(buf, &out->instrument, names[BF_INSTRUMENT], e)))
        return INC_EINVAL;
    if (coded(fields, BF_SOURCE, true, "herkomst", buf, sizeof buf, e) ||
        banen_source_parse(buf, &out->source, names[BF_SOURCE], e))
        return INC_EINVAL;
    return INC_OK;
}
