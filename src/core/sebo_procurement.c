#include "core/sebo_procurement.h"
#include "core/decimal.h"
#include "core/ident.h"
#include <stdio.h>
#include <string.h>

void sebo_proc_input_init(sebo_proc_input *in)
{
    memset(in, 0, sizeof *in);
    snprintf(in->municipality, sizeof in->municipality, "zoetermeer");
    in->date = INC_DATE_NONE;
    in->category = CAT__COUNT;
    in->procedure = PROC__COUNT;
    in->estimated_cents = -1;
}

inc_status sebo_amount_from_json(const json_t *v, int64_t *cents, const char *field, inc_error *e)
{
    if (json_is_string(v)) return decimal_parse(json_string_value(v), 2, cents, field, e);
    if (json_is_integer(v)) {
        json_int_t i = json_integer_value(v);
        if (i > INT64_MAX / 100 || i < INT64_MIN / 100) return inc_fail(e, INC_EINVAL, field, "bedrag te groot");
        *cents = (int64_t)i * 100;
        return INC_OK;
    }
    if (json_is_real(v)) return decimal_from_double(json_real_value(v), 2, cents, field, e);
    return inc_fail(e, INC_EINVAL, field, "verwacht een bedrag in euro");
}

static inc_status copy_text(const json_t *j, const char *key, char *buf, size_t size, bool required, inc_error *e)
{
    const json_t *v = json_object_get(j, key);
    if (!v || json_is_null(v)) {
        if (required) return inc_fail(e, INC_EINVAL, key, "'%s' ontbreekt", key);
        return INC_OK;
    }
    if (!json_is_string(v)) return inc_fail(e, INC_EINVAL, key, "'%s' moet tekst zijn", key);
    const char *s = json_string_value(v);
    if (strlen(s) >= size) return inc_fail(e, INC_EINVAL, key, "'%s' is te lang (ten hoogste %zu tekens)", key, size - 1);
    snprintf(buf, size, "%s", s);
    if (required && !buf[0]) return inc_fail(e, INC_EINVAL, key, "'%s' ontbreekt", key);
    return INC_OK;
}

static inc_status copy_kvk(const json_t *v, char out[16], const char *field, inc_error *e)
{
    if (json_is_object(v)) v = json_object_get(v, "kvk");
    if (!json_is_string(v)) return inc_fail(e, INC_EINVAL, field, "verwacht een KvK-nummer");
    const char *s = json_string_value(v);
    if (kvk_check(s, field, e) != INC_OK) return INC_EINVAL;
    snprintf(out, 16, "%s", s);
    return INC_OK;
}

inc_status sebo_proc_input_from_json(const json_t *j, sebo_proc_input *in, inc_error *e)
{
    sebo_proc_input_init(in);
    if (!json_is_object(j)) return inc_fail(e, INC_EINVAL, "", "verwacht een JSON-object");
    char buf[64] = "";
    if (copy_text(j, "municipality", in->municipality, sizeof in->municipality, false, e) ||
        copy_text(j, "department", in->department, sizeof in->department, true, e) ||
        copy_text(j, "reference", in->reference, sizeof in->reference, false, e) ||
        copy_text(j, "subject", in->subject, sizeof in->subject, true, e) ||
        copy_text(j, "deviation_reason", in->reason, sizeof in->reason, false, e))
        return INC_EINVAL;
    if (!in->municipality[0]) snprintf(in->municipality, sizeof in->municipality, "zoetermeer");
    if (copy_text(j, "category", buf, sizeof buf, true, e)) return INC_EINVAL;
    if (!category_parse(buf, &in->category))
        return inc_fail(e, INC_EINVAL, "category", "onbekende categorie '%s' (werken, diensten, leveringen)", buf);
    if (copy_text(j, "procedure", buf, sizeof buf, true, e)) return INC_EINVAL;
    if (!procedure_parse(buf, &in->procedure))
        return inc_fail(e, INC_EINVAL, "procedure", "onbekende procedure '%s'", buf);
    if (copy_text(j, "date", buf, sizeof buf, true, e) || date_parse(buf, &in->date, "date", e)) return INC_EINVAL;
    const json_t *v = json_object_get(j, "estimated_value");
    if (!v) return inc_fail(e, INC_EINVAL, "estimated_value", "'estimated_value' ontbreekt");
    if (sebo_amount_from_json(v, &in->estimated_cents, "estimated_value", e)) return INC_EINVAL;

    const json_t *inv = json_object_get(j, "invited");
    if (!json_is_array(inv)) return inc_fail(e, INC_EINVAL, "invited", "'invited' moet een lijst van KvK-nummers zijn");
    if (json_array_size(inv) > SEBO_MAX_INVITED)
        return inc_fail(e, INC_EINVAL, "invited", "ten hoogste %d uitgenodigde ondernemers", SEBO_MAX_INVITED);
    size_t i;
    const json_t *x;
    json_array_foreach(inv, i, x) {
        char field[48];
        snprintf(field, sizeof field, "invited[%zu]", i);
        if (copy_kvk(x, in->invited[i], field, e)) return INC_EINVAL;
        in->invited_count++;
    }
    const json_t *q = json_object_get(j, "quotes");
    if (q && !json_is_null(q)) {
        if (!json_is_array(q)) return inc_fail(e, INC_EINVAL, "quotes", "'quotes' moet een lijst zijn");
        if (json_array_size(q) > SEBO_MAX_INVITED)
            return inc_fail(e, INC_EINVAL, "quotes", "ten hoogste %d offertes", SEBO_MAX_INVITED);
        json_array_foreach(q, i, x) {
            char field[48];
            snprintf(field, sizeof field, "quotes[%zu]", i);
            if (copy_kvk(x, in->quote_kvk[i], field, e)) return INC_EINVAL;
            const json_t *amt = json_is_object(x) ? json_object_get(x, "amount") : NULL;
            if (amt && !json_is_null(amt)) {
                snprintf(field, sizeof field, "quotes[%zu].amount", i);
                if (sebo_amount_from_json(amt, &in->quote_cents[i], field, e)) return INC_EINVAL;
                in->quote_amount_set[i] = true;
            }
            in->quote_count++;
        }
    }
    const json_t *w = json_object_get(j, "winner");
    if (w && !json_is_null(w) && !(json_is_string(w) && json_string_length(w) == 0))
        if (copy_kvk(w, in->winner, "winner", e)) return INC_EINVAL;
    const json_t *aw = json_object_get(j, "awarded_value");
    if (aw && !json_is_null(aw)) {
        if (sebo_amount_from_json(aw, &in->awarded_cents, "awarded_value", e)) return INC_EINVAL;
        in->awarded_set = true;
    }
    return sebo_proc_input_check(in, e);
}

