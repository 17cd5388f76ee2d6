/* Demo data of the SEBO registry and the invitation log (Zoetermeer): holders certified since 2015,
 * recertified, withdrawn, expired, rejected, pending; some running out within 90 days of today;
 * compliant, deviating (with reason) and flagged onderhandse procurements across departments, 2024-2026. */
#include "app/procurement_log.h"
#include "app/sebo_registry.h"
#include "core/decimal.h"
#include "store/demo.h"
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *kvk, *name, *established, *kinds, *profile, *website;
    bool zzp;
} demo_holder;

static const demo_holder holders[] = {
    {"40871236", "Bouwbedrijf Van der Meer Zoetermeer", "zoetermeer", "werken",
     "Familiebedrijf in de bouw; leidt elk jaar BBL-leerlingen op en heeft vier medewerkers via de Binnenbaan.",
     "https://vandermeer-bouw.example.nl", false},
    {"71002345", "Lunchroom De Leeuw", "zoetermeer", "diensten",
     "Lunchroom en catering met een leerwerkplaats voor jongeren uit het praktijkonderwijs.",
     "https://lunchroomdeleeuw.example.nl", false},
    {"20001001", "Schildersbedrijf Palenstein", "zoetermeer", "werken",
     "Schilderwerk binnen en buiten; werkt met een jobcoach voor medewerkers met een arbeidsbeperking.",
     "https://schilderspalenstein.example.nl", false},
    {"20001002", "Drukkerij Dorpsstraat", "zoetermeer", "leveringen",
     "Drukwerk en afwerking; biedt werkervaringsplaatsen in de afwerkafdeling.", "https://drukkerijdorpsstraat.example.nl",
     false},
    {"20001003", "Schoonmaakbedrijf Rokkeveen", "zoetermeer", "diensten",
     "Schoonmaak van kantoren en scholen; een derde van het personeel kwam via de banenafspraak.",
     "https://schoonmaakrokkeveen.example.nl", false},
    {"20001004", "Jansen Advies & Training", "zoetermeer", "diensten",
     "Zzp'er: trainingen solliciteren en werkfit, vrijwilliger bij het Taalhuis Zoetermeer.", "https://jansenadvies.example.nl",
     true},
    {"20001005", "Installatietechniek Oosterheem", "zoetermeer", "werken",
     "Elektrotechniek en installatie.", "https://installatie-oosterheem.example.nl", false},
    {"20001006", "Hoveniersbedrijf Meerzicht", "zoetermeer", "werken,diensten",
     "Aanleg en onderhoud van groen met een groenploeg van de Binnenbaan.", "https://hoveniermeerzicht.example.nl", false},
    {"20001007", "ICT-Werkplaats Zoetermeer", "zoetermeer", "diensten,leveringen",
     "Sociale onderneming: opknappen en leveren van laptops door mensen met afstand tot de arbeidsmarkt.",
     "https://ictwerkplaats.example.nl", false},
    {"20001008", "Catering Het Forum", "zoetermeer", "diensten", "Catering voor evenementen.",
     "https://cateringforum.example.nl", false},
    {"20001009", "Vervoer Delft Sociaal", "delft", "diensten",
     "Aangepast vervoer met chauffeurs uit de doelgroep; gevestigd in Delft.", "https://vervoerdelftsociaal.example.nl",
     false},
    {"20001010", "Kantoorartikelen Noordhove", "zoetermeer", "leveringen", "Kantoorartikelen en meubilair.",
     "https://kantoornoordhove.example.nl", false},
    {"20001011", "Bouwservice Seghwaert", "zoetermeer", "werken", "Klein onderhoud en verbouw.",
     "https://bouwservice-seghwaert.example.nl", false},
    {"20001012", "Fietsenmakerij De Leyens", "zoetermeer", "diensten,leveringen",
     "Zzp'er: fietsreparatie, leert jongeren van het VSO het vak.", "https://fietsdeleyens.example.nl", true},
};

