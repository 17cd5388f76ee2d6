/* Demo data of the banenafspraak monitor.
 *
 * 1. Zoetermeer as employer (organisation "Gemeente Zoetermeer", demo KvK 99000001) with its
 *    departments, built so that the audit office's table is reproduced exactly on the yearly
 *    peildatum of 31 December: realised 13.60 fte (2018), 30.70 fte (2019), 33.70 fte (2020) against
 *    the seeded targets 27.4 / 31.1 / 34.6, goal not met each year. Trial placements count; 2018
 *    includes two secondments (detachering) from DSW, the sheltered-work company before De Binnenbaan.
 *    Worked sums (weekly hours active on 31 December, fte = hours / 36):
 *      2018: 489.60 h = 13.60 fte    2019: 1105.20 h = 30.70 fte    2020: 1213.20 h = 33.70 fte
 * 2. Market and government employers in the ZHC region with target groups, instruments, contract
 *    types, trials turned into contracts, Direct Werk placements in 2023 (9 at 4 employers) and
 *    beschut werk at the work company, so the breakdowns and durability measures mean something.
 * 3. The banenafspraak realisations of the register's demo are linked (created as records).
 * The people are demo BSNs from bsn_from_seed; KvK numbers of the demo employers are made up. */
#include "store/demo.h"
#include "app/banen_records.h"
#include "app/banen_targets.h"
#include "core/ident.h"
#include "store/banen_link.h"
#include "store/banen_store.h"
#include <stdio.h>
#include <string.h>

typedef struct {
    const char *municipality, *kvk, *employer, *department, *sector;
    unsigned person;
    const char *group, *start, *end, *hours, *contract, *instrument, *source;
} demo_employment;

