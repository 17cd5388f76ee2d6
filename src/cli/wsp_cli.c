#include "cli/wsp_cli.h"
#include "core/decimal.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

json_t *wsp_opts_json(int argc, char **argv, const wsp_opt *map)
{
    json_t *o = json_object();
    for (const wsp_opt *m = map; m->name; m++) {
        const char *v = m->key ? cli_opt(argc, argv, m->name) : NULL;
        if (v) json_object_set_new(o, m->key, json_string(v));
    }
    return o;
}

bool wsp_parse_id(const char *s, const char *what, int64_t *id)
{
    char *end;
    long long v = s ? strtoll(s, &end, 10) : 0;
    if (!s || !*s || *end || v <= 0) {
        fprintf(stderr, "inclusio: ongeldig %s-nummer '%s'\n", what, s ? s : "");
        return false;
    }
    *id = v;
    return true;
}

int wsp_done_id(cli_ctx *ctx, const char *what, int64_t id)
{
    if (ctx->json) return cli_print_json(json_pack("{s:I}", "id", (json_int_t)id));
    printf("%s %lld vastgelegd.\n", what, (long long)id);
    return EXIT_OK;
}

int wsp_add(cli_ctx *ctx, inc_db *db, int argc, char **argv, const wsp_opt *map, wsp_add_fn add, const char *what)
{
    json_t *in = wsp_opts_json(argc, argv, map);
    inc_error e = {0};
    int64_t id;
    inc_status s = add(db, in, &id, &e);
    json_decref(in);
    return s ? cli_fail(&e) : wsp_done_id(ctx, what, id);
}

int wsp_dispatch(cli_ctx *ctx, const cli_spec *spec, const wsp_action *actions, int argc, char **argv)
{
    CLI_PARSE(ctx, spec, argc, argv);
    const char *sub = argv[0];
    argc--;
    argv++;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    for (const wsp_action *a = actions; a->sub; a++) {
        if (strcmp(sub, a->sub)) continue;
        if (a->run) return a->run(ctx, db, sub, argc, argv);
        return wsp_add(ctx, db, argc, argv, ctx->sub->opts, a->add, a->what);
    }
    return cli_usage_error(ctx);
}

int wsp_print_each(cli_ctx *ctx, json_t *out, const char *header, void (*print)(json_t *x))
{
    if (ctx->json) return cli_print_json(out);
    if (header) printf("%s\n", header);
    size_t i;
    json_t *x;
    json_array_foreach(out, i, x) print(x);
    json_decref(out);
    return EXIT_OK;
}

const char *wsp_str(json_t *o, const char *key)
{
    json_t *v = json_object_get(o, key);
    return json_is_string(v) ? json_string_value(v) : "";
}

void wsp_fixed_nl(json_t *v, char *buf, size_t size)
{
    /* json_fixed values are strings "\x01#12.50"; integers print as they are. */
    if (json_is_integer(v)) { snprintf(buf, size, "%lld", (long long)json_integer_value(v)); return; }
    const char *s = json_is_string(v) ? json_string_value(v) : "";
    if (s[0] == '\x01' && s[1] == '#') s += 2;
    snprintf(buf, size, "%s", s);
    char *dot = strchr(buf, '.');
    if (dot) *dot = ',';
}

void wsp_money_nl(json_t *v, char *buf, size_t size)
{
    const char *s = json_is_string(v) ? json_string_value(v) : "";
    if (s[0] == '\x01' && s[1] == '#') s += 2;
    int64_t cents;
    if (decimal_parse(s, 2, &cents, "bedrag", NULL) != INC_OK) { snprintf(buf, size, "?"); return; }
    fmt_euro(cents, buf, (int)size);
}
