#include "core/register_input.h"
#include "core/decimal.h"
#include "core/ident.h"
#include <stdio.h>
#include <string.h>
#include <strings.h>

#define MAX_EURO_CENTS 100000000000000LL  /* EUR 1 trillion: beyond any municipal contract */

inc_status parse_text(const field_source *fs, const char *name, bool required, char *out, size_t size, inc_error *e)
{
    const char *v = field_get(fs, name);
    out[0] = '\0';
    if (!v) return required ? inc_fail(e, INC_EINVAL, name, "%s ontbreekt", name) : INC_OK;
    size_t len = strlen(v);
    if (len >= size) return inc_fail(e, INC_EINVAL, name, "%s is te lang (maximaal %zu tekens)", name, size - 1);
    memcpy(out, v, len + 1);
    return INC_OK;
}

inc_status parse_fixed(const field_source *fs, const char *name, bool required, int scale, int64_t min, int64_t max,
                       int64_t *out, inc_error *e)
{
    const char *v = field_get(fs, name);
    if (!v) return required ? inc_fail(e, INC_EINVAL, name, "%s ontbreekt", name) : INC_OK;
    if (decimal_parse(v, scale, out, name, e) != INC_OK) return INC_EINVAL;
    if (*out < min || *out > max) {
        char lo[32], hi[32];
        decimal_format(min, scale, true, lo, sizeof lo);
        decimal_format(max, scale, true, hi, sizeof hi);
        if (*out < 0 && min == 0) return inc_fail(e, INC_EINVAL, name, "%s mag niet negatief zijn", name);
        return inc_fail(e, INC_EINVAL, name, "%s moet tussen %s en %s liggen", name, lo, hi);
    }
    return INC_OK;
}

inc_status parse_date_field(const field_source *fs, const char *name, bool required, inc_date *out, inc_error *e)
{
    const char *v = field_get(fs, name);
    if (!v) {
        *out = INC_DATE_NONE;
        return required ? inc_fail(e, INC_EINVAL, name, "%s ontbreekt", name) : INC_OK;
    }
    return date_parse(v, out, name, e);
}

inc_status parse_bool(const field_source *fs, const char *name, bool *out, inc_error *e)
{
    const char *v = field_get(fs, name);
    *out = false;
    if (!v) return INC_OK;
    static const char *const yes[] = {"ja", "j", "true", "1", "yes", "y"};
    static const char *const no[] = {"nee", "n", "false", "0", "no"};
    for (size_t i = 0; i < sizeof yes / sizeof *yes; i++)
        if (strcasecmp(v, yes[i]) == 0) { *out = true; return INC_OK; }
    for (size_t i = 0; i < sizeof no / sizeof *no; i++)
        if (strcasecmp(v, no[i]) == 0) return INC_OK;
    return inc_fail(e, INC_EINVAL, name, "%s moet ja of nee zijn: '%s'", name, v);
}

/* Each check goes on after a failure (inc_checks), so the API can list every bad field at once;
 * e ends with the first failure, as before. */
#define CHECK(x) inc_check(&c, (x))

