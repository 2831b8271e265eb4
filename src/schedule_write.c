/* Writers of a board: JSON (README "Shooting schedule"), CSV (one row per
 * strip), iCalendar (one all-day event per shoot day) and the HTML
 * stripboard. Same board, same bytes. */
#include "schedule.h"

#include <string.h>

#define OUT_MAX ((size_t)256 << 20)

static const char *const format_names[DP_SF_COUNT_] = {"json", "csv", "ics", "html", "pdf",
                                                        "xlsx"};

const char *dp_schedule_format_name(dp_schedule_format f)
{
    return f >= 0 && f < DP_SF_COUNT_ ? format_names[f] : NULL;
}

int dp_schedule_format_parse(const char *name, dp_schedule_format *out)
{
    for (int f = 0; name && f < DP_SF_COUNT_; f++)
        if (!strcmp(name, format_names[f])) {
            *out = (dp_schedule_format)f;
            return 0;
        }
    return -1;
}

static const char *number_of(const dp_schedule *s, uint32_t i)
{
    return dp_breakdown_scene(s->bd, i)->number;
}

static void json_terms(const dp_schedule *s, dp__json *j, const int64_t *terms)
{
    dp__json_begin_object_inline(j);
    for (int k = 0; k < DP__SCHED_TERMS(s); k++) {
        dp__json_key(j, dp__sterm_names[k]);
        dp__json_int(j, terms[k]);
    }
    dp__json_end_object(j);
}

static void json_strings(dp__json *j, const char *key, const char *const *v, size_t n)
{
    dp__json_key(j, key);
    dp__json_begin_array(j);
    for (size_t i = 0; i < n; i++)
        dp__json_string(j, v[i]);
    dp__json_end_array(j);
}

static dp_status write_json(const dp_schedule *s, const dp_sink *sink)
{
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "title");
    dp__json_string(&j, dp_breakdown_title(s->bd));
    dp__json_key(&j, "feasible");
    dp__json_bool(&j, dp_schedule_feasible(s) != 0);
    dp__json_key(&j, "days");
    dp__json_begin_array(&j);
    for (size_t d = 0; d < s->n_days; d++) {
        const dp_schedule_day *day = &s->days[d];
        dp__json_begin_object(&j);
        dp__json_key(&j, "day");
        dp__json_int(&j, day->number);
        dp__json_key(&j, "date");
        if (day->date)
            dp__json_string(&j, day->date);
        else
            dp__json_null(&j);
        dp__json_key(&j, "scenes");
        dp__json_begin_array_inline(&j);
        for (size_t k = 0; k < day->scene_count; k++)
            dp__json_string(&j, number_of(s, day->scenes[k]));
        dp__json_end_array(&j);
        dp__json_key(&j, "eighths");
        dp__json_int(&j, day->eighths);
        char pages[16];
        dp_eighths_format(day->eighths, pages);
        dp__json_key(&j, "pages");
        dp__json_string(&j, day->scene_count ? pages : "0");
        dp__json_key(&j, "load");
        dp__json_int(&j, day->load);
        dp__json_key(&j, "why");
        dp__json_string(&j, day->why);
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    dp__json_key(&j, "unscheduled");
    dp__json_begin_array_inline(&j);
    for (size_t k = 0; k < s->n_boneyard; k++)
        dp__json_string(&j, number_of(s, s->boneyard[k]));
    dp__json_end_array(&j);
    dp__json_key(&j, "cost");
    json_terms(s, &j, s->ev.terms);
    dp__json_key(&j, "weights");
    json_terms(s, &j, s->c->weights);
    dp__json_key(&j, "total");
    dp__json_int(&j, s->ev.cost);
    dp__json_key(&j, "lower_bounds");
    json_terms(s, &j, s->lb);
    dp__json_key(&j, "lower_bound");
    dp__json_int(&j, dp_schedule_lower_bound(s));
    dp__json_key(&j, "gap");
    dp__json_fixed(&j, dp_schedule_gap(s), 4);
    if (s->has_baseline) {
        dp__json_key(&j, "baseline");
        dp__json_begin_object(&j);
        dp__json_key(&j, "cost");
        json_terms(s, &j, s->baseline_terms);
        dp__json_key(&j, "total");
        dp__json_int(&j, s->baseline_cost);
        dp__json_key(&j, "feasible");
        dp__json_bool(&j, s->baseline_penalty == 0);
        dp__json_end_object(&j);
    }
    if (s->ref_day) {
        dp__json_key(&j, "reschedule");
        dp__json_begin_object(&j);
        dp__json_key(&j, "reference_cost");
        json_terms(s, &j, s->ref_ev.terms);
        dp__json_key(&j, "reference_feasible");
        dp__json_bool(&j, s->ref_ev.penalty == 0 && s->ref_ev.unscheduled == 0);
        dp__json_key(&j, "cost_change");
        int64_t change[DP__T_COUNT];
        for (int k = 0; k < DP__T_COUNT; k++)
            change[k] = s->ev.terms[k] - s->ref_ev.terms[k];
        json_terms(s, &j, change);
        dp__json_key(&j, "moved");
        dp__json_begin_array(&j);
        for (size_t k = 0; k < s->n_moved; k++) {
            dp__json_begin_object_inline(&j);
            dp__json_key(&j, "scene");
            dp__json_string(&j, number_of(s, s->moved[k].scene));
            dp__json_key(&j, "from");
            dp__json_int(&j, s->moved[k].from_day);
            dp__json_key(&j, "to");
            dp__json_int(&j, s->moved[k].to_day);
            dp__json_end_object(&j);
        }
        dp__json_end_array(&j);
        dp__json_end_object(&j);
    }
    if (s->n_rule_costs) {
        dp__json_key(&j, "constraint_costs");
        dp__json_begin_array(&j);
        for (size_t k = 0; k < s->n_rule_costs; k++) {
            dp__json_begin_object_inline(&j);
            dp__json_key(&j, "constraint");
            dp__json_string(&j, s->rule_costs[k].constraint);
            dp__json_key(&j, "saving");
            dp__json_int(&j, s->rule_costs[k].saving);
            dp__json_end_object(&j);
        }
        dp__json_end_array(&j);
    }
    json_strings(&j, "violations", s->violations, s->n_violations);
    json_strings(&j, "conflicts", s->conflicts, s->n_conflicts);
    dp__json_end_object(&j);
    return dp__json_finish(&j);
}

