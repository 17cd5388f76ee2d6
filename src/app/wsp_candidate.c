/* Candidates: pseudonymous profiles (a person by the HMAC of the BSN, never the BSN), owned by a
 * municipality; only the 4 digits of the postcode are kept. */
#include "app/wsp_common.h"
#include "store/person_store.h"
#include <stdio.h>
#include <string.h>

inc_status wsp_candidate_add(inc_db *db, const wsp_candidate_in *in, int64_t *id, inc_error *e)
{
    if (!db_key(db)) return inc_fail(e, INC_EIO, "", "sleutelbestand ontbreekt (voer eerst 'inclusio init' uit)");
    if (db_begin(db, e)) return INC_EIO;
    int64_t muni_id, person, existing;
    uint16_t skills[MATCH_MAX_SKILLS];
    int nskills;
    if (wsp_municipality_id(db, in->municipality, &muni_id, e) ||
        wsp_skills_resolve(db, in->skills, skills, MATCH_MAX_SKILLS, &nskills, "skills", e) ||
        person_ensure(db, in->bsn, "bsn", &person, NULL, e))
        return wsp_abort(db, e);
    if (wsp_store_candidate_of_person(db, person, &existing)) {
        /* Refused either way; the candidate is named only to whom may read it. */
        char owner[64];
        if (wsp_scope_of(db, "candidate", existing, owner, sizeof owner, NULL) == INC_OK &&
            db_viewer_sees(db, DB_SEE_CANDIDATE, owner, 0))
            inc_fail(e, INC_ECONFLICT, "bsn", "deze persoon is al ingeschreven als kandidaat %lld", (long long)existing);
        else
            inc_fail(e, INC_ECONFLICT, "bsn", "deze persoon is al ingeschreven als kandidaat");
        return wsp_abort(db, e);
    }
    if (wsp_store_candidate_insert(db, person, muni_id, in, date_today(), id, e) ||
        wsp_store_candidate_skills_insert(db, *id, skills, nskills, e))
        return wsp_abort(db, e);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"person\":%lld,\"consent\":%s}", (long long)person,
             in->consent ? "true" : "false");
    if (audit_write(db, "create", "candidate", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_candidates_list(inc_db *db, const int64_t *municipality_ids, int n_ids, wsp_candidate_list *out,
                               inc_error *e)
{
    return wsp_store_candidates_select(db, municipality_ids, n_ids, out, e);
}

inc_status wsp_candidate_get(inc_db *db, int64_t id, wsp_candidate *out, inc_arena *arena, inc_error *e)
{
    return wsp_store_candidate_select(db, id, out, arena, e);
}

inc_status wsp_candidate_set_consent(inc_db *db, int64_t id, bool consent, inc_error *e)
{
    if (db_begin(db, e)) return INC_EIO;
    bool found;
    if (wsp_store_candidate_set_consent(db, id, consent, date_today(), &found, e)) return wsp_abort(db, e);
    if (!found) {
        inc_fail(e, INC_ENOTFOUND, "candidate", "kandidaat %lld bestaat niet", (long long)id);
        return wsp_abort(db, e);
    }
    if (audit_write(db, "update", "candidate", id, consent ? "{\"consent\":true}" : "{\"consent\":false}", e))
        return wsp_abort(db, e);
    return db_commit(db, e);
}
