/* Migrations: numbered SQL files in src/store/migrations/, embedded at build time. */
#ifndef INC_MIGRATIONS_H
#define INC_MIGRATIONS_H

struct migration {
    int version;
    const char *name;
    const char *sql;
};
extern const struct migration inc_migrations[];
extern const int inc_migration_count;

#endif
