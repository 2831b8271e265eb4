/* A small test harness: suites of named tests, typed checks, a summary
 * line "N passed, N failed". */
#ifndef DPT_HARNESS_H
#define DPT_HARNESS_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

void dpt_fail(const char *file, int line, const char *fmt, ...)
    __attribute__((format(printf, 3, 4)));
void dpt_run(const char *name, void (*fn)(void));
void dpt_skip(const char *name, const char *why);
/* The repository's ../shared/data/scripts, or NULL (tests then skip). */
const char *dpt_shared_scripts(void);
/* The repository's ../shared/data/talent, or NULL (tests then skip). */
const char *dpt_shared_talent(void);
/* Reads a whole file; NULL when missing. Free with free(). */
char *dpt_read_file(const char *path, size_t *len);

#include "depouille.h"
/* Parses a NUL-terminated script; records a failure and returns NULL on
 * error. Free with dp_doc_free(). */
dp_doc *dpt_parse(const char *script);
/* Parses and analyses; '*doc' receives the doc (free both). */
dp_breakdown *dpt_breakdown(const char *script, dp_doc **doc);
/* The item of category 'cat' named 'name' in scene s, or NULL. */
const dp_item *dpt_item(const dp_breakdown *bd, size_t s, uint16_t cat, const char *name);
/* "words|rule" of the first mention of 'it' in scene s ("" for none), in a
 * buffer the next call overwrites. */
const char *dpt_evidence(const dp_breakdown *bd, const dp_item *it, size_t s);
size_t dpt_count(const dp_doc *doc, dp_element_type t);
/* The n-th (0-based) element of type t, or NULL. */
const dp_element *dpt_nth(const dp_doc *doc, dp_element_type t, size_t n);

#define CHECK(cond)                                                            \
    do {                                                                       \
        if (!(cond))                                                           \
            dpt_fail(__FILE__, __LINE__, "%s", #cond);                         \
    } while (0)

#define CHECK_INT(a, b)                                                        \
    do {                                                                       \
        long long a_ = (long long)(a), b_ = (long long)(b);                    \
        if (a_ != b_)                                                          \
            dpt_fail(__FILE__, __LINE__, "%s == %lld, expected %lld", #a, a_, b_); \
    } while (0)

#define CHECK_STR(a, b)                                                        \
    do {                                                                       \
        const char *a_ = (a), *b_ = (b);                                       \
        if (!a_ || !b_ || strcmp(a_, b_) != 0)                                 \
            dpt_fail(__FILE__, __LINE__, "%s == \"%s\", expected \"%s\"", #a,  \
                     a_ ? a_ : "(null)", b_ ? b_ : "(null)");                  \
    } while (0)

/* Suites, one per file under tests/. */
#define DPT_SUITES(X)                                                          \
    X(arena_buf)                                                                \
    X(utf8)                                                                     \
    X(text)                                                                     \
    X(json)                                                                     \
    X(io)                                                                       \
    X(source)                                                                   \
    X(fountain_prep)                                                            \
    X(fountain)                                                                 \
    X(heading)                                                                  \
    X(cast)                                                                     \
    X(breakdown)                                                                \
    X(numbering)                                                                \
    X(talent)                                                                   \
    X(schedule)                                                                 \
    X(paginate)                                                                 \
    X(storydays)                                                                \
    X(words)                                                                    \
    X(tagger)                                                                   \
    X(tagger_fr)                                                                \
    X(costumes)                                                                 \
    X(layout)                                                                   \
    X(layout_pdf)                                                               \
    X(categories)                                                               \
    X(fdx_read)                                                                 \
    X(fdx_write)                                                                \
    X(fountain_write)                                                           \
    X(sha256)                                                                   \
    X(match_scenes)                                                             \
    X(edits_apply)                                                              \
    X(project)                                                                  \
    X(server)                                                                   \
    X(project_board)                                                            \
    X(report)                                                                   \
    X(report_lists)                                                             \
    X(report_items)                                                             \
    X(report_sheets)                                                            \
    X(report_dood)                                                              \
    X(report_csv)                                                               \
    X(report_html)                                                              \
    X(report_json)                                                              \
    X(report_xlsx)                                                              \
    X(report_pdf)                                                               \
    X(corpus_fdx)                                                               \
    X(hostile)                                                                  \
    X(stress)                                                                   \
    X(fuzz_replay)                                                              \
    X(golden)                                                                   \
    X(golden_reports)                                                           \
    X(corpus)                                                                   \
    X(project_corpus)                                                           \
    X(project_crash)

#define DPT_DECLARE_(name) void dpt_suite_##name(void);
DPT_SUITES(DPT_DECLARE_)
#undef DPT_DECLARE_

#endif