/* Companies without the mark that appear in the invitation log. */
static const struct { const char *kvk, *name, *established; } companies[] = {
    {"27362514", "Groenwerk Zoetermeer BV", "zoetermeer"},
    {"30002001", "Aannemersbedrijf Rijswijk BV", "rijswijk"},
    {"30002002", "Facilitair Plus Den Haag", "den-haag"},
    {"30002003", "Zoetermeerse Klussendienst", "zoetermeer"},
    {"30002004", "Drukwerk Nederland BV", ""},
    {"30002005", "Groenvoorziening Leiden BV", ""},
    {"30002006", "Schoonmaak Randstad BV", ""},
    {"30002007", "Zoetermeer Events", "zoetermeer"},
};

static const char BODY[] = "Certificeringsbureau MVO Zuid-Holland";

static inc_status certify(inc_db *db, const char *kvk, bool zzp, inc_date applied, inc_date from, inc_date until,
                          bool first, inc_error *e)
{
    int64_t cert;
    if (!first && app_sebo_apply(db, kvk, applied, &cert, e)) return INC_EINVAL;
    sebo_transition_input t;
    memset(&t, 0, sizeof t);
    t.to = SEBO_ST_IN_AUDIT;
    t.day = applied + 14;
    t.audit_date = applied + 21;
    t.cost_set = true;
    t.audit_cost_cents = 50000;  /* about EUR 500 per applicant, paid by the municipality */
    t.certified_from = t.valid_until = INC_DATE_NONE;
    snprintf(t.audit_body, sizeof t.audit_body, "%s", BODY);
    if (app_sebo_transition(db, kvk, &t, e)) return INC_EINVAL;
    static const char *const texts[SEBO_CRIT__COUNT] = {
        "plaatsingen vanuit de doelgroep aangetoond met contracten", "begeleidingsplannen en jobcoach ingezet",
        "sponsoring en inzet voor maatschappelijke projecten in Zoetermeer", "vrijwilligersuren in Zoetermeer aangetoond",
        "referenties van eerdere sociale projecten", "actief in ondernemersvereniging, deelt ervaringen"};
    for (int c = 0; c < SEBO_CRIT__COUNT; c++) {
        bool skip = zzp && sebo_criterion_may_skip((sebo_criterion)c, true);
        if (app_sebo_evidence_set(db, kvk, (sebo_criterion)c, skip ? "" : texts[c], skip, applied + 21, e)) return INC_EINVAL;
    }
    memset(&t, 0, sizeof t);
    t.to = SEBO_ST_CERTIFIED;
    t.day = from;
    t.audit_date = INC_DATE_NONE;
    t.certified_from = from;
    t.valid_until = until;
    return app_sebo_transition(db, kvk, &t, e);
}

static inc_status status(inc_db *db, const char *kvk, sebo_status to, inc_date day, const char *note, inc_error *e)
{
    sebo_transition_input t;
    memset(&t, 0, sizeof t);
    t.to = to;
    t.day = day;
    t.audit_date = t.certified_from = t.valid_until = INC_DATE_NONE;
    if (note) snprintf(t.note, sizeof t.note, "%s", note);
    if (to == SEBO_ST_IN_AUDIT) {
        snprintf(t.audit_body, sizeof t.audit_body, "%s", BODY);
        t.cost_set = true;
        t.audit_cost_cents = 50000;
    }
    return app_sebo_transition(db, kvk, &t, e);
}

static inc_date D(int y, int m, int d) { return date_from_ymd(y, m, d); }