static void csv_field(dp__buf *b, const char *v)
{
    if (!strpbrk(v, ",\"\r\n")) {
        dp__buf_puts(b, v);
        return;
    }
    dp__buf_putc(b, '"');
    for (; *v; v++) {
        if (*v == '"')
            dp__buf_putc(b, '"');
        dp__buf_putc(b, *v);
    }
    dp__buf_putc(b, '"');
}

static void write_csv(const dp_schedule *s, dp__buf *b)
{
    dp__buf_puts(b, "day,date,scene,int_ext,set,time,eighths,pages,cast\r\n");
    dp__buf cast;
    dp__buf_init(&cast, 1 << 20);
    for (size_t d = 0; d < s->n_days; d++) {
        const dp_schedule_day *day = &s->days[d];
        for (size_t k = 0; k < day->scene_count; k++) {
            const dp_scene *sc = dp_breakdown_scene(s->bd, day->scenes[k]);
            char pages[16];
            dp_eighths_format(sc->eighths, pages);
            dp__buf_printf(b, "%u,%s,", day->number, day->date ? day->date : "");
            csv_field(b, sc->number);
            dp__buf_printf(b, ",%s,", dp_int_ext_name(sc->int_ext));
            csv_field(b, sc->set);
            dp__buf_printf(b, ",%s,%u,%s,", s->sc[day->scenes[k]].night ? "NIGHT" : "DAY",
                           sc->eighths, pages);
            dp__buf_reset(&cast);
            for (size_t c = 0; c < sc->cast_count; c++)
                dp__buf_printf(&cast, "%s%s", c ? "; " : "",
                               dp_breakdown_character(s->bd, sc->cast[c])->name);
            csv_field(b, cast.data ? cast.data : "");
            dp__buf_puts(b, "\r\n");
        }
    }
    if (cast.failed)
        b->failed = true;
    dp__buf_release(&cast);
}

/* An iCalendar content line: TEXT escaped, folded at 75 octets (never
 * inside a UTF-8 sequence), CRLF. */
