/* Unit tests: src/talent*.c — the reader, the cost, the lower bound, the
 * reductions and the exact search against brute force. */
#include "../harness.h"
#include "talent.h"

#include <stdio.h>
#include <stdlib.h>

static uint64_t rng_state;
static uint32_t rnd(uint32_t n)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return (uint32_t)(rng_state % n);
}

/* The cost of an order, computed the plain way: each actor is paid from
 * the first day of their first scene to the last day of their last. */
static int64_t plain_cost(size_t n, size_t m, const uint8_t *needs, const int64_t *cost,
                          const int64_t *dur, const uint32_t *order)
{
    int64_t total = 0;
    for (size_t a = 0; a < m; a++) {
        int64_t day = 0, first = -1, last = -1;
        for (size_t i = 0; i < n; i++) {
            if (needs[a * n + order[i]]) {
                if (first < 0)
                    first = day;
                last = day + dur[order[i]];
            }
            day += dur[order[i]];
        }
        if (first >= 0)
            total += cost[a] * (last - first);
    }
    return total;
}

static bool next_perm(uint32_t *p, size_t n)
{
    if (n < 2)
        return false;
    size_t i = n - 1;
    while (i > 0 && p[i - 1] >= p[i])
        i--;
    if (i == 0)
        return false;
    size_t j = n - 1;
    while (p[j] <= p[i - 1])
        j--;
    uint32_t x = p[i - 1];
    p[i - 1] = p[j];
    p[j] = x;
    for (size_t a = i, b = n - 1; a < b; a++, b--) {
        x = p[a];
        p[a] = p[b];
        p[b] = x;
    }
    return true;
}

typedef struct inst {
    size_t n, m;
    uint8_t needs[12 * 9];
    int64_t cost[12], dur[9];
} inst;

/* Random instance with duplicate scenes, lone actors and split casts. */
static void random_inst(inst *x, size_t max_n)
{
    x->n = 1 + rnd((uint32_t)max_n);
    x->m = 1 + rnd(8);
    int density = 20 + (int)rnd(60);
    for (size_t a = 0; a < x->m; a++) {
        x->cost[a] = rnd(5) == 0 ? 0 : 1 + rnd(20);
        for (size_t s = 0; s < x->n; s++)
            x->needs[a * x->n + s] = (int)rnd(100) < density;
    }
    for (size_t s = 0; s < x->n; s++) {
        x->dur[s] = rnd(6) == 0 ? 0 : 1 + rnd(4);
        if (s > 0 && rnd(4) == 0) /* a copy of an earlier scene */
            for (size_t a = 0; a < x->m; a++)
                x->needs[a * x->n + s] = x->needs[a * x->n + rnd((uint32_t)s)];
    }
    if (x->m > 2 && rnd(3) == 0) /* an actor in every scene */
        for (size_t s = 0; s < x->n; s++)
            x->needs[s] = 1;
}

static int64_t brute(const inst *x)
{
    uint32_t p[9];
    for (size_t i = 0; i < x->n; i++)
        p[i] = (uint32_t)i;
    int64_t best = INT64_MAX;
    do {
        int64_t v = plain_cost(x->n, x->m, x->needs, x->cost, x->dur, p);
        if (v < best)
            best = v;
    } while (next_perm(p, x->n));
    return best;
}

static void check_solution(const inst *x, const dp_talent *t, bool reduce, int64_t want)
{
    dp_talent_result *r = NULL;
    dp_error err = {0};
    CHECK_INT(dp__talent_solve(t, NULL, reduce, &r, &err), DP_OK);
    if (!r)
        return;
    size_t n = 0;
    const uint32_t *order = dp_talent_result_order(r, &n);
    CHECK_INT(n, x->n);
    uint8_t seen[9] = {0};
    for (size_t i = 0; i < n; i++) {
        CHECK(order[i] < x->n && !seen[order[i]]);
        seen[order[i] < 9 ? order[i] : 0] = 1;
    }
    CHECK_INT(dp_talent_result_cost(r), want);
    CHECK_INT(plain_cost(x->n, x->m, x->needs, x->cost, x->dur, order), want);
    CHECK_INT(dp_talent_result_lower_bound(r), want);
    CHECK(dp_talent_result_optimal(r));
    int64_t work = 0;
    for (size_t a = 0; a < x->m; a++)
        for (size_t s = 0; s < x->n; s++)
            work += x->needs[a * x->n + s] ? x->cost[a] * x->dur[s] : 0;
    CHECK_INT(dp_talent_result_idle_cost(r), want - work);
    dp_talent_result_free(r);
}