static const demo_employment own_records[] = {
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000001, "wsw", "2016-03-01", "2019-02-28", "36", "detachering", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000002, "wsw", "2017-09-01", "2019-03-31", "32", "detachering", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000003, "wajong", "2016-01-01", "", "24", "vast", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000004, "participatiewet", "2017-04-01", "", "32", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000005, "wajong", "2018-02-01", "2019-01-31", "20", "tijdelijk", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000005, "wajong", "2019-02-01", "", "24", "vast", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000006, "participatiewet", "2018-11-15", "2019-01-31", "28", "proefplaatsing", "geen", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000006, "participatiewet", "2019-02-01", "2020-01-31", "28", "tijdelijk", "loonkostensubsidie", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000006, "participatiewet", "2020-02-01", "", "28", "vast", "loonkostensubsidie", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000007, "wajong", "2015-06-01", "", "36", "vast", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000008, "wiw-id", "2018-06-01", "2019-05-31", "18", "tijdelijk", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000009, "participatiewet", "2017-10-01", "2018-12-31", "24", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000010, "wsw", "2014-01-01", "2020-03-31", "32", "vast", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000011, "wajong", "2016-05-01", "", "36", "vast", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000012, "wsw", "2017-01-01", "", "36", "vast", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000013, "wajong", "2016-09-01", "", "28", "vast", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000014, "wajong", "2017-02-01", "", "28", "vast", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000015, "participatiewet", "2018-03-01", "2019-08-31", "30", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000016, "wajong", "2018-09-01", "2019-03-31", "24", "tijdelijk", "ips", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000017, "wajong", "2018-10-01", "2019-09-30", "25.6", "tijdelijk", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000018, "wajong", "2019-01-01", "2019-03-03", "36", "proefplaatsing", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000019, "participatiewet", "2019-02-01", "", "36", "vast", "loonkostensubsidie", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000020, "wsw", "2019-03-01", "2021-02-28", "32", "tijdelijk", "geen", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000021, "wajong", "2019-04-01", "2020-08-31", "32", "tijdelijk", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000022, "participatiewet", "2019-05-01", "2021-04-30", "32", "tijdelijk", "loonkostensubsidie", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000023, "wiw-id", "2019-06-01", "2019-08-01", "28", "proefplaatsing", "ips", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000023, "wiw-id", "2019-08-02", "", "28", "vast", "ips", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000024, "wajong", "2019-07-01", "2021-06-30", "28", "tijdelijk", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsontwikkeling", "overheid", 20000025, "participatiewet", "2019-08-01", "2020-08-31", "24", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000026, "wajong", "2019-09-01", "2021-08-31", "24", "tijdelijk", "jobcoach", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000027, "participatiewet", "2019-10-01", "", "20", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000028, "wsw", "2019-11-01", "2020-01-01", "36", "proefplaatsing", "geen", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000029, "wajong", "2019-01-01", "2020-08-31", "32", "tijdelijk", "jobcoach", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000030, "participatiewet", "2019-02-01", "2021-01-31", "28", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000031, "wiw-id", "2019-03-01", "", "24", "vast", "ips", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000032, "wajong", "2019-04-01", "2021-03-31", "32", "tijdelijk", "geen", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsontwikkeling", "overheid", 20000033, "participatiewet", "2019-05-01", "2019-07-01", "36", "proefplaatsing", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsontwikkeling", "overheid", 20000033, "participatiewet", "2019-07-02", "2020-08-31", "36", "tijdelijk", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000034, "wajong", "2019-06-01", "2021-05-31", "28", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000035, "participatiewet", "2019-07-01", "", "32", "vast", "loonkostensubsidie", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000036, "wsw", "2019-08-01", "2021-07-31", "24", "tijdelijk", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000037, "wajong", "2019-09-01", "2020-08-31", "30", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000038, "participatiewet", "2019-10-01", "2019-12-01", "36", "proefplaatsing", "loonkostensubsidie", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000039, "wiw-id", "2019-11-01", "", "32", "vast", "ips", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000040, "wajong", "2019-01-01", "2020-12-31", "28", "tijdelijk", "geen", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsontwikkeling", "overheid", 20000041, "participatiewet", "2019-02-01", "2020-08-31", "36", "tijdelijk", "jobcoach", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000042, "wajong", "2019-03-01", "2021-02-28", "32", "tijdelijk", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000043, "participatiewet", "2019-04-01", "2019-06-01", "28", "proefplaatsing", "loonkostensubsidie", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000043, "participatiewet", "2019-06-02", "", "28", "vast", "loonkostensubsidie", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000044, "wsw", "2019-05-01", "2021-04-30", "32", "tijdelijk", "geen", "eigen-werving"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000045, "wajong", "2019-12-01", "2020-02-29", "24", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000046, "participatiewet", "2019-10-01", "2020-06-30", "31.2", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000047, "participatiewet", "2020-02-01", "2020-03-31", "36", "proefplaatsing", "geen", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000047, "participatiewet", "2020-04-01", "2022-12-31", "36", "tijdelijk", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000048, "wsw", "2020-03-01", "", "32", "vast", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000049, "wajong", "2020-04-01", "2022-12-31", "28", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000050, "participatiewet", "2020-05-01", "2020-06-29", "24", "proefplaatsing", "ips", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000050, "participatiewet", "2020-06-30", "", "24", "vast", "ips", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsontwikkeling", "overheid", 20000051, "wiw-id", "2020-06-01", "2022-12-31", "32", "tijdelijk", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000052, "wajong", "2020-07-01", "", "36", "vast", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000053, "participatiewet", "2020-08-01", "2020-09-29", "20", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Facilitair", "overheid", 20000053, "participatiewet", "2020-09-30", "2022-12-31", "20", "tijdelijk", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000054, "wajong", "2020-09-01", "", "28", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Sociaal Domein", "overheid", 20000055, "participatiewet", "2020-10-01", "2022-12-31", "36", "tijdelijk", "geen", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000056, "wsw", "2020-11-01", "2020-12-30", "32", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Informatievoorziening", "overheid", 20000056, "wsw", "2020-12-31", "", "32", "vast", "jobcoach", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Financiën", "overheid", 20000057, "wajong", "2020-02-08", "2022-12-31", "28", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Communicatie", "overheid", 20000058, "participatiewet", "2020-03-08", "", "32", "vast", "ips", "wsp"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Stadsbeheer", "overheid", 20000059, "wsw", "2020-11-16", "2021-01-31", "32", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"zoetermeer", "99000001", "Gemeente Zoetermeer", "Publiekszaken", "overheid", 20000060, "wajong", "2020-09-01", "", "25.2", "vast", "jobcoach", "wsp"},
};