static void ics_line(dp__buf *b, const char *name, const char *value, bool text)
{
    dp__buf line;
    dp__buf_init(&line, 1 << 20);
    dp__buf_puts(&line, name);
    for (const char *p = value; *p; p++) {
        if (text && (*p == '\\' || *p == ';' || *p == ','))
            dp__buf_putc(&line, '\\');
        if (text && *p == '\n') {
            dp__buf_puts(&line, "\\n");
            continue;
        }
        dp__buf_putc(&line, *p);
    }
    size_t col = 0;
    for (size_t i = 0; i < line.len; i++) {
        unsigned char c = (unsigned char)line.data[i];
        size_t clen = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
        if (col + clen > 75) {
            dp__buf_puts(b, "\r\n ");
            col = 1;
        }
        dp__buf_append(b, line.data + i, clen > line.len - i ? line.len - i : clen);
        col += clen;
        i += clen - 1;
    }
    dp__buf_puts(b, "\r\n");
    if (line.failed)
        b->failed = true;
    dp__buf_release(&line);
}

static void write_ics(const dp_schedule *s, dp__buf *b)
{
    dp__buf_puts(b, "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//depouille//schedule//EN\r\n"
                    "CALSCALE:GREGORIAN\r\n");
    dp__buf v;
    dp__buf_init(&v, 1 << 20);
    for (size_t d = 0; d < s->n_days; d++) {
        const dp_schedule_day *day = &s->days[d];
        if (!day->scene_count)
            continue;
        char start[11], end[11];
        int32_t date = s->c->has_start ? dp__calendar_date(s->c, (int32_t)d)
                                       : (int32_t)d; /* 1970-01-01 + day: no calendar */
        dp__date_format(date, start);
        dp__date_format(date + 1, end);
        dp__buf_puts(b, "BEGIN:VEVENT\r\n");
        dp__buf_reset(&v);
        dp__buf_printf(&v, "depouille-day-%u@%s", day->number,
                       dp_breakdown_title(s->bd)[0] ? "schedule" : "untitled");
        ics_line(b, "UID:", v.data, false);
        dp__buf_puts(b, "DTSTAMP:19800101T000000Z\r\n");
        dp__buf_reset(&v);
        dp__buf_printf(&v, "%.4s%.2s%.2s", start, start + 5, start + 8);
        ics_line(b, "DTSTART;VALUE=DATE:", v.data, false);
        dp__buf_reset(&v);
        dp__buf_printf(&v, "%.4s%.2s%.2s", end, end + 5, end + 8);
        ics_line(b, "DTEND;VALUE=DATE:", v.data, false);
        dp__buf_reset(&v);
        char pages[16];
        dp_eighths_format(day->eighths, pages);
        dp__buf_printf(&v, "Shoot day %u: scenes ", day->number);
        for (size_t k = 0; k < day->scene_count; k++)
            dp__buf_printf(&v, "%s%s", k ? ", " : "", number_of(s, day->scenes[k]));
        dp__buf_printf(&v, " (%s pages)", pages);
        ics_line(b, "SUMMARY:", v.data, true);
        ics_line(b, "DESCRIPTION:", day->why, true);
        dp__buf_puts(b, "END:VEVENT\r\n");
    }
    dp__buf_puts(b, "END:VCALENDAR\r\n");
    if (v.failed)
        b->failed = true;
    dp__buf_release(&v);
}

static void html_text(dp__buf *b, const char *v)
{
    for (; *v; v++) {
        switch (*v) {
        case '&':
            dp__buf_puts(b, "&amp;");
            break;
        case '<':
            dp__buf_puts(b, "&lt;");
            break;
        case '>':
            dp__buf_puts(b, "&gt;");
            break;
        case '"':
            dp__buf_puts(b, "&quot;");
            break;
        default:
            dp__buf_putc(b, *v);
        }
    }
}

/* Strip colours of the industry: white INT DAY, yellow EXT DAY, blue INT
 * NIGHT, green EXT NIGHT. */
static const char *strip_class(const dp_scene *sc, bool night)
{
    bool ext = sc->int_ext == DP_IE_EXT;
    return night ? (ext ? "en" : "in") : (ext ? "ed" : "id");
}

