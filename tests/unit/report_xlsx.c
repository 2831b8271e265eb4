/* Unit tests: src/report_xlsx.c. The cells are read back by a real reader
 * in tests/cli/run.sh (python3 zipfile); here: a ZIP with the workbook's
 * parts, the same bytes twice, the scratch file removed, errors. */
#define _POSIX_C_SOURCE 200809L
#include "report_model.h"
#include "report_util.h"

#include <dirent.h>
#include <stdlib.h>
#include <unistd.h>

static const char *scratch;

static dp_status xlsx(const dp__report *r, const dp_sink *sink, dp_error *err)
{
    return dp__report_xlsx(r, scratch, sink, err);
}

static size_t files_in(const char *dir)
{
    DIR *d = opendir(dir);
    size_t n = 0;
    for (struct dirent *e; d && (e = readdir(d));)
        n += e->d_name[0] != '.';
    if (d)
        closedir(d);
    return n;
}

static void workbook(void)
{
    char tmpl[] = "/tmp/dp-xlsx-XXXXXX";
    scratch = mkdtemp(tmpl);
    CHECK(scratch != NULL);
    if (!scratch)
        return;
    dp__report r;
    dpt_model(&r, 4, 3, "x");
    dp__buf a, b;
    CHECK_INT(dpt_render(&r, xlsx, &a), DP_OK);
    CHECK_INT(dpt_render(&r, xlsx, &b), DP_OK);
    CHECK(a.len > 1000 && a.data && !memcmp(a.data, "PK\003\004", 4));
    CHECK(a.len == b.len && a.data && b.data && !memcmp(a.data, b.data, a.len));
    /* part names are stored as written in the ZIP directory */
    CHECK(a.data && dpt_count_str(a.data, a.len, "xl/worksheets/sheet1.xml") > 0);
    CHECK(a.data && dpt_count_str(a.data, a.len, "xl/styles.xml") > 0);
    CHECK_INT(files_in(scratch), 0);
    dp__buf_release(&a);
    dp__buf_release(&b);
    /* a scratch directory that does not exist */
    scratch = "/nonexistent/dir";
    CHECK_INT(dpt_render(&r, xlsx, &a), DP_E_IO);
    dp__buf_release(&a);
    dp__arena_release(&r.arena);
    rmdir(tmpl);
}

void dpt_suite_report_xlsx(void) { dpt_run("report_xlsx: a workbook, deterministic", workbook); }
