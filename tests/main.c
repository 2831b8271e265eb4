/* dp-test [FILTER]: runs every suite (or those whose name contains FILTER)
 * from the repository root; ends with "N passed, N failed". */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>

static int passed, failed, skipped;
static int current_failures;
static const char *current_name;
static const char *filter;

void dpt_fail(const char *file, int line, const char *fmt, ...)
{
    current_failures++;
    if (current_failures > 20)
        return;
    fprintf(stderr, "  FAIL %s (%s:%d): ", current_name ? current_name : "?", file, line);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
}

void dpt_run(const char *name, void (*fn)(void))
{
    current_name = name;
    current_failures = 0;
    fn();
    if (current_failures) {
        failed++;
        fprintf(stderr, "FAIL %s (%d check%s)\n", name, current_failures,
                current_failures == 1 ? "" : "s");
    } else {
        passed++;
    }
    current_name = NULL;
}

void dpt_skip(const char *name, const char *why)
{
    skipped++;
    printf("SKIP %s: %s\n", name, why);
}

const char *dpt_shared_scripts(void)
{
    static char path[4096];
    const char *env = getenv("DP_SHARED");
    snprintf(path, sizeof path, "%s/data/scripts", env && *env ? env : "../shared");
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) ? path : NULL;
}

const char *dpt_shared_talent(void)
{
    static char path[4096];
    const char *env = getenv("DP_SHARED");
    snprintf(path, sizeof path, "%s/data/talent", env && *env ? env : "../shared");
    struct stat sb;
    return stat(path, &sb) == 0 && S_ISDIR(sb.st_mode) ? path : NULL;
}

char *dpt_read_file(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f)
        return NULL;
    size_t cap = 65536, n = 0;
    char *buf = malloc(cap + 1);
    size_t r;
    while (buf && (r = fread(buf + n, 1, cap - n, f)) > 0) {
        n += r;
        if (n == cap) {
            char *nb = realloc(buf, cap * 2 + 1);
            if (!nb) {
                free(buf);
                buf = NULL;
                break;
            }
            buf = nb;
            cap *= 2;
        }
    }
    fclose(f);
    if (buf) {
        buf[n] = '\0';
        if (len)
            *len = n;
    }
    return buf;
}

dp_doc *dpt_parse(const char *script)
{
    dp_doc *doc = NULL;
    dp_error err = {0};
    if (dp_doc_parse(script, strlen(script), NULL, &doc, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "parse failed: %s", err.msg);
        return NULL;
    }
    return doc;
}

dp_breakdown *dpt_breakdown(const char *script, dp_doc **doc)
{
    *doc = dpt_parse(script);
    if (!*doc)
        return NULL;
    dp_breakdown *bd = NULL;
    dp_error err = {0};
    if (dp_breakdown_new(*doc, NULL, &bd, &err) != DP_OK) {
        dpt_fail(__FILE__, __LINE__, "breakdown failed: %s", err.msg);
        return NULL;
    }
    return bd;
}

const dp_item *dpt_item(const dp_breakdown *bd, size_t s, uint16_t cat, const char *name)
{
    const dp_scene *sc = dp_breakdown_scene(bd, s);
    for (size_t i = 0; sc && i < sc->item_count; i++) {
        const dp_item *it = dp_breakdown_item(bd, sc->items[i]);
        if (it->category == cat && !strcmp(it->name, name))
            return it;
    }
    return NULL;
}

const char *dpt_evidence(const dp_breakdown *bd, const dp_item *it, size_t s)
{
    static char out[256];
    out[0] = '\0';
    for (size_t m = 0; it && m < dp_breakdown_mention_count(bd); m++) {
        const dp_mention *mn = dp_breakdown_mention(bd, m);
        if (mn->scene != s || dp_breakdown_item(bd, mn->item) != it)
            continue;
        const dp_element *el = dp_doc_element(dp_breakdown_doc(bd), mn->element);
        snprintf(out, sizeof out, "%.*s|%s", (int)mn->length, el->plain + mn->start, mn->rule);
        break;
    }
    return out;
}

size_t dpt_count(const dp_doc *doc, dp_element_type t)
{
    size_t n = 0;
    for (size_t i = 0; i < dp_doc_element_count(doc); i++)
        n += dp_doc_element(doc, i)->type == t;
    return n;
}

const dp_element *dpt_nth(const dp_doc *doc, dp_element_type t, size_t n)
{
    for (size_t i = 0; i < dp_doc_element_count(doc); i++) {
        const dp_element *el = dp_doc_element(doc, i);
        if (el->type == t && n-- == 0)
            return el;
    }
    return NULL;
}

int main(int argc, char **argv)
{
    filter = argc > 1 ? argv[1] : NULL;
#define DPT_CALL_(name)                                                        \
    if (!filter || strstr(#name, filter))                                      \
        dpt_suite_##name();
    DPT_SUITES(DPT_CALL_)
#undef DPT_CALL_
    if (skipped)
        printf("%d skipped\n", skipped);
    printf("%d passed, %d failed\n", passed, failed);
    return failed ? 1 : 0;
}
