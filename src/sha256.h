/* SHA-256 of a byte string. */
#ifndef DP_SHA256_H
#define DP_SHA256_H

#include <stddef.h>

/* The 32-byte digest of data[0..len). */
void dp__sha256(const void *data, size_t len, unsigned char out[32]);
/* The digest as 64 lower-case hex digits and a NUL. */
void dp__sha256_hex(const void *data, size_t len, char out[65]);

#endif
