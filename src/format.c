/* Which reader a file needs, from its first bytes (and its name). */
#include "doc.h"

#include <string.h>

const char *dp_format_name(dp_format f)
{
    switch (f) {
    case DP_FORMAT_FOUNTAIN:
        return "fountain";
    case DP_FORMAT_FDX:
        return "fdx";
    case DP_FORMAT_PDF:
        return "pdf";
    case DP_FORMAT_TEXT:
        return "text";
    default:
        return "auto";
    }
}

static bool starts_with(const char *s, size_t n, const char *lit)
{
    size_t m = strlen(lit);
    return n >= m && memcmp(s, lit, m) == 0;
}

/* May a file of this name be a text export? .txt, .text, or standard
 * input ("-", "<stdin>"). Without a name, text is read as Fountain. */
static bool text_name(const char *name)
{
    if (!name)
        return false;
    if (!strcmp(name, "-") || !strcmp(name, "<stdin>"))
        return true;
    const char *dot = strrchr(name, '.');
    if (!dot || strchr(dot, '/'))
        return false;
    return dp__ascii_ieq(dot, strlen(dot), ".txt") || dp__ascii_ieq(dot, strlen(dot), ".text");
}

dp_format dp__sniff_format(const char *s, size_t n, const char *name)
{
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && i < 64 && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    const char *p = s + i;
    size_t m = n - i;
    if (starts_with(p, m, "%PDF-"))
        return DP_FORMAT_PDF;
    /* any XML: the FDX reader says so when it is not Final Draft */
    if (starts_with(p, m, "<?xml") || starts_with(p, m, "<FinalDraft"))
        return DP_FORMAT_FDX;
    /* plain text laid out in columns rather than written the Fountain way */
    if (text_name(name) && dp__text_looks_laid_out(s, n))
        return DP_FORMAT_TEXT;
    return DP_FORMAT_FOUNTAIN;
}