static const demo_employment market_records[] = {
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000001, "wajong", "2024-03-04", "2024-08-31", "16", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000002, "participatiewet", "2018-07-26", "2020-07-24", "16", "detachering", "jobcoach", "binnenbaan"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000003, "wsw", "2023-08-16", "2024-02-12", "28", "tijdelijk", "ips", "sroi"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000004, "wiw-id", "2022-09-01", "2024-08-30", "36", "tijdelijk", "geen", "eigen-werving"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000005, "wajong", "2019-06-22", "2019-08-21", "30", "proefplaatsing", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000005, "wajong", "2019-08-22", "", "30", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000006, "participatiewet", "2018-10-16", "", "28", "vast", "loonkostensubsidie", "wsp"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Klantcontact", "overheid", 21000007, "wsw", "2020-10-10", "2021-10-09", "16", "tijdelijk", "jobcoach", "binnenbaan"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000008, "wiw-id", "2023-10-09", "2025-10-07", "24", "tijdelijk", "ips", "sroi"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000009, "wajong", "2021-03-31", "2021-05-30", "16", "proefplaatsing", "geen", "eigen-werving"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000009, "wajong", "2021-05-31", "", "16", "tijdelijk", "geen", "eigen-werving"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000010, "participatiewet", "2023-06-23", "2025-06-21", "20", "detachering", "loonkostensubsidie", "wsp"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000011, "wsw", "2020-03-31", "", "16", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000012, "wiw-id", "2020-02-13", "2020-08-11", "30", "detachering", "jobcoach", "binnenbaan"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000013, "wajong", "2020-12-26", "2022-12-25", "20", "detachering", "ips", "sroi"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000014, "participatiewet", "2023-11-01", "2024-01-30", "18", "proefplaatsing", "geen", "eigen-werving"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000015, "wsw", "2018-11-01", "", "30", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000016, "wiw-id", "2024-09-05", "2025-03-04", "25.5", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000017, "wajong", "2021-07-02", "2023-07-01", "24", "tijdelijk", "jobcoach", "binnenbaan"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000018, "participatiewet", "2019-05-21", "2022-07-03", "30", "vast", "ips", "sroi"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000019, "wsw", "2019-12-21", "2021-12-19", "18", "tijdelijk", "geen", "eigen-werving"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000020, "wiw-id", "2023-07-23", "2023-09-21", "28", "proefplaatsing", "loonkostensubsidie", "wsp"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000021, "wajong", "2019-06-18", "2019-08-17", "18", "proefplaatsing", "loonkostensubsidie", "wsp"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000021, "wajong", "2019-08-18", "", "18", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000022, "participatiewet", "2017-07-12", "2019-07-11", "16", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000023, "wsw", "2023-09-09", "", "16", "vast", "ips", "sroi"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000024, "wiw-id", "2022-12-08", "2023-01-07", "24", "proefplaatsing", "geen", "eigen-werving"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000025, "wajong", "2024-08-24", "", "32", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000026, "participatiewet", "2018-04-02", "", "24", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000027, "wsw", "2019-12-15", "2020-06-12", "32", "tijdelijk", "jobcoach", "binnenbaan"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000028, "wiw-id", "2024-03-02", "2024-04-01", "32", "proefplaatsing", "ips", "sroi"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000029, "wajong", "2021-03-12", "2021-06-10", "18", "proefplaatsing", "geen", "eigen-werving"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000029, "wajong", "2021-06-11", "", "18", "tijdelijk", "geen", "eigen-werving"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000030, "participatiewet", "2023-09-20", "", "25.5", "vast", "loonkostensubsidie", "wsp"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000031, "wsw", "2020-06-13", "2022-06-12", "20", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000032, "wiw-id", "2017-12-17", "", "30", "tijdelijk", "jobcoach", "binnenbaan"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000033, "wajong", "2018-06-10", "2018-07-10", "30", "proefplaatsing", "ips", "sroi"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000033, "wajong", "2018-07-11", "", "30", "tijdelijk", "ips", "sroi"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000034, "participatiewet", "2022-12-02", "2026-06-28", "36", "vast", "geen", "eigen-werving"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000035, "wsw", "2020-06-30", "2021-06-29", "28", "detachering", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000036, "wiw-id", "2018-05-11", "2018-11-07", "20", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000037, "wajong", "2023-08-08", "2025-08-06", "20", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000038, "participatiewet", "2019-07-27", "", "16", "tijdelijk", "ips", "sroi"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000039, "wsw", "2022-10-07", "", "20", "vast", "geen", "eigen-werving"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Klantcontact", "overheid", 21000040, "wiw-id", "2023-01-18", "", "18", "detachering", "loonkostensubsidie", "wsp"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000041, "wajong", "2019-09-23", "", "30", "vast", "loonkostensubsidie", "wsp"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000042, "participatiewet", "2024-05-23", "", "28", "vast", "jobcoach", "binnenbaan"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000043, "wsw", "2017-08-10", "2018-08-09", "16", "tijdelijk", "ips", "sroi"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000044, "wiw-id", "2019-10-16", "2020-04-13", "20", "tijdelijk", "geen", "eigen-werving"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000045, "wajong", "2019-01-22", "", "24", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000046, "participatiewet", "2021-12-21", "2023-12-20", "32", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000047, "wsw", "2018-01-18", "2019-01-17", "20", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000048, "wiw-id", "2021-07-01", "2022-06-30", "12", "tijdelijk", "ips", "sroi"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000049, "wajong", "2022-02-07", "", "24", "vast", "geen", "eigen-werving"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000050, "participatiewet", "2018-09-27", "", "20", "vast", "loonkostensubsidie", "wsp"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000051, "wsw", "2023-07-01", "2023-12-28", "32", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000052, "wiw-id", "2023-07-21", "2023-10-19", "30", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000053, "wajong", "2017-08-21", "", "32", "tijdelijk", "ips", "sroi"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000054, "participatiewet", "2023-09-04", "", "16", "detachering", "geen", "eigen-werving"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000055, "wsw", "2018-05-07", "2018-11-03", "36", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000056, "wiw-id", "2021-09-14", "2021-12-13", "36", "proefplaatsing", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000057, "wajong", "2019-12-05", "2020-06-02", "20", "detachering", "jobcoach", "binnenbaan"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000058, "participatiewet", "2021-06-10", "2022-06-09", "18", "detachering", "ips", "sroi"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000059, "wsw", "2017-10-25", "", "12", "vast", "geen", "eigen-werving"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000060, "wiw-id", "2017-10-28", "2018-04-26", "32", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000061, "wajong", "2017-10-09", "", "20", "vast", "loonkostensubsidie", "wsp"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000062, "participatiewet", "2023-02-04", "2023-05-05", "24", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000063, "wsw", "2024-06-28", "2025-08-14", "32", "vast", "ips", "sroi"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000064, "wiw-id", "2019-12-20", "2020-06-17", "16", "tijdelijk", "geen", "eigen-werving"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000065, "wajong", "2020-02-29", "2020-08-27", "36", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000066, "participatiewet", "2022-09-02", "2023-07-03", "30", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000067, "wsw", "2024-02-12", "", "28", "vast", "jobcoach", "binnenbaan"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000068, "wiw-id", "2018-06-20", "2020-06-18", "24", "tijdelijk", "ips", "sroi"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000069, "wajong", "2023-04-17", "2025-04-15", "12", "tijdelijk", "geen", "eigen-werving"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000070, "participatiewet", "2023-02-13", "", "12", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000071, "wsw", "2021-10-27", "2022-04-25", "18", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000072, "wiw-id", "2019-05-11", "2021-05-09", "20", "detachering", "jobcoach", "binnenbaan"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000073, "wajong", "2023-12-18", "", "18", "tijdelijk", "ips", "sroi"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000074, "participatiewet", "2021-08-16", "2022-08-15", "12", "tijdelijk", "geen", "eigen-werving"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000075, "wsw", "2024-07-06", "", "20", "vast", "loonkostensubsidie", "wsp"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000076, "wiw-id", "2021-04-16", "", "12", "vast", "loonkostensubsidie", "wsp"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000077, "wajong", "2020-12-03", "2022-12-02", "24", "tijdelijk", "jobcoach", "binnenbaan"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000078, "participatiewet", "2021-06-21", "2023-08-01", "25.5", "vast", "ips", "sroi"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000079, "wsw", "2024-03-12", "", "32", "vast", "geen", "eigen-werving"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000080, "wiw-id", "2017-04-24", "", "16", "vast", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000081, "wajong", "2017-06-06", "2017-08-05", "16", "proefplaatsing", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000081, "wajong", "2017-08-06", "", "16", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000082, "participatiewet", "2020-07-08", "2020-10-06", "28", "proefplaatsing", "jobcoach", "binnenbaan"},
    {"lansingerland", "68012947", "Kwekerij Oostland BV", "", "markt", 21000083, "wsw", "2021-04-27", "2023-04-26", "36", "tijdelijk", "ips", "sroi"},
    {"lansingerland", "99000002", "Gemeente Lansingerland", "Buitendienst", "overheid", 21000084, "wiw-id", "2017-01-07", "2017-04-07", "32", "proefplaatsing", "geen", "eigen-werving"},
    {"pijnacker-nootdorp", "70345128", "Fietsenmakerij Pijnacker", "", "markt", 21000085, "wajong", "2021-01-31", "", "28", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000086, "participatiewet", "2023-12-28", "2025-12-26", "25.5", "detachering", "loonkostensubsidie", "wsp"},
    {"voorschoten", "72345671", "Drukkerij Voorschoten BV", "", "markt", 21000087, "wsw", "2022-09-09", "2023-09-08", "24", "detachering", "jobcoach", "binnenbaan"},
    {"wassenaar", "73456782", "Landgoedbeheer Wassenaar", "", "markt", 21000088, "wiw-id", "2023-03-21", "2024-03-19", "18", "tijdelijk", "ips", "sroi"},
    {"zoetermeer", "27362514", "Groenwerk Zoetermeer BV", "", "markt", 21000089, "wajong", "2023-11-27", "", "36", "vast", "geen", "eigen-werving"},
    {"zoetermeer", "58221904", "Schoon & Sociaal Schoonmaak BV", "", "markt", 21000090, "participatiewet", "2020-05-29", "2022-05-28", "24", "tijdelijk", "loonkostensubsidie", "wsp"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000091, "participatiewet", "2023-01-16", "2024-01-15", "24", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000092, "wajong", "2023-02-22", "", "20", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000093, "participatiewet", "2023-03-31", "", "28", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000094, "wajong", "2023-05-07", "2024-05-05", "24", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "64418203", "Logistiek Centrum Zoetermeer BV", "", "markt", 21000095, "participatiewet", "2023-06-13", "", "20", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000096, "wajong", "2023-07-20", "", "28", "tijdelijk", "direct-werk", "binnenbaan"},
    {"leidschendam-voorburg", "71234560", "Zorggroep Vliet en Veen", "", "markt", 21000097, "participatiewet", "2023-08-26", "2024-08-24", "24", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "52910384", "Hotel Restaurant De Meerpaal", "", "markt", 21000098, "wajong", "2023-10-02", "", "20", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "61230457", "Supermarkt Dorpsstraat Zoetermeer", "", "markt", 21000099, "participatiewet", "2023-11-08", "", "28", "tijdelijk", "direct-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000100, "nieuw-beschut", "2019-01-01", "", "32", "vast", "beschut-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000101, "wsw", "2020-02-01", "", "28", "vast", "beschut-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000102, "nieuw-beschut", "2021-03-01", "", "24", "vast", "beschut-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000103, "wsw", "2022-04-01", "", "36", "vast", "beschut-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000104, "nieuw-beschut", "2023-05-01", "", "32", "vast", "beschut-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000105, "wsw", "2019-06-01", "", "28", "vast", "beschut-werk", "binnenbaan"},
    {"zoetermeer", "74567893", "Wasserij De Binnenbaan", "", "overheid", 21000106, "nieuw-beschut", "2020-07-01", "", "24", "vast", "beschut-werk", "binnenbaan"},
};

