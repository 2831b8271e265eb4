/* The talent solver's cache of searched states (see talent_memo.c). */
#ifndef DP_TALENT_MEMO_H
#define DP_TALENT_MEMO_H

#include "internal.h"

typedef struct dp__tslot {
    int64_t value;      /* exact idle cost to come, or a lower bound on it */
    uint32_t remaining; /* scenes left in the state */
    uint16_t best;      /* exact: the scene to shoot next */
    uint8_t exact;
    uint8_t used;
} dp__tslot;

/* Entries are stored whole, key then slot, 'stride' words apart, so that a
 * probe touches one cache line. */
typedef struct dp__tmemo {
    uint64_t *words;
    size_t nw, stride, cap, max_cap, count;
} dp__tmemo;

/* A cache for keys of 'nw' words using at most about 'max_bytes'. */
dp_status dp__tmemo_init(dp__tmemo *t, size_t nw, size_t max_bytes);
void dp__tmemo_release(dp__tmemo *t);
/* The entry of 'q', or NULL. The pointer is valid until the next put. */
dp__tslot *dp__tmemo_find(dp__tmemo *t, const uint64_t *q);
/* Hints that 'q' will be looked up soon. */
void dp__tmemo_prefetch(const dp__tmemo *t, const uint64_t *q);
/* The entry of 'q', created (value 0, not exact) when absent, possibly in
 * place of another entry. Valid until the next put. */
dp__tslot *dp__tmemo_put(dp__tmemo *t, const uint64_t *q, uint32_t remaining);

#endif
