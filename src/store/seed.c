#include "store/seed.h"
#include "core/obligation.h"
#include "core/valuation.h"
#include "store/policy_store.h"
#include <stdio.h>

static const struct { const char *code, *name, *region, *sr_team; } municipalities[] = {
    {"zoetermeer", "Zoetermeer", "ZHC", "SR-team Zoetermeer"},
    {"lansingerland", "Lansingerland", "ZHC", "SR-team Zoetermeer"},
    {"pijnacker-nootdorp", "Pijnacker-Nootdorp", "ZHC", "SR-team Zoetermeer"},
    {"leidschendam-voorburg", "Leidschendam-Voorburg", "ZHC", NULL},
    {"voorschoten", "Voorschoten", "ZHC", NULL},
    {"wassenaar", "Wassenaar", "ZHC", NULL},
    {"den-haag", "Den Haag", "Haaglanden", NULL},
    {"delft", "Delft", "Haaglanden", NULL},
    {"rijswijk", "Rijswijk", "Haaglanden", NULL},
    {"westland", "Westland", "Haaglanden", NULL},
    {"midden-delfland", "Midden-Delfland", "Haaglanden", NULL},
};

/* The Zoetermeer SR-team also serves Lansingerland and Pijnacker-Nootdorp; they get the same
 * policy versions as seed data. Other municipalities enter their own policy (beheer). */
static const char *const zoetermeer_policy_users[] = {"zoetermeer", "lansingerland", "pijnacker-nootdorp"};

inc_status seed_reference_data(inc_db *db, inc_error *e)
{
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    inc_stmt *st;
    if (db_prepare(db, "INSERT INTO municipalities(code, name, region, sr_team) VALUES (?,?,?,?) ON CONFLICT DO NOTHING", &st, e))
        goto fail;
    for (size_t i = 0; i < sizeof municipalities / sizeof municipalities[0]; i++) {
        db_reset(st);
        db_bind_text(st, 1, municipalities[i].code, -1, DB_STATIC);
        db_bind_text(st, 2, municipalities[i].name, -1, DB_STATIC);
        db_bind_text(st, 3, municipalities[i].region, -1, DB_STATIC);
        db_bind_text_or_null(st, 4, municipalities[i].sr_team);
        if (db_step_rc(st) != DB_DONE) { db_finalize(st); db_fail(db, e); goto fail; }
    }
    db_finalize(st);

    inc_policy p2016, p2020;
    policy_seed_zoetermeer_2016(&p2016);
    policy_seed_zoetermeer_2020(&p2020);
    for (size_t i = 0; i < sizeof zoetermeer_policy_users / sizeof zoetermeer_policy_users[0]; i++) {
        if (policy_insert(db, zoetermeer_policy_users[i], &p2016, true, e) != INC_OK) goto fail;
        if (policy_insert(db, zoetermeer_policy_users[i], &p2020, true, e) != INC_OK) goto fail;
    }

    inc_block blocks[64];
    int n = catalogue_seed_2023(blocks, 64);
    if (catalogue_insert(db, "Bouwblokken Haaglanden + ZHC, per 1 juli 2023", date_from_ymd(2023, 7, 1), blocks, n,
                         true, e) != INC_OK)
        goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e ? e->status : INC_EIO;
}
