/* inclusio key check|rotate: the key file that unlocks the pseudonymisation key (docs/operations.md). */
#include "cli/commands.h"
#include <getopt.h>
#include <sodium.h>
#include <string.h>

#define KEY_USAGE                                                                                         \
    "inclusio key check\n"                                                                                \
    "       inclusio key rotate [--new-key BESTAND]\n"                                                    \
    "  check   controleer dat het sleutelbestand bij de database hoort en toon de vingerafdruk\n"        \
    "  rotate  vervang het sleutelbestand door een nieuwe sleutel (of die uit BESTAND, precies 32 bytes);\n" \
    "          de pseudoniemen blijven gelijk, de rotatie komt in het auditlog"

static int key_usage(FILE *out, int rc)
{
    fprintf(out, "gebruik: %s\n", KEY_USAGE);
    return rc;
}

/* Parses the options of `key SUB` (argv[0] is SUB); *new_key is set for rotate. -1 to go on, else the exit code. */
static int parse(int argc, char **argv, bool allow_new_key, const char **new_key)
{
    static const struct option longopts[] = {
        {"new-key", required_argument, NULL, 'k'}, {"json", no_argument, NULL, 'j'}, {"help", no_argument, NULL, 'h'},
        {NULL, 0, NULL, 0}};
    opterr = 0;
    optind = 1;
    int c;
    while ((c = getopt_long(argc, argv, ":", longopts, NULL)) != -1) {
        switch (c) {
        case 'k':
            if (!allow_new_key) goto unknown;
            *new_key = optarg;
            break;
        case 'j':
            break;   /* read by main() */
        case 'h':
            return key_usage(stdout, EXIT_OK);
        case ':':
            fprintf(stderr, "inclusio: optie %s mist een waarde\n", argv[optind - 1]);
            return key_usage(stderr, EXIT_USAGE);
        default:
        unknown:
            fprintf(stderr, "inclusio: onbekende optie %s\n", argv[optind - 1]);
            return key_usage(stderr, EXIT_USAGE);
        }
    }
    if (optind < argc) {
        fprintf(stderr, "inclusio: onverwacht argument '%s'\n", argv[optind]);
        return key_usage(stderr, EXIT_USAGE);
    }
    return -1;
}

static int key_check(cli_ctx *ctx)
{
    inc_db *db = cli_db(ctx);   /* refuses a missing or wrong key file (exit 3) */
    if (!db) return EXIT_IO;
    inc_error e = {0};
    char fp[DB_KEY_FINGERPRINT_SIZE];
    if (db_key_file_fingerprint(db, fp, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json)
        return cli_print_json(json_pack("{s:s, s:s, s:b}", "key_file", db_key_path(db), "fingerprint", fp, "fits", 1));
    printf("Sleutelbestand %s hoort bij database %s (vingerafdruk %s).\n", db_key_path(db), ctx->db_path, fp);
    return EXIT_OK;
}

static int key_rotate(cli_ctx *ctx, const char *new_key_file)
{
    inc_error e = {0};
    unsigned char next[PSEUDONYM_KEY_BYTES];
    if (new_key_file && db_read_key_file(new_key_file, next, &e) != INC_OK) return cli_fail(&e);
    inc_db *db = cli_db(ctx);
    if (!db) {
        sodium_memzero(next, sizeof next);
        return EXIT_IO;
    }
    char old_fp[DB_KEY_FINGERPRINT_SIZE], new_fp[DB_KEY_FINGERPRINT_SIZE];
    inc_status s = db_rotate_key(db, new_key_file ? next : NULL, old_fp, new_fp, &e);
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
    if (argc < 1) return key_usage(stderr, EXIT_USAGE);
    const char *sub = argv[0];
    if (strcmp(sub, "--help") == 0 || strcmp(sub, "-h") == 0) return key_usage(stdout, EXIT_OK);
    bool rotate = strcmp(sub, "rotate") == 0;
    if (!rotate && strcmp(sub, "check") != 0) {
        fprintf(stderr, "inclusio: onbekende opdracht 'key %s'\n", sub);
        return key_usage(stderr, EXIT_USAGE);
    }
    const char *new_key = NULL;
    int rc = parse(argc, argv, rotate, &new_key);
    if (rc >= 0) return rc;
    return rotate ? key_rotate(ctx, new_key) : key_check(ctx);
}
