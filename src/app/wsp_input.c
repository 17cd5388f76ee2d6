#include "app/wsp_input.h"
#include "app/wsp_actions.h"
#include "core/decimal.h"
#include "core/ident.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static json_t *field(json_t *in, const char *key)
{
    json_t *v = in ? json_object_get(in, key) : NULL;
    return json_is_null(v) ? NULL : v;
}

static inc_status missing(const char *key, inc_error *e)
{
    return inc_fail(e, INC_EINVAL, key, "verplicht veld '%s' ontbreekt", key);
}

inc_status in_text(json_t *in, const char *key, bool required, const char **out, inc_error *e)
{
    json_t *v = field(in, key);
    *out = NULL;
    if (!v || (json_is_string(v) && json_string_length(v) == 0)) return required ? missing(key, e) : INC_OK;
    if (!json_is_string(v)) return inc_fail(e, INC_EINVAL, key, "veld '%s' moet tekst zijn", key);
    if (json_string_length(v) > 2000) return inc_fail(e, INC_EINVAL, key, "veld '%s' is te lang", key);
    *out = json_string_value(v);
    return INC_OK;
}

inc_status in_fixed(json_t *in, const char *key, int scale, bool required, int64_t dflt, int64_t *out, inc_error *e)
{
    json_t *v = field(in, key);
    if (!v) {
        if (required) return missing(key, e);
        *out = dflt;
        return INC_OK;
    }
    if (json_is_integer(v)) {
        int64_t x = json_integer_value(v);
        if (x > 900000000000LL || x < -900000000000LL) return inc_fail(e, INC_EINVAL, key, "%s is te groot", key);
        for (int i = 0; i < scale; i++) x *= 10;
        *out = x;
        return INC_OK;
    }
    if (json_is_real(v)) return decimal_from_double(json_real_value(v), scale, out, key, e);
    if (json_is_string(v)) return decimal_parse(json_string_value(v), scale, out, key, e);
    return inc_fail(e, INC_EINVAL, key, "veld '%s' moet een getal zijn", key);
}

inc_status in_int(json_t *in, const char *key, bool required, int64_t dflt, int64_t *out, inc_error *e)
{
    json_t *v = field(in, key);
    if (!v) {
        if (required) return missing(key, e);
        *out = dflt;
        return INC_OK;
    }
    if (json_is_integer(v)) { *out = json_integer_value(v); return INC_OK; }
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        char *end;
        long long x = strtoll(s, &end, 10);
        if (*s && !*end) { *out = x; return INC_OK; }
    }
    return inc_fail(e, INC_EINVAL, key, "veld '%s' moet een geheel getal zijn", key);
}

inc_status in_date(json_t *in, const char *key, bool required, inc_date *out, inc_error *e)
{
    const char *s;
    if (in_text(in, key, required, &s, e) != INC_OK) return INC_EINVAL;
    if (!s) { *out = INC_DATE_NONE; return INC_OK; }
    return date_parse(s, out, key, e);
}

inc_status in_bool(json_t *in, const char *key, bool required, bool dflt, bool *out, inc_error *e)
{
    json_t *v = field(in, key);
    if (!v) {
        if (required) return missing(key, e);
        *out = dflt;
        return INC_OK;
    }
    if (json_is_boolean(v)) { *out = json_is_true(v); return INC_OK; }
    if (json_is_string(v)) {
        const char *s = json_string_value(v);
        if (!strcmp(s, "ja") || !strcmp(s, "yes") || !strcmp(s, "1") || !strcmp(s, "true")) { *out = true; return INC_OK; }
        if (!strcmp(s, "nee") || !strcmp(s, "no") || !strcmp(s, "0") || !strcmp(s, "false")) { *out = false; return INC_OK; }
    }
    return inc_fail(e, INC_EINVAL, key, "veld '%s' moet ja of nee zijn", key);
}

inc_status in_list(json_t *in, const char *key, char *buf, size_t size, inc_error *e)
{
    json_t *v = field(in, key);
    buf[0] = '\0';
    if (!v) return INC_OK;
    if (json_is_string(v)) {
        if (json_string_length(v) >= size) return inc_fail(e, INC_EINVAL, key, "lijst '%s' is te lang", key);
        snprintf(buf, size, "%s", json_string_value(v));
        return INC_OK;
    }
    if (!json_is_array(v)) return inc_fail(e, INC_EINVAL, key, "veld '%s' moet een lijst zijn", key);
    size_t i, used = 0;
    json_t *x;
    json_array_foreach(v, i, x) {
        if (!json_is_string(x)) return inc_fail(e, INC_EINVAL, key, "lijst '%s' mag alleen tekst bevatten", key);
        const char *s = json_string_value(x);
        if (strchr(s, ',')) return inc_fail(e, INC_EINVAL, key, "een waarde in '%s' mag geen komma bevatten", key);
        int w = snprintf(buf + used, size - used, "%s%s", used ? "," : "", s);
        if (w < 0 || (size_t)w >= size - used) return inc_fail(e, INC_EINVAL, key, "lijst '%s' is te lang", key);
        used += (size_t)w;
    }
    return INC_OK;
}

