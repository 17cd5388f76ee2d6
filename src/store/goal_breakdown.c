#include "store/goal_breakdown.h"
#include "core/banen.h"
#include "core/banen_stats.h"
#include "store/banen_store.h"
#include <stdlib.h>
#include <stdio.h>
#include <string.h>

static inc_status run(inc_db *db, const char *sql, int64_t muni_id, const char *region, int year, goal_breakdown *b,
                      inc_error *e)
{
    inc_stmt *st;
    if (db_prepare(db, sql, &st, e)) return INC_EIO;
    char from[11], to[11];
    snprintf(from, sizeof from, "%04d-01-01", year);
    snprintf(to, sizeof to, "%04d-12-31", year);
    db_bind_text(st, 1, to, -1, DB_COPY);
    db_bind_text(st, 2, from, -1, DB_COPY);
    if (region) db_bind_text(st, 3, region, -1, DB_COPY);
    else db_bind_int64(st, 3, muni_id);
    int rc;
    while ((rc = db_step(db, st, e)) == DB_ROW && b->n < BREAKDOWN_MAX_ITEMS) {
        breakdown_item *it = &b->items[b->n++];
        db_column_text(st, 0, it->label, sizeof it->label);
        it->count = db_col_int64(st, 1);
        b->total += it->count;
    }
    db_finalize(st);
    if (rc == DB_ERR) return INC_EIO;
    return INC_OK;
}

/* People (distinct pseudonymous persons; a realisation without a person counts once) placed through
 * social return whose verified realisation overlaps the year. */
static const char *const by_group =
    "SELECT b.name, COUNT(DISTINCT COALESCE('p' || r.person_id, 'r' || r.id)) FROM realisations r "
    "JOIN blocks b ON b.id = r.block_id JOIN contracts c ON c.id = r.contract_id "
    "WHERE r.status = 'geverifieerd' AND b.part = 'banen' AND r.start_date <= ?1 AND r.end_date >= ?2 "
    "AND c.municipality_id = ?3 GROUP BY b.name ORDER BY b.name";

static void municipality_name(inc_db *db, int64_t id, char *buf, size_t size)
{
    inc_stmt *st;
    snprintf(buf, size, "?");
    if (db_prepare(db, "SELECT name FROM municipalities WHERE id = ?", &st, NULL)) return;
    db_bind_int64(st, 1, id);
    if (db_step_rc(st) == DB_ROW) db_column_text(st, 0, buf, size);
    db_finalize(st);
}

static inc_status banen_dim(inc_db *db, const banen_set *set, inc_date peil, banen_key key, goal_breakdown *b,
                            inc_error *e)
{
    banen_group_row *rows;
    size_t n;
    if (banen_breakdown(set->recs, set->n, peil, key, &rows, &n, e)) return INC_EINTERNAL;
    for (size_t i = 0; i < n && b->n < BREAKDOWN_MAX_ITEMS; i++) {
        breakdown_item *it = &b->items[b->n++];
        int64_t k = rows[i].key;
        switch (key) {
        case BK_GROUP: snprintf(it->label, sizeof it->label, "%s", banen_group_label((banen_group)k)); break;
        case BK_INSTRUMENT: snprintf(it->label, sizeof it->label, "%s", banen_instrument_label((banen_instrument)k)); break;
        case BK_CONTRACT: snprintf(it->label, sizeof it->label, "%s", banen_contract_label((banen_contract)k)); break;
        case BK_MUNICIPALITY: municipality_name(db, k, it->label, sizeof it->label); break;
        default: snprintf(it->label, sizeof it->label, "%lld", (long long)k); break;
        }
        it->count = rows[i].t.people;
        b->total += it->count;
    }
    free(rows);
    return INC_OK;
}

inc_status goal_breakdowns_read(inc_db *db, const char *muni_code, int64_t muni_id, const char *region, int year,
                                inc_date peil, goal_breakdown out[GOAL_BREAKDOWNS], inc_error *e)
{
    memset(out, 0, sizeof(goal_breakdown) * GOAL_BREAKDOWNS);
    static const char *const banen_note = "Banenafspraak: mensen uit het doelgroepregister met een dienstverband dat "
                                          "meetelt, op de peildatum (ieder persoon één keer per categorie).";
    static const struct { const char *code, *title; banen_key key; } dims[] = {
        {"doelgroep", "Banenafspraak: mensen aan het werk per doelgroep", BK_GROUP},
        {"gemeente", "Banenafspraak: mensen aan het werk per gemeente in de arbeidsmarktregio", BK_MUNICIPALITY},
        {"instrument", "Banenafspraak: mensen aan het werk per instrument", BK_INSTRUMENT},
        {"contractvorm", "Banenafspraak: mensen aan het werk per contractvorm", BK_CONTRACT},
    };
    for (int i = 0; i < 4; i++) {
        out[i].code = dims[i].code;
        out[i].title = dims[i].title;
        out[i].note = banen_note;
        out[i].available = true;
        banen_filter f = {.municipality = dims[i].key == BK_MUNICIPALITY ? NULL : muni_code,
                          .region = dims[i].key == BK_MUNICIPALITY ? region : NULL};
        banen_set set;
        if (banen_set_load(db, &f, &set, e)) return e ? e->status : INC_EIO;
        inc_status s = banen_dim(db, &set, peil, dims[i].key, &out[i], e);
        banen_set_free(&set);
        if (s) return s;
    }
    out[4].code = "sroi-doelgroep";
    out[4].title = "Social return: mensen aan het werk per doelgroep (bouwblok)";
    out[4].available = true;
    out[4].note = "Personen met een geverifieerde SROI-realisatie (bouwblok banen) in het jaar.";
    if (run(db, by_group, muni_id, NULL, year, &out[4], e)) return INC_EIO;
    return INC_OK;
}
