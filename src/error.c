/* Status names, descriptions, and filling a dp_error. */
#include "internal.h"

#include <stdio.h>
#include <string.h>

const char *dp_strerror(dp_status st)
{
    switch (st) {
#define DP_STATUS_TEXT_(name, value, text)                                     \
    case name:                                                                 \
        return text;
        DP_STATUS_MAP(DP_STATUS_TEXT_)
#undef DP_STATUS_TEXT_
    }
    return "unknown error";
}

const char *dp_status_name(dp_status st)
{
    switch (st) {
#define DP_STATUS_NAME_(name, value, text)                                     \
    case name:                                                                 \
        return #name;
        DP_STATUS_MAP(DP_STATUS_NAME_)
#undef DP_STATUS_NAME_
    }
    return "DP_E_UNKNOWN";
}

dp_status dp__error_set(dp_error *err, dp_status code, uint32_t line,
                        uint32_t col, const char *fmt, ...)
{
    if (err) {
        err->code = code;
        err->line = line;
        err->col = col;
        if (fmt) {
            va_list ap;
            va_start(ap, fmt);
            vsnprintf(err->msg, sizeof err->msg, fmt, ap);
            va_end(ap);
        } else {
            snprintf(err->msg, sizeof err->msg, "%s", dp_strerror(code));
        }
    }
    return code;
}
