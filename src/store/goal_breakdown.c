#include "store/goal_breakdown.h"
#include "core/goal.h"
#include <stdio.h>
#include <string.h>

static inc_status run(inc_db *db, const char *sql, int64_t muni_id, const char *region, int year, goal_breakdown *b,
                      inc_error *e)
{
    sqlite3_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    char from[11], to[11];
    snprintf(from, sizeof from, "%04d-01-01", year);
    snprintf(to, sizeof to, "%04d-12-31", year);
    sqlite3_bind_text(st, 1, to, -1, SQLITE_TRANSIENT);
    sqlite3_bind_text(st, 2, from, -1, SQLITE_TRANSIENT);
    if (region) sqlite3_bind_text(st, 3, region, -1, SQLITE_TRANSIENT);
    else sqlite3_bind_int64(st, 3, muni_id);
    int rc;
    while ((rc = sqlite3_step(st)) == SQLITE_ROW && b->n < BREAKDOWN_MAX_ITEMS) {
        breakdown_item *it = &b->items[b->n++];
        db_column_text(st, 0, it->label, sizeof it->label);
        it->count = sqlite3_column_int64(st, 1);
        b->total += it->count;
    }
    sqlite3_finalize(st);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) return db_fail(db, e);
    int64_t counts[BREAKDOWN_MAX_ITEMS];
    bool sup[BREAKDOWN_MAX_ITEMS];
    for (int i = 0; i < b->n; i++) counts[i] = b->items[i].count;
    goal_suppress_breakdown(counts, b->n, sup);
    for (int i = 0; i < b->n; i++) b->items[i].suppressed = sup[i];
    return INC_OK;
}

/* People (distinct pseudonymous persons; a realisation without a person counts once) placed through
 * social return whose verified realisation overlaps the year. */
static const char *const by_group =
    "SELECT b.name, COUNT(DISTINCT COALESCE('p' || r.person_id, 'r' || r.id)) FROM realisations r "
    "JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id "
    "WHERE r.status = 'geverifieerd' AND b.part = 'banen' AND r.start_date <= ?1 AND r.end_date >= ?2 "
    "AND c.municipality_id = ?3 GROUP BY b.name ORDER BY b.name";
static const char *const by_municipality =
    "SELECT m.name, COUNT(DISTINCT COALESCE('p' || r.person_id, 'r' || r.id)) FROM realisations r "
    "JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id "
    "JOIN municipalities m ON m.id = c.municipality_id "
    "WHERE r.status = 'geverifieerd' AND b.part = 'banen' AND r.start_date <= ?1 AND r.end_date >= ?2 "
    "AND m.region = ?3 GROUP BY m.name ORDER BY m.name";

inc_status goal_breakdowns_read(inc_db *db, int64_t muni_id, const char *region, int year,
                                goal_breakdown out[GOAL_BREAKDOWNS], inc_error *e)
{
    memset(out, 0, sizeof(goal_breakdown) * GOAL_BREAKDOWNS);
    out[0].code = "doelgroep";
    out[0].title = "Mensen aan het werk via social return, per doelgroep";
    out[0].available = true;
    out[0].note = "Personen met een geverifieerde SROI-realisatie (bouwblok banen) in het jaar.";
    out[1].code = "gemeente";
    out[1].title = "Mensen aan het werk via social return, per gemeente in de arbeidsmarktregio";
    out[1].available = true;
    out[1].note = "Personen met een geverifieerde SROI-realisatie in het jaar, naar gemeente van het contract.";
    out[2].code = "instrument";
    out[2].title = "Plaatsingen per instrument";
    out[2].note = "Nog niet beschikbaar: de gegevens van de werkgeversdienstverlening staan nog niet in deze database.";
    out[3].code = "contractvorm";
    out[3].title = "Plaatsingen per contractvorm (tijdelijk / vast)";
    out[3].note = "Nog niet beschikbaar: de gegevens van de werkgeversdienstverlening staan nog niet in deze database.";
    if (run(db, by_group, muni_id, NULL, year, &out[0], e)) return INC_EIO;
    if (run(db, by_municipality, muni_id, region, year, &out[1], e)) return INC_EIO;
    return INC_OK;
}