static inc_status load_holders(inc_db *db, inc_date today, inc_error *e)
{
    for (size_t i = 0; i < sizeof holders / sizeof holders[0]; i++) {
        const demo_holder *h = &holders[i];
        sebo_holder_input in;
        memset(&in, 0, sizeof in);
        snprintf(in.kvk, sizeof in.kvk, "%s", h->kvk);
        snprintf(in.name, sizeof in.name, "%s", h->name);
        snprintf(in.established, sizeof in.established, "%s", h->established);
        snprintf(in.profile, sizeof in.profile, "%s", h->profile);
        snprintf(in.website, sizeof in.website, "%s", h->website);
        in.self_employed = h->zzp;
        for (int c = 0; c < CAT__COUNT; c++) in.kinds[c] = strstr(h->kinds, category_code((inc_category)c)) != NULL;
        in.applied_on = INC_DATE_NONE;
        int64_t id;
        if (app_sebo_holder_add(db, &in, &id, e)) return INC_EINVAL;
    }
    int64_t cert;
#define APPLY(k, d) (app_sebo_apply(db, k, d, &cert, e))
#define CERT(k, zzp, applied, from, until, first) (certify(db, k, zzp, applied, from, until, first, e))
    /* Van der Meer: in the renewed mark since 2015, recertified every three years. */
    if (APPLY("40871236", D(2015, 8, 3)) || CERT("40871236", false, D(2015, 8, 3), D(2015, 10, 1), D(2018, 9, 30), true) ||
        CERT("40871236", false, D(2018, 7, 2), D(2018, 10, 1), D(2021, 9, 30), false) ||
        CERT("40871236", false, D(2021, 7, 5), D(2021, 10, 1), D(2024, 9, 30), false) ||
        CERT("40871236", false, D(2024, 7, 1), D(2024, 10, 1), D(2027, 9, 30), false))
        return INC_EINVAL;
    /* Hoveniersbedrijf Meerzicht: 2015, recertified 2018, 2021, 2024. */
    if (APPLY("20001006", D(2015, 9, 7)) || CERT("20001006", false, D(2015, 9, 7), D(2015, 11, 2), D(2018, 11, 1), true) ||
        CERT("20001006", false, D(2018, 9, 3), D(2018, 11, 2), D(2021, 11, 1), false) ||
        CERT("20001006", false, D(2021, 9, 6), D(2021, 11, 2), D(2024, 11, 1), false) ||
        CERT("20001006", false, D(2024, 9, 2), D(2024, 11, 2), D(2027, 11, 1), false))
        return INC_EINVAL;
    /* Lunchroom De Leeuw: certified 2023, not renewed: verlopen since 1 April 2026. */
    if (APPLY("71002345", D(2023, 1, 9)) || CERT("71002345", false, D(2023, 1, 9), D(2023, 4, 1), D(2026, 3, 31), true))
        return INC_EINVAL;
    if (today > D(2026, 3, 31) && status(db, "71002345", SEBO_ST_EXPIRED, D(2026, 4, 1), "niet hercertificeerd", e))
        return INC_EINVAL;
    /* Schildersbedrijf Palenstein: runs out 40 days from today; recertification in audit. */
    inc_date until = today + 40, from = date_add_months(until + 1, -36);
    if (APPLY("20001001", from - 60) || CERT("20001001", false, from - 60, from, until, true) ||
        APPLY("20001001", today - 10) || status(db, "20001001", SEBO_ST_IN_AUDIT, today - 5, NULL, e))
        return INC_EINVAL;
    /* Drukkerij Dorpsstraat: runs out 75 days from today, no recertification yet. */
    until = today + 75;
    from = date_add_months(until + 1, -36);
    if (APPLY("20001002", from - 60) || CERT("20001002", false, from - 60, from, until, true)) return INC_EINVAL;
    /* ICT-Werkplaats: runs out 20 days from today. */
    until = today + 20;
    from = date_add_months(until + 1, -36);
    if (APPLY("20001007", from - 60) || CERT("20001007", false, from - 60, from, until, true)) return INC_EINVAL;
    /* Schoonmaakbedrijf Rokkeveen and the two zzp'ers: valid. */
    if (APPLY("20001003", D(2023, 11, 6)) || CERT("20001003", false, D(2023, 11, 6), D(2024, 1, 15), D(2027, 1, 14), true))
        return INC_EINVAL;
    if (APPLY("20001004", D(2024, 11, 4)) || CERT("20001004", true, D(2024, 11, 4), D(2025, 1, 6), D(2028, 1, 5), true))
        return INC_EINVAL;
    if (APPLY("20001012", D(2025, 3, 3)) || CERT("20001012", true, D(2025, 3, 3), D(2025, 5, 1), D(2028, 4, 30), true))
        return INC_EINVAL;
    /* Vervoer Delft Sociaal: a holder, but not local to Zoetermeer. */
    if (APPLY("20001009", D(2022, 9, 5)) || CERT("20001009", false, D(2022, 9, 5), D(2022, 11, 1), D(2025, 10, 31), true) ||
        CERT("20001009", false, D(2025, 9, 1), D(2025, 11, 1), D(2028, 10, 31), false))
        return INC_EINVAL;
    /* Installatietechniek Oosterheem: withdrawn on 1 October 2025. */
    if (APPLY("20001005", D(2022, 2, 7)) || CERT("20001005", false, D(2022, 2, 7), D(2022, 4, 1), D(2025, 3, 31), true) ||
        CERT("20001005", false, D(2025, 1, 6), D(2025, 4, 1), D(2028, 3, 31), false) ||
        status(db, "20001005", SEBO_ST_WITHDRAWN, D(2025, 10, 1),
               "geen werkervaringsplaatsen meer geboden; voldoet niet meer aan criterium werkgelegenheid", e))
        return INC_EINVAL;
    /* Bouwservice Seghwaert: withdrawn on 1 March 2024. */
    if (APPLY("20001011", D(2021, 10, 4)) || CERT("20001011", false, D(2021, 10, 4), D(2022, 1, 3), D(2025, 1, 2), true) ||
        status(db, "20001011", SEBO_ST_WITHDRAWN, D(2024, 3, 1), "bedrijf op eigen verzoek gestopt met het keurmerk", e))
        return INC_EINVAL;
    /* Catering Het Forum: audit negative in 2025. */
    if (APPLY("20001008", D(2025, 2, 3)) || status(db, "20001008", SEBO_ST_IN_AUDIT, D(2025, 2, 17), NULL, e) ||
        status(db, "20001008", SEBO_ST_REJECTED, D(2025, 3, 20), "onvoldoende bewijs voor vrijwilligerswerk en past performance", e))
        return INC_EINVAL;
    /* Kantoorartikelen Noordhove: applied, waiting for the audit. */
    if (APPLY("20001010", today - 30)) return INC_EINVAL;
#undef APPLY
#undef CERT
    return INC_OK;
}