static void talent_brute_force(void)
{
    rng_state = 0x2545F4914F6CDD1Du;
    for (int k = 0; k < 300; k++) {
        inst x;
        random_inst(&x, 8);
        dp_talent *t = NULL;
        CHECK_INT(dp_talent_new(x.n, x.m, x.needs, x.cost, x.dur, "r", &t, NULL), DP_OK);
        if (!t)
            return;
        int64_t want = brute(&x);
        check_solution(&x, t, true, want);  /* with the reductions */
        check_solution(&x, t, false, want); /* without: the same optimum */
        dp_talent_free(t);
    }
}

static bool core_has(const dp__tcore *c, uint32_t s, size_t a)
{
    for (uint32_t j = c->sa_start[s]; j < c->sa_start[s + 1]; j++)
        if (c->sa[j] == a)
            return true;
    return false;
}

/* Idle cost during the scenes order[pre..n). */
static int64_t suffix_idle(const dp__tcore *c, const uint32_t *order, size_t pre)
{
    int64_t idle = 0;
    for (size_t i = pre; i < c->n; i++) {
        for (size_t a = 0; a < c->m; a++) {
            if (core_has(c, order[i], a))
                continue;
            bool before = false, after = false;
            for (size_t j = 0; j < c->n; j++)
                if (core_has(c, order[j], a))
                    *(j < i ? &before : &after) |= j != i;
            if (before && after)
                idle += c->cost[a] * c->dur[order[i]];
        }
    }
    return idle;
}

/* The bound never exceeds the exact idle cost still to come. */
static void talent_bound_is_lower(void)
{
    rng_state = 0x9E3779B97F4A7C15u;
    int tested = 0;
    for (int k = 0; k < 400; k++) {
        inst x;
        random_inst(&x, 8);
        dp_talent *t = NULL;
        CHECK_INT(dp_talent_new(x.n, x.m, x.needs, x.cost, x.dur, "r", &t, NULL), DP_OK);
        dp__tprep p;
        CHECK_INT(dp__tprep_build(t, false, &p), DP_OK);
        const dp__tcore *c = p.n_comps == 1 ? &p.comps[0] : NULL;
        if (c && c->n >= 2) {
            uint32_t order[9];
            for (size_t i = 0; i < c->n; i++)
                order[i] = (uint32_t)i;
            for (size_t i = c->n; i > 1; i--) {
                size_t j = rnd((uint32_t)i);
                uint32_t v = order[i - 1];
                order[i - 1] = order[j];
                order[j] = v;
            }
            size_t pre = rnd((uint32_t)c->n);
            uint64_t q = 0;
            for (size_t i = pre; i < c->n; i++)
                q |= (uint64_t)1 << order[i];
            uint8_t on[12] = {0};
            for (size_t a = 0; a < c->m; a++) {
                bool before = false, after = false;
                for (size_t i = 0; i < c->n; i++)
                    if (core_has(c, order[i], a))
                        *(i < pre ? &before : &after) = true;
                on[a] = before && after;
            }
            double rho[12];
            dp__tkey keys[12];
            uint32_t here[12];
            dp__tbound_scratch bs = {rho, keys, here};
            int64_t lb = dp__tbound(c, &q, on, &bs);
            uint32_t *rest = order + pre;
            size_t nr = c->n - pre;
            for (size_t i = 1; i < nr; i++) /* ascending, for next_perm */
                for (size_t j = i; j > 0 && rest[j - 1] > rest[j]; j--) {
                    uint32_t v = rest[j];
                    rest[j] = rest[j - 1];
                    rest[j - 1] = v;
                }
            int64_t best = INT64_MAX;
            do {
                int64_t v = suffix_idle(c, order, pre);
                if (v < best)
                    best = v;
            } while (next_perm(rest, nr));
            CHECK(lb <= best);
            tested += lb > 0;
        }
        dp__tprep_release(&p);
        dp_talent_free(t);
    }
    CHECK(tested > 20); /* the bound is not trivially zero */
}

static dp_talent *parse(const char *text, dp_error *err)
{
    dp_talent *t = NULL;
    if (dp_talent_parse(text, strlen(text), &t, err) != DP_OK)
        return NULL;
    return t;
}