inc_status contract_input_parse(const field_source *fs, inc_contract_input *in, inc_error *e)
{
    memset(in, 0, sizeof *in);
    inc_checks c;
    inc_checks_begin(&c, e);
    e = c.e;
    int64_t v = 0;
    CHECK(parse_text(fs, "municipality", true, in->municipality, sizeof in->municipality, e));
    CHECK(parse_text(fs, "department", false, in->department, sizeof in->department, e));
    CHECK(parse_text(fs, "reference", true, in->reference, sizeof in->reference, e));
    CHECK(parse_text(fs, "title", true, in->title, sizeof in->title, e));
    const char *cat = field_get(fs, "category");
    if (!category_parse(cat, &in->category))
        CHECK(inc_fail(e, INC_EINVAL, "category", "onbekende categorie '%s' (werken, diensten of leveringen)",
                       cat ? cat : ""));
    const char *proc = field_get(fs, "procedure");
    if (!procedure_parse(proc, &in->procedure))
        CHECK(inc_fail(e, INC_EINVAL, "procedure",
                       "onbekende procedure '%s' (enkelvoudig-onderhands, meervoudig-onderhands, nationaal of europees)",
                       proc ? proc : ""));
    CHECK(parse_fixed(fs, "value", true, 2, 0, MAX_EURO_CENTS, &in->value_cents, e));
    if (CHECK(parse_fixed(fs, "labour_share_pct", true, 2, 0, 10000, &v, e))) in->labour_share_bp = (int32_t)v;
    CHECK(parse_date_field(fs, "award_date", true, &in->award_date, e));
    bool start_ok = CHECK(parse_date_field(fs, "start_date", true, &in->start_date, e));
    if (CHECK(parse_date_field(fs, "end_date", true, &in->end_date, e)) && start_ok && in->end_date < in->start_date)
        CHECK(inc_fail(e, INC_EINVAL, "end_date", "einddatum ligt voor de begindatum"));
    char kvk[64];
    if (CHECK(parse_text(fs, "contractor_kvk", true, kvk, sizeof kvk, e)) && CHECK(kvk_check(kvk, "contractor_kvk", e)))
        memcpy(in->contractor_kvk, kvk, sizeof in->contractor_kvk);
    CHECK(parse_text(fs, "contractor_name", false, in->contractor_name, sizeof in->contractor_name, e));
    CHECK(parse_text(fs, "cpv", false, in->cpv, sizeof in->cpv, e));
    CHECK(parse_bool(fs, "sebo_holder", &in->sebo_holder, e));
    v = 0;
    if (CHECK(parse_fixed(fs, "extra_pct", false, 2, 0, 10000, &v, e))) in->extra_bp = (int32_t)v;
    if (field_get(fs, "exemption_pct")) {
        in->exempted = true;
        if (CHECK(parse_fixed(fs, "exemption_pct", true, 2, 0, 10000, &v, e))) in->exemption_pct_bp = (int32_t)v;
        CHECK(parse_text(fs, "exemption_by", true, in->exemption_by, sizeof in->exemption_by, e));
        CHECK(parse_date_field(fs, "exemption_date", true, &in->exemption_date, e));
        CHECK(parse_text(fs, "exemption_reason", true, in->exemption_reason, sizeof in->exemption_reason, e));
    } else {
        in->exemption_date = INC_DATE_NONE;
        if (field_get(fs, "exemption_by") || field_get(fs, "exemption_reason"))
            CHECK(inc_fail(e, INC_EINVAL, "exemption_pct", "een ontheffing vraagt het aangepaste percentage"));
    }
    return inc_checks_end(&c);
}

inc_status realisation_input_parse(const field_source *fs, inc_realisation_input *in, inc_error *e)
{
    memset(in, 0, sizeof *in);
    inc_checks c;
    inc_checks_begin(&c, e);
    e = c.e;
    int64_t v = 0;
    if (field_get(fs, "contract_id")) {
        CHECK(parse_fixed(fs, "contract_id", true, 0, 1, INT32_MAX, &in->contract_id, e));
    } else {
        CHECK(parse_text(fs, "municipality", true, in->municipality, sizeof in->municipality, e));
        CHECK(parse_text(fs, "contract_reference", true, in->contract_reference, sizeof in->contract_reference, e));
    }
    CHECK(parse_text(fs, "block", true, in->block, sizeof in->block, e));
    if (CHECK(parse_text(fs, "bsn", false, in->bsn, sizeof in->bsn, e)) && in->bsn[0]) CHECK(bsn_check(in->bsn, "bsn", e));
    CHECK(parse_text(fs, "candidate_ref", false, in->candidate_ref, sizeof in->candidate_ref, e));
    if (field_get(fs, "hours_per_week")) {
        if (CHECK(parse_fixed(fs, "hours_per_week", true, 2, 1, 6000, &v, e))) in->hours_centi = (int32_t)v;
    } else if (field_get(fs, "hours")) {
        if (CHECK(parse_fixed(fs, "hours", true, 2, 1, 10000000, &v, e))) in->hours_centi = (int32_t)v;
    }
    bool start_ok = CHECK(parse_date_field(fs, "start", true, &in->start, e));
    if (CHECK(parse_date_field(fs, "end", false, &in->end, e)) && start_ok) {
        if (in->end == INC_DATE_NONE) in->end = in->start;
        if (in->end < in->start) CHECK(inc_fail(e, INC_EINVAL, "end", "einddatum ligt voor de begindatum"));
    }
    CHECK(parse_fixed(fs, "amount", false, 2, 0, MAX_EURO_CENTS, &in->amount_cents, e));
    CHECK(parse_date_field(fs, "subsidy_end", false, &in->subsidy_end, e));
    return inc_checks_end(&c);
}
