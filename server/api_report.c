/* GET /api/report/KIND.FORMAT: any report of the current draft's effective
 * breakdown, or the revision report ("changes"), as a download. */
#include "api_internal.h"

#include <stdio.h>
#include <string.h>

static const char *mime_of(dp_report_format f)
{
    switch (f) {
    case DP_RF_CSV: return "text/csv; charset=utf-8";
    case DP_RF_XLSX: return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    case DP_RF_PDF: return "application/pdf";
    case DP_RF_HTML: return "text/html; charset=utf-8";
    default: return "application/json";
    }
}

void dps_get_report(dps_app *app, const dps_request *rq, dps_response *rs, const char *name)
{
    char kind_s[32];
    const char *dot = strrchr(name, '.');
    size_t kl = dot ? (size_t)(dot - name) : 0;
    dp_report_kind kind = DP_REPORT_SHEETS;
    dp_report_format fmt = DP_RF_CSV;
    if (!dot || kl == 0 || kl >= sizeof kind_s || dp_report_format_parse(dot + 1, &fmt) != 0) {
        dps_response_error(rs, 404, "no such report (KIND.FORMAT: sheets.pdf, cast.xlsx ...)");
        return;
    }
    memcpy(kind_s, name, kl);
    kind_s[kl] = '\0';
    int changes = !strcmp(kind_s, "changes");
    if (!changes && dp_report_kind_parse(kind_s, &kind) != 0) {
        dps_response_error(rs, 404, "no such report kind");
        return;
    }
    const char *lang = dps_query(rq, "lang");
    if (lang && strcmp(lang, "fr") && strcmp(lang, "en")) {
        dps_response_error(rs, 400, "lang is fr or en");
        return;
    }
    dps_buf b = {0};
    dp_sink sink = dps_buf_sink(&b);
    dp_error err = {0};
    dp_status st;
    if (changes) {
        if (dp_project_version_count(app->project) < 2) {
            dps_response_error(rs, 409, "the project has one draft: no revision report");
            return;
        }
        st = dp_project_write_changes_report(app->project, 0, 0, lang && !strcmp(lang, "fr"),
                                             (int)fmt, &sink, &err);
    } else {
        const dp_breakdown *bd = NULL;
        st = dp_project_breakdown(app->project, 0, &bd, &err);
        if (st == DP_OK) {
            dp_report_options ro = {lang, NULL, 0, 0, NULL};
            st = dp_report_write(bd, kind, fmt, &ro, &sink, &err);
        }
    }
    if (st != DP_OK) {
        dps_buf_free(&b);
        dps_respond_dp(rs, &err);
        return;
    }
    dps_respond_json(rs, 200, &b);
    if (rs->status == 200) {
        rs->mime = mime_of(fmt);
        snprintf(rs->filename, sizeof rs->filename, "%s.%s", kind_s, dp_report_format_name(fmt));
    }
}
