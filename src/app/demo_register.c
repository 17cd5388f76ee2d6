/* Demo data of the social-return register: Zoetermeer and the municipalities its SR-team serves,
 * contracts from 2019 to 2026 in every category and procedure, contractors met, on schedule,
 * behind, exempted, met by SEBO, and one that has not yet made contact. Loaded through the
 * register's user actions, as a user would enter it (with their audit entries). Declared with the
 * other areas' demo loaders in store/demo.h. */
#include "store/demo.h"
#include "app/register_contract.h"
#include "app/register_realisation.h"
#include "core/ident.h"
#include "core/json_fields.h"
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *municipality, *reference, *title, *department, *category, *procedure, *value, *labour, *award, *start,
        *end, *kvk, *contractor, *sebo, *extra, *exemption_pct;
    const char *contact;  /* first contact date, NULL = none yet */
} demo_contract;

static const demo_contract contracts[] = {
    {"zoetermeer", "ZTM-2019-021", "Vervanging riolering Palenstein", "Stadsbeheer", "werken", "europees", "2000000",
     "25", "2019-11-01", "2020-01-01", "2022-06-30", "30114785", "Rioolwerken Haaglanden BV", "nee", NULL, NULL, "2019-11-05"},
    {"zoetermeer", "ZTM-2021-001", "Onderhoud openbare ruimte 2021-2025", "Stadsbeheer", "werken", "europees",
     "4800000", "45", "2021-03-15", "2021-05-01", "2025-04-30", "27362514", "Groenwerk Zoetermeer BV", "nee", NULL, NULL, "2021-03-18"},
    {"zoetermeer", "ZTM-2022-014", "Schoonmaak gemeentelijke gebouwen", "Facilitair", "diensten", "europees", "2400000",
     "70", "2022-04-20", "2022-06-01", "2027-05-31", "58221904", "Schoon & Sociaal Schoonmaak BV", "nee", NULL, NULL, "2022-04-25"},
    {"zoetermeer", "ZTM-2023-007", "Beheer ICT-werkplekken", "Informatievoorziening", "diensten", "nationaal", "900000",
     "25", "2023-08-14", "2023-10-01", "2027-09-30", "61839027", "Digiwerk Nederland BV", "nee", NULL, NULL, "2023-08-16"},
    {"zoetermeer", "ZTM-2024-003", "Reconstructie Dorpsstraat", "Stadsontwikkeling", "werken", "meervoudig-onderhands",
     "1200000", "35", "2024-02-12", "2024-04-01", "2025-03-31", "40871236", "Bouwbedrijf Van der Meer Zoetermeer", "ja", NULL, NULL, "2024-02-13"},
    {"zoetermeer", "ZTM-2024-011", "Levering kantoormeubilair", "Facilitair", "leveringen", "europees", "650000", "10",
     "2024-05-06", "2024-06-01", "2026-05-31", "33412870", "Kantoorinrichting Randstad BV", "nee", NULL, NULL, NULL},
    {"zoetermeer", "ZTM-2025-002", "Groenonderhoud wijk Meerzicht", "Stadsbeheer", "werken", "meervoudig-onderhands",
     "600000", "50", "2025-02-10", "2025-03-01", "2027-02-28", "27362514", "Groenwerk Zoetermeer BV", "nee", NULL, NULL, "2025-02-14"},
    {"zoetermeer", "ZTM-2025-009", "Catering raadsvergaderingen", "Bestuursondersteuning", "diensten",
     "enkelvoudig-onderhands", "45000", "60", "2025-06-02", "2025-07-01", "2026-06-30", "71002345", "Lunchroom De Leeuw", "nee", NULL, NULL, NULL},
    {"zoetermeer", "ZTM-2026-001", "Beveiliging stadhuis en Forum", "Facilitair", "diensten", "europees", "1000000",
     "80", "2026-01-15", "2026-03-01", "2028-02-29", "50719283", "Veilig Werk Beveiliging BV", "nee", NULL, NULL, "2026-01-19"},
    {"zoetermeer", "ZTM-2026-004", "Verbouwing stadhuis", "Vastgoed", "werken", "europees", "8500000", "40",
     "2026-11-10", "2027-01-01", "2029-06-30", "44129876", "Bouwcombinatie Stadshart VOF", "nee", "1", NULL, NULL},
    {"lansingerland", "LSL-2023-002", "Onderhoud sportvelden", "Sport en Recreatie", "werken", "europees", "1800000",
     "55", "2023-01-16", "2023-03-01", "2026-02-28", "27362514", "Groenwerk Zoetermeer BV", "nee", NULL, NULL, "2023-01-30"},
    {"pijnacker-nootdorp", "PN-2024-005", "Leerlingenvervoer 2024-2028", "Sociaal Domein", "diensten", "europees",
     "3200000", "60", "2024-06-10", "2024-08-01", "2028-07-31", "66543210", "Regiotaxi Delfland BV", "nee", NULL, "3", "2024-06-12"},
};

