/* Migrations: numbered SQL files in src/store/migrations/, embedded at build time; their PostgreSQL
 * twins (the same numbers, the same schema) in src/store/migrations/pg/. */
#ifndef INC_MIGRATIONS_H
#define INC_MIGRATIONS_H

struct migration {
    int version;
    const char *name;
    const char *sql;
};
extern const struct migration inc_migrations[];
extern const int inc_migration_count;
extern const struct migration inc_migrations_pg[];
extern const int inc_migrations_pg_count;

#endif
