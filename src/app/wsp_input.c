#include "app/wsp_input.h"
#include "app/wsp_actions.h"
#include "core/ident.h"
#include <string.h>

inc_status wsp_employer_in_read(json_t *j, wsp_employer_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *pc;
    if (in_text(j, "kvk", true, &out->kvk, e) || kvk_check(out->kvk, "kvk", e) ||
        in_text(j, "name", true, &out->name, e) || in_text(j, "municipality", true, &out->municipality, e) ||
        in_text(j, "sector", false, &out->sector, e) || in_text(j, "size_class", true, &out->size_class, e) ||
        wsp_size_class_check(out->size_class, e) || in_text(j, "postcode", false, &pc, e) ||
        (pc && postcode_normalise(pc, out->postcode, "postcode", e)) ||
        in_text(j, "account_manager", false, &out->account_manager, e))
        return INC_EINVAL;
    return INC_OK;
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
    if (in_int(j, "employer", true, 0, &out->employer, e) || in_text(j, "title", true, &out->title, e) ||
        in_fixed(j, "hours_min", 2, true, 0, &out->hours_min, e) ||
        in_fixed(j, "hours_max", 2, true, 0, &out->hours_max, e) || in_int(j, "wanted", true, 0, &out->wanted, e) ||
        vacancy_check(out->hours_min, out->hours_max, out->wanted, e) ||
        in_text(j, "municipality", false, &out->municipality, e) || in_text(j, "postcode", false, &pc, e) ||
        (pc && postcode_normalise(pc, out->postcode, "postcode", e)) || in_text(j, "education", false, &edu, e) ||
        (edu && education_parse(edu, &out->education, "education", e)) ||
        in_date(j, "start_date", true, &out->start, e) || in_list(j, "groups", groups, sizeof groups, e) ||
        target_groups_parse(groups, &out->groups, "groups", e) ||
        in_list(j, "required_skills", out->required_skills, sizeof out->required_skills, e) ||
        in_list(j, "wished_skills", out->wished_skills, sizeof out->wished_skills, e))
        return INC_EINVAL;
    return INC_OK;
}

inc_status wsp_candidate_in_read(json_t *j, wsp_candidate_in *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *edu, *pc_in;
    char groups[512], pc[8];
    if (in_text(j, "bsn", true, &out->bsn, e) || bsn_check(out->bsn, "bsn", e) ||
        in_text(j, "municipality", true, &out->municipality, e) || in_text(j, "education", true, &edu, e) ||
        education_parse(edu, &out->education, "education", e) ||
        in_fixed(j, "hours_min", 2, true, 0, &out->hours_min, e) ||
        in_fixed(j, "hours_max", 2, true, 0, &out->hours_max, e) || in_text(j, "postcode", true, &pc_in, e) ||
        in_fixed(j, "travel_km", 1, true, 0, &out->travel_dm, e) ||
        candidate_check(out->hours_min, out->hours_max, out->travel_dm, e) ||
        in_list(j, "groups", groups, sizeof groups, e) || target_groups_parse(groups, &out->groups, "groups", e) ||
        in_date(j, "available_from", true, &out->available_from, e) ||
        in_bool(j, "consent", true, false, &out->consent, e) || in_list(j, "skills", out->skills, sizeof out->skills, e))
        return INC_EINVAL;
    out->pc4 = strlen(pc_in) == 4 ? postcode_pc4(pc_in) : 0;
    if (!out->pc4) {
        if (postcode_normalise(pc_in, pc, "postcode", e)) return INC_EINVAL;
        out->pc4 = postcode_pc4(pc);
    }
    if (!out->pc4) return inc_fail(e, INC_EINVAL, "postcode", "ongeldige postcode '%s'", pc_in);
    return INC_OK;
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
