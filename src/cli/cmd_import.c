/* inclusio import contracts|realisations FILE.csv [--dry-run]
 * The all-or-nothing import of app/register_import.h: every bad row is listed as "regel L, kolom C:
 * reden" on stderr and the database is left exactly as it was. --dry-run checks the whole file the
 * same way and then rolls back. */
#include "cli/commands.h"
#include "app/register_import.h"
#include "app/ocds_import.h"
#include "cli/import_refused.h"
#include <errno.h>
#include <string.h>
#include <unistd.h>

static const cli_option import_opts[] = {
    {"dry-run", NULL, "controleer alles en sla niets op", NULL, 0}, {NULL, NULL, NULL, NULL, 0}};
static const cli_option ocds_buyer_opts[] = {
    {"name", "NAAM", "naam van de aanbesteder zoals in het bestand (buyer.name)", NULL, 0},
    {"identifier", "SCHEMA-ID", "kenmerk van de aanbesteder (NL-KVK-12345678, NL-OIN-...) of zijn party-id", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub import_subs[] = {
    {"contracts", "BESTAND.csv", "opdrachten uit CSV (- is standaardinvoer)", import_opts},
    {"realisations", "BESTAND.csv", "realisaties uit CSV (- is standaardinvoer)", import_opts},
    {"ocds", "BESTAND.json", "aanbestedingen uit een OCDS-releasepakket of -recordpakket van TenderNed (- is standaardinvoer)",
     import_opts},
    {"ocds-buyer", "GEMEENTE", "koppel een OCDS-aanbesteder aan een gemeente: --name NAAM of --identifier SCHEMA-ID",
     ocds_buyer_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec import_spec = {"import", import_subs};

/* Progress on a terminal only: releases read and the share of the file. */
typedef struct {
    long long size;
} progress_state;

static void show_progress(void *p, long releases, uint64_t bytes)
{
    progress_state *ps = p;
    if (ps->size > 0)
        fprintf(stderr, "\r  %ld releases gelezen (%lld%%)", releases, (long long)(bytes * 100 / (uint64_t)ps->size));
    else fprintf(stderr, "\r  %ld releases gelezen", releases);
    fflush(stderr);
}

static int import_ocds(cli_ctx *ctx, inc_db *db, const char *path, bool dry_run)
{
    FILE *in = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
    if (!in) {
        fprintf(stderr, "inclusio: %s kan niet worden geopend: %s\n", path, strerror(errno));
        return EXIT_IO;
    }
    progress_state ps = {-1};
    ocds_import_options o = {.dry_run = dry_run};
    if (isatty(STDERR_FILENO)) {
        if (in != stdin && fseek(in, 0, SEEK_END) == 0) {
            ps.size = ftell(in);
            rewind(in);
        }
        o.progress = show_progress;
        o.progress_ctx = &ps;
    }
    ocds_import_result *r = calloc(1, sizeof *r);
    if (!r) return EXIT_IO;
    inc_error e = {0};
    inc_status st = app_ocds_import(db, in, &o, r, &e);
    if (o.progress) fputc('\n', stderr);
    if (in != stdin) fclose(in);
    if (st != INC_OK) {
        free(r);
        if (st == INC_EINVAL) {
            fprintf(stderr, "inclusio: %s: %s\n", path, e.message);
            fprintf(stderr, "inclusio: import geweigerd: het bestand is geen geldig OCDS-pakket; er is niets opgeslagen\n");
            return EXIT_IO;
        }
        return cli_fail(&e);
    }
    if (ctx->json) {
        int rc = cli_print_json(app_ocds_result_json(r, dry_run));
        free(r);
        return rc;
    }
    printf("%ld releases gelezen uit %s (%s): %ld gunningen nieuw, %ld bijgewerkt, %ld ongewijzigd, %ld ouder dan "
           "opgeslagen; %ld conceptopdrachten met voorlopige verplichting; %ld overgeslagen.%s\n",
           r->releases, path, r->record_package ? "recordpakket" : "releasepakket", r->awards_new, r->awards_updated,
           r->awards_unchanged, r->awards_older, r->contracts_drafted, r->skipped,
           dry_run ? " Niets opgeslagen (--dry-run)." : "");
    if (r->contracts_kept)
        printf("%ld bevestigde opdrachten niet bijgewerkt (het SR-team heeft ze al bevestigd).\n", r->contracts_kept);
    for (int i = 0; i < r->listed; i++)
        printf("overgeslagen: regel %ld, %s%s%s: %s\n", r->skips[i].line, r->skips[i].ocid[0] ? r->skips[i].ocid : "(geen ocid)",
               r->skips[i].release_id[0] ? " release " : "", r->skips[i].release_id, r->skips[i].reason);
    if (r->skipped > r->listed) printf("... en nog %ld overgeslagen (niet afzonderlijk getoond).\n", r->skipped - r->listed);
    free(r);
    return EXIT_OK;
}

static int ocds_buyer(cli_ctx *ctx, inc_db *db, const char *municipality, int argc, char **argv)
{
    const char *name = cli_opt(argc, argv, "--name"), *ident = cli_opt(argc, argv, "--identifier");
    if ((name != NULL) == (ident != NULL)) return cli_usage_error(ctx);
    inc_error e = {0};
    if (app_ocds_buyer_add(db, municipality, ident != NULL, ident ? ident : name, &e) != INC_OK) return cli_fail(&e);
    printf("aanbesteder '%s' hoort voortaan bij %s.\n", ident ? ident : name, municipality);
    return EXIT_OK;
}

int cmd_import(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &import_spec, argc, argv);
    const char *kind = cli_arg(argc, argv, 0, NULL), *path = cli_arg(argc, argv, 1, NULL);
    if (!path || cli_arg(argc, argv, 2, NULL)) return cli_usage_error(ctx);
    if (strcmp(kind, "ocds-buyer") == 0) {
        inc_db *db = cli_db(ctx);
        return db ? ocds_buyer(ctx, db, path, argc, argv) : EXIT_IO;
    }
    bool dry_run = cli_flag(argc, argv, "--dry-run");
    if (strcmp(kind, "ocds") == 0) {
        inc_db *db = cli_db(ctx);
        return db ? import_ocds(ctx, db, path, dry_run) : EXIT_IO;
    }
    bool contracts = strcmp(kind, "contracts") == 0;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;

    inc_error e = {0};
    csv_errors errs;
    csv_errors_init(&errs, 0);
    long written = 0;
    inc_status st = app_register_import(db, contracts ? REGISTER_IMPORT_CONTRACTS : REGISTER_IMPORT_REALISATIONS, path,
                                        dry_run, &errs, &written, &e);
    if (st != INC_OK || errs.total > 0 || dry_run) {
        int rc = cli_import_refused(st, &e, &errs, path);
        bool clean = st == INC_OK && errs.total == 0;
        csv_errors_free(&errs);
        if (clean && dry_run) {
            if (ctx->json)
                return cli_print_json(json_pack("{s:s, s:s, s:I, s:b}", "kind", kind, "file", path, "checked",
                                                (json_int_t)written, "dry_run", 1));
            printf("%ld %s in orde in %s; niets opgeslagen (--dry-run).\n", written,
                   contracts ? "opdrachten" : "realisaties", path);
            return EXIT_OK;
        }
        return rc;
    }
    csv_errors_free(&errs);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:s, s:I}", "kind", kind, "file", path, "imported", (json_int_t)written));
    printf("%ld %s geïmporteerd uit %s.\n", written, contracts ? "opdrachten" : "realisaties", path);
    return EXIT_OK;
}
