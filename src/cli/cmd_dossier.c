/* inclusio dossier show|note: the timeline of a contract after the award (issue 17). */
#include "cli/commands.h"
#include "app/dossier.h"
#include "app/register_contract.h"
#include <stdlib.h>
#include <string.h>

static const cli_option show_opts[] = {CLI_OPT_MUNICIPALITY("gemeente (met --reference, in plaats van ID)"),
                                       {"reference", "REF", "kenmerk (met --municipality)", NULL, 0},
                                       {"contractor-view", NULL, "alleen wat de opdrachtnemer ziet", NULL, 0},
                                       CLI_OPT_END};
static const cli_option note_opts[] = {CLI_OPT_MUNICIPALITY("gemeente (met --reference, in plaats van ID)"),
                                       {"reference", "REF", "kenmerk (met --municipality)", NULL, 0},
                                       {"kind", "SOORT", "notitie, telefoongesprek, overleg, e-mail of bezoek (verplicht)", NULL, 0},
                                       {"date", "JJJJ-MM-DD", "datum (standaard vandaag)", NULL, 0},
                                       {"text", "TEKST", "wat er besproken of gedaan is (verplicht)", NULL, 0},
                                       {"for-contractor", NULL, "de opdrachtnemer ziet deze notitie ook", NULL, 0},
                                       CLI_OPT_END};
static const cli_sub subs[] = {{"show", "[ID]", "het dossier van een opdracht (tijdlijn, nieuwste eerst)", show_opts},
                               {"note", "[ID]", "leg een notitie of contactmoment vast", note_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"dossier", subs};

static inc_status resolve_id(inc_db *db, int argc, char **argv, int64_t *id, inc_error *e)
{
    const char *m = cli_opt(argc, argv, "--municipality"), *r = cli_opt(argc, argv, "--reference");
    if (m && r) return app_contract_find(db, m, r, id, e);
    const char *arg = cli_arg(argc, argv, 1, NULL);
    char *end;
    long long v = arg ? strtoll(arg, &end, 10) : 0;
    if (!arg || *end || v <= 0) return inc_fail(e, INC_EINVAL, "id", "geef het nummer van de opdracht");
    *id = v;
    return INC_OK;
}

int cmd_dossier(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_db *db;
    inc_error e = {0};
    int64_t id;
    if (!(db = cli_db(ctx))) return EXIT_IO;
    if (resolve_id(db, argc, argv, &id, &e) != INC_OK) return cli_fail(&e);
    if (strcmp(sub, "show") == 0) {
        bool cv = cli_flag(argc, argv, "--contractor-view");
        dossier_list l;
        if (app_dossier_collect(db, id, cv, &l, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) {
            json_t *j = dossier_json(id, &l, cv);
            arena_free(&l.arena);
            return cli_print_json(j);
        }
        printf("Dossier van opdracht %lld (%zu gebeurtenissen, nieuwste eerst)\n", (long long)id, l.n);
        for (size_t i = 0; i < l.n; i++) {
            const dossier_entry *d = &l.items[i];
            printf("%-20s %-24s %s%s\n", d->at, d->kind, d->title, d->for_contractor ? "" : "  [intern]");
            if (d->text) printf("%20s %s\n", "", d->text);
            if (d->actor && !cv) printf("%20s door %s\n", "", d->actor);
        }
        arena_free(&l.arena);
        return EXIT_OK;
    }
    if (strcmp(sub, "note") == 0) {
        char today[11];
        date_format_iso(date_today(), today);
        const char *date = cli_opt(argc, argv, "--date");
        dossier_note_input in = {cli_opt(argc, argv, "--kind"), date ? date : today, cli_opt(argc, argv, "--text"),
                                 cli_flag(argc, argv, "--for-contractor")};
        int64_t nid;
        if (app_dossier_note_add(db, id, &in, &nid, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(json_pack("{s:I, s:I}", "id", (json_int_t)nid, "contract_id", (json_int_t)id));
        printf("Vastgelegd in het dossier van opdracht %lld (notitie %lld).\n", (long long)id, (long long)nid);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
