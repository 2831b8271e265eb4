/* The search cache of the talent solver: remaining-scene sets -> exact idle
 * cost or lower bound. Open addressing with a short probe window; it grows
 * up to the memory limit, then replaces the entry with the fewest
 * remaining scenes in the window (the cheapest to find again). */
#include "talent_memo.h"

#include <string.h>

#define MEMO_PROBE 16
#define MEMO_MIN_CAP ((size_t)1 << 12)

static size_t slot_bytes(size_t nw) { return sizeof(dp__tslot) + nw * sizeof(uint64_t); }

dp_status dp__tmemo_init(dp__tmemo *t, size_t nw, size_t max_bytes)
{
    memset(t, 0, sizeof *t);
    t->nw = nw;
    t->max_cap = MEMO_MIN_CAP;
    while (t->max_cap * 2 * slot_bytes(nw) <= max_bytes)
        t->max_cap *= 2;
    t->cap = MEMO_MIN_CAP;
    t->slots = dp__calloc(t->cap, sizeof *t->slots);
    t->keys = dp__calloc(t->cap * nw, sizeof *t->keys);
    if (!t->slots || !t->keys) {
        dp__tmemo_release(t);
        return DP_E_NOMEM;
    }
    return DP_OK;
}

void dp__tmemo_release(dp__tmemo *t)
{
    dp__free(t->slots);
    dp__free(t->keys);
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

dp__tslot *dp__tmemo_find(dp__tmemo *t, const uint64_t *q)
{
    size_t mask = t->cap - 1, i = (size_t)hash(q, t->nw) & mask;
    for (size_t k = 0; k < MEMO_PROBE; k++, i = (i + 1) & mask) {
        if (!t->slots[i].used)
            return NULL;
        if (key_eq(t->keys + i * t->nw, q, t->nw))
            return &t->slots[i];
    }
    return NULL;
}

static void grow(dp__tmemo *t)
{
    size_t ncap = t->cap * 2, nw = t->nw;
    dp__tslot *ns = dp__calloc(ncap, sizeof *ns);
    uint64_t *nk = dp__calloc(ncap * nw, sizeof *nk);
    if (!ns || !nk) { /* stay at this size: entries get replaced instead */
        dp__free(ns);
        dp__free(nk);
        t->max_cap = t->cap;
        return;
    }
    size_t mask = ncap - 1;
    for (size_t i = 0; i < t->cap; i++) {
        if (!t->slots[i].used)
            continue;
        const uint64_t *key = t->keys + i * nw;
        size_t j = (size_t)hash(key, nw) & mask;
        for (size_t k = 0; k < MEMO_PROBE && ns[j].used; k++)
            j = (j + 1) & mask;
        if (ns[j].used)
            continue; /* a full window: this entry is dropped */
        ns[j] = t->slots[i];
        memcpy(nk + j * nw, key, nw * sizeof *key);
    }
    dp__free(t->slots);
    dp__free(t->keys);
    t->slots = ns;
    t->keys = nk;
    t->cap = ncap;
}

dp__tslot *dp__tmemo_put(dp__tmemo *t, const uint64_t *q, uint32_t remaining)
{
    if (t->count * 2 > t->cap && t->cap < t->max_cap)
        grow(t);
    size_t mask = t->cap - 1, i = (size_t)hash(q, t->nw) & mask;
    size_t victim = i;
    for (size_t k = 0; k < MEMO_PROBE; k++, i = (i + 1) & mask) {
        dp__tslot *s = &t->slots[i];
        if (!s->used) {
            memcpy(t->keys + i * t->nw, q, t->nw * sizeof *q);
            memset(s, 0, sizeof *s);
            s->used = 1;
            s->remaining = remaining;
            t->count++;
            return s;
        }
        if (key_eq(t->keys + i * t->nw, q, t->nw))
            return s;
        if (s->remaining < t->slots[victim].remaining)
            victim = i;
    }
    dp__tslot *s = &t->slots[victim];
    memcpy(t->keys + victim * t->nw, q, t->nw * sizeof *q);
    memset(s, 0, sizeof *s);
    s->used = 1;
    s->remaining = remaining;
    return s;
}
