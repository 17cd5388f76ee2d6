/* inclusio user add|list|disable|passwd: accounts of the web application. */
#include "cli/commands.h"
#include "app/user.h"
#include <sodium.h>
#include <string.h>

static const cli_option add_opts[] = {
    {"role", "ROL", "beheer, sr-team, inkoop, opdrachtnemer, wsp, po of raad (verplicht)", NULL, 0},
    CLI_OPT_MUNICIPALITY("gemeente die de gebruiker bedient; herhaal voor meer gemeenten"),
    {"organisation", "KVK", "organisatie van een opdrachtnemer", NULL, 0},
    {"password-stdin", NULL, "lees het wachtwoord (een regel) van standaardinvoer; anders een willekeurig", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_option passwd_opts[] = {
    {"password-stdin", NULL, "lees het wachtwoord (een regel) van standaardinvoer; anders een willekeurig", NULL, 0},
    {NULL, NULL, NULL, NULL, 0}};
static const cli_sub subs[] = {{"add", "GEBRUIKERSNAAM", "maak een gebruiker", add_opts},
                               {"list", NULL, "alle gebruikers", NULL},
                               {"disable", "GEBRUIKERSNAAM", "blokkeer een gebruiker en beeindig de sessies", NULL},
                               {"passwd", "GEBRUIKERSNAAM", "nieuw wachtwoord", passwd_opts},
                               {NULL, NULL, NULL, NULL}};
static const cli_spec spec = {"user", subs};

/* Reads the password (one line) from stdin, or makes a random one that is printed once. */
static bool get_password(int argc, char **argv, char *buf, size_t size, bool *generated)
{
    *generated = false;
    if (cli_flag(argc, argv, "--password-stdin")) {
        if (!fgets(buf, (int)size, stdin)) return false;
        buf[strcspn(buf, "\r\n")] = '\0';
        return true;
    }
    static const char alphabet[] = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    int n = 16;
    for (int i = 0; i < n; i++) buf[i] = alphabet[randombytes_uniform(sizeof alphabet - 1)];
    buf[n] = '\0';
    *generated = true;
    return true;
}

static int user_add(cli_ctx *ctx, int argc, char **argv)
{
    const char *name = cli_arg(argc, argv, 0, NULL);
    const char *role_s = cli_opt(argc, argv, "--role");
    if (!name || !role_s) return cli_usage_error(ctx);
    inc_user_new u = {.username = name, .organisation_kvk = cli_opt(argc, argv, "--organisation")};
    inc_error e = {0};
    if (!role_parse(role_s, &u.role)) {
        inc_fail(&e, INC_EINVAL, "role",
                 "onbekende rol '%s' (beheer, sr-team, inkoop, opdrachtnemer, wsp, po, raad)", role_s);
        return cli_fail(&e);
    }
    const char *munis[USER_MAX_MUNICIPALITIES + 1];
    int n_munis = cli_opt_all(argc, argv, "--municipality", munis, USER_MAX_MUNICIPALITIES + 1);
    u.n_municipalities = n_munis > USER_MAX_MUNICIPALITIES + 1 ? USER_MAX_MUNICIPALITIES + 1 : n_munis;
    u.municipalities = munis;
    char pw[PASSWORD_MAX_LENGTH + 2];
    bool generated;
    if (!get_password(argc, argv, pw, sizeof pw, &generated)) {
        inc_fail(&e, INC_EINVAL, "password", "geen wachtwoord op standaardinvoer");
        return cli_fail(&e);
    }
    u.password = pw;
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    int64_t id;
    inc_status st = app_user_create(db, &u, &id, &e);
    if (st != INC_OK) {
        sodium_memzero(pw, sizeof pw);
        return cli_fail(&e);
    }
    inc_user made;
    if (app_user_load(db, id, &made, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) {
        json_t *j = user_json(&made);
        if (generated) json_object_set_new(j, "password", json_string(pw));
        sodium_memzero(pw, sizeof pw);
        return cli_print_json(j);
    }
    printf("Gebruiker %s (rol %s) aangemaakt, id %lld.\n", made.username, role_code(made.role), (long long)id);
    if (generated) printf("Wachtwoord (wordt niet opnieuw getoond): %s\n", pw);
    sodium_memzero(pw, sizeof pw);
    return EXIT_OK;
}

static int user_list(cli_ctx *ctx)
{
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    json_t *arr;
    if (app_users_list_json(db, &arr, &e) != INC_OK) return cli_fail(&e);
    if (ctx->json) return cli_print_json(arr);
    printf("%-5s %-24s %-14s %-10s %s\n", "id", "gebruikersnaam", "rol", "status", "gemeenten / organisatie");
    size_t i;
    json_t *u;
    json_array_foreach(arr, i, u) {
        char scope[512] = "";
        json_t *org = json_object_get(u, "organisation");
        if (json_is_object(org)) {
            snprintf(scope, sizeof scope, "%s (KvK %s)", json_string_value(json_object_get(org, "name")),
                     json_string_value(json_object_get(org, "kvk")));
        } else {
            size_t k;
            json_t *m;
            json_array_foreach(json_object_get(u, "municipalities"), k, m) {
                if (k) strncat(scope, ", ", sizeof scope - strlen(scope) - 1);
                strncat(scope, json_string_value(m), sizeof scope - strlen(scope) - 1);
            }
        }
        printf("%-5lld %-24s %-14s %-10s %s\n", (long long)json_integer_value(json_object_get(u, "id")),
               json_string_value(json_object_get(u, "username")), json_string_value(json_object_get(u, "role")),
               json_is_true(json_object_get(u, "disabled")) ? "geblokkeerd" : "actief", scope);
    }
    json_decref(arr);
    return EXIT_OK;
}

static int user_change(cli_ctx *ctx, int argc, char **argv, bool passwd)
{
    const char *name = cli_arg(argc, argv, 0, NULL);
    if (!name) return cli_usage_error(ctx);
    inc_db *db = cli_db(ctx);
    if (!db) return EXIT_IO;
    inc_error e = {0};
    inc_user u;
    if (app_user_load_by_name(db, name, &u, &e) != INC_OK) {
        if (e.status == INC_ENOTFOUND) inc_fail(&e, INC_ENOTFOUND, "username", "onbekende gebruiker '%s'", name);
        return cli_fail(&e);
    }
    if (!passwd) {
        if (app_user_disable(db, u.id, &e) != INC_OK) return cli_fail(&e);
        printf("Gebruiker %s is geblokkeerd; de sessies zijn beeindigd.\n", u.username);
        return EXIT_OK;
    }
    char pw[PASSWORD_MAX_LENGTH + 2];
    bool generated;
    if (!get_password(argc, argv, pw, sizeof pw, &generated)) {
        inc_fail(&e, INC_EINVAL, "password", "geen wachtwoord op standaardinvoer");
        return cli_fail(&e);
    }
    inc_status st = app_user_set_password(db, u.id, pw, &e);
    if (st == INC_OK) {
        printf("Wachtwoord van %s gewijzigd; de sessies zijn beeindigd.\n", u.username);
        if (generated) printf("Nieuw wachtwoord (wordt niet opnieuw getoond): %s\n", pw);
    }
    sodium_memzero(pw, sizeof pw);
    return st == INC_OK ? EXIT_OK : cli_fail(&e);
}

int cmd_user(cli_ctx *ctx, int argc, char **argv)
{
    CLI_PARSE(ctx, &spec, argc, argv);
    if (strcmp(argv[0], "add") == 0) return user_add(ctx, argc - 1, argv + 1);
    if (strcmp(argv[0], "list") == 0) return user_list(ctx);
    if (strcmp(argv[0], "disable") == 0) return user_change(ctx, argc - 1, argv + 1, false);
    if (strcmp(argv[0], "passwd") == 0) return user_change(ctx, argc - 1, argv + 1, true);
    return cli_usage_error(ctx);
}