inc_status wsp_employer_in_read(json_t *j, wsp_employer_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *pc;
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    if (inc_check(&c, in_text(j, "kvk", true, &out->kvk, e))) inc_check(&c, kvk_check(out->kvk, "kvk", e));
    inc_check(&c, in_text(j, "name", true, &out->name, e));
    inc_check(&c, in_text(j, "municipality", true, &out->municipality, e));
    inc_check(&c, in_text(j, "sector", false, &out->sector, e));
    if (inc_check(&c, in_text(j, "size_class", true, &out->size_class, e)))
        inc_check(&c, wsp_size_class_check(out->size_class, e));
    if (inc_check(&c, in_text(j, "postcode", false, &pc, e)) && pc)
        inc_check(&c, postcode_normalise(pc, out->postcode, "postcode", e));
    inc_check(&c, in_text(j, "account_manager", false, &out->account_manager, e));
    return inc_checks_end(&c) != INC_OK ? INC_EINVAL : INC_OK;
}

inc_status wsp_contact_in_read(json_t *j, wsp_contact_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (in_text(j, "name", true, &out->name, e) || in_text(j, "role", false, &out->role, e) ||
        in_text(j, "email", false, &out->email, e) || in_text(j, "phone", false, &out->phone, e) ||
        wsp_email_check(out->email, e))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_moment_in_read(json_t *j, wsp_moment_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (in_text(j, "kind", true, &out->kind, e) || wsp_moment_kind_check(out->kind, e) ||
        in_date(j, "date", true, &out->date, e) || in_text(j, "account_manager", false, &out->account_manager, e) ||
        in_text(j, "notes", false, &out->notes, e) || in_int(j, "event", false, 0, &out->event, e))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_event_in_read(json_t *j, wsp_event_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (in_text(j, "title", true, &out->title, e) || in_date(j, "date", true, &out->date, e) ||
        in_text(j, "municipality", true, &out->municipality, e) || in_text(j, "location", false, &out->location, e))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_question_in_read(json_t *j, wsp_question_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *asked;
    out->asked_at = datetime_now();
    if (in_int(j, "employer", true, 0, &out->employer, e) || in_text(j, "asked_at", false, &asked, e) ||
        (asked && datetime_parse(asked, &out->asked_at, "asked_at", e)) || in_text(j, "channel", false, &out->channel, e) ||
        (out->channel && wsp_channel_check(out->channel, e)) || in_text(j, "subject", true, &out->subject, e) ||
        in_text(j, "question", false, &out->question, e))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_answer_in_read(json_t *j, wsp_answer_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *at;
    out->answered_at = datetime_now();
    if (in_text(j, "answered_at", false, &at, e) || (at && datetime_parse(at, &out->answered_at, "answered_at", e)) ||
        in_text(j, "answer", true, &out->answer, e) || in_text(j, "answered_by", false, &out->answered_by, e))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_vacancy_in_read(json_t *j, wsp_vacancy_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *pc, *edu;
    char groups[512];
    out->education = EDU_GEEN;
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    inc_check(&c, in_int(j, "employer", true, 0, &out->employer, e));
    inc_check(&c, in_text(j, "title", true, &out->title, e));
    bool hmin_ok = inc_check(&c, in_fixed(j, "hours_min", 2, true, 0, &out->hours_min, e));
    bool hmax_ok = inc_check(&c, in_fixed(j, "hours_max", 2, true, 0, &out->hours_max, e));
    if (inc_check(&c, in_int(j, "wanted", true, 0, &out->wanted, e)) && hmin_ok && hmax_ok)
        inc_check(&c, vacancy_check(out->hours_min, out->hours_max, out->wanted, e));
    inc_check(&c, in_text(j, "municipality", false, &out->municipality, e));
    if (inc_check(&c, in_text(j, "postcode", false, &pc, e)) && pc)
        inc_check(&c, postcode_normalise(pc, out->postcode, "postcode", e));
    if (inc_check(&c, in_text(j, "education", false, &edu, e)) && edu)
        inc_check(&c, education_parse(edu, &out->education, "education", e));
    inc_check(&c, in_date(j, "start_date", true, &out->start, e));
    if (inc_check(&c, in_list(j, "groups", groups, sizeof groups, e)))
        inc_check(&c, target_groups_parse(groups, &out->groups, "groups", e));
    inc_check(&c, in_list(j, "required_skills", out->required_skills, sizeof out->required_skills, e));
    inc_check(&c, in_list(j, "wished_skills", out->wished_skills, sizeof out->wished_skills, e));
    return inc_checks_end(&c) != INC_OK ? INC_EINVAL : INC_OK;
}

inc_status wsp_candidate_in_read(json_t *j, wsp_candidate_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *edu, *pc_in;
    char groups[512], pc[8];
    inc_checks c;   /* every bad field, for the API; e ends with the first */
    inc_checks_begin(&c, e);
    e = c.e;
    if (inc_check(&c, in_text(j, "bsn", true, &out->bsn, e))) inc_check(&c, bsn_check(out->bsn, "bsn", e));
    inc_check(&c, in_text(j, "municipality", true, &out->municipality, e));
    if (inc_check(&c, in_text(j, "education", true, &edu, e)))
        inc_check(&c, education_parse(edu, &out->education, "education", e));
    bool hmin_ok = inc_check(&c, in_fixed(j, "hours_min", 2, true, 0, &out->hours_min, e));
    bool hmax_ok = inc_check(&c, in_fixed(j, "hours_max", 2, true, 0, &out->hours_max, e));
    inc_check(&c, in_text(j, "postcode", true, &pc_in, e));
    if (inc_check(&c, in_fixed(j, "travel_km", 1, true, 0, &out->travel_dm, e)) && hmin_ok && hmax_ok)
        inc_check(&c, candidate_check(out->hours_min, out->hours_max, out->travel_dm, e));
    if (inc_check(&c, in_list(j, "groups", groups, sizeof groups, e)))
        inc_check(&c, target_groups_parse(groups, &out->groups, "groups", e));
    inc_check(&c, in_date(j, "available_from", true, &out->available_from, e));
    inc_check(&c, in_bool(j, "consent", true, false, &out->consent, e));
    inc_check(&c, in_list(j, "skills", out->skills, sizeof out->skills, e));
    /* A full postcode or just its 4 digits; only the 4 digits are kept. */
    out->pc4 = pc_in && strlen(pc_in) == 4 ? postcode_pc4(pc_in) : 0;
    if (pc_in && !out->pc4 && inc_check(&c, postcode_normalise(pc_in, pc, "postcode", e))) out->pc4 = postcode_pc4(pc);
    if (pc_in && !out->pc4) inc_check(&c, inc_fail(e, INC_EINVAL, "postcode", "ongeldige postcode '%s'", pc_in));
    return inc_checks_end(&c) != INC_OK ? INC_EINVAL : INC_OK;
}

inc_status wsp_placement_in_read(json_t *j, wsp_placement_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (in_int(j, "vacancy", true, 0, &out->vacancy, e) || in_int(j, "candidate", true, 0, &out->candidate, e) ||
        in_date(j, "start_date", true, &out->start, e) || in_fixed(j, "hours", 2, true, 0, &out->hours, e) ||
        in_text(j, "contract_type", true, &out->contract_type, e) || wsp_contract_type_check(out->contract_type, e) ||
        in_text(j, "instrument", false, &out->instrument, e) ||
        (out->instrument && wsp_instrument_check(out->instrument, e)))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_employer_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e)
{
    wsp_employer_in in;
    return wsp_employer_in_read(j, &in, e) ? INC_EINVAL : wsp_employer_add(db, &in, id, e);
}

inc_status wsp_event_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e)
{
    wsp_event_in in;
    return wsp_event_in_read(j, &in, e) ? INC_EINVAL : wsp_event_add(db, &in, id, e);
}

inc_status wsp_question_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e)
{
    wsp_question_in in;
    return wsp_question_in_read(j, &in, e) ? INC_EINVAL : wsp_question_add(db, &in, id, e);
}

inc_status wsp_vacancy_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e)
{
    wsp_vacancy_in in;
    return wsp_vacancy_in_read(j, &in, e) ? INC_EINVAL : wsp_vacancy_add(db, &in, id, e);
}

inc_status wsp_candidate_add_json(inc_db *db, json_t *j, int64_t *id, inc_error *e)
{
    wsp_candidate_in in;
    return wsp_candidate_in_read(j, &in, e) ? INC_EINVAL : wsp_candidate_add(db, &in, id, e);
}