/* The wider membership, so the figures per year resemble the published ones (37 holders by
 * September 2016, 56 in 2019, 54 in 2021, 53 at the end of 2023): cohorts by first certification
 * year, renewed every three years, some leaving at the end of a cycle. Names are generated
 * (sector + family name); the KvK numbers 600000NN are fictitious. */
typedef struct {
    int start;   /* year of first certification */
    int n;       /* companies in the cohort */
    int leave;   /* last certificate ends in this year (not renewed); 0 = still a member */
} demo_cohort;

static const demo_cohort cohorts[] = {
    {2015, 17, 0}, {2015, 4, 2018}, {2015, 5, 2021}, {2015, 4, 2024},
    {2016, 5, 0}, {2016, 1, 2019},
    {2017, 4, 0}, {2017, 4, 2020}, {2017, 2, 2023},
    {2018, 5, 0}, {2018, 4, 2021},
    {2019, 3, 0}, {2019, 4, 2022},
    {2020, 2, 0}, {2021, 3, 0}, {2022, 2, 0}, {2023, 1, 0}, {2024, 2, 0}, {2025, 2, 0},
};

static const struct { const char *sector, *kinds; } sectors[] = {
    {"Bouwbedrijf", "werken"}, {"Schoonmaakbedrijf", "diensten"}, {"Installatiebedrijf", "werken"},
    {"Adviesbureau", "diensten"}, {"Hoveniersbedrijf", "werken,diensten"}, {"Transportbedrijf", "diensten"},
    {"Schildersbedrijf", "werken"}, {"Cateringbedrijf", "diensten"}, {"Drukkerij", "leveringen"},
    {"ICT-bedrijf", "diensten,leveringen"}, {"Accountantskantoor", "diensten"}, {"Technisch bureau", "werken,diensten"},
};
static const char *const surnames[] = {
    "De Vries", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "De Boer", "Mulder", "De Groot", "Bos",
    "Vos", "Peters", "Hendriks", "Van Leeuwen", "Dekker", "Brouwer", "De Wit", "Dijkstra", "Smits", "De Graaf"};

