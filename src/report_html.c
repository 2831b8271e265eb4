/* Reports as HTML: one self-contained page (styles inline, no script, no
 * outside resource), readable on screen and printable: the page size and
 * orientation follow the report, table headers repeat on each printed
 * page, each breakdown sheet starts a page, and the strip colours print. */
#include "report.h"

#include <stdio.h>
#include <string.h>

static void esc(dp__out *o, const char *s)
{
    const char *p = s;
    for (; *s; s++) {
        const char *rep = NULL;
        switch (*s) {
        case '&':
            rep = "&amp;";
            break;
        case '<':
            rep = "&lt;";
            break;
        case '>':
            rep = "&gt;";
            break;
        case '"':
            rep = "&quot;";
            break;
        default:
            continue;
        }
        dp__out_put(o, p, (size_t)(s - p));
        dp__out_puts(o, rep);
        p = s + 1;
    }
    dp__out_put(o, p, (size_t)(s - p));
}

static const char style[] =
    "*{box-sizing:border-box}\n"
    "body{font:10pt/1.35 \"DejaVu Sans\",\"Helvetica Neue\",Arial,sans-serif;"
    "color:#111;margin:16px;background:#fff}\n"
    "header{display:flex;align-items:baseline;gap:1em;border-bottom:2px solid #111;"
    "margin-bottom:10px}\n"
    "h1{font-size:16pt;margin:0 0 4px}\n"
    "header .script{font-size:11pt;color:#444;margin:0}\n"
    "h2{font-size:12pt;margin:18px 0 6px}\n"
    ".scroll{overflow-x:auto}\n"
    "table{border-collapse:collapse;font-size:9pt}table.fit{width:100%}\n"
    "th,td{border:1px solid #b0b0b0;padding:2px 5px;vertical-align:top;text-align:left}\n"
    "thead th{background:#e4e4e4;position:sticky;top:0;vertical-align:bottom}\n"
    "td.r,th.r{text-align:right}td.c,th.c{text-align:center}\n"
    "tr.group th{background:#d6d6d6;font-size:9.5pt;text-align:left;padding:4px 5px}\n"
    "tr.total td{font-weight:bold;border-top:2px solid #111}\n"
    "tr.int-day{background:#FFFFFF}tr.ext-day{background:#FFF176}"
    "tr.int-night{background:#90CAF9}tr.ext-night{background:#A5D6A7}\n"
    "tr.group.int-day th{background:#f2f2f2}tr.group.ext-day th{background:#FFF176}"
    "tr.group.int-night th{background:#90CAF9}tr.group.ext-night th{background:#A5D6A7}\n"
    "td.code{text-align:center;background:#d9d9d9;font-weight:bold}"
    "td.code-H{background:#f3f3f3;color:#555;font-weight:normal}"
    "td.code-W{font-weight:normal}\n"
    "table.dood td,table.dood th{padding:2px 3px}\n"
    "p.note{font-size:8.5pt;color:#333;margin:4px 0 12px}\n"
    ".sheet{border:2px solid #111;margin:0 0 18px;break-after:page;page-break-after:always}\n"
    ".sheet:last-child{break-after:auto;page-break-after:auto}\n"
    ".band{display:flex;align-items:baseline;gap:14px;padding:6px 10px;"
    "border-bottom:2px solid #111}\n"
    ".band h2{margin:0;font-size:15pt;white-space:nowrap}\n"
    ".band .heading{font-weight:bold;font-size:11pt}\n"
    ".band .strip{margin-left:auto;font-size:9pt;border:1px solid #111;padding:0 6px;"
    "background:#fff;white-space:nowrap}\n"
    ".sheet.int-day .band{background:#FFFFFF}.sheet.ext-day .band{background:#FFF176}"
    ".sheet.int-night .band{background:#90CAF9}.sheet.ext-night .band{background:#A5D6A7}\n"
    "dl.fields{display:grid;grid-template-columns:repeat(4,1fr);margin:0;"
    "border-bottom:1px solid #111}\n"
    "dl.fields div{padding:3px 10px;border-right:1px solid #ccc;"
    "border-bottom:1px solid #ccc}\n"
    "dt{font-size:7.5pt;text-transform:uppercase;color:#555}dd{margin:0;font-weight:bold}\n"
    "p.synopsis{margin:0;padding:5px 10px;border-bottom:1px solid #111}\n"
    "p.synopsis span{font-size:7.5pt;text-transform:uppercase;color:#555;margin-right:6px}\n"
    ".boxes{columns:2;column-gap:10px;padding:10px}\n"
    ".box{break-inside:avoid;border:1px solid #777;border-top:5px solid var(--c);"
    "margin:0 0 10px;padding:0 0 4px}\n"
    ".box h3{font-size:9.5pt;margin:0;padding:3px 8px;background:#f0f0f0;"
    "border-bottom:1px solid #ccc}\n"
    ".box ul{margin:4px 0 0;padding:0 8px 0 22px}.box li{margin:1px 0}\n"
    "@media print{body{margin:0}"
    "*{-webkit-print-color-adjust:exact;print-color-adjust:exact}"
    ".scroll{overflow:visible}thead th{position:static}"
    "tr{break-inside:avoid}.sheet{margin:0;border-width:1.5px}}\n";

