#include "cli/cli.h"
#include "core/decimal.h"
#include "app/municipality.h"
#include <getopt.h>
#include <stdlib.h>
#include <string.h>

inc_db *cli_db(cli_ctx *ctx)
{
    if (ctx->db) return ctx->db;
    inc_error e = {0};
    inc_db *db;
    if (app_db_open(ctx->db_path, APP_DB_MIGRATE, &db, &e) != INC_OK) {
        cli_fail(&e);
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

/* Options every command takes after its name. */
static const cli_option global_opts[] = {
    {"json", NULL, "uitvoer als JSON", NULL, 0},
    {"help", NULL, "toon deze hulp", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};

/* The parsed subcommand: cli_opt checks that a name it is asked for was declared. */
static const cli_sub *current_sub;

static size_t n_opts(const cli_option *o)
{
    size_t n = 0;
    while (o && o[n].name) n++;
    return n;
}

static size_t n_words(const char *name)
{
    size_t n = 0;
    for (const char *p = name; *p;) {
        while (*p == ' ') p++;
        if (!*p) break;
        n++;
        while (*p && *p != ' ') p++;
    }
    return n;
}

/* True when argv[0..] starts with the words of `name`. */
static bool words_match(const char *name, int argc, char **argv)
{
    int i = 0;
    for (const char *p = name; *p; i++) {
        while (*p == ' ') p++;
        if (!*p) break;
        size_t len = strcspn(p, " ");
        if (i >= argc || strlen(argv[i]) != len || strncmp(argv[i], p, len) != 0) return false;
        p += len;
    }
    return true;
}

static void print_option(const cli_option *o, FILE *out)
{
    char left[96];
    snprintf(left, sizeof left, "--%s%s%s", o->name, o->arg ? " " : "", o->arg ? o->arg : "");
    fprintf(out, "    %-30s %s\n", left, o->help ? o->help : "");
}

static void print_synopsis(const cli_spec *spec, const cli_sub *sub, FILE *out, const char *lead)
{
    fprintf(out, "%sinclusio %s%s%s%s%s%s\n", lead, spec->command, sub->name[0] ? " " : "", sub->name,
            sub->args ? " " : "", sub->args ? sub->args : "", n_opts(sub->opts) ? " [opties]" : "");
}

void cli_help(const cli_spec *spec, const cli_sub *only, FILE *out)
{
    bool first = true;
    for (const cli_sub *s = spec->subs; s->name; s++) {
        if (only && s != only) continue;
        print_synopsis(spec, s, out, first ? "gebruik: " : "        ");
        first = false;
    }
    for (const cli_sub *s = spec->subs; s->name; s++) {
        if (only && s != only) continue;
        fprintf(out, "\n  %s%s%s\n", s->name[0] ? s->name : spec->command, s->help ? ": " : "", s->help ? s->help : "");
        for (const cli_option *o = s->opts; o && o->name; o++) print_option(o, out);
    }
    fprintf(out, "\nalgemene opties:\n");
    for (const cli_option *o = global_opts; o->name; o++) print_option(o, out);
}

int cli_usage_error(const cli_ctx *ctx)
{
    if (ctx->spec) cli_help(ctx->spec, ctx->sub, stderr);
    return EXIT_USAGE;
}

/* Canonical "--name=value" strings live as long as the process; they stay reachable from here. */
static char **canon_store;
static size_t canon_n;

static char *keep(char *s)
{
    char **grown = realloc(canon_store, (canon_n + 1) * sizeof *canon_store);
    if (!grown || !s) {
        free(s);
        fprintf(stderr, "inclusio: geen geheugen\n");
        exit(EXIT_IO);
    }
    canon_store = grown;
    return canon_store[canon_n++] = s;
}

static char *joined(const char *name, const char *value)
{
    size_t n = strlen(name) + (value ? strlen(value) + 1 : 0) + 3;
    char *s = malloc(n);
    if (s) snprintf(s, n, "--%s%s%s", name, value ? "=" : "", value ? value : "");
    return keep(s);
}

/* Resolves a municipality option to the code; prints the error and returns false when unknown. */
static bool resolve_municipality(cli_ctx *ctx, const char **value)
{
    inc_db *db = cli_db(ctx);
    if (!db) return false;
    char code[64];
    inc_error e = {0};
    if (app_municipality_resolve(db, *value, code, sizeof code, &e) != INC_OK) {
        cli_fail(&e);
        return false;
    }
    *value = keep(strdup(code));
    return true;
}

int cli_parse(cli_ctx *ctx, const cli_spec *spec, int *argc_io, char ***argv_io)
{
    int argc = *argc_io;
    char **argv = *argv_io;
    ctx->spec = spec;
    ctx->sub = NULL;
    /* The subcommand with the most matching words; "" is the default form. */
    const cli_sub *sub = NULL;
    size_t best = 0;
    for (const cli_sub *s = spec->subs; s->name; s++) {
        size_t w = n_words(s->name);
        if (words_match(s->name, argc, argv) && (!sub || w > best)) {
            sub = s;
            best = w;
        }
    }
    bool help_asked = false;
    for (int i = 0; i < argc; i++)
        if (strcmp(argv[i], "--") == 0) break;
        else if (strcmp(argv[i], "--help") == 0) help_asked = true;
    /* "inclusio CMD --help" (no subcommand named) shows every subcommand. */
    if (help_asked && (!sub || (best == 0 && spec->subs[1].name))) {
        cli_help(spec, NULL, stdout);
        return EXIT_OK;
    }
    if (!sub) {
        if (argc > 0) fprintf(stderr, "inclusio: onbekende opdracht '%s %s'\n", spec->command, argv[0]);
        cli_help(spec, NULL, stderr);
        return EXIT_USAGE;
    }
    ctx->sub = sub;
    current_sub = sub;

    /* The getopt_long table: declared options (with '_' aliases) and the global ones. */
    const cli_option *tables[2] = {sub->opts, global_opts};
    size_t total = 2 * (n_opts(sub->opts) + n_opts(global_opts)) + 1;
    struct option *lo = calloc(total, sizeof *lo);
    char **aliases = calloc(total, sizeof *aliases);
    const cli_option **by_val = calloc(total, sizeof *by_val);
    char **out = calloc((size_t)argc + 1, sizeof *out);
    /* The options given, in order (an option may be repeated: --invite A --invite B). */
    int *given = calloc((size_t)argc + 1, sizeof *given);
    const char **values = calloc((size_t)argc + 1, sizeof *values);
    bool *seen = calloc(total, sizeof *seen);
    int ngiven = 0;
    if (!lo || !aliases || !by_val || !out || !given || !values || !seen) {
        fprintf(stderr, "inclusio: geen geheugen\n");
        exit(EXIT_IO);
    }
    size_t n = 0, nv = 0;
    for (int t = 0; t < 2; t++)
        for (const cli_option *o = tables[t]; o && o->name; o++) {
            int val = 1000 + (int)nv;
            by_val[nv++] = o;
            lo[n++] = (struct option){o->name, o->arg ? required_argument : no_argument, NULL, val};
            if (strchr(o->name, '-')) {
                char *a = strdup(o->name);
                if (!a) exit(EXIT_IO);
                for (char *p = a; *p; p++)
                    if (*p == '-') *p = '_';
                aliases[n] = a;
                lo[n++] = (struct option){a, o->arg ? required_argument : no_argument, NULL, val};
            }
        }

    /* getopt sees argv[words-1] as the program name and stops nothing: "-" returns positionals in order. */
    int words = (int)best;
    int nout = 0;
    for (int i = 0; i < words; i++) out[nout++] = argv[i];
    int gargc = argc - words + 1;
    char **gargv = calloc((size_t)gargc + 1, sizeof *gargv);
    if (!gargv) exit(EXIT_IO);
    gargv[0] = (char *)spec->command;
    for (int i = 1; i < gargc; i++) gargv[i] = argv[words + i - 1];
    int rc = CLI_PARSED;
    optind = 0;
    opterr = 0;
    int c;
    int li = -1;
    while (rc == CLI_PARSED && (li = -1, c = getopt_long(gargc, gargv, "-:", lo, &li)) != -1) {
        if (c == 1) {
            out[nout++] = optarg;
        } else if (c >= 1000) {
            const cli_option *o = by_val[c - 1000];
            /* getopt_long takes an unambiguous prefix ("--rol" for --role): a typo must not pass. */
            const char *typed = gargv[optind - (o->arg && optarg == gargv[optind - 1] ? 2 : 1)] + 2;
            size_t tlen = strcspn(typed, "=");
            if (li < 0 || strlen(lo[li].name) != tlen) {
                fprintf(stderr, "inclusio: onbekende optie --%.*s (bedoeld: --%s?)\n", (int)tlen, typed, o->name);
                rc = EXIT_USAGE;
                break;
            }
            /* "--municipality --year 2025": the next option is not a value. */
            if (o->arg && optarg == gargv[optind - 1] && strncmp(optarg, "--", 2) == 0) {
                fprintf(stderr, "inclusio: optie --%s mist een waarde (%s)\n", o->name, o->arg);
                rc = EXIT_USAGE;
                break;
            }
            seen[c - 1000] = true;
            given[ngiven] = c - 1000;
            values[ngiven++] = optarg;
        } else if (c == ':') {
            fprintf(stderr, "inclusio: optie %s mist een waarde\n", gargv[optind - 1]);
            rc = EXIT_USAGE;
        } else {
            const char *bad = gargv[optind - 1];
            if (optopt >= 1000 && optopt < 1000 + (int)nv)
                fprintf(stderr, "inclusio: optie --%s neemt geen waarde\n", by_val[optopt - 1000]->name);
            else if (optopt && optopt < 128 && bad[0] == '-' && bad[1] != '-')
                fprintf(stderr, "inclusio: onbekende optie -%c\n", optopt);
            else
                fprintf(stderr, "inclusio: onbekende optie %s\n", bad);
            rc = EXIT_USAGE;
        }
    }
    if (rc == CLI_PARSED)
        for (int i = optind; i < gargc; i++) out[nout++] = gargv[i]; /* after "--" */
    size_t help_val = nv - 1, json_val = nv - 2;
    if (rc == CLI_PARSED && seen[help_val]) {
        cli_help(spec, sub, stdout);
        rc = EXIT_OK;
    }
    if (rc == CLI_PARSED) {
        if (seen[json_val]) ctx->json = true;
        for (int g = 0; g < ngiven && rc == CLI_PARSED; g++) {
            const cli_option *o = by_val[given[g]];
            const char *value = values[g];
            if (o->kind == CLI_MUNICIPALITY && !resolve_municipality(ctx, &value)) rc = EXIT_FAIL;
            else out[nout++] = joined(o->name, o->arg ? value : NULL);
        }
    }
    if (rc == EXIT_USAGE) cli_help(spec, sub, stderr);
    if (rc == CLI_PARSED) {
        for (int i = 0; i < nout; i++) argv[i] = out[i];
        argv[nout] = NULL;
        *argc_io = nout;
    }
    for (size_t i = 0; i < total; i++) free(aliases[i]);
    free(aliases);
    free(lo);
    free(by_val);
    free(out);
    free(given);
    free(values);
    free(seen);
    free(gargv);
    return rc;
}

static bool declared(const char *name)
{
    if (!current_sub) return true;
    for (const cli_option *o = current_sub->opts; o && o->name; o++)
        if (strcmp(o->name, name) == 0) return true;
    for (const cli_option *o = global_opts; o->name; o++)
        if (strcmp(o->name, name) == 0) return true;
    /* Reading an undeclared option is a programming error: it could never be given. */
    fprintf(stderr, "inclusio: interne fout: optie --%s is niet gedeclareerd\n", name);
    abort();
}

const char *cli_opt(int argc, char **argv, const char *name)
{
    if (strncmp(name, "--", 2) == 0) name += 2;
    declared(name);
    size_t n = strlen(name);
    const char *found = NULL;
    /* The last occurrence wins, as usual on a command line. Without cli_parse (a command not yet
     * given a spec) "--name VALUE" is read as well. */
    for (int i = 0; i < argc; i++)
        if (!current_sub && strncmp(argv[i], "--", 2) == 0 && strcmp(argv[i] + 2, name) == 0 && i + 1 < argc)
            found = argv[++i];
        else if (strncmp(argv[i], "--", 2) == 0 && strncmp(argv[i] + 2, name, n) == 0 && argv[i][n + 2] == '=')
            found = argv[i] + n + 3;
    return found;
}

int cli_opt_all(int argc, char **argv, const char *name, const char **out, int max)
{
    if (strncmp(name, "--", 2) == 0) name += 2;
    declared(name);
    size_t n = strlen(name);
    int k = 0;
    for (int i = 0; i < argc; i++)
        if (strncmp(argv[i], "--", 2) == 0 && strncmp(argv[i] + 2, name, n) == 0 && argv[i][n + 2] == '=') {
            if (k < max) out[k] = argv[i] + n + 3;
            k++;
        }
    return k;
}

bool cli_flag(int argc, char **argv, const char *name)
{
    if (strncmp(name, "--", 2) == 0) name += 2;
    declared(name);
    for (int i = 0; i < argc; i++)
        if (strncmp(argv[i], "--", 2) == 0 && strcmp(argv[i] + 2, name) == 0) return true;
    return false;
}

const char *cli_arg(int argc, char **argv, int want, const char *const *opts_with_value)
{
    (void)opts_with_value;
    int k = 0;
    for (int i = 0; i < argc; i++) {
        if (strncmp(argv[i], "--", 2) == 0) continue;
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