static inc_status load_membership(inc_db *db, inc_date today, inc_error *e)
{
    const int ns = (int)(sizeof sectors / sizeof sectors[0]);
    int i = 0;
    for (size_t c = 0; c < sizeof cohorts / sizeof cohorts[0]; c++) {
        for (int k = 0; k < cohorts[c].n; k++, i++) {
            sebo_holder_input in;
            memset(&in, 0, sizeof in);
            snprintf(in.kvk, sizeof in.kvk, "600000%02d", i % 100);
            snprintf(in.name, sizeof in.name, "%s %s", sectors[i % ns].sector, surnames[(i / ns + i) % 20]);
            snprintf(in.established, sizeof in.established, "%s", i % 11 == 5 ? "lansingerland" : "zoetermeer");
            snprintf(in.profile, sizeof in.profile, "%s uit %s; keurmerkhouder sinds %d.", sectors[i % ns].sector,
                     in.established[0] == 'z' ? "Zoetermeer" : "Lansingerland", cohorts[c].start);
            snprintf(in.website, sizeof in.website, "https://www.sebo-lid-%02d.example.nl", i % 100);
            for (int t = 0; t < CAT__COUNT; t++)
                in.kinds[t] = strstr(sectors[i % ns].kinds, category_code((inc_category)t)) != NULL;
            in.applied_on = INC_DATE_NONE;
            int64_t id;
            if (app_sebo_holder_add(db, &in, &id, e)) return INC_EINVAL;
            /* First certificate in month 2..11 of the start year; every cycle three years. */
            inc_date from = date_from_ymd(cohorts[c].start, 2 + (i * 7) % 10, 1);
            bool first = true;
            for (;;) {
                inc_date until = date_add_months(from, 36) - 1, applied = from - 75;
                if (applied > today) break;
                if (from > today) {
                    /* The next cycle starts after today: its application is open, nothing certified yet. */
                    if (app_sebo_apply(db, in.kvk, applied, &(int64_t){0}, e)) return INC_EINVAL;
                    if (applied + 14 <= today && status(db, in.kvk, SEBO_ST_IN_AUDIT, applied + 14, NULL, e))
                        return INC_EINVAL;
                    break;
                }
                if (first && app_sebo_apply(db, in.kvk, applied, &(int64_t){0}, e)) return INC_EINVAL;
                if (certify(db, in.kvk, false, applied, from, until, first, e)) return INC_EINVAL;
                first = false;
                int y, m, d;
                date_to_ymd(until, &y, &m, &d);
                if (cohorts[c].leave && y >= cohorts[c].leave) {
                    if (until < today && status(db, in.kvk, SEBO_ST_EXPIRED, until + 1, "niet hercertificeerd", e))
                        return INC_EINVAL;
                    break;
                }
                from = until + 1;
                if (from - 75 > today) break;
            }
        }
    }
    return INC_OK;
}

typedef struct {
    const char *date, *municipality, *department, *reference, *subject, *category, *value, *procedure;
    const char *invited;  /* comma separated KvK numbers */
    const char *quotes;   /* "kvk=amount;kvk=amount" */
    const char *winner, *reason;
} demo_procurement;

