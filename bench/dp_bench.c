/* dp-bench FILE [-n N]: runs the library's stages N times in one process
 * (warm) and prints the medians in milliseconds as one JSON line.
 * paginate_ms and breakdown_ms each start from the bytes (parse included);
 * pages are US Letter and A4 body pages. */
#define _POSIX_C_SOURCE 200809L
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "depouille.h"

static double now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static int cmp_double(const void *a, const void *b)
{
    double x = *(const double *)a, y = *(const double *)b;
    return x < y ? -1 : x > y;
}

static double median(double *v, int n)
{
    qsort(v, (size_t)n, sizeof *v, cmp_double);
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

int main(int argc, char **argv)
{
    const char *file = NULL;
    int n = 20;
    for (int i = 1; i < argc; i++) {
        if (!strcmp(argv[i], "-n") && i + 1 < argc)
            n = atoi(argv[++i]);
        else if (!file)
            file = argv[i];
    }
    if (!file || n < 1 || n > 100000) {
        fprintf(stderr, "usage: dp-bench FILE [-n N]\n");
        return 2;
    }
    dp_error err = {0};
    char *bytes;
    size_t len;
    if (dp_file_read(file, DP_MAX_INPUT_BYTES, &bytes, &len, &err) != DP_OK) {
        fprintf(stderr, "dp-bench: %s: %s\n", file, err.msg);
        return 3;
    }
    double *parse = calloc((size_t)n, sizeof *parse);
    double *bdown = calloc((size_t)n, sizeof *bdown);
    double *pagin = calloc((size_t)n, sizeof *pagin);
    if (!parse || !bdown || !pagin)
        return 70;
    size_t scenes = 0;
    uint32_t pages_letter = 0, pages_a4 = 0;
    for (int i = -2; i < n; i++) { /* two warm-up rounds */
        dp_doc *doc;
        dp_breakdown *bd;
        double t0 = now_ms();
        if (dp_doc_parse(bytes, len, NULL, &doc, &err) != DP_OK) {
            fprintf(stderr, "dp-bench: %s: %s\n", file, err.msg);
            return 4;
        }
        double t1 = now_ms();
        dp_doc_free(doc);
        double t2 = now_ms();
        if (dp_doc_parse(bytes, len, NULL, &doc, &err) != DP_OK ||
            dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK) {
            fprintf(stderr, "dp-bench: %s: %s\n", file, err.msg);
            return 4;
        }
        double t3 = now_ms();
        scenes = dp_breakdown_scene_count(bd);
        dp_breakdown_free(bd);
        dp_doc_free(doc);
        dp_pagination *pg;
        double t4 = now_ms();
        if (dp_doc_parse(bytes, len, NULL, &doc, &err) != DP_OK ||
            dp_paginate(doc, DP_PAPER_LETTER, &pg, &err) != DP_OK) {
            fprintf(stderr, "dp-bench: %s: %s\n", file, err.msg);
            return 4;
        }
        double t5 = now_ms();
        pages_letter = dp_pagination_pages(pg);
        dp_pagination_free(pg);
        if (dp_paginate(doc, DP_PAPER_A4, &pg, &err) != DP_OK) {
            fprintf(stderr, "dp-bench: %s: %s\n", file, err.msg);
            return 4;
        }
        pages_a4 = dp_pagination_pages(pg);
        dp_pagination_free(pg);
        dp_doc_free(doc);
        if (i >= 0) {
            parse[i] = t1 - t0;
            bdown[i] = t3 - t2;
            pagin[i] = t5 - t4;
        }
    }
    printf("{\"file\": \"%s\", \"n\": %d, \"bytes\": %zu, \"scenes\": %zu, "
           "\"parse_ms\": %.4f, \"paginate_ms\": %.4f, \"breakdown_ms\": %.4f, "
           "\"pages\": %u, \"pages_a4\": %u}\n",
           file, n, len, scenes, median(parse, n), median(pagin, n), median(bdown, n),
           (unsigned)pages_letter, (unsigned)pages_a4);
    free(parse);
    free(bdown);
    free(pagin);
    dp_free(bytes);
    return 0;
}
