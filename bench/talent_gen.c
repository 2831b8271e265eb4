/* dp-talent-gen: random talent-scheduling instances in the manner of the
 * "Type 2" set of Garcia de la Banda, Stuckey & Chu (2011), which is not
 * distributed any more. Not the published files: instances drawn by the
 * rules below, seeded, so every run writes the same bytes.
 *
 *   dp-talent-gen N M SEED     one instance (N scenes, M actors) on stdout
 *   dp-talent-gen --set DIR    the 48 instances of bench/talent/generated
 *
 * Rules (the published description gives n, m, costs and durations; how
 * actors are spread over scenes is ours):
 *   - each actor's daily cost is uniform in 1..100;
 *   - each scene's duration is uniform in 1..5 days;
 *   - each actor appears in k scenes, k uniform in 2..max(2, N/2), the
 *     scenes drawn uniformly without replacement;
 *   - a scene left with no actor gets one actor drawn uniformly;
 *   - the set: N in {16, 24, 32, 40, 48, 64} x M in {8, 12, 16, 22}, two
 *     instances each, seed = 1000 * N + 10 * M + k (k = 1, 2), named
 *     type2_N_M_k.
 * The generator is a 64-bit xorshift*, seeded with the seed above. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define MAX_N 1024
#define MAX_M 1024

static uint64_t rng;

static uint32_t uniform(uint32_t lo, uint32_t hi) /* lo..hi inclusive */
{
    rng ^= rng >> 12;
    rng ^= rng << 25;
    rng ^= rng >> 27;
    uint64_t x = rng * 0x2545F4914F6CDD1DULL;
    return lo + (uint32_t)((x >> 11) % (uint64_t)(hi - lo + 1));
}

static int write_instance(FILE *f, const char *name, unsigned n, unsigned m, uint64_t seed)
{
    static uint8_t needs[MAX_M][MAX_N];
    unsigned cost[MAX_M], dur[MAX_N], pick[MAX_N];
    rng = seed * 0x9E3779B97F4A7C15ULL + 1;
    memset(needs, 0, sizeof needs);
    for (unsigned a = 0; a < m; a++) {
        cost[a] = uniform(1, 100);
        unsigned k = uniform(2, n / 2 > 2 ? n / 2 : 2);
        for (unsigned s = 0; s < n; s++)
            pick[s] = s;
        for (unsigned i = 0; i < k && i < n; i++) { /* partial shuffle */
            unsigned j = uniform(i, n - 1), v = pick[i];
            pick[i] = pick[j];
            pick[j] = v;
            needs[a][pick[i]] = 1;
        }
    }
    for (unsigned s = 0; s < n; s++) {
        dur[s] = uniform(1, 5);
        unsigned any = 0;
        for (unsigned a = 0; a < m; a++)
            any |= needs[a][s];
        if (!any)
            needs[uniform(0, m - 1)][s] = 1;
    }
    fprintf(f, "%s\n%u\n%u\n", name, n, m);
    for (unsigned a = 0; a < m; a++) {
        for (unsigned s = 0; s < n; s++)
            fprintf(f, "%u ", needs[a][s]);
        fprintf(f, " %u\n", cost[a]);
    }
    for (unsigned s = 0; s < n; s++)
        fprintf(f, s + 1 < n ? "%u " : "%u\n", dur[s]);
    return ferror(f) ? -1 : 0;
}

int main(int argc, char **argv)
{
    if (argc == 3 && !strcmp(argv[1], "--set")) {
        static const unsigned ns[] = {16, 24, 32, 40, 48, 64}, ms[] = {8, 12, 16, 22};
        for (size_t i = 0; i < sizeof ns / sizeof ns[0]; i++) {
            for (size_t j = 0; j < sizeof ms / sizeof ms[0]; j++) {
                for (unsigned k = 1; k <= 2; k++) {
                    char name[64], path[4096];
                    snprintf(name, sizeof name, "type2_%u_%u_%u", ns[i], ms[j], k);
                    snprintf(path, sizeof path, "%s/%s.txt", argv[2], name);
                    FILE *f = fopen(path, "w");
                    if (!f || write_instance(f, name, ns[i], ms[j],
                                             1000u * ns[i] + 10u * ms[j] + k) != 0 ||
                        fclose(f) != 0) {
                        perror(path);
                        return 1;
                    }
                }
            }
        }
        return 0;
    }
    if (argc == 4) {
        long n = strtol(argv[1], NULL, 10), m = strtol(argv[2], NULL, 10);
        unsigned long long seed = strtoull(argv[3], NULL, 10);
        if (n >= 2 && n <= MAX_N && m >= 1 && m <= MAX_M) {
            char name[64];
            snprintf(name, sizeof name, "gen_%ld_%ld_%llu", n, m, seed);
            return write_instance(stdout, name, (unsigned)n, (unsigned)m, seed) ? 1 : 0;
        }
    }
    fputs("usage: dp-talent-gen N M SEED | dp-talent-gen --set DIR\n", stderr);
    return 2;
}
