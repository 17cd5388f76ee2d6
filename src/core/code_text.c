#include "core/code_text.h"
#include <ctype.h>
#include <string.h>

static char fold(char c)
{
    c = (char)tolower((unsigned char)c);
    return c == ' ' || c == '_' ? '-' : c;
}

bool code_text_equal(const char *text, const char *code_or_name)
{
    if (!text || !code_or_name) return false;
    while (isspace((unsigned char)*text)) text++;
    size_t n = strlen(text);
    while (n && isspace((unsigned char)text[n - 1])) n--;
    size_t i = 0;
    for (; i < n && code_or_name[i]; i++)
        if (fold(text[i]) != fold(code_or_name[i])) return false;
    return i == n && !code_or_name[i];
}

bool code_in_scope(const char *const *codes, const char *code)
{
    if (!codes) return true;
    for (; *codes; codes++)
        if (code && strcmp(*codes, code) == 0) return true;
    return false;
}
