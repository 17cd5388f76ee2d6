/* UTF-8 checks for text that comes from outside (files, query strings) before it is written
 * into JSON, which must be valid UTF-8. */
#ifndef INC_UTF8_H
#define INC_UTF8_H
#include <stdbool.h>
#include <stddef.h>

/* True when s[0..n) is valid UTF-8 (no overlong forms, no surrogates, nothing above U+10FFFF). */
bool utf8_valid(const unsigned char *s, size_t n);
/* Makes a NUL-terminated string valid UTF-8 in place: each byte that does not start a valid
 * sequence becomes '?' (so text cut inside a character ends in '?'). */
void utf8_scrub(char *s);

#endif
