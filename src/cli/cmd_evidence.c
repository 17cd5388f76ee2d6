/* inclusio evidence add|list|get: proof attached to a realisation (issue 17; app/evidence.h). */
#include "cli/commands.h"
#include "app/evidence.h"
#include "core/settlement.h"
#include <stdlib.h>
#include <string.h>

static const cli_option get_opts[] = {{"out", "BESTAND", "schrijf het bestand hierheen (verplicht)", NULL, 0}, CLI_OPT_END};
static const cli_sub subs[] = {
    {"add", "REALISATIE BESTAND", "voeg een bewijsstuk (PDF, PNG of JPEG, hoogstens 2 MB) toe aan een gemelde realisatie", NULL},
    {"list", "REALISATIE", "bewijsstukken van een realisatie (alleen gegevens over het bestand)", NULL},
    {"get", "ID", "open een bewijsstuk (wordt gelogd)", get_opts},
    {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"evidence", subs};

static bool parse_id(const char *s, int64_t *id)
{
    char *end;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || *end || v <= 0) return false;
    *id = v;
    return true;
}

/* Reads at most EVIDENCE_MAX_BYTES + 1 bytes: enough to know a file is too large. */
static unsigned char *read_file(const char *path, size_t *size, inc_error *e)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        inc_fail(e, INC_EIO, "file", "kan %s niet openen", path);
        return NULL;
    }
    unsigned char *buf = malloc(EVIDENCE_MAX_BYTES + 1);
    *size = buf ? fread(buf, 1, EVIDENCE_MAX_BYTES + 1, f) : 0;
    bool bad = !buf || ferror(f);
    fclose(f);
    if (bad) {
        free(buf);
        inc_fail(e, INC_EIO, "file", "kan %s niet lezen", path);
        return NULL;
    }
    return buf;
}

static void write_out(void *user, const char *filename, const char *mime, const void *data, size_t size)
{
    (void)filename;
    (void)mime;
    FILE *f = user;
    fwrite(data, 1, size, f);
}

int cmd_evidence(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    const char *sub = argv[0];
    inc_error e = {0};
    int64_t id;
    if (!parse_id(cli_arg(argc, argv, 1, NULL), &id)) return cli_usage_error(ctx);
    inc_db *db;
    if (strcmp(sub, "add") == 0) {
        const char *path = cli_arg(argc, argv, 2, NULL);
        if (!path) return cli_usage_error(ctx);
        size_t size;
        unsigned char *data = read_file(path, &size, &e);
        if (!data) return cli_fail(&e);
        json_t *j = NULL;
        inc_status s = (db = cli_db(ctx)) ? app_evidence_add(db, id, path, data, size, &j, &e) : INC_EIO;
        free(data);
        if (!db) return EXIT_IO;
        if (s != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(j);
        printf("Bewijsstuk %lld (%s, %s, %lld bytes) toegevoegd aan realisatie %lld.\n",
               (long long)json_integer_value(json_object_get(j, "id")), json_string_value(json_object_get(j, "filename")),
               json_string_value(json_object_get(j, "mime")), (long long)json_integer_value(json_object_get(j, "size")),
               (long long)id);
        json_decref(j);
        return EXIT_OK;
    }
    if (!(db = cli_db(ctx))) return EXIT_IO;
    if (strcmp(sub, "list") == 0) {
        json_t *j;
        if (app_evidence_list(db, id, &j, &e) != INC_OK) return cli_fail(&e);
        if (ctx->json) return cli_print_json(j);
        size_t i;
        json_t *r;
        json_array_foreach(json_object_get(j, "items"), i, r)
            printf("%lld  %-40s %-16s %10lld  %s %s\n", (long long)json_integer_value(json_object_get(r, "id")),
                   json_string_value(json_object_get(r, "filename")), json_string_value(json_object_get(r, "mime")),
                   (long long)json_integer_value(json_object_get(r, "size")),
                   json_string_value(json_object_get(r, "uploaded_at")), json_string_value(json_object_get(r, "uploaded_by")));
        json_decref(j);
        return EXIT_OK;
    }
    if (strcmp(sub, "get") == 0) {
        const char *out = cli_opt(argc, argv, "--out");
        if (!out) return cli_usage_error(ctx);
        FILE *f = fopen(out, "wb");
        if (!f) {
            inc_fail(&e, INC_EIO, "out", "kan %s niet schrijven", out);
            return cli_fail(&e);
        }
        inc_status s = app_evidence_open(db, id, write_out, f, &e);
        if (fclose(f) != 0 && s == INC_OK) s = inc_fail(&e, INC_EIO, "out", "kan %s niet schrijven", out);
        if (s != INC_OK) {
            remove(out);
            return cli_fail(&e);
        }
        printf("Bewijsstuk %lld geschreven naar %s.\n", (long long)id, out);
        return EXIT_OK;
    }
    return cli_usage_error(ctx);
}
