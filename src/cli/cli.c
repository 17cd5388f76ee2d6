#include "cli/cli.h"
#include "core/decimal.h"
#include <string.h>

inc_db *cli_db(cli_ctx *ctx)
{
    if (ctx->db) return ctx->db;
    inc_error e = {0};
    inc_db *db;
    if (db_open(ctx->db_path, &db, &e) != INC_OK) { cli_fail(&e); return NULL; }
    if (db_migrate(db, &e) != INC_OK || db_load_key(db, false, &e) != INC_OK) {
        cli_fail(&e);
        db_close(db);
        return NULL;
    }
    ctx->db = db;
    return db;
}

int cli_fail(const inc_error *e)
{
    if (e->field[0]) fprintf(stderr, "inclusio: %s (veld: %s)\n", e->message, e->field);
    else fprintf(stderr, "inclusio: %s\n", e->message);
    switch (e->status) {
    case INC_OK: return EXIT_OK;
    case INC_EIO: return EXIT_IO;
    default: return EXIT_FAIL;
    }
}

int cli_usage(const char *usage)
{
    fprintf(stderr, "gebruik: %s\n", usage);
    return EXIT_USAGE;
}

const char *cli_opt(int argc, char **argv, const char *name)
{
    /* The last occurrence wins, as usual on a command line. */
    size_t n = strlen(name);
    const char *found = NULL;
    for (int i = 0; i < argc; i++) {
        if (strcmp(argv[i], name) == 0 && i + 1 < argc) found = argv[++i];
        else if (strncmp(argv[i], name, n) == 0 && argv[i][n] == '=') found = argv[i] + n + 1;
    }
    return found;
}

bool cli_flag(int argc, char **argv, const char *name)
{
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], name) == 0) return true;
    return false;
}

const char *cli_arg(int argc, char **argv, int want, const char *const *opts_with_value)
{
    int k = 0;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "--", 2) == 0) {
            bool takes = false;
            for (const char *const *o = opts_with_value; o && *o; o++)
                if (strcmp(argv[i], *o) == 0) takes = true;
            if (takes) i++;
            continue;
        }
        if (k++ == want) return argv[i];
    }
    return NULL;
}

int cli_print_json(json_t *j)
{
    char *s = json_dump_fixed(j, JSON_INDENT(2) | JSON_PRESERVE_ORDER | JSON_REAL_PRECISION(17));
    json_decref(j);
    if (!s) return EXIT_FAIL;
    puts(s);
    free(s);
    return EXIT_OK;
}

json_t *cli_read_json_stdin(inc_error *e)
{
    json_error_t je;
    json_t *j = json_loadf(stdin, JSON_REJECT_DUPLICATES, &je);
    if (!j) {
        inc_fail(e, INC_EINVAL, "", "ongeldige JSON op regel %d: %s", je.line, je.text);
        return NULL;
    }
    if (!json_is_object(j)) {
        json_decref(j);
        inc_fail(e, INC_EINVAL, "", "verwacht een JSON-object");
        return NULL;
    }
    return j;
}

void fmt_euro(int64_t cents, char *buf, int size)
{
    char num[40];
    decimal_format(cents, 2, true, num, sizeof num);
    snprintf(buf, size, "EUR %s", num);
}
