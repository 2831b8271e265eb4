/* The talent-scheduling problem handle, cost evaluation, and the result's
 * accessors and JSON form. */
#include "talent.h"

#include <string.h>

static dp_status check_value(int64_t v, const char *what, size_t i, dp_error *err)
{
    if (v < 0 || v > DP_TALENT_MAX_VALUE)
        return dp__error_set(err, DP_E_ARG, 0, 0,
                             "%s %zu is %lld: it must be between 0 and %d", what,
                             i, (long long)v, DP_TALENT_MAX_VALUE);
    return DP_OK;
}

dp_status dp_talent_new(size_t n_scenes, size_t n_actors, const uint8_t *needs,
                        const int64_t *cost, const int64_t *duration,
                        const char *name, dp_talent **out, dp_error *err)
{
    if (!out)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no output handle");
    *out = NULL;
    if ((n_scenes && !duration) || (n_actors && !cost) ||
        (n_scenes && n_actors && !needs))
        return dp__error_set(err, DP_E_ARG, 0, 0, "missing problem arrays");
    if (n_scenes > DP_TALENT_MAX_SCENES || n_actors > DP_TALENT_MAX_ACTORS)
        return dp__error_set(err, DP_E_LIMIT, 0, 0,
                             "%zu scenes and %zu actors: the limits are %u and %u",
                             n_scenes, n_actors, DP_TALENT_MAX_SCENES,
                             DP_TALENT_MAX_ACTORS);
    uint64_t sum_c = 0, sum_d = 0;
    for (size_t a = 0; a < n_actors; a++) {
        dp_status st = check_value(cost[a], "the cost of actor", a, err);
        if (st != DP_OK)
            return st;
        sum_c += (uint64_t)cost[a];
    }
    for (size_t s = 0; s < n_scenes; s++) {
        dp_status st = check_value(duration[s], "the duration of scene", s, err);
        if (st != DP_OK)
            return st;
        sum_d += (uint64_t)duration[s];
    }
    /* every cost below fits: sum_c * sum_d <= 2^61 */
    if (sum_c && sum_d > ((uint64_t)1 << 61) / sum_c)
        return dp__error_set(err, DP_E_LIMIT, 0, 0,
                             "costs times durations are too large (over 2^61)");
    size_t name_len = name ? strlen(name) : 0;
    if (name_len > 1024)
        return dp__error_set(err, DP_E_LIMIT, 0, 0, "the name is longer than 1024 bytes");
    dp_talent *t = dp__calloc(1, sizeof *t);
    if (!t)
        return dp__error_set(err, DP_E_NOMEM, 0, 0, NULL);
    t->n = n_scenes;
    t->m = n_actors;
    t->name = dp__malloc(name_len + 1);
    t->needs = dp__calloc(n_scenes * n_actors, 1);
    t->cost = dp__calloc(n_actors, sizeof *t->cost);
    t->dur = dp__calloc(n_scenes, sizeof *t->dur);
    if (!t->name || !t->needs || !t->cost || !t->dur) {
        dp_talent_free(t);
        return dp__error_set(err, DP_E_NOMEM, 0, 0, NULL);
    }
    if (name_len)
        memcpy(t->name, name, name_len);
    t->name[name_len] = '\0';
    for (size_t i = 0; i < n_scenes * n_actors; i++)
        t->needs[i] = needs[i] != 0;
    if (n_actors)
        memcpy(t->cost, cost, n_actors * sizeof *cost);
    if (n_scenes)
        memcpy(t->dur, duration, n_scenes * sizeof *duration);
    *out = t;
    return DP_OK;
}

void dp_talent_free(dp_talent *t)
{
    if (!t)
        return;
    dp__free(t->name);
    dp__free(t->needs);
    dp__free(t->cost);
    dp__free(t->dur);
    dp__free(t);
}

