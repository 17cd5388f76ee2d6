/* From a WSP placement to the banenafspraak monitor (migration 003, banen): one employment record per
 * person and employer and period, so a placement is typed once. */
#include "core/banen.h"
#include "core/match.h"
#include "store/audit.h"
#include "store/wsp_input.h"
#include "store/wsp_store.h"
#include <stdio.h>
#include <string.h>

/* The doelgroepregister groups among the candidate's target groups, as banen target groups:
 * wajong -> wajong, oud-sw -> wsw, banenafspraak (registered, no finer indication) -> participatiewet. */
static bool register_group(uint32_t groups, banen_group *g)
{
    if (groups & (1u << TG_WAJONG)) { *g = BG_WAJONG; return true; }
    if (groups & (1u << TG_OUD_SW)) { *g = BG_WSW; return true; }
    if (groups & (1u << TG_BANENAFSPRAAK)) { *g = BG_PARTICIPATIEWET; return true; }
    return false;
}

/* WSP contract types and instruments that the banen lists lack map onto the nearest code. */
static const char *banen_contract_of(const char *c)
{
    banen_contract bc;
    if (banen_contract_parse(c, &bc, "contract_type", NULL) == INC_OK) return banen_contract_code(bc);
    return banen_contract_code(BC_TIJDELIJK); /* leerwerkbaan: a temporary contract */
}

static const char *banen_instrument_of(const char *i)
{
    banen_instrument bi;
    if (banen_instrument_parse(i, &bi, "instrument", NULL) == INC_OK) return banen_instrument_code(bi);
    return banen_instrument_code(BI_GEEN); /* proefplaatsing, detachering: the contract type says it */
}

inc_status wsp_banen_record_placement(inc_db *db, const wsp_placement_info *p, int64_t *employment_id, json_t **out,
                                      inc_error *e)
{
    *employment_id = 0;
    banen_group g;
    if (!register_group(p->groups, &g)) {
        *out = json_pack("{s:b, s:b, s:n, s:s}", "in_register", 0, "created", 0, "employment", "note",
                         "kandidaat staat niet in het doelgroepregister: geen banenafspraak-dienstverband");
        return INC_OK;
    }
    char start[11];
    date_format_iso(p->start, start);
    /* An existing record of the same person at the same employer covering the start: link to it. */
    inc_stmt *st;
    if (db_prepare(db,
                   "SELECT id FROM employment_records WHERE person_id = ? AND employer_id = ?"
                   " AND (end_date IS NULL OR end_date >= ?) ORDER BY start_date LIMIT 1",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, p->person_id);
    db_bind_int64(st, 2, p->organisation_id);
    db_bind_text(st, 3, start, -1, DB_COPY);
    if (db_step_rc(st) == DB_ROW) *employment_id = db_col_int64(st, 0);
    db_finalize(st);
    if (*employment_id) {
        *out = json_pack("{s:b, s:b, s:I, s:s}", "in_register", 1, "created", 0, "employment", (json_int_t)*employment_id,
                         "note", "bestaand banenafspraak-dienstverband gekoppeld");
        return INC_OK;
    }
    bool own = wsp_lookup_int(db, "SELECT municipality_id FROM municipal_employers WHERE organisation_id = ?",
                              p->organisation_id, NULL);
    if (db_prepare(db,
                   "INSERT INTO employment_records(municipality_id, employer_id, department, sector, person_id,"
                   " target_group, start_date, end_date, hours_centi, contract_type, instrument, source, created_by)"
                   " VALUES (?,?,'',?,?,?,?,NULL,?,?,?,'wsp',?)",
                   &st, e))
        return INC_EIO;
    db_bind_int64(st, 1, p->municipality_id);
    db_bind_int64(st, 2, p->organisation_id);
    db_bind_text(st, 3, banen_sector_code(own ? BS_OVERHEID : BS_MARKT), -1, DB_STATIC);
    db_bind_int64(st, 4, p->person_id);
    db_bind_text(st, 5, banen_group_code(g), -1, DB_STATIC);
    db_bind_text(st, 6, start, -1, DB_COPY);
    db_bind_int64(st, 7, p->hours_centi);
    db_bind_text(st, 8, banen_contract_of(p->contract_type), -1, DB_STATIC);
    db_bind_text(st, 9, banen_instrument_of(p->instrument), -1, DB_STATIC);
    db_bind_text(st, 10, db_actor(db), -1, DB_COPY);
    if (wsp_step_done(db, st, e)) return INC_EIO;
    *employment_id = db_last_id(db);
    char detail[96];
    snprintf(detail, sizeof detail, "{\"source\":\"wsp\",\"placement\":%lld}", (long long)p->placement_id);
    if (audit_write(db, "create", "employment_record", *employment_id, detail, e)) return INC_EIO;
    *out = json_pack("{s:b, s:b, s:I, s:s, s:s}", "in_register", 1, "created", 1, "employment",
                     (json_int_t)*employment_id, "target_group", banen_group_code(g), "note",
                     "banenafspraak-dienstverband vastgelegd");
    return INC_OK;
}
