/* Vacancies: employer, hours range, place, skills, education, start, target groups, wanted count. */
#include "app/wsp_common.h"
#include <stdio.h>
#include <string.h>

inc_status wsp_vacancy_add(inc_db *db, const wsp_vacancy_in *in, int64_t *id, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    uint16_t req[MATCH_MAX_SKILLS], wish[MATCH_MAX_SKILLS];
    int nreq, nwish;
    if (wsp_skills_resolve(db, in->required_skills, req, MATCH_MAX_SKILLS, &nreq, "required_skills", e) ||
        wsp_skills_resolve(db, in->wished_skills, wish, MATCH_MAX_SKILLS, &nwish, "wished_skills", e) ||
        wsp_vacancy_skills_check(req, nreq, wish, nwish, e))
        return wsp_abort(db, e);
    int64_t muni_id = 0;
    if (in->municipality && wsp_municipality_id(db, in->municipality, &muni_id, e)) return wsp_abort(db, e);
    if (!wsp_store_employer_municipality(db, in->employer, in->municipality ? NULL : &muni_id)) {
        inc_fail(e, INC_EINVAL, "employer", "werkgever %lld bestaat niet", (long long)in->employer);
        return wsp_abort(db, e);
    }
    if (wsp_store_vacancy_insert(db, muni_id, in, id, e) || wsp_store_vacancy_skills_insert(db, *id, req, nreq, true, e) ||
        wsp_store_vacancy_skills_insert(db, *id, wish, nwish, false, e))
        return wsp_abort(db, e);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"employer\":%lld,\"wanted\":%lld}", (long long)in->employer,
             (long long)in->wanted);
    if (audit_write(db, "create", "vacancy", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_vacancies_list(inc_db *db, const char *status, wsp_vacancy_list *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    if (status && wsp_vacancy_status_check(status, e)) return INC_EINVAL;
    return wsp_store_vacancies_select(db, status, out, e);
}

inc_status wsp_vacancy_get(inc_db *db, int64_t id, wsp_vacancy *out, inc_arena *arena, inc_error *e)
{
    return wsp_store_vacancy_select(db, id, out, arena, e);
}

/* The change of one column and its audit line, in one transaction. */
static inc_status vacancy_change(inc_db *db, int64_t id, const char *status, int64_t wanted, const char *detail,
                                 inc_error *e)
{
    bool found;
    if (db_begin(db, e)) return INC_EIO;
    if (status ? wsp_store_vacancy_set_status(db, id, status, &found, e)
               : wsp_store_vacancy_set_wanted(db, id, wanted, &found, e))
        return wsp_abort(db, e);
    if (!found) {
        inc_fail(e, INC_ENOTFOUND, "vacancy", "vacature %lld bestaat niet", (long long)id);
        return wsp_abort(db, e);
    }
    if (audit_write(db, "update", "vacancy", id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_vacancy_set_status(inc_db *db, int64_t id, const char *status, inc_error *e)
{
    if (wsp_vacancy_status_check(status, e)) return INC_EINVAL;
    char detail[64];
    snprintf(detail, sizeof detail, "{\"status\":\"%s\"}", status);
    return vacancy_change(db, id, status, 0, detail, e);
}

/* The number of candidates the employer asks for (1-50), changed when fewer suitable candidates
 * are found and the employer agrees to see fewer; the same check and message as at creation. */
inc_status wsp_vacancy_set_wanted(inc_db *db, int64_t id, int64_t wanted, inc_error *e)
{
    if (vacancy_check(0, 100, wanted, e)) return INC_EINVAL;
    char detail[64];
    snprintf(detail, sizeof detail, "{\"wanted\":%lld}", (long long)wanted);
    return vacancy_change(db, id, NULL, wanted, detail, e);
}