static void talent_reader(void)
{
    dp_error err = {0};
    /* tiny of the ddo set, CRLF and blank lines, n and m on one line */
    dp_talent *t = parse("tiny\r\n4 3\r\n1 0 1 0  1\r\n1 1 0 1   2\r\n0 1 1 0  3\r\n\r\n"
                         "1 2 3 1\r\n\r\n", &err);
    CHECK(t != NULL);
    if (!t)
        return;
    CHECK_STR(dp_talent_name(t), "tiny");
    CHECK_INT(dp_talent_scene_count(t), 4);
    CHECK_INT(dp_talent_actor_count(t), 3);
    uint32_t order[4] = {2, 1, 0, 3};
    int64_t total = 0, idle = 0;
    CHECK_INT(dp_talent_evaluate(t, order, 4, &total, &idle, &err), DP_OK);
    CHECK_INT(total, 29); /* the fixed order of tiny.dzn: s = [3,2,1,4] */
    CHECK_INT(idle, 2);
    uint32_t bad[4] = {0, 0, 1, 2};
    CHECK_INT(dp_talent_evaluate(t, bad, 4, &total, &idle, &err), DP_E_ARG);
    dp_talent_free(t);

    /* the same problem in JSON */
    t = parse("{\"name\": \"tiny\", \"durations\": [1, 2, 3, 1],\n"
              " \"actors\": [{\"name\": \"A\", \"cost\": 1, \"scenes\": [0, 2]},\n"
              "  {\"cost\": 2, \"scenes\": [0, 1, 3]}, {\"cost\": 3, \"scenes\": [1, 2]}]}",
              &err);
    CHECK(t != NULL);
    if (t) {
        CHECK_INT(dp_talent_evaluate(t, order, 4, &total, &idle, &err), DP_OK);
        CHECK_INT(total, 29);
        dp_talent_result *r = NULL;
        CHECK_INT(dp_talent_solve(t, NULL, &r, &err), DP_OK);
        CHECK_INT(dp_talent_result_cost(r), 29);
        dp_talent_result_free(r);
        dp_talent_free(t);
    }
}

static void talent_reader_errors(void)
{
    static const struct {
        const char *text;
        uint32_t line, col;
        const char *msg;
    } cases[] = {
        {"x 2 1\n1 0 5\n1 x\n", 3, 3, "expected the duration of scene 2"},
        {"x 2 1\n1 2 5\n1 1\n", 2, 3, "expected 0 or 1 (actor 1, scene 2)"},
        {"x 2 1\n1 0 5\n1\n", 4, 1, "found the end of the input"},
        {"x 2 1\n1 0 5\n1 1 7\n", 3, 5, "expected the end of the input"},
        {"x 2000 1\n", 1, 3, "the number of scenes (an integer from 0 to 1024)"},
        {"x 1 1\n1 -3\n1\n", 2, 3, "the daily cost of actor 1"},
        {"x 1 1\n1 3\n1000000001\n", 3, 1, "from 0 to 1000000000"},
        {"", 1, 1, "expected the instance's name"},
        {"{\"durations\": [1], \"actors\": [{\"cost\": 1, \"scenes\": [3]}]}", 1, 54,
         "names scene 3, but there are 1 scenes"},
        {"{\"durations\": [1.5], \"actors\": []}", 1, 16, "the duration of scene 1"},
        {"{\"durations\": [1], \"cast\": []}", 1, 20, "unknown or repeated key \"cast\""},
        {"{\"durations\": [1]}", 1, 1, "needs \"durations\" and \"actors\""},
        {"{\"durations\": [1], \"actors\": [{\"cost\": 1}]}", 1, 41, "needs \"cost\" and \"scenes\""},
        {"{\"durations\": [1] \"actors\": []}", 1, 19, "expected ','"},
        {"{\"durations\": [1], \"actors\": []} x", 1, 34, "the end of the input after"},
    };
    for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
        dp_error err = {0};
        dp_talent *t = parse(cases[i].text, &err);
        CHECK(t == NULL);
        dp_talent_free(t);
        CHECK_INT(err.code, DP_E_FORMAT);
        CHECK_INT(err.line, cases[i].line);
        CHECK_INT(err.col, cases[i].col);
        if (!strstr(err.msg, cases[i].msg))
            dpt_fail(__FILE__, __LINE__, "case %zu: \"%s\" lacks \"%s\"", i, err.msg,
                     cases[i].msg);
    }
}

