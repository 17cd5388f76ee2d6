#include "core/goal_computation.h"
#include <stddef.h>
#include <string.h>

static const goal_computation_info computations[] = {
    {"sroi_realised_vs_due", "SROI-waarde geverifieerd tegen verschuldigd (%)", "procent", "sroi",
     "Geverifieerde SROI-waarde tot de peildatum gedeeld door wat tot de peildatum verschuldigd was: per contract de "
     "verplichting (min wat SEBO dekt) naar rato van de verstreken contractduur, de hele verplichting zodra het "
     "contract is afgelopen. Een contract dat nog niet is begonnen telt niet mee."},
    {"contracts_on_schedule_share", "Aandeel contracten met SROI-verplichting op schema of voldaan (%)", "procent", "sroi",
     "Aandeel van de gestarte contracten met een SROI-verplichting dat op de peildatum voldaan is of op schema ligt."},
    {"banen_vs_target", "Banenafspraak: gerealiseerde banen tegen het doel (%)", "procent", "banen",
     "Banen bij de gemeente als werkgever op de peildatum gedeeld door het doel van dat jaar."},
    {"sebo_holders", "Aantal SEBO-keurmerkhouders", "aantal", "sebo",
     "SEBO-keurmerkhouders van de gemeente met een geldig keurmerk op de peildatum."},
    {"placements_by_instrument", "Banenafspraak: mensen aan het werk op de peildatum (alle instrumenten)", "aantal", "banen",
     "Mensen uit het doelgroepregister met een dienstverband dat meetelt op de peildatum."},
    {"permanent_contract_share", "Banenafspraak: aandeel dienstverbanden met een vast contract (%)", "procent", "banen",
     "Aandeel van de lopende dienstverbanden op de peildatum met een vast contract."},
    {"questions_answered_48h", "Ondernemersvragen binnen 48 uur beantwoord (%)", "procent", "wsp",
     "Vragen van ondernemers van 1 januari tot de peildatum die binnen 48 uur zijn beantwoord."},
    {"sroi_awards_registered_share", "Aanbestedingen met SROI-verplichting: aandeel geregistreerd (%)", "procent", "sroi",
     "Gunningen van 1 januari tot de peildatum die volgens het beleid social return dragen (zonder ontheffing): het "
     "aandeel dat als bevestigd contract in het register staat (geregistreerd x van y)."},
    {"sroi_resident_share", "SROI-banen voor inwoners van de gemeente (%)", "procent", "sroi",
     "Van de banen uit social return (realisaties van een bouwblok per jaar, niet afgewezen, begonnen op of voor de "
     "peildatum) met een bekende woonplaats: het aandeel kandidaten dat in de gemeente woont."},
    {"sroi_durable_12_share", "SROI-banen: na 12 maanden nog aan het werk (%)", "procent", "sroi",
     "Van de banen uit social return waarvan 12 maanden na het einde op of voor de peildatum ligt en het antwoord "
     "bekend is (van de opdrachtnemer of uit de banenafspraak): het aandeel kandidaten dat er dan nog werkt."},
};

const goal_computation_info *goal_computation_list(int *n)
{
    *n = (int)(sizeof computations / sizeof computations[0]);
    return computations;
}

const goal_computation_info *goal_computation_find(const char *code)
{
    for (size_t i = 0; code && i < sizeof computations / sizeof computations[0]; i++)
        if (strcmp(computations[i].code, code) == 0) return &computations[i];
    return NULL;
}

bool goal_computation_known(const char *code) { return goal_computation_find(code) != NULL; }

const char *goal_computation_definition(const char *code)
{
    const goal_computation_info *c = goal_computation_find(code);
    return c ? c->definition : NULL;
}
