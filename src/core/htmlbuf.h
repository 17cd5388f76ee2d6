/* A growing text buffer for building HTML, SVG, CSV and JSON-free text output, with HTML
 * escaping. Pure: memory only. On allocation failure the buffer is marked failed and stays empty
 * of further appends; callers check hb_ok() once at the end. */
#ifndef INC_HTMLBUF_H
#define INC_HTMLBUF_H
#include <stdbool.h>
#include <stddef.h>

typedef struct {
    char *s;
    size_t len, cap;
    bool failed;
} htmlbuf;

void hb_init(htmlbuf *b);
void hb_free(htmlbuf *b);
bool hb_ok(const htmlbuf *b);
void hb_put(htmlbuf *b, const char *text);                      /* raw */
void hb_printf(htmlbuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));   /* raw */
void hb_esc(htmlbuf *b, const char *text);                      /* escapes & < > " ' */
/* Hands the string to the caller (never NULL unless failed) and resets the buffer. */
char *hb_take(htmlbuf *b);

#endif
