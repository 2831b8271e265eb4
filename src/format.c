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

dp_format dp__sniff_format(const char *s, size_t n, const char *name)
{
    (void)name;
    size_t i = 0;
    if (n >= 3 && memcmp(s, "\xEF\xBB\xBF", 3) == 0)
        i = 3;
    while (i < n && i < 64 && (s[i] == ' ' || s[i] == '\t' || s[i] == '\r' || s[i] == '\n'))
        i++;
    const char *p = s + i;
    size_t m = n - i;
    if (starts_with(p, m, "%PDF-"))
        return DP_FORMAT_PDF;
    if (starts_with(p, m, "<?xml") || starts_with(p, m, "<FinalDraft")) {
        size_t scan = m < 4096 ? m : 4096;
        for (size_t k = 0; k + 11 <= scan; k++)
            if (memcmp(p + k, "<FinalDraft", 11) == 0)
                return DP_FORMAT_FDX;
    }
    return DP_FORMAT_FOUNTAIN;
}