static inc_status load_records(inc_db *db, const demo_employment *r, size_t n, inc_error *e)
{
    for (size_t i = 0; i < n; i++) {
        char bsn[10];
        bsn_from_seed(r[i].person * 3u, bsn);
        const char *f[BF__COUNT] = {r[i].municipality, r[i].kvk,   r[i].employer, r[i].department, r[i].sector,
                                    bsn,              r[i].group,  r[i].start,    r[i].end,        r[i].hours,
                                    r[i].contract,    r[i].instrument, r[i].source};
        banen_input in;
        int64_t id;
        if (banen_input_parse(f, &in, e) || banen_record_insert_tx(db, &in, &id, e)) {
            char msg[sizeof e->message];
            snprintf(msg, sizeof msg, "%s", e->message);
            return inc_fail(e, e->status, e->field, "demo-dienstverband %zu (%s, %s): %s", i + 1, r[i].employer,
                            r[i].start, msg);
        }
    }
    return INC_OK;
}

inc_status demo_banen_load(inc_db *db, inc_error *e)
{
    /* The national beschut-werk task is not in the sources: a clearly marked demo figure. */
    banen_target task = {.kind = "beschut-werk", .scope = "gemeente", .scope_code = "zoetermeer", .year = 2023,
                         .value_centi = 800, .peildatum = INC_DATE_NONE, .baseline = INC_DATE_NONE,
                         .source = "demowaarde, geen bron"};
    if (app_banen_own_employer_set(db, "zoetermeer", "99000001", "Gemeente Zoetermeer", e) ||
        app_banen_own_employer_set(db, "lansingerland", "99000002", "Gemeente Lansingerland", e) ||
        app_banen_target_set(db, &task, e))
        return e->status;
    if (db_begin(db, e)) return INC_EIO;
    if (load_records(db, own_records, sizeof own_records / sizeof *own_records, e) ||
        load_records(db, market_records, sizeof market_records / sizeof *market_records, e) ||
        banen_link_pending_bulk(db, e)) {   /* the register's demo realisations, if any are left */
        db_rollback(db);
        return e->status ? e->status : INC_EIO;
    }
    return db_commit(db, e);
}