static int index_of(const char (*list)[16], int n, const char *kvk)
{
    for (int i = 0; i < n; i++)
        if (strcmp(list[i], kvk) == 0) return i;
    return -1;
}

inc_status sebo_proc_input_check(const sebo_proc_input *in, inc_error *e)
{
    if (!in->department[0]) return inc_fail(e, INC_EINVAL, "department", "de afdeling ontbreekt");
    if (!in->subject[0]) return inc_fail(e, INC_EINVAL, "subject", "het onderwerp ontbreekt");
    if ((unsigned)in->category >= CAT__COUNT) return inc_fail(e, INC_EINVAL, "category", "de categorie ontbreekt");
    if (in->procedure != PROC_ENKELVOUDIG && in->procedure != PROC_MEERVOUDIG)
        return inc_fail(e, INC_EINVAL, "procedure",
                        "het uitnodigingslogboek is voor enkelvoudig en meervoudig onderhandse procedures");
    if (in->date == INC_DATE_NONE) return inc_fail(e, INC_EINVAL, "date", "de datum ontbreekt");
    if (in->estimated_cents < 0) return inc_fail(e, INC_EINVAL, "estimated_value", "de geraamde waarde ontbreekt of is negatief");
    if (in->invited_count == 0) return inc_fail(e, INC_EINVAL, "invited", "geef de uitgenodigde ondernemers op");
    const char (*inv)[16] = in->invited;
    for (int i = 0; i < in->invited_count; i++) {
        if (kvk_check(in->invited[i], "invited", e) != INC_OK) return INC_EINVAL;
        if (index_of(inv, i, in->invited[i]) >= 0)
            return inc_fail(e, INC_EINVAL, "invited", "KvK-nummer %s staat twee keer in de uitnodigingslijst",
                            in->invited[i]);
    }
    const char (*qk)[16] = in->quote_kvk;
    for (int i = 0; i < in->quote_count; i++) {
        if (index_of(inv, in->invited_count, in->quote_kvk[i]) < 0)
            return inc_fail(e, INC_EINVAL, "quotes", "offerte van KvK-nummer %s, dat niet is uitgenodigd",
                            in->quote_kvk[i]);
        if (index_of(qk, i, in->quote_kvk[i]) >= 0)
            return inc_fail(e, INC_EINVAL, "quotes", "KvK-nummer %s heeft twee offertes", in->quote_kvk[i]);
        if (in->quote_amount_set[i] && in->quote_cents[i] < 0)
            return inc_fail(e, INC_EINVAL, "quotes", "een offertebedrag mag niet negatief zijn");
    }
    if (in->winner[0]) {
        if (index_of(inv, in->invited_count, in->winner) < 0)
            return inc_fail(e, INC_EINVAL, "winner", "de winnaar (KvK %s) is niet uitgenodigd", in->winner);
        if (in->quote_count > 0 && index_of(qk, in->quote_count, in->winner) < 0)
            return inc_fail(e, INC_EINVAL, "winner", "de winnaar (KvK %s) heeft geen offerte uitgebracht", in->winner);
    } else if (in->awarded_set) {
        return inc_fail(e, INC_EINVAL, "awarded_value", "een gunningsbedrag zonder winnaar");
    }
    if (in->awarded_set && in->awarded_cents < 0)
        return inc_fail(e, INC_EINVAL, "awarded_value", "het gunningsbedrag mag niet negatief zijn");
    return INC_OK;
}