typedef struct {
    const char *reference, *municipality, *block;
    unsigned person;           /* BSN seed; 0 = no person */
    const char *ref, *hours, *start, *end, *amount;
    char decision;             /* 'v' verified, 'r' rejected, 'g' reported only */
} demo_realisation;

static const demo_realisation realisations[] = {
    /* Riolering (2016 policy, 5 % of 2,000,000 = 100,000): ended short at 80 %. */
    {"ZTM-2019-021", "zoetermeer", "mu-participatiewet", 101, "RH-01", "36", "2020-01-01", "2021-12-31", NULL, 'v'},
    /* Onderhoud openbare ruimte (5 % of 4,800,000 = 240,000): met. */
    {"ZTM-2021-001", "zoetermeer", "mu-banenafspraak", 102, "GZ-01", "32", "2021-05-01", "2023-04-30", NULL, 'v'},
    {"ZTM-2021-001", "zoetermeer", "mu-participatiewet", 103, "GZ-02", "36", "2021-06-01", "2023-05-31", NULL, 'v'},
    {"ZTM-2021-001", "zoetermeer", "mu-ww", 104, "GZ-03", "36", "2022-01-01", "2022-12-31", NULL, 'v'},
    {"ZTM-2021-001", "zoetermeer", "ls-bbl-2", 105, "GZ-04", "36", "2022-09-01", "2024-08-31", NULL, 'v'},
    {"ZTM-2021-001", "zoetermeer", "bonus-contract-arbeidsbeperking", 102, "GZ-01", NULL, "2023-05-01", NULL, NULL, 'v'},
    /* Schoonmaak (5 % of 2,400,000 = 120,000): behind schedule. */
    {"ZTM-2022-014", "zoetermeer", "mu-wia", 106, "SS-01", "24", "2022-07-01", "2024-06-30", NULL, 'v'},
    {"ZTM-2022-014", "zoetermeer", "zu-werkzoekend", 107, "SS-02", "20", "2023-01-01", "2023-12-31", NULL, 'v'},
    {"ZTM-2022-014", "zoetermeer", "mu-ww", 108, "SS-03", "30", "2025-01-01", "2025-12-31", NULL, 'r'},
    /* ICT (2 % of 900,000 = 18,000: loonsom 25 %): on schedule. */
    {"ZTM-2023-007", "zoetermeer", "ls-stage-mbo-hbo", 109, "DW-01", "32", "2023-10-01", "2024-09-30", NULL, 'v'},
    {"ZTM-2023-007", "zoetermeer", "ow-opleiding", 0, NULL, NULL, "2024-03-15", NULL, "6500", 'v'},
    {"ZTM-2023-007", "zoetermeer", "mu-ww", 110, "DW-02", "12", "2025-02-01", "2026-01-31", NULL, 'v'},
    /* Groenonderhoud Meerzicht (5 % of 600,000 = 30,000): reported, awaiting verification. */
    {"ZTM-2025-002", "zoetermeer", "mu-banenafspraak", 111, "GZ-05", "25.5", "2025-03-01", "2026-02-28", NULL, 'g'},
    {"ZTM-2025-002", "zoetermeer", "ma-gastles", 0, NULL, NULL, "2025-10-08", NULL, NULL, 'g'},
    /* Beveiliging (5 % of 1,000,000 = 50,000): on schedule. */
    {"ZTM-2026-001", "zoetermeer", "mu-participatiewet", 112, "VW-01", "36", "2026-03-01", "2026-10-31", NULL, 'v'},
    /* Sportvelden Lansingerland (5 % of 1,800,000 = 90,000): ended short. */
    {"LSL-2023-002", "lansingerland", "zu-jongere-zsk", 113, "GZ-06", "36", "2023-03-01", "2024-02-29", NULL, 'v'},
    /* Leerlingenvervoer with ontheffing to 3 % (96,000). */
    {"PN-2024-005", "pijnacker-nootdorp", "mu-banenafspraak", 114, "RD-01", "28", "2024-08-01", "2026-07-31", NULL, 'v'},
};

