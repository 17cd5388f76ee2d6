/* Proposals (the account manager proposes, the employer decides) and placements, which close the
 * loop: the banenafspraak employment record made or linked, the employer's SROI obligation reported. */
#include "app/wsp_common.h"
#include "core/banen.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static inc_status vacancy_open(inc_db *db, int64_t vacancy_id, const char *what, inc_error *e)
{
    char status[16];
    bool found;
    if (wsp_store_vacancy_status(db, vacancy_id, status, sizeof status, &found, e)) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "vacancy", "vacature %lld bestaat niet", (long long)vacancy_id);
    if (strcmp(status, "open") != 0)
        return inc_fail(e, INC_ECONFLICT, "vacancy", "vacature %lld is %s: %s is niet mogelijk", (long long)vacancy_id,
                        status, what);
    return INC_OK;
}

static inc_status candidate_active(inc_db *db, int64_t candidate_id, inc_error *e)
{
    char status[16];
    bool found;
    if (wsp_store_candidate_status(db, candidate_id, status, sizeof status, &found, e)) return INC_EIO;
    if (!found) return inc_fail(e, INC_ENOTFOUND, "candidate", "kandidaat %lld bestaat niet", (long long)candidate_id);
    if (strcmp(status, "actief") != 0)
        return inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld is %s", (long long)candidate_id, status);
    return INC_OK;
}

/* Whether the candidate is on the vacancy's current shortlist (a proposal not on it is by hand). */
static bool on_shortlist(inc_db *db, int64_t vacancy_id, int64_t candidate_id)
{
    wsp_match_result *r;
    inc_error ignore = {0};
    bool on = false;
    if (wsp_shortlist(db, vacancy_id, NULL, 0, &r, &ignore) == INC_OK) {
        for (int i = 0; i < r->list.n; i++) on |= r->items[i].id == candidate_id;
        wsp_match_result_free(r);
    }
    return on;
}