static const demo_procurement procurements[] = {
    {"2024-01-22", "zoetermeer", "Stadsontwikkeling", "ZTM-2024-003", "Reconstructie Dorpsstraat", "werken", "1200000",
     "meervoudig-onderhands", "40871236,30002001,27362514", "40871236=1200000;30002001=1265000;27362514=1310000",
     "40871236", NULL},
    {"2024-03-11", "zoetermeer", "Facilitair", "ZTM-2024-E07", "Schoonmaak bedrijfsrestaurant", "diensten", "45000",
     "enkelvoudig-onderhands", "20001003", "20001003=43500", "20001003", NULL},
    {"2024-05-20", "zoetermeer", "Communicatie", "ZTM-2024-E12", "Drukwerk jaarverslag", "leveringen", "18000",
     "enkelvoudig-onderhands", "30002004", "30002004=17250", "30002004", NULL},
    {"2024-06-03", "zoetermeer", "Stadsbeheer", "ZTM-2024-M09", "Snoeiwerk bomen Rokkeveen", "werken", "95000",
     "meervoudig-onderhands", "27362514,30002005,30002001", "27362514=91000;30002005=88400", "30002005", NULL},
    {"2024-09-16", "zoetermeer", "Sport en Recreatie", "ZTM-2024-M14", "Onderhoud kunstgrasvelden", "werken", "140000",
     "meervoudig-onderhands", "20001006,27362514,30002005", "20001006=138000;27362514=131500;30002005=142000",
     "27362514", NULL},
    {"2024-11-04", "zoetermeer", "Sociaal Domein", "ZTM-2024-M17", "Training werkfit voor statushouders", "diensten",
     "60000", "meervoudig-onderhands", "30002002,30002006", "30002002=58000;30002006=61000", "30002002",
     "Specialistische training met NT2-erkenning; geen lokale aanbieder met deze erkenning gevonden."},
    {"2025-01-20", "zoetermeer", "Facilitair", "ZTM-2025-E02", "Catering nieuwjaarsreceptie", "diensten", "12500",
     "enkelvoudig-onderhands", "71002345", "71002345=12100", "71002345", NULL},
    {"2025-03-03", "zoetermeer", "Informatievoorziening", "ZTM-2025-M04", "Opknappen en leveren laptops scholen",
     "leveringen", "30000", "meervoudig-onderhands", "20001007,30002004", "20001007=28900;30002004=27500", "20001007",
     NULL},
    {"2025-04-14", "zoetermeer", "Stadsbeheer", "ZTM-2025-M06", "Herinrichting speelplaats Meerzicht", "werken", "210000",
     "meervoudig-onderhands", "30002001,30002003,27362514", "30002001=205000;30002003=214000;27362514=199500",
     "27362514", NULL},
    {"2025-06-09", "zoetermeer", "Communicatie", "ZTM-2025-E09", "Organisatie Dag van de Ondernemer", "diensten", "25000",
     "enkelvoudig-onderhands", "30002007", "30002007=24800", "30002007", NULL},
    {"2025-09-01", "zoetermeer", "Vastgoed", "ZTM-2025-M11", "Schilderwerk stadskantoor", "werken", "65000",
     "meervoudig-onderhands", "20001001,30002001", "20001001=62000;30002001=66500", "20001001", NULL},
    {"2025-10-13", "zoetermeer", "Sociaal Domein", "ZTM-2025-M13", "Vervoer dagbesteding", "diensten", "180000",
     "meervoudig-onderhands", "20001009,30002006,30002002", "20001009=171000;30002002=176000", "20001009", NULL},
    {"2025-11-17", "zoetermeer", "Facilitair", "ZTM-2025-M15", "Kantoorartikelen raamovereenkomst", "leveringen",
     "250000", "meervoudig-onderhands", "30002004,30002006", "30002004=240000;30002006=246000", "30002004", NULL},
    {"2026-01-12", "zoetermeer", "Stadsbeheer", "ZTM-2026-M01", "Groenonderhoud begraafplaats", "werken", "120000",
     "meervoudig-onderhands", "20001006,40871236,27362514", "20001006=114000;40871236=125000;27362514=118000",
     "20001006", NULL},
    {"2026-02-02", "zoetermeer", "Facilitair", "ZTM-2026-E02", "Glazenwassen stadhuis", "diensten", "35000",
     "enkelvoudig-onderhands", "20001003", "20001003=34200", "20001003", NULL},
    {"2026-03-16", "zoetermeer", "Communicatie", "ZTM-2026-E05", "Fotografie raadsportretten", "diensten", "8000",
     "enkelvoudig-onderhands", "20001004", "20001004=7600", "20001004", NULL},
    {"2026-05-11", "zoetermeer", "Sport en Recreatie", "ZTM-2026-E08", "Herstel fietsenstalling sporthal na storm",
     "diensten", "15000", "enkelvoudig-onderhands", "30002003", "30002003=14750", "30002003",
     "Spoed na stormschade; de SEBO-houders voor diensten konden niet binnen twee dagen leveren."},
    {"2026-06-22", "zoetermeer", "Stadsbeheer", "ZTM-2026-M07", "Reparatie bestrating Oosterheem", "werken", "80000",
     "meervoudig-onderhands", "30002001,30002005", "30002001=78000;30002005=81000", "30002001", NULL},
    {"2026-09-07", "zoetermeer", "Sociaal Domein", "ZTM-2026-M10", "Jobcoaching nieuwe medewerkers", "diensten",
     "90000", "meervoudig-onderhands", "20001004,20001003,30002002", "20001004=88000;30002002=86000", "30002002", NULL},
    {"2026-10-05", "zoetermeer", "Informatievoorziening", "ZTM-2026-M12", "Levering tablets wijkteams", "leveringen",
     "40000", "meervoudig-onderhands", "20001012,20001007,30002004", "20001007=38500;30002004=36900", NULL, NULL},
};

