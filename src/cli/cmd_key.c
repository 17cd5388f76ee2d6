/* inclusio key check|rotate: the key file that unlocks the pseudonymisation key (docs/operations.md). */
#include "cli/commands.h"
#include "app/key.h"
#include <sodium.h>
#include <string.h>

static const cli_option rotate_opts[] = {
    {"new-key", "BESTAND", "de nieuwe sleutel uit dit bestand (precies 32 bytes) in plaats van een nieuwe", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {
    {"check", NULL, "controleer dat het sleutelbestand bij de database hoort en toon de vingerafdruk", NULL},
    {"rotate", NULL,
     "vervang het sleutelbestand door een nieuwe sleutel; de pseudoniemen blijven gelijk, de rotatie komt in het "
     "auditlog",
     rotate_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"key", subs};

static int key_check(cli_ctx *ctx)
{
    inc_db *db = cli_db(ctx);   /* refuses a missing or wrong key file (exit 3) */
    if (!db) return EXIT_IO;
    inc_error e = {0};
    char fp[APP_KEY_FINGERPRINT_SIZE];
    if (app_key_fingerprint(db, fp, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:s, s:b}", "key_file", db_key_path(db), "fingerprint", fp, "fits", 1));
    printf("Sleutelbestand %s hoort bij database %s (vingerafdruk %s).\n", db_key_path(db), ctx->db_path, fp);
    return EXIT_OK;
}

static int key_rotate(cli_ctx *ctx, const char *new_key_file)
{
    inc_error e = {0};
    unsigned char next[PSEUDONYM_KEY_BYTES];
    if (new_key_file && app_key_read_file(new_key_file, next, &e) != INC_OK) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) {
        sodium_memzero(next, sizeof next);
        return EXIT_IO;
    }
    char old_fp[APP_KEY_FINGERPRINT_SIZE], new_fp[APP_KEY_FINGERPRINT_SIZE];
    inc_status s = app_key_rotate(db, new_key_file ? next : NULL, old_fp, new_fp, &e);
    sodium_memzero(next, sizeof next);
    if (s != INC_OK) return cli_fail(&e);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:s, s:s}", "key_file", db_key_path(db), "old_fingerprint", old_fp,
                                        "new_fingerprint", new_fp));
    printf("Sleutelbestand %s vervangen (vingerafdruk %s, was %s); de pseudoniemen zijn ongewijzigd.\n"
           "Maak nu een back-up van het nieuwe sleutelbestand. Oude databaseback-ups openen alleen met het oude\n"
           "sleutelbestand (vingerafdruk %s): bewaar of vernietig die twee samen (docs/operations.md).\n",
           db_key_path(db), new_fp, old_fp, old_fp);
    return EXIT_OK;
}

int cmd_key(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    if (cli_arg(argc, argv, 1, NULL)) return cli_usage_error(ctx);
    bool rotate = strcmp(argv[0], "rotate") == 0;
    return rotate ? key_rotate(ctx, cli_opt(argc, argv, "--new-key")) : key_check(ctx);
}