static const char *align_class(uint8_t a)
{
    return a == DP__RIGHT ? " class=\"r\"" : a == DP__CENTER ? " class=\"c\"" : "";
}

static bool is_code(const char *s)
{
    return !strcmp(s, "SW") || !strcmp(s, "W") || !strcmp(s, "WF") || !strcmp(s, "SWF") ||
           !strcmp(s, "H");
}

/* Columns [from, to) of 't' after its frozen ones (all visible columns
 * when the table is not sliced). */
static void table_slice(dp__out *o, const dp__report *r, const dp__rtable *t,
                        const char *heading, size_t from, size_t to)
{
    bool dood = r->kind == DP_REPORT_DOOD;
    size_t visible = 0;
    unsigned total = 0;
    for (size_t c = 0; c < t->ncols; c++)
        if (!t->cols[c].data_only && (c < t->frozen || (c >= from && c < to))) {
            visible++;
            total += t->cols[c].width;
        }
    if (heading) {
        dp__out_puts(o, "<h2>");
        esc(o, heading);
        dp__out_puts(o, "</h2>\n");
    }
    /* column widths from the hints: shares of the page, or (a day out of
     * days) fixed widths */
    dp__out_puts(o, dood ? "<div class=\"scroll\"><table class=\"dood\">\n<colgroup>"
                          : "<div class=\"scroll\"><table class=\"fit\">\n<colgroup>");
    for (size_t c = 0; c < t->ncols; c++) {
        unsigned w = t->cols[c].width;
        if (t->cols[c].data_only || (c >= t->frozen && (c < from || c >= to)))
            continue;
        if (dood)
            dp__out_printf(o, "<col style=\"width:%u.%uem\">", w * 6 / 10, w * 6 % 10);
        else
            dp__out_printf(o, "<col style=\"width:%u.%u%%\">", w * 100 / (total ? total : 1),
                            w * 1000 / (total ? total : 1) % 10);
    }
    dp__out_puts(o, "</colgroup>\n<thead><tr>");
    for (size_t c = 0; c < t->ncols; c++) {
        if (t->cols[c].data_only || (c >= t->frozen && (c < from || c >= to)))
            continue;
        dp__out_printf(o, "<th%s>", align_class(t->cols[c].align));
        esc(o, t->cols[c].label);
        dp__out_puts(o, "</th>");
    }
    dp__out_puts(o, "</tr></thead>\n<tbody>\n");
    for (size_t i = 0; i < t->nrows && o->status == DP_OK; i++) {
        const dp__rrow *row = &t->rows[i];
        const char *strip = dp__strip_name((dp__strip)row->strip);
        if (row->kind == DP__ROW_GROUP) {
            dp__out_printf(o, "<tr class=\"group%s%s\"><th colspan=\"%zu\">", *strip ? " " : "",
                            strip, visible);
            esc(o, row->cells[0]);
            dp__out_puts(o, "</th></tr>\n");
            continue;
        }
        if (row->kind == DP__ROW_TOTAL)
            dp__out_puts(o, "<tr class=\"total\">");
        else if (*strip)
            dp__out_printf(o, "<tr class=\"%s\">", strip);
        else
            dp__out_puts(o, "<tr>");
        for (size_t c = 0; c < t->ncols; c++) {
            if (t->cols[c].data_only || (c >= t->frozen && (c < from || c >= to)))
                continue;
            const char *v = row->cells[c];
            if (dood && row->kind == DP__ROW_DATA && c >= t->frozen && is_code(v))
                dp__out_printf(o, "<td class=\"code code-%s\">", v);
            else
                dp__out_printf(o, "<td%s>", align_class(t->cols[c].align));
            esc(o, v);
            dp__out_puts(o, "</td>");
        }
        dp__out_puts(o, "</tr>\n");
    }
    dp__out_puts(o, "</tbody></table></div>\n");
}

/* Columns of a slice of a wide table, after the frozen ones: what fits a
 * printed landscape page at 9 pt. */
#define SLICE_COLS 30

/* A table; one wider than a printed page (a day out of days over many
 * days) is cut into slices of columns, each repeating the frozen ones and
 * titled "(1/3)". */
