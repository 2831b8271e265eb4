/* Talent scheduling internals, shared by src/talent*.c and the unit tests.
 *
 * The search works on a dp__tcore: one connected component of the problem
 * after preprocessing (actors who cannot idle dropped, scenes with the same
 * actors merged), with scene sets as arrays of 64-bit words. Costs are
 * idle costs: the work cost is a constant added back by the caller. */
#ifndef DP_TALENT_H
#define DP_TALENT_H

#include "internal.h"

struct dp_talent {
    char *name;
    size_t n, m;     /* scenes, actors */
    uint8_t *needs;  /* needs[a * n + s]: 1 when actor a is in scene s */
    int64_t *cost;   /* per actor and day */
    int64_t *dur;    /* per scene, days */
};

struct dp_talent_result {
    int64_t cost, idle, lower_bound;
    int optimal;
    uint32_t *order;
    size_t n;
    uint64_t nodes;
    double seconds;
};

typedef struct dp__tcore {
    size_t n, m;        /* scenes (merged), actors kept */
    size_t nw;          /* words in a scene set: (n + 63) / 64 */
    int64_t *dur;       /* n */
    int64_t *cost;      /* m, all > 0 */
    uint32_t *sa_start; /* n + 1: actors of scene s are sa[sa_start[s] ..) */
    uint32_t *sa;       /* actor indices, ascending per scene */
    uint32_t *nsc;      /* m: number of scenes of each actor */
    uint32_t *mem_start; /* n + 1: original scenes merged into scene s */
    uint32_t *mem;       /* original scene indices, in shooting order */
} dp__tcore;

/* The preprocessed problem: the shooting order is a sequence of segments,
 * each either a fixed run of original scenes or a core to be ordered. */
typedef struct dp__tseg {
    uint32_t first, count; /* fixed: fixed[first .. first + count) */
    int32_t core;          /* index into comps, or -1 for a fixed run */
} dp__tseg;

typedef struct dp__tprep {
    dp__arena arena;
    dp__tseg *segs;
    size_t n_segs;
    uint32_t *fixed; /* original scene indices of the fixed runs */
    dp__tcore *comps;
    size_t n_comps;
    int64_t work; /* sum over actors of cost x days worked */
} dp__tprep;

/* Builds the preprocessed form of 't'. With 'reduce' false it drops,
 * merges and splits nothing: one core holding every scene and every actor
 * of positive cost (for tests of the reductions). */
dp_status dp__tprep_build(const dp_talent *t, bool reduce, dp__tprep *out);
void dp__tprep_release(dp__tprep *p);

/* Idle cost of a complete order of the core's scenes. */
int64_t dp__tcore_idle(const dp__tcore *c, const uint32_t *order);

/* Search state shared by the bound: the remaining scenes Q (nw words) and,
 * per actor, whether it is on location (appeared before and still needed),
 * plus scratch for m actors. */
typedef struct dp__tkey {
    double rho;
    uint32_t a;
} dp__tkey;
typedef struct dp__tbound_scratch {
    double *rho;    /* m */
    dp__tkey *keys; /* m */
    uint32_t *here; /* m */
} dp__tbound_scratch;

/* A lower bound on the idle cost still to come when the scenes of Q remain
 * and the actors with on_loc[a] != 0 are on location (Garcia de la Banda et
 * al. 2011: the actors on location, as jobs sharing scenes, ordered by
 * Smith's rule). */
int64_t dp__tbound(const dp__tcore *c, const uint64_t *q, const uint8_t *on_loc,
                   dp__tbound_scratch *s);

/* A good order of the core's scenes (greedy, then local search), its idle
 * cost in '*idle'. 'order' has room for c->n. Deterministic. */
dp_status dp__theur(const dp__tcore *c, uint32_t *order, int64_t *idle);

typedef struct dp__tlimits {
    double deadline;     /* monotonic seconds; 0 = none */
    uint64_t node_limit; /* 0 = none */
    size_t memory_limit; /* bytes for the cache */
} dp__tlimits;

typedef struct dp__tsol {
    int64_t idle;     /* of 'order' */
    int64_t lower;    /* lower bound on the optimal idle cost */
    bool optimal;
    uint64_t nodes;
} dp__tsol;

/* Exact search on one core, started from the order 'order' (idle cost
 * 'idle'); improves 'order' in place. DP_E_NOMEM only when not even a small
 * cache fits; reaching a limit is not an error. */
dp_status dp__tsearch(const dp__tcore *c, const dp__tlimits *lim,
                      uint32_t *order, int64_t idle, dp__tsol *out);

/* dp_talent_solve, with the preprocessing reductions optional (tests). */
dp_status dp__talent_solve(const dp_talent *t, const dp_talent_options *opts,
                           bool reduce, dp_talent_result **out, dp_error *err);

/* Monotonic clock in seconds. */
double dp__tclock(void);

#endif