static inc_status load_procurement(inc_db *db, const demo_procurement *p, inc_error *e)
{
    sebo_proc_input in;
    sebo_proc_input_init(&in);
    snprintf(in.municipality, sizeof in.municipality, "%s", p->municipality);
    snprintf(in.department, sizeof in.department, "%s", p->department);
    snprintf(in.reference, sizeof in.reference, "%s", p->reference);
    snprintf(in.subject, sizeof in.subject, "%s", p->subject);
    category_parse(p->category, &in.category);
    procedure_parse(p->procedure, &in.procedure);
    if (date_parse(p->date, &in.date, "date", e) || decimal_parse(p->value, 2, &in.estimated_cents, "value", e))
        return INC_EINVAL;
    for (const char *s = p->invited; *s && in.invited_count < SEBO_MAX_INVITED; s += (s[8] == ',') ? 9 : 8)
        snprintf(in.invited[in.invited_count++], 16, "%.8s", s);
    char buf[400];
    snprintf(buf, sizeof buf, "%s", p->quotes ? p->quotes : "");
    for (char *save = NULL, *t = strtok_r(buf, ";", &save); t; t = strtok_r(NULL, ";", &save)) {
        char *eq = strchr(t, '=');
        if (!eq) continue;
        *eq = 0;
        snprintf(in.quote_kvk[in.quote_count], 16, "%s", t);
        if (decimal_parse(eq + 1, 2, &in.quote_cents[in.quote_count], "quote", e)) return INC_EINVAL;
        in.quote_amount_set[in.quote_count++] = true;
    }
    if (p->winner) snprintf(in.winner, sizeof in.winner, "%s", p->winner);
    if (p->reason) snprintf(in.reason, sizeof in.reason, "%s", p->reason);
    int64_t id;
    return app_procurement_log(db, &in, &id, NULL, e);
}

inc_status demo_sebo_load(inc_db *db, inc_error *e)
{
    inc_date today = date_today();
    if (db_begin(db, e)) return INC_EIO;
    inc_status s = INC_OK;
    for (size_t i = 0; s == INC_OK && i < sizeof companies / sizeof companies[0]; i++) {
        bool created;
        s = app_procurement_company_add(db, companies[i].kvk, companies[i].name, companies[i].established, &created, e);
    }
    if (s == INC_OK) s = load_holders(db, today, e);
    if (s == INC_OK) s = load_membership(db, today, e);
    for (size_t i = 0; s == INC_OK && i < sizeof procurements / sizeof procurements[0]; i++) {
        inc_date d;
        date_parse(procurements[i].date, &d, "date", NULL);
        if (d <= today) s = load_procurement(db, &procurements[i], e);
    }
    if (s != INC_OK) {
        db_rollback(db);
        return s;
    }
    return db_commit(db, e);
}