static void table(dp__out *o, const dp__report *r, const dp__rtable *t, bool heading)
{
    size_t rest = t->ncols > t->frozen ? t->ncols - t->frozen : 0;
    size_t nslices = rest > SLICE_COLS + 6 ? (rest + SLICE_COLS - 1) / SLICE_COLS : 1;
    for (size_t k = 0; k < nslices; k++) {
        size_t from = nslices > 1 ? t->frozen + k * SLICE_COLS : t->frozen;
        size_t to = nslices > 1 && k + 1 < nslices ? from + SLICE_COLS : t->ncols;
        char title[600];
        if (nslices > 1)
            snprintf(title, sizeof title, "%s (%zu/%zu)", t->title, k + 1, nslices);
        table_slice(o, r, t, nslices > 1 ? title : heading ? t->title : NULL, from, to);
    }
    if (t->note) {
        dp__out_puts(o, "<p class=\"note\">");
        esc(o, t->note);
        dp__out_puts(o, "</p>\n");
    }
}

static void sheet(dp__out *o, const dp__report *r, const dp__rsheet *s)
{
    const char *strip = dp__strip_name((dp__strip)s->strip);
    dp__out_printf(o, "<section class=\"sheet %s\">\n<div class=\"band\"><h2>", strip);
    esc(o, s->title);
    dp__out_puts(o, "</h2><span class=\"heading\">");
    esc(o, s->heading);
    dp__out_puts(o, "</span><span class=\"strip\">");
    esc(o, dp__strip_label((dp__strip)s->strip, r->fr));
    dp__out_puts(o, "</span></div>\n<dl class=\"fields\">");
    for (size_t f = 0; f < s->nfields; f++) {
        if (!*s->fields[f].label)
            continue;
        dp__out_puts(o, "<div><dt>");
        esc(o, s->fields[f].label);
        dp__out_puts(o, "</dt><dd>");
        esc(o, *s->fields[f].value ? s->fields[f].value : "—");
        dp__out_puts(o, "</dd></div>");
    }
    dp__out_puts(o, "</dl>\n<p class=\"synopsis\"><span>");
    esc(o, dp__l(DP__L_SYNOPSIS, r->fr));
    dp__out_puts(o, "</span>");
    esc(o, *s->synopsis ? s->synopsis : "—");
    dp__out_puts(o, "</p>\n<div class=\"boxes\">\n");
    for (size_t b = 0; b < s->nboxes; b++) {
        const dp__rbox *box = &s->boxes[b];
        dp__out_printf(o, "<div class=\"box\" style=\"--c:%s\"><h3>", box->color);
        esc(o, box->title);
        dp__out_puts(o, "</h3><ul>");
        if (!box->nlines) {
            dp__out_puts(o, "<li>");
            esc(o, dp__l(DP__L_NONE, r->fr));
            dp__out_puts(o, "</li>");
        }
        for (size_t l = 0; l < box->nlines; l++) {
            dp__out_puts(o, "<li>");
            esc(o, box->lines[l]);
            dp__out_puts(o, "</li>");
        }
        dp__out_puts(o, "</ul></div>\n");
    }
    dp__out_puts(o, "</div>\n</section>\n");
}

dp_status dp__report_html(const dp__report *r, const dp_sink *sink, dp_error *err)
{
    dp__out o;
    dp__rout_init(&o, sink);
    dp__out_printf(&o, "<!DOCTYPE html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n",
                    r->fr ? "fr" : "en");
    dp__out_puts(&o, "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    dp__out_puts(&o, "<meta name=\"generator\" content=\"depouille " DP_VERSION "\">\n<title>");
    esc(&o, r->title);
    if (*r->script_title) {
        dp__out_puts(&o, " — ");
        esc(&o, r->script_title);
    }
    dp__out_puts(&o, "</title>\n<style>\n");
    dp__out_printf(&o, "@page{size:%s %s;margin:12mm}\n",
                    r->paper == DP_PAPER_A4 ? "A4" : "letter",
                    r->landscape ? "landscape" : "portrait");
    dp__out_put(&o, style, sizeof style - 1);
    dp__out_puts(&o, "</style>\n</head>\n<body>\n<header><h1>");
    esc(&o, r->title);
    dp__out_puts(&o, "</h1>");
    if (*r->script_title) {
        dp__out_puts(&o, "<p class=\"script\">");
        esc(&o, r->script_title);
        dp__out_puts(&o, "</p>");
    }
    dp__out_puts(&o, "</header>\n");
    size_t printed = 0;
    for (size_t i = 0; i < r->ntables; i++)
        printed += (r->tables[i]->flags & DP__TF_PRINT) != 0;
    for (size_t i = 0; i < r->ntables; i++)
        if (r->tables[i]->flags & DP__TF_PRINT)
            table(&o, r, r->tables[i], printed > 1 || strcmp(r->tables[i]->title, r->title));
    for (size_t i = 0; i < r->nsheets && o.status == DP_OK; i++)
        sheet(&o, r, &r->sheets[i]);
    dp__out_puts(&o, "</body>\n</html>\n");
    return dp__rout_finish(&o, err);
}
