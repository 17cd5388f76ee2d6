/* How people may write a code or a name of a code list (municipalities, categories, procedures,
 * target groups, instruments...): case does not matter, surrounding spaces are ignored and ' ',
 * '-' and '_' are the same character ("Den Haag" = "den-haag", "Direct Werk" = "direct-werk"). */
#ifndef INC_CODE_TEXT_H
#define INC_CODE_TEXT_H
#include <stdbool.h>

/* True when `text` as written names `code_or_name`. */
bool code_text_equal(const char *text, const char *code_or_name);

/* True when code is one of a NULL-terminated list of codes (a user's municipalities); a NULL list
 * stands for every code (beheer's scope). */
bool code_in_scope(const char *const *codes, const char *code);

#endif
