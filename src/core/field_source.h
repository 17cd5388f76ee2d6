/* A named-field text source: lets one parser read a CSV row, a JSON object or CLI options alike. */
#ifndef INC_FIELD_SOURCE_H
#define INC_FIELD_SOURCE_H

/* Returns the text of field `name`, or NULL when absent. Empty strings count as absent. */
typedef const char *(*field_getter)(void *src, const char *name);

typedef struct {
    field_getter get;
    void *src;
} field_source;

static inline const char *field_get(const field_source *fs, const char *name)
{
    const char *v = fs->get(fs->src, name);
    return (v && *v) ? v : 0;
}

#endif