const char *dp_talent_name(const dp_talent *t) { return t->name; }
size_t dp_talent_scene_count(const dp_talent *t) { return t->n; }
size_t dp_talent_actor_count(const dp_talent *t) { return t->m; }

dp_status dp_talent_evaluate(const dp_talent *t, const uint32_t *order, size_t n,
                             int64_t *total, int64_t *idle, dp_error *err)
{
    if (n != t->n || (n && !order))
        return dp__error_set(err, DP_E_ARG, 0, 0,
                             "the order has %zu scenes, the problem %zu", n, t->n);
    int64_t *start = dp__calloc(n + 1, sizeof *start);
    uint8_t *seen = dp__calloc(n + 1, 1);
    if (!start || !seen) {
        dp__free(start);
        dp__free(seen);
        return dp__error_set(err, DP_E_NOMEM, 0, 0, NULL);
    }
    dp_status st = DP_OK;
    for (size_t i = 0; i < n && st == DP_OK; i++) {
        if (order[i] >= n || seen[order[i]])
            st = dp__error_set(err, DP_E_ARG, 0, 0,
                               "the order is not a permutation (scene %u at %zu)",
                               order[i], i);
        else
            seen[order[i]] = 1;
        start[i + 1] = start[i] + (st == DP_OK ? t->dur[order[i]] : 0);
    }
    int64_t tot = 0, work = 0;
    for (size_t a = 0; a < t->m && st == DP_OK; a++) {
        const uint8_t *row = t->needs + a * t->n;
        size_t first = n, last = 0;
        for (size_t i = 0; i < n; i++) {
            if (row[order[i]]) {
                if (first == n)
                    first = i;
                last = i;
                work += t->cost[a] * t->dur[order[i]];
            }
        }
        if (first < n)
            tot += t->cost[a] * (start[last + 1] - start[first]);
    }
    dp__free(start);
    dp__free(seen);
    if (st != DP_OK)
        return st;
    if (total)
        *total = tot;
    if (idle)
        *idle = tot - work;
    return DP_OK;
}

void dp_talent_result_free(dp_talent_result *r)
{
    if (!r)
        return;
    dp__free(r->order);
    dp__free(r);
}

int64_t dp_talent_result_cost(const dp_talent_result *r) { return r->cost; }
int64_t dp_talent_result_idle_cost(const dp_talent_result *r) { return r->idle; }
int64_t dp_talent_result_lower_bound(const dp_talent_result *r) { return r->lower_bound; }
int dp_talent_result_optimal(const dp_talent_result *r) { return r->optimal; }
uint64_t dp_talent_result_nodes(const dp_talent_result *r) { return r->nodes; }
double dp_talent_result_seconds(const dp_talent_result *r) { return r->seconds; }

const uint32_t *dp_talent_result_order(const dp_talent_result *r, size_t *n)
{
    if (n)
        *n = r->n;
    return r->order;
}

dp_status dp_talent_result_write_json(const dp_talent_result *r,
                                      const dp_sink *sink, dp_error *err)
{
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "cost");
    dp__json_int(&j, r->cost);
    dp__json_key(&j, "idle_cost");
    dp__json_int(&j, r->idle);
    dp__json_key(&j, "lower_bound");
    dp__json_int(&j, r->lower_bound);
    dp__json_key(&j, "optimal");
    dp__json_bool(&j, r->optimal != 0);
    dp__json_key(&j, "order");
    dp__json_begin_array_inline(&j);
    for (size_t i = 0; i < r->n; i++)
        dp__json_int(&j, r->order[i]);
    dp__json_end_array(&j);
    dp__json_key(&j, "seconds");
    dp__json_fixed(&j, r->seconds, 6);
    dp__json_key(&j, "nodes");
    dp__json_int(&j, (long long)r->nodes);
    dp__json_end_object(&j);
    dp_status st = dp__json_finish(&j);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "writing the result failed: %s",
                             dp_strerror(st));
    return DP_OK;
}
