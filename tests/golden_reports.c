/* Golden reports: every report kind of two sample scripts (English and
 * French), as CSV, HTML and JSON, byte for byte against
 * tests/golden-reports/NAME.KIND.FORMAT, through the library. The CLI
 * writes the same files in tests/cli/run.sh. DP_UPDATE_GOLDEN=1 rewrites
 * the expected files instead (then review the diff). XLSX and PDF are not
 * compared byte for byte (their bytes follow the installed libraries and
 * fonts): tests/cli/run.sh reads them back with python3 and poppler. */
#define _POSIX_C_SOURCE 200809L
#include "harness.h"
#include "internal.h"

#include <stdio.h>
#include <stdlib.h>

#define GOLDEN_DIR "tests/golden-reports"

static const struct {
    const char *script, *name;
} scripts[] = {
    {"samples/en/the-night-ferry.fountain", "night-ferry"},
    {"samples/fr/le-dernier-service.fountain", "dernier-service"},
};

static const dp_report_format formats[] = {DP_RF_CSV, DP_RF_HTML, DP_RF_JSON};

static size_t current; /* index in scripts[] */

static void compare(const char *path, const dp__buf *got)
{
    const char *update = getenv("DP_UPDATE_GOLDEN");
    if (update && *update == '1') {
        FILE *f = fopen(path, "wb");
        CHECK(f != NULL);
        if (f) {
            fwrite(got->data, 1, got->len, f);
            fclose(f);
        }
        return;
    }
    size_t len;
    char *want = dpt_read_file(path, &len);
    if (!want) {
        dpt_fail(__FILE__, __LINE__, "%s: missing (DP_UPDATE_GOLDEN=1 makes it)", path);
        return;
    }
    if (len != got->len || memcmp(want, got->data, len) != 0) {
        size_t i = 0, line = 1;
        while (i < len && i < got->len && want[i] == got->data[i])
            line += want[i++] == '\n';
        dpt_fail(__FILE__, __LINE__, "%s differs from line %zu", path, line);
    }
    free(want);
}

static void golden_script(void)
{
    dp_doc *doc = NULL;
    size_t len;
    char *src = dpt_read_file(scripts[current].script, &len);
    CHECK(src != NULL);
    if (!src)
        return;
    dp_error err = {0};
    dp_breakdown *bd = NULL;
    CHECK_INT(dp_doc_parse(src, len, NULL, &doc, &err), DP_OK);
    if (doc)
        CHECK_INT(dp_breakdown_new(doc, NULL, &bd, &err), DP_OK);
    dp__buf o;
    dp__buf_init(&o, (size_t)1 << 28);
    dp_sink sink = {dp__buf_sink_write, &o};
    for (int k = 0; bd && k < DP_REPORT_COUNT_; k++)
        for (size_t f = 0; f < DP__COUNT(formats); f++) {
            dp__buf_reset(&o);
            CHECK_INT(dp_report_write(bd, (dp_report_kind)k, formats[f], NULL, &sink, &err),
                      DP_OK);
            char path[512];
            snprintf(path, sizeof path, GOLDEN_DIR "/%s.%s.%s", scripts[current].name,
                     dp_report_kind_name((dp_report_kind)k), dp_report_format_name(formats[f]));
            compare(path, &o);
        }
    dp__buf_release(&o);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    free(src);
}

void dpt_suite_golden_reports(void)
{
    for (current = 0; current < DP__COUNT(scripts); current++) {
        char label[300];
        snprintf(label, sizeof label, "golden reports: %s", scripts[current].name);
        dpt_run(label, golden_script);
    }
}
