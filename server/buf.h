/* Growable byte buffers with a cap, and JSON written into them. A buffer
 * that ran out of memory or passed its cap stays 'failed': later appends
 * do nothing, so a writer checks once at the end. */
#ifndef DPS_BUF_H
#define DPS_BUF_H

#include <stddef.h>
#include <stdint.h>

#include "depouille.h"

typedef struct dps_buf {
    char *data;   /* NUL-terminated while not failed */
    size_t len, cap;
    size_t limit; /* most bytes it may hold; 0: 64 MiB */
    int failed;
} dps_buf;

void dps_buf_free(dps_buf *b);
/* Hands the bytes over (the caller frees them with free()); 'b' is empty. */
char *dps_buf_take(dps_buf *b, size_t *len);
void dps_buf_add(dps_buf *b, const void *data, size_t n);
void dps_buf_str(dps_buf *b, const char *s);
void dps_buf_printf(dps_buf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
/* A dp_sink appending to 'b'. */
dp_sink dps_buf_sink(dps_buf *b);

/* JSON: a string literal (NULL writes null), escaped; "key": prefixes. */
void dps_json_str(dps_buf *b, const char *s);
void dps_json_strn(dps_buf *b, const char *s, size_t n);
void dps_json_key(dps_buf *b, const char *key);
/* ,"key":"value" and ,"key":123 without the leading comma handling: the
 * caller writes separators. */
void dps_json_kv_str(dps_buf *b, const char *key, const char *value);
void dps_json_kv_int(dps_buf *b, const char *key, long long value);

#endif