static void talent_arrays(void)
{
    dp_talent *t = NULL;
    dp_error err = {0};
    int64_t cost[1] = {-1}, dur[2] = {1, 1};
    uint8_t needs[2] = {1, 1};
    CHECK_INT(dp_talent_new(2, 1, needs, cost, dur, NULL, &t, &err), DP_E_ARG);
    CHECK(strstr(err.msg, "cost of actor 0") != NULL);
    cost[0] = 1000000000;
    dur[0] = 1000000000;
    CHECK_INT(dp_talent_new(2, 1, needs, cost, dur, NULL, &t, &err), DP_OK);
    dp_talent_result *r = NULL;
    CHECK_INT(dp_talent_solve(t, NULL, &r, &err), DP_OK);
    CHECK_INT(dp_talent_result_cost(r), 1000000001000000000LL);
    dp_talent_result_free(r);
    dp_talent_free(t);
    CHECK_INT(dp_talent_new(0, 0, NULL, NULL, NULL, NULL, &t, &err), DP_OK);
    CHECK_INT(dp_talent_solve(t, NULL, &r, &err), DP_OK);
    CHECK_INT(dp_talent_result_cost(r), 0);
    CHECK(dp_talent_result_optimal(r));
    dp_talent_result_free(r);
    dp_talent_free(t);
    dp_talent_free(NULL);
    dp_talent_result_free(NULL);
}

/* A node limit stops the search with a valid bound and the best order. */
static void talent_limits(void)
{
    rng_state = 77;
    enum { N = 24, M = 10 };
    uint8_t needs[N * M];
    int64_t cost[M], dur[N];
    for (size_t a = 0; a < M; a++) {
        cost[a] = 1 + rnd(50);
        for (size_t s = 0; s < N; s++)
            needs[a * N + s] = rnd(3) == 0;
    }
    for (size_t s = 0; s < N; s++)
        dur[s] = 1 + rnd(5);
    dp_talent *t = NULL;
    CHECK_INT(dp_talent_new(N, M, needs, cost, dur, NULL, &t, NULL), DP_OK);
    dp_talent_result *full = NULL, *cut = NULL;
    dp_talent_options o = {0, 1, 5, 0};
    CHECK_INT(dp_talent_solve(t, NULL, &full, NULL), DP_OK);
    CHECK_INT(dp_talent_solve(t, &o, &cut, NULL), DP_OK);
    CHECK(dp_talent_result_optimal(full));
    CHECK(dp_talent_result_lower_bound(cut) <= dp_talent_result_cost(full));
    CHECK(dp_talent_result_cost(cut) >= dp_talent_result_cost(full));
    CHECK(dp_talent_result_nodes(cut) < dp_talent_result_nodes(full));
    size_t n = 0;
    const uint32_t *order = dp_talent_result_order(cut, &n);
    CHECK_INT(plain_cost(N, M, needs, cost, dur, order), dp_talent_result_cost(cut));
    dp__buf out;
    dp__buf_init(&out, 1 << 16);
    dp_sink sink = {dp__buf_sink_write, &out};
    CHECK_INT(dp_talent_result_write_json(full, &sink, NULL), DP_OK);
    CHECK(out.data && strstr(out.data, "\"optimal\": true,\n  \"order\": [") != NULL);
    dp__buf_release(&out);
    dp_talent_result_free(full);
    dp_talent_result_free(cut);
    dp_talent_free(t);
}