int64_t sebo_proc_awarded_cents(const sebo_proc_input *in)
{
    if (!in->winner[0]) return -1;
    if (in->awarded_set) return in->awarded_cents;
    const char (*qk)[16] = in->quote_kvk;
    int k = index_of(qk, in->quote_count, in->winner);
    if (k >= 0 && in->quote_amount_set[k]) return in->quote_cents[k];
    return in->estimated_cents;
}

static inc_status text_field(const field_source *fs, const char *name, char *buf, size_t size, inc_error *e)
{
    const char *v = field_get(fs, name);
    if (!v) return INC_OK;
    if (strlen(v) >= size) return inc_fail(e, INC_EINVAL, name, "'%s' is te lang (ten hoogste %zu tekens)", name, size - 1);
    snprintf(buf, size, "%s", v);
    return INC_OK;
}

inc_status sebo_proc_input_from_fields(const field_source *fs, sebo_proc_input *in, inc_error *e)
{
    sebo_proc_input_init(in);
    if (text_field(fs, "municipality", in->municipality, sizeof in->municipality, e) ||
        text_field(fs, "department", in->department, sizeof in->department, e) ||
        text_field(fs, "reference", in->reference, sizeof in->reference, e) ||
        text_field(fs, "subject", in->subject, sizeof in->subject, e) ||
        text_field(fs, "deviation_reason", in->reason, sizeof in->reason, e) ||
        text_field(fs, "winner", in->winner, sizeof in->winner, e))
        return INC_EINVAL;
    const char *v;
    if ((v = field_get(fs, "category")) && !category_parse(v, &in->category))
        return inc_fail(e, INC_EINVAL, "category", "onbekende categorie '%s' (werken, diensten, leveringen)", v);
    if ((v = field_get(fs, "procedure")) && !procedure_parse(v, &in->procedure))
        return inc_fail(e, INC_EINVAL, "procedure", "onbekende procedure '%s'", v);
    if ((v = field_get(fs, "date")) && date_parse(v, &in->date, "date", e)) return INC_EINVAL;
    if ((v = field_get(fs, "estimated_value")) && decimal_parse(v, 2, &in->estimated_cents, "estimated_value", e))
        return INC_EINVAL;
    if ((v = field_get(fs, "awarded_value"))) {
        if (decimal_parse(v, 2, &in->awarded_cents, "awarded_value", e)) return INC_EINVAL;
        in->awarded_set = true;
    }
    char buf[2048];
    if ((v = field_get(fs, "invited"))) {
        if (strlen(v) >= sizeof buf) return inc_fail(e, INC_EINVAL, "invited", "de uitnodigingslijst is te lang");
        snprintf(buf, sizeof buf, "%s", v);
        for (char *save = NULL, *t = strtok_r(buf, "; ", &save); t; t = strtok_r(NULL, "; ", &save)) {
            if (in->invited_count >= SEBO_MAX_INVITED)
                return inc_fail(e, INC_EINVAL, "invited", "ten hoogste %d uitgenodigde ondernemers", SEBO_MAX_INVITED);
            if (kvk_check(t, "invited", e)) return INC_EINVAL;
            snprintf(in->invited[in->invited_count++], 16, "%s", t);
        }
    }
    if ((v = field_get(fs, "quotes"))) {
        if (strlen(v) >= sizeof buf) return inc_fail(e, INC_EINVAL, "quotes", "de offertelijst is te lang");
        snprintf(buf, sizeof buf, "%s", v);
        for (char *save = NULL, *t = strtok_r(buf, "; ", &save); t; t = strtok_r(NULL, "; ", &save)) {
            if (in->quote_count >= SEBO_MAX_INVITED)
                return inc_fail(e, INC_EINVAL, "quotes", "ten hoogste %d offertes", SEBO_MAX_INVITED);
            char *eq = strchr(t, '=');
            if (eq) {
                *eq = 0;
                if (decimal_parse(eq + 1, 2, &in->quote_cents[in->quote_count], "quotes", e)) return INC_EINVAL;
                in->quote_amount_set[in->quote_count] = true;
            }
            if (kvk_check(t, "quotes", e)) return INC_EINVAL;
            snprintf(in->quote_kvk[in->quote_count++], 16, "%s", t);
        }
    }
    if (!in->municipality[0]) snprintf(in->municipality, sizeof in->municipality, "zoetermeer");
    return sebo_proc_input_check(in, e);
}
