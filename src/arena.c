/* Bump allocator: many small allocations, one release. */
#include "internal.h"

#include <string.h>

#define ARENA_CHUNK_MIN (64u * 1024u)

struct dp__arena_chunk {
    dp__arena_chunk *next;
    size_t size; /* usable bytes in data[] */
    size_t used;
    _Alignas(16) unsigned char data[];
};

void dp__arena_init(dp__arena *a, size_t cap)
{
    a->head = NULL;
    a->used = 0;
    a->cap = cap;
    a->failed = false;
}

/* A new chunk of 'size' usable bytes at the head of the list, or NULL. */
static dp__arena_chunk *add_head(dp__arena *a, size_t size)
{
    dp__arena_chunk *c = dp__malloc(sizeof *c + size);
    if (!c) {
        a->failed = true;
        return NULL;
    }
    c->next = a->head;
    c->size = size;
    c->used = 0;
    a->head = c;
    return c;
}

/* 16-byte aligned room for n bytes, not cleared. */
static void *bump(dp__arena *a, size_t n)
{
    size_t need = (n + 15u) & ~(size_t)15u;
    if (need < n || need > a->cap - a->used || a->used > a->cap)
        return NULL;
    dp__arena_chunk *c = a->head;
    if (need > ARENA_CHUNK_MIN / 2) {
        /* a big block gets a chunk of its own, kept behind the head: the
         * head's room still serves small allocations, and the next chunk
         * is not sized after the big one */
        if (!c && !(c = add_head(a, ARENA_CHUNK_MIN)))
            return NULL;
        dp__arena_chunk *big = dp__malloc(sizeof *big + need);
        if (!big) {
            a->failed = true;
            return NULL;
        }
        big->next = c->next;
        big->size = need;
        big->used = need;
        c->next = big;
        a->used += need;
        return big->data;
    }
    if (!c || c->size - c->used < need) {
        size_t size = ARENA_CHUNK_MIN;
        if (c && c->size < (size_t)1 << 24 && size < c->size * 2)
            size = c->size * 2; /* grow geometrically, up to 16 MiB chunks */
        if (!(c = add_head(a, size)))
            return NULL;
    }
    void *p = c->data + c->used;
    c->used += need;
    a->used += need;
    return p;
}

void *dp__arena_alloc_raw(dp__arena *a, size_t n) { return bump(a, n); }

void *dp__arena_alloc(dp__arena *a, size_t n)
{
    void *p = bump(a, n);
    if (p)
        memset(p, 0, n);
    return p;
}

char *dp__arena_strndup(dp__arena *a, const char *s, size_t n)
{
    if (n == SIZE_MAX)
        return NULL;
    char *p = bump(a, n + 1);
    if (p) {
        if (n)
            memcpy(p, s, n);
        p[n] = '\0';
    }
    return p;
}

void dp__arena_release(dp__arena *a)
{
    dp__arena_chunk *c = a->head;
    while (c) {
        dp__arena_chunk *next = c->next;
        dp__free(c);
        c = next;
    }
    a->head = NULL;
    a->used = 0;
}