/* Independent parts solved on several threads give the same result. */
static void talent_threads(void)
{
    rng_state = 4242;
    enum { N = 30, M = 15 };
    uint8_t needs[N * M] = {0};
    int64_t cost[M], dur[N];
    for (size_t a = 0; a < M; a++) { /* three parts: scenes and actors mod 3 */
        cost[a] = 1 + rnd(50);
        for (size_t s = 0; s < N; s++)
            needs[a * N + s] = s % 3 == a % 3 && rnd(3) == 0;
    }
    for (size_t s = 0; s < N; s++)
        dur[s] = 1 + rnd(4);
    dp_talent *t = NULL;
    CHECK_INT(dp_talent_new(N, M, needs, cost, dur, NULL, &t, NULL), DP_OK);
    dp__tprep p;
    CHECK_INT(dp__tprep_build(t, true, &p), DP_OK);
    CHECK(p.n_comps >= 3);
    dp__tprep_release(&p);
    dp_talent_result *one = NULL, *three = NULL;
    dp_talent_options o1 = {0, 1, 0, 0}, o3 = {0, 3, 0, 0};
    CHECK_INT(dp_talent_solve(t, &o1, &one, NULL), DP_OK);
    CHECK_INT(dp_talent_solve(t, &o3, &three, NULL), DP_OK);
    size_t n1 = 0, n3 = 0;
    const uint32_t *a = dp_talent_result_order(one, &n1), *b = dp_talent_result_order(three, &n3);
    CHECK_INT(n1, N);
    CHECK(n1 == n3 && !memcmp(a, b, n1 * sizeof *a));
    CHECK_INT(dp_talent_result_cost(three), dp_talent_result_cost(one));
    CHECK_INT(dp_talent_result_nodes(three), dp_talent_result_nodes(one));
    CHECK(dp_talent_result_optimal(three));
    dp_talent_result_free(one);
    dp_talent_result_free(three);
    dp_talent_free(t);
}

/* ../shared/data/talent: every instance of optima.tsv, solved and proved. */
static void talent_corpus(void)
{
    const char *dir = dpt_shared_talent();
    char path[4096];
    snprintf(path, sizeof path, "%s/optima.tsv", dir);
    char *tsv = dpt_read_file(path, NULL);
    CHECK(tsv != NULL);
    const char *env = getenv("DP_TALENT_ALL");
    bool all = env && *env;
    int solved = 0;
    for (char *line = tsv ? strtok(tsv, "\n") : NULL; line; line = strtok(NULL, "\n")) {
        char file[512];
        long long total, idle;
        int distinct;
        if (line[0] == '#' ||
            sscanf(line, "%511s %*d %*d %d %lld %lld", file, &distinct, &total, &idle) != 4)
            continue;
        /* the larger random ones (up to 25 distinct scenes) take seconds
         * each: make bench solves those, and so does this test when
         * DP_TALENT_ALL is set */
        if (distinct > 16 && strstr(file, "/generated/") && !all)
            continue;
        snprintf(path, sizeof path, "%s/%s", dir, file);
        size_t len = 0;
        char *text = dpt_read_file(path, &len);
        dp_talent *t = NULL;
        dp_error err = {0};
        if (!text || dp_talent_parse(text, len, &t, &err) != DP_OK) {
            dpt_fail(__FILE__, __LINE__, "%s: %s", file, err.msg);
            free(text);
            continue;
        }
        dp_talent_result *r = NULL;
        CHECK_INT(dp_talent_solve(t, NULL, &r, &err), DP_OK);
        if (r) {
            if (dp_talent_result_cost(r) != total || dp_talent_result_idle_cost(r) != idle ||
                !dp_talent_result_optimal(r))
                dpt_fail(__FILE__, __LINE__, "%s: cost %lld idle %lld, expected %lld %lld",
                         file, (long long)dp_talent_result_cost(r),
                         (long long)dp_talent_result_idle_cost(r), total, idle);
            size_t n = 0;
            const uint32_t *order = dp_talent_result_order(r, &n);
            if (plain_cost(t->n, t->m, t->needs, t->cost, t->dur, order) != total)
                dpt_fail(__FILE__, __LINE__, "%s: the order does not cost %lld", file, total);
            solved++;
        }
        dp_talent_result_free(r);
        dp_talent_free(t);
        free(text);
    }
    CHECK(solved >= (all ? 68 : 30));
    free(tsv);
}

void dpt_suite_talent(void)
{
    dpt_run("talent: optimum of random problems equals brute force", talent_brute_force);
    dpt_run("talent: the lower bound never exceeds the exact cost", talent_bound_is_lower);
    dpt_run("talent: the instance format and JSON form", talent_reader);
    dpt_run("talent: reader errors name line and column", talent_reader_errors);
    dpt_run("talent: problems from arrays, limits on values", talent_arrays);
    dpt_run("talent: a node limit gives a bound and an order", talent_limits);
    dpt_run("talent: parts on several threads, the same result", talent_threads);
    if (dpt_shared_talent())
        dpt_run("talent: the instances of optima.tsv up to 16 scenes, or named, proved", talent_corpus);
    else
        dpt_skip("talent: optima.tsv", "../shared/data/talent not found (set DP_SHARED)");
}