inc_status wsp_propose(inc_db *db, int64_t vacancy_id, int64_t candidate_id, int64_t *id, inc_error *e)
{
    match_config cfg;
    match_vacancy v;
    match_candidate c;
    if (wsp_match_config(db, &cfg, e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (vacancy_open(db, vacancy_id, "voorstellen", e) || candidate_active(db, candidate_id, e) ||
        wsp_store_vacancy_load(db, vacancy_id, &v, e) || wsp_store_candidate_load(db, candidate_id, &c, e))
        return wsp_abort(db, e);
    match_prepared *p = malloc(sizeof *p);
    if (!p) {
        inc_fail(e, INC_EINTERNAL, "", "geen geheugen");
        return wsp_abort(db, e);
    }
    match_prepare(p, &v);
    match_result r;
    match_score(&cfg, p, &c, &r);
    free(p);
    if (r.hard == HARD_CONSENT) {
        inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld heeft geen toestemming gegeven om voorgesteld te worden",
                 (long long)candidate_id);
        return wsp_abort(db, e);
    }
    if (r.hard != HARD_OK) {
        inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld past niet bij vacature %lld: %s", (long long)candidate_id,
                 (long long)vacancy_id, hard_label(r.hard));
        return wsp_abort(db, e);
    }
    if (wsp_store_proposal_of(db, vacancy_id, candidate_id, NULL, NULL, 0)) {
        inc_fail(e, INC_ECONFLICT, "candidate", "kandidaat %lld is al voorgesteld voor vacature %lld",
                 (long long)candidate_id, (long long)vacancy_id);
        return wsp_abort(db, e);
    }
    bool on_list = on_shortlist(db, vacancy_id, candidate_id);
    if (wsp_store_proposal_insert(db, vacancy_id, candidate_id, date_today(), db_actor(db), r.total, !on_list, id, e))
        return wsp_abort(db, e);
    char detail[128];
    snprintf(detail, sizeof detail, "{\"vacancy\":%lld,\"candidate\":%lld,\"score\":%d,\"by_hand\":%s}",
             (long long)vacancy_id, (long long)candidate_id, r.total, on_list ? "false" : "true");
    if (audit_write(db, "create", "proposal", *id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_proposal_outcome(inc_db *db, int64_t id, const char *outcome, const char *reason, inc_error *e)
{
    if (wsp_outcome_check(outcome, e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    bool found;
    if (wsp_store_proposal_set_outcome(db, id, outcome, date_today(), reason, &found, e)) return wsp_abort(db, e);
    if (!found) {
        inc_fail(e, INC_ENOTFOUND, "proposal", "voorstel %lld bestaat niet", (long long)id);
        return wsp_abort(db, e);
    }
    char detail[64];
    snprintf(detail, sizeof detail, "{\"outcome\":\"%s\"}", outcome);
    if (audit_write(db, "update", "proposal", id, detail, e)) return wsp_abort(db, e);
    return db_commit(db, e);
}

inc_status wsp_proposals_list(inc_db *db, int64_t vacancy_id, wsp_proposal_list *out, inc_error *e)
{
    return wsp_store_proposals_select(db, vacancy_id, out, e);
}

/* The banenafspraak side of a placement (inside its transaction): when the candidate is in the
 * doelgroepregister (target group banenafspraak, wajong or oud-sw), the employment record (source
 * wsp) is made, or an existing record of the same person at the same employer whose period
 * overlaps is linked. */
static inc_status record_employment(inc_db *db, const wsp_placement_facts *f, const wsp_placement_in *in,
                                    int64_t placement_id, wsp_banen_outcome *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    const char *group;
    if (!wsp_register_group(f->groups, &group)) {
        out->note = "kandidaat staat niet in het doelgroepregister: geen banenafspraak-dienstverband";
        return INC_OK;
    }
    out->in_register = true;
    if (wsp_store_employment_covering(db, f->person_id, f->organisation_id, in->start, &out->employment)) {
        out->note = "bestaand banenafspraak-dienstverband gekoppeld";
        return INC_OK;
    }
    bool own = wsp_store_organisation_is_municipal(db, f->organisation_id);
    wsp_employment_row row = {.municipality_id = f->employer_municipality_id,
                              .organisation_id = f->organisation_id,
                              .person_id = f->person_id,
                              .hours_centi = in->hours,
                              .sector = banen_sector_code(own ? BS_OVERHEID : BS_MARKT),
                              .target_group = group,
                              .contract_type = wsp_banen_contract(in->contract_type),
                              .instrument = wsp_banen_instrument(in->instrument),
                              .start = in->start};
    if (wsp_store_employment_insert(db, &row, &out->employment, e)) return INC_EIO;
    char detail[96];
    snprintf(detail, sizeof detail, "{\"source\":\"wsp\",\"placement\":%lld}", (long long)placement_id);
    if (audit_write(db, "create", "employment_record", out->employment, detail, e)) return INC_EIO;
    out->created = true;
    out->target_group = group;
    out->note = "banenafspraak-dienstverband vastgelegd";
    return INC_OK;
}

void wsp_placement_result_free(wsp_placement_result *r)
{
    WSP_LIST_FREE(&r->sroi);
}

inc_status wsp_place(inc_db *db, const wsp_placement_in *in, wsp_placement_result *out, inc_error *e)
{
    memset(out, 0, sizeof *out);
    wsp_placement_in p = *in;
    if (!p.instrument) p.instrument = "geen";
    if (wsp_placement_hours_check(p.hours, e)) return INC_EINVAL;
    if (db_begin(db, e)) return INC_EIO;
    if (vacancy_open(db, p.vacancy, "plaatsen", e) || candidate_active(db, p.candidate, e)) return wsp_abort(db, e);
    wsp_placement_facts f;
    wsp_store_placement_facts(db, p.vacancy, p.candidate, &f);
    int64_t pid;
    inc_date today = date_today();
    if (wsp_store_placement_insert(db, &p, f.proposal_id, &pid, e) ||
        (f.proposal_id && wsp_store_proposal_accept(db, f.proposal_id, today, e)) ||
        wsp_store_candidate_placed(db, p.candidate, e) || record_employment(db, &f, &p, pid, &out->banen, e) ||
        (out->banen.employment && wsp_store_placement_set_employment(db, pid, out->banen.employment, e)) ||
        wsp_store_sroi_select(db, f.organisation_id, today, &out->sroi, e))
        return wsp_abort(db, e);
    char sd[11];
    date_format_iso(p.start, sd);
    char detail[160];
    snprintf(detail, sizeof detail, "{\"vacancy\":%lld,\"candidate\":%lld,\"person\":%lld,\"start\":\"%s\"}",
             (long long)p.vacancy, (long long)p.candidate, (long long)f.person_id, sd);
    if (audit_write(db, "create", "placement", pid, detail, e) || db_commit(db, e)) {
        wsp_placement_result_free(out);
        return wsp_abort(db, e);
    }
    out->placement = pid;
    out->vacancy = p.vacancy;
    out->candidate = p.candidate;
    out->hours = p.hours;
    snprintf(out->start_date, sizeof out->start_date, "%s", sd);
    snprintf(out->contract_type, sizeof out->contract_type, "%s", p.contract_type);
    snprintf(out->instrument, sizeof out->instrument, "%s", p.instrument);
    return INC_OK;
}

inc_status wsp_placements_list(inc_db *db, wsp_placement_list *out, inc_error *e)
{
    return wsp_store_placements_select(db, out, e);
}