static const char *get_contract(void *src, const char *name)
{
    const demo_contract *c = src;
    static const char *const keys[] = {"municipality", "reference", "title", "department", "category", "procedure",
                                       "value", "labour_share_pct", "award_date", "start_date", "end_date",
                                       "contractor_kvk", "contractor_name", "sebo_holder", "extra_pct", "exemption_pct"};
    const char *const vals[] = {c->municipality, c->reference, c->title, c->department, c->category, c->procedure,
                                c->value, c->labour, c->award, c->start, c->end, c->kvk, c->contractor, c->sebo,
                                c->extra, c->exemption_pct};
    for (size_t i = 0; i < sizeof keys / sizeof *keys; i++)
        if (strcmp(name, keys[i]) == 0) return vals[i];
    if (c->exemption_pct) {
        if (strcmp(name, "exemption_by") == 0) return "gemeentesecretaris Pijnacker-Nootdorp";
        if (strcmp(name, "exemption_date") == 0) return "2024-05-28";
        if (strcmp(name, "exemption_reason") == 0)
            return "Chauffeurs vereisen specifieke diploma's; 5 % is in deze markt niet haalbaar gebleken.";
    }
    return NULL;
}

typedef struct {
    const demo_realisation *r;
    char bsn[10];
} real_src;

static const char *get_realisation(void *src, const char *name)
{
    real_src *s = src;
    const demo_realisation *r = s->r;
    if (strcmp(name, "municipality") == 0) return r->municipality;
    if (strcmp(name, "contract_reference") == 0) return r->reference;
    if (strcmp(name, "block") == 0) return r->block;
    if (strcmp(name, "bsn") == 0) return r->person ? s->bsn : NULL;
    if (strcmp(name, "candidate_ref") == 0) return r->ref;
    if (strcmp(name, strncmp(r->block, "ma-", 3) == 0 ? "hours" : "hours_per_week") == 0)
        return strncmp(r->block, "ma-", 3) == 0 ? "12" : r->hours;
    if (strcmp(name, "start") == 0) return r->start;
    if (strcmp(name, "end") == 0) return r->end;
    if (strcmp(name, "amount") == 0) return r->amount;
    return NULL;
}

inc_status demo_register_load(inc_db *db, inc_error *e)
{
    if (db_begin(db, e) != INC_OK) return INC_EIO;
    for (size_t i = 0; i < sizeof contracts / sizeof *contracts; i++) {
        field_source fs = {get_contract, (void *)&contracts[i]};
        inc_contract_input in;
        int64_t id;
        if (contract_input_parse(&fs, &in, e) != INC_OK || app_contract_register(db, &in, &id, e) != INC_OK) goto fail;
        /* A contact that lies after today (INCLUSIO_TODAY in tests) has not happened yet. */
        inc_date d;
        if (contracts[i].contact && date_parse(contracts[i].contact, &d, "contact", e) != INC_OK) goto fail;
        if (contracts[i].contact && d <= date_today() && app_contract_contact(db, id, d, e) != INC_OK) goto fail;
    }
    for (size_t i = 0; i < sizeof realisations / sizeof *realisations; i++) {
        real_src s = {&realisations[i], ""};
        if (s.r->person) bsn_from_seed(s.r->person * 7919u, s.bsn);
        field_source fs = {get_realisation, &s};
        inc_realisation_input in;
        int64_t id;
        if (realisation_input_parse(&fs, &in, e) != INC_OK || app_realisation_report(db, &in, &id, e) != INC_OK) goto fail;
        if (s.r->decision == 'v' && app_realisation_verify(db, id, e) != INC_OK) goto fail;
        if (s.r->decision == 'r' &&
            app_realisation_reject(db, id, "Kandidaat was bij controle niet in dienst bij de opdrachtnemer.", e) != INC_OK)
            goto fail;
    }
    /* Yearly reports: the maintenance contract reported its first three years. */
    int64_t id;
    if (app_contract_find(db, "zoetermeer", "ZTM-2021-001", &id, e) != INC_OK) goto fail;
    for (int y = 1; y <= 3; y++)
        if (app_contract_yearly_report(db, id, y, "Jaarrapportage ingediend via het portaal.", e) != INC_OK) goto fail;
    return db_commit(db, e);
fail:
    db_rollback(db);
    return e->status ? e->status : INC_EIO;
}
