/* Breakdown categories: the Universal Category Identification ids (the
 * Movie Magic list) with their English and French names, colour, and the
 * matching Final Draft Tagger category (number and fixed UUID). */
#ifndef DP_CATEGORIES_H
#define DP_CATEGORIES_H

#include "internal.h"

#define DP__CAT_CAST 100u
#define DP__CAT_OTHER 124u
#define DP__CAT_CUSTOM 500u /* first id for categories outside the table */

typedef struct dp__category {
    uint16_t id;         /* UCI id (3..6 scene categories, 100..124), or
                          * 500 for Final Draft's Synopsis */
    const char *en;      /* English name (UCI) */
    const char *fr;      /* French name */
    const char *color;   /* "#RRGGBB" */
    uint16_t fd_number;  /* Final Draft TagCategory Number; 0: none */
    const char *fd_name; /* Final Draft's name, or NULL */
    const char *fd_uuid; /* Final Draft's fixed Id, or NULL */
    const char *fd_uuid_alt; /* another Id real files use, or NULL */
    const char *aliases; /* other names, '|'-separated ("Prop|Props") */
} dp__category;

size_t dp__category_count(void);
/* The i-th entry, in Final Draft's order (i < dp__category_count()). */
const dp__category *dp__category_at(size_t i);
const dp__category *dp__category_by_id(uint16_t id);
/* By Final Draft Id (ASCII case ignored), or NULL. */
const dp__category *dp__category_by_fd_uuid(const char *s, size_t n);
/* By name: English, French, Final Draft or an alias; case and accents of
 * Latin letters ignored, surrounding spaces too. NULL when unknown (or
 * when 'a', the scratch for folding, had no memory: a->failed). */
const dp__category *dp__category_by_name(dp__arena *a, const char *s, size_t n);

#endif
