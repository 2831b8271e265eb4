/* A JSON reader: the whole text into a tree of values in an arena, each
 * value with the line and column where it starts (for error messages). */
#ifndef DP_JSONR_H
#define DP_JSONR_H

#include "internal.h"

typedef enum dp__jtype {
    DP__J_NULL = 0,
    DP__J_BOOL,
    DP__J_NUMBER,
    DP__J_STRING,
    DP__J_ARRAY,
    DP__J_OBJECT
} dp__jtype;

typedef struct dp__jval dp__jval;
struct dp__jval {
    dp__jtype type;
    uint32_t line, col;
    bool b;
    double num;
    const char *str;  /* strings, NUL-terminated (may hold NUL via \u0000: cut) */
    size_t count;     /* array items or object members */
    dp__jval **items; /* count values */
    const char **keys; /* objects: count keys, parallel to items */
};

#define DP__JSON_MAX_DEPTH 64

/* Parses text[0..len) into 'a'. DP_E_FORMAT with line and column on a
 * syntax error; DP_E_LIMIT past 'max_values' values or the depth limit;
 * DP_E_NOMEM. */
dp_status dp__jparse(dp__arena *a, const char *text, size_t len, size_t max_values,
                     dp__jval **out, dp_error *err);

/* The member 'key' of object 'v', or NULL. */
const dp__jval *dp__jget(const dp__jval *v, const char *key);

/* The JSON type's name for messages ("a number", "an object" ...). */
const char *dp__jtype_name(dp__jtype t);

#endif