static void write_html(const dp_schedule *s, dp__buf *b)
{
    const char *title = dp_breakdown_title(s->bd);
    dp__buf_puts(b, "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Stripboard");
    if (title[0]) {
        dp__buf_puts(b, ": ");
        html_text(b, title);
    }
    dp__buf_puts(b, "</title>\n<style>\nbody{font:13px sans-serif;margin:1em}\n"
                    "table{border-collapse:collapse;width:100%}\n"
                    "td,th{border:1px solid #999;padding:2px 6px;text-align:left}\n"
                    "tr.id td{background:#fff}tr.ed td{background:#ffef7a}\n"
                    "tr.in td{background:#9ec5ff}tr.en td{background:#a8e0a0}\n"
                    "tr.brk td{background:#222;color:#fff;font-weight:bold}\n"
                    "p.why{margin:0;font-style:italic}\n</style></head><body>\n<h1>Stripboard");
    if (title[0]) {
        dp__buf_puts(b, ": ");
        html_text(b, title);
    }
    dp__buf_printf(b, "</h1>\n<p>%zu shoot days; cost %lld (lower bound %lld, gap %.1f%%)</p>\n",
                   s->n_days, (long long)s->ev.cost, (long long)dp_schedule_lower_bound(s),
                   100.0 * dp_schedule_gap(s));
    dp__buf_puts(b, "<table>\n<tr><th>Scene</th><th>I/E</th><th>Set</th><th>D/N</th>"
                    "<th>Pages</th><th>Cast</th></tr>\n");
    for (size_t d = 0; d < s->n_days; d++) {
        const dp_schedule_day *day = &s->days[d];
        for (size_t k = 0; k < day->scene_count; k++) {
            const dp_scene *sc = dp_breakdown_scene(s->bd, day->scenes[k]);
            bool night = s->sc[day->scenes[k]].night;
            char pages[16];
            dp_eighths_format(sc->eighths, pages);
            dp__buf_printf(b, "<tr class=\"%s\"><td>", strip_class(sc, night));
            html_text(b, sc->number);
            dp__buf_printf(b, "</td><td>%s</td><td>", dp_int_ext_name(sc->int_ext));
            html_text(b, sc->set);
            if (sc->subset[0]) {
                dp__buf_puts(b, " – ");
                html_text(b, sc->subset);
            }
            dp__buf_printf(b, "</td><td>%s</td><td>%s</td><td>", night ? "NIGHT" : "DAY",
                           pages);
            for (size_t c = 0; c < sc->cast_count; c++) {
                dp__buf_puts(b, c ? ", " : "");
                html_text(b, dp_breakdown_character(s->bd, sc->cast[c])->name);
            }
            dp__buf_puts(b, "</td></tr>\n");
        }
        char pages[16];
        dp_eighths_format(day->eighths, pages);
        dp__buf_printf(b, "<tr class=\"brk\"><td colspan=\"6\">End of day %u", day->number);
        if (day->date)
            dp__buf_printf(b, " (%s)", day->date);
        dp__buf_printf(b, ": %s pages<p class=\"why\">", day->scene_count ? pages : "0");
        html_text(b, day->why);
        dp__buf_puts(b, "</p></td></tr>\n");
    }
    dp__buf_puts(b, "</table>\n");
    if (s->n_boneyard) {
        dp__buf_puts(b, "<h2>Boneyard</h2>\n<p>");
        for (size_t k = 0; k < s->n_boneyard; k++) {
            dp__buf_puts(b, k ? ", " : "");
            html_text(b, number_of(s, s->boneyard[k]));
        }
        dp__buf_puts(b, "</p>\n");
    }
    dp__buf_puts(b, "</body></html>\n");
}

dp_status dp_schedule_write(const dp_schedule *s, dp_schedule_format fmt, const dp_sink *sink,
                            dp_error *err)
{
    if (!s || !sink || fmt < 0 || fmt >= DP_SF_COUNT_)
        return dp__error_set(err, DP_E_ARG, 0, 0, "no schedule, sink or format");
    if (fmt == DP_SF_JSON) {
        dp_status st = write_json(s, sink);
        return st == DP_OK ? DP_OK
                           : dp__error_set(err, st, 0, 0, "%s", st == DP_E_SINK
                                                                    ? "the output failed"
                                                                    : "out of memory");
    }
    if (fmt == DP_SF_PDF || fmt == DP_SF_XLSX)
        return dp__schedule_report(s, fmt == DP_SF_PDF ? DP_RF_PDF : DP_RF_XLSX, sink, err);
    dp__buf b;
    dp__buf_init(&b, OUT_MAX);
    if (fmt == DP_SF_CSV)
        write_csv(s, &b);
    else if (fmt == DP_SF_ICS)
        write_ics(s, &b);
    else
        write_html(s, &b);
    dp_status st = DP_OK;
    if (b.failed)
        st = dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
    else if (b.len && sink->write(sink->ctx, b.data, b.len) != 0)
        st = dp__error_set(err, DP_E_SINK, 0, 0, "the output failed");
    dp__buf_release(&b);
    return st;
}
