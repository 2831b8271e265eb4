/* The search cache of the talent solver: remaining-scene sets -> exact idle
 * cost or lower bound. Open addressing with a short probe window; it grows
 * up to the memory limit, then replaces the entry with the fewest
 * remaining scenes in the window (the cheapest to find again). */
#include "talent_memo.h"

#include <string.h>

#define MEMO_PROBE 16
#define MEMO_MIN_CAP ((size_t)1 << 12)

_Static_assert(sizeof(dp__tslot) == 2 * sizeof(uint64_t), "a slot is two words");

dp_status dp__tmemo_init(dp__tmemo *t, size_t nw, size_t max_bytes)
{
    memset(t, 0, sizeof *t);
    t->nw = nw;
    t->stride = nw + 2;
    size_t bytes = t->stride * sizeof(uint64_t);
    t->max_cap = MEMO_MIN_CAP;
    while (t->max_cap * 2 * bytes <= max_bytes)
        t->max_cap *= 2;
    t->cap = MEMO_MIN_CAP;
    t->words = dp__calloc(t->cap * t->stride, sizeof *t->words);
    return t->words ? DP_OK : DP_E_NOMEM;
}

void dp__tmemo_release(dp__tmemo *t)
{
    dp__free(t->words);
    memset(t, 0, sizeof *t);
}

static uint64_t hash(const uint64_t *q, size_t nw)
{
    uint64_t h = 0x243F6A8885A308D3u;
    for (size_t i = 0; i < nw; i++) {
        h ^= q[i];
        h *= 0x9E3779B97F4A7C15u;
        h ^= h >> 29;
    }
    return h ^ (h >> 32);
}

static bool key_eq(const uint64_t *a, const uint64_t *b, size_t nw)
{
    for (size_t i = 0; i < nw; i++)
        if (a[i] != b[i])
            return false;
    return true;
}

static uint64_t *entry(const dp__tmemo *t, size_t i) { return t->words + i * t->stride; }
static dp__tslot *slot(const dp__tmemo *t, size_t i) { return (dp__tslot *)(entry(t, i) + t->nw); }

void dp__tmemo_prefetch(const dp__tmemo *t, const uint64_t *q)
{
    __builtin_prefetch(entry(t, (size_t)hash(q, t->nw) & (t->cap - 1)));
}

dp__tslot *dp__tmemo_find(dp__tmemo *t, const uint64_t *q)
{
    size_t mask = t->cap - 1, i = (size_t)hash(q, t->nw) & mask;
    for (size_t k = 0; k < MEMO_PROBE; k++, i = (i + 1) & mask) {
        dp__tslot *s = slot(t, i);
        if (!s->used)
            return NULL;
        if (key_eq(entry(t, i), q, t->nw))
            return s;
    }
    return NULL;
}

static void grow(dp__tmemo *t)
{
    size_t ncap = t->cap * 2, stride = t->stride;
    uint64_t *nwords = dp__calloc(ncap * stride, sizeof *nwords);
    if (!nwords) { /* stay at this size: entries get replaced instead */
        t->max_cap = t->cap;
        return;
    }
    dp__tmemo old = *t;
    t->words = nwords;
    t->cap = ncap;
    size_t mask = ncap - 1;
    for (size_t i = 0; i < old.cap; i++) {
        if (!slot(&old, i)->used)
            continue;
        const uint64_t *key = entry(&old, i);
        size_t j = (size_t)hash(key, t->nw) & mask;
        for (size_t k = 0; k < MEMO_PROBE && slot(t, j)->used; k++)
            j = (j + 1) & mask;
        if (slot(t, j)->used) {
            t->count--; /* a full window: this entry is dropped */
            continue;
        }
        memcpy(entry(t, j), key, stride * sizeof *key);
    }
    dp__free(old.words);
}

dp__tslot *dp__tmemo_put(dp__tmemo *t, const uint64_t *q, uint32_t remaining)
{
    if (t->count * 2 > t->cap && t->cap < t->max_cap)
        grow(t);
    size_t mask = t->cap - 1, i = (size_t)hash(q, t->nw) & mask;
    size_t victim = i;
    for (size_t k = 0; k < MEMO_PROBE; k++, i = (i + 1) & mask) {
        dp__tslot *s = slot(t, i);
        if (!s->used) {
            t->count++;
            victim = i;
            break;
        }
        if (key_eq(entry(t, i), q, t->nw))
            return s;
        if (s->remaining < slot(t, victim)->remaining)
            victim = i;
    }
    memcpy(entry(t, victim), q, t->nw * sizeof *q);
    dp__tslot *s = slot(t, victim);
    memset(s, 0, sizeof *s);
    s->used = 1;
    s->remaining = remaining;
    return s;
}
