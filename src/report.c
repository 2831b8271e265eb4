/* Reports: the public entry point, the model's builders' helpers, and what
 * every report shares (strips, times, synopses, buffered output). */
#include "report.h"

#include <stdio.h>
#include <string.h>

static const char *const kind_names[DP_REPORT_COUNT_] = {
    "sheets", "scenes", "sets", "cast", "elements", "costumes", "dood", "needs"};
static const char *const format_names[DP_RF_COUNT_] = {"csv", "xlsx", "pdf", "html",
                                                       "json"};

const char *dp_report_kind_name(dp_report_kind k)
{
    return (unsigned)k < DP_REPORT_COUNT_ ? kind_names[k] : NULL;
}

const char *dp_report_format_name(dp_report_format f)
{
    return (unsigned)f < DP_RF_COUNT_ ? format_names[f] : NULL;
}

int dp_report_kind_parse(const char *name, dp_report_kind *out)
{
    for (int i = 0; name && i < DP_REPORT_COUNT_; i++)
        if (!strcmp(name, kind_names[i])) {
            *out = (dp_report_kind)i;
            return 0;
        }
    return -1;
}

int dp_report_format_parse(const char *name, dp_report_format *out)
{
    for (int i = 0; name && i < DP_RF_COUNT_; i++)
        if (!strcmp(name, format_names[i])) {
            *out = (dp_report_format)i;
            return 0;
        }
    return -1;
}

/* ---- strips ---------------------------------------------------------- */

static const char *const strip_colors[DP__STRIP_COUNT_] = {
    "#FFFFFF", "#FFFFFF", "#FFF176", "#90CAF9", "#A5D6A7"};
static const char *const strip_names[DP__STRIP_COUNT_] = {
    "", "int-day", "ext-day", "int-night", "ext-night"};

const char *dp__strip_color(dp__strip s)
{
    return (unsigned)s < DP__STRIP_COUNT_ ? strip_colors[s] : strip_colors[0];
}

const char *dp__strip_name(dp__strip s)
{
    return (unsigned)s < DP__STRIP_COUNT_ ? strip_names[s] : "";
}

const char *dp__strip_label(dp__strip s, bool fr)
{
    static const char *const en[DP__STRIP_COUNT_] = {"", "INT. DAY", "EXT. DAY",
                                                     "INT. NIGHT", "EXT. NIGHT"};
    static const char *const f[DP__STRIP_COUNT_] = {"", "INT. JOUR", "EXT. JOUR",
                                                    "INT. NUIT", "EXT. NUIT"};
    return (unsigned)s < DP__STRIP_COUNT_ ? (fr ? f : en)[s] : "";
}

/* 1 day, 2 night, 0 not said (carried from the scene before). */
static int day_night(const dp_scene *s)
{
    if (s->flags & DP_SCF_DAY_FOR_NIGHT)
        return 1;
    switch (s->time) {
    case DP_TIME_DAY:
    case DP_TIME_DAWN:
    case DP_TIME_MORNING:
    case DP_TIME_AFTERNOON:
        return 1;
    case DP_TIME_NIGHT:
    case DP_TIME_DUSK:
    case DP_TIME_EVENING:
        return 2;
    default:
        return 0;
    }
}

dp__strip dp__scene_strip(const dp_breakdown *bd, size_t i)
{
    int dn = 0;
    for (size_t k = i + 1; k-- > 0 && !dn;)
        dn = day_night(dp_breakdown_scene(bd, k));
    bool ext = dp_breakdown_scene(bd, i)->int_ext == DP_IE_EXT ||
               dp_breakdown_scene(bd, i)->int_ext == DP_IE_INT_EXT;
    if (dn == 2)
        return ext ? DP__STRIP_EXT_NIGHT : DP__STRIP_INT_NIGHT;
    return ext ? DP__STRIP_EXT_DAY : DP__STRIP_INT_DAY;
}

const char *dp__time_label(dp_time t, bool fr)
{
    static const char *const en[DP_TIME_COUNT_] = {
        "", "DAY", "NIGHT", "DAWN", "DUSK", "MORNING", "AFTERNOON", "EVENING",
        "CONTINUOUS", "LATER", "SAME"};
    static const char *const f[DP_TIME_COUNT_] = {
        "", "JOUR", "NUIT", "AUBE", "CRÉPUSCULE", "MATIN", "APRÈS-MIDI", "SOIR",
        "SUITE", "PLUS TARD", "MÊME MOMENT"};
    return (unsigned)t < DP_TIME_COUNT_ ? (fr ? f : en)[t] : "";
}

/* ---- the model ----------------------------------------------------------- */

void *dp__rp_alloc(dp__report *r, size_t count, size_t size)
{
    if (r->status != DP_OK)
        return NULL;
    if (size && count > SIZE_MAX / size) {
        r->status = DP_E_LIMIT;
        return NULL;
    }
    size_t bytes = count * size;
    void *p = dp__arena_alloc(&r->arena, bytes ? bytes : 1);
    if (!p)
        r->status = DP_E_NOMEM;
    return p;
}

const char *dp__rp_strn(dp__report *r, const char *s, size_t n)
{
    char *p = dp__rp_alloc(r, n + 1, 1);
    if (!p)
        return "";
    memcpy(p, s, n);
    p[n] = '\0';
    return p;
}

const char *dp__rp_strf(dp__report *r, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0 || r->status != DP_OK)
        return "";
    if ((size_t)n < sizeof small)
        return dp__rp_strn(r, small, (size_t)n);
    char *p = dp__rp_alloc(r, (size_t)n + 1, 1);
    if (!p)
        return "";
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

dp__rtable *dp__rp_table(dp__report *r, const char *title, const char *sheet,
                         unsigned flags, const dp__rcol *cols, size_t ncols)
{
    if (r->ntables >= DP__REPORT_MAX_TABLES) {
        if (r->status == DP_OK)
            r->status = DP_E_LIMIT;
        return NULL;
    }
    dp__rtable *t = dp__rp_alloc(r, 1, sizeof *t);
    dp__rcol *c = dp__rp_alloc(r, ncols, sizeof *c);
    if (!t || !c)
        return NULL;
    memcpy(c, cols, ncols * sizeof *c);
    t->title = title;
    t->sheet = sheet;
    t->flags = flags;
    t->cols = c;
    t->ncols = ncols;
    r->tables[r->ntables++] = t;
    return t;
}

const char **dp__rp_row(dp__report *r, dp__rtable *t, dp__row_kind kind, dp__strip strip)
{
    if (!t || r->status != DP_OK)
        return NULL;
    if (t->nrows == t->cap) {
        size_t cap = t->cap ? t->cap * 2 : 32;
        dp__rrow *rows = dp__rp_alloc(r, cap, sizeof *rows);
        if (!rows)
            return NULL;
        if (t->nrows)
            memcpy(rows, t->rows, t->nrows * sizeof *rows);
        t->rows = rows;
        t->cap = cap;
    }
    const char **cells = dp__rp_alloc(r, t->ncols, sizeof *cells);
    if (!cells)
        return NULL;
    for (size_t i = 0; i < t->ncols; i++)
        cells[i] = "";
    t->rows[t->nrows++] = (dp__rrow){(uint8_t)kind, (uint8_t)strip, cells};
    return cells;
}

dp__rsheet *dp__rp_sheet(dp__report *r)
{
    if (r->status != DP_OK)
        return NULL;
    if (r->nsheets == r->sheet_cap) {
        size_t cap = r->sheet_cap ? r->sheet_cap * 2 : 32;
        dp__rsheet *s = dp__rp_alloc(r, cap, sizeof *s);
        if (!s)
            return NULL;
        if (r->nsheets)
            memcpy(s, r->sheets, r->nsheets * sizeof *s);
        r->sheets = s;
        r->sheet_cap = cap;
    }
    dp__rsheet *s = &r->sheets[r->nsheets++];
    memset(s, 0, sizeof *s);
    return s;
}

void dp__rj_init(dp__rjoin *j, dp__report *r)
{
    j->r = r;
    dp__buf_init(&j->b, (size_t)1 << 24);
}

static void rj_check(dp__rjoin *j, dp_status st)
{
    if (st != DP_OK && j->r->status == DP_OK)
        j->r->status = st;
}

void dp__rj_put(dp__rjoin *j, const char *s, size_t n) { rj_check(j, dp__buf_append(&j->b, s, n)); }

void dp__rj_puts(dp__rjoin *j, const char *s) { rj_check(j, dp__buf_puts(&j->b, s)); }

void dp__rj_printf(dp__rjoin *j, const char *fmt, ...)
{
    char small[512];
    va_list ap, again;
    va_start(ap, fmt);
    va_copy(again, ap);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n >= 0 && (size_t)n < sizeof small) {
        dp__rj_put(j, small, (size_t)n);
    } else if (n < 0) {
        rj_check(j, DP_E_ARG);
    } else { /* a long name: straight into the buffer */
        dp_status st = dp__buf_reserve(&j->b, (size_t)n + 1);
        if (st == DP_OK) {
            vsnprintf(j->b.data + j->b.len, (size_t)n + 1, fmt, again);
            j->b.len += (size_t)n;
        }
        rj_check(j, st);
    }
    va_end(again);
}

void dp__rj_sep(dp__rjoin *j, const char *sep)
{
    if (j->b.len)
        dp__rj_puts(j, sep);
}

const char *dp__rj_done(dp__rjoin *j)
{
    const char *out = j->b.len ? dp__rp_strn(j->r, j->b.data, j->b.len) : "";
    dp__buf_release(&j->b);
    return out;
}

const char *dp__rp_count(dp__report *r, size_t n, dp__label one, dp__label many)
{
    return n == 1 ? dp__l(one, r->fr) : dp__rp_strf(r, dp__l(many, r->fr), n);
}

const char *dp__rp_eighths(dp__report *r, uint32_t eighths)
{
    char b[16];
    dp_eighths_format(eighths, b);
    return dp__rp_strn(r, b, strlen(b));
}

const char *dp__rp_scene_list(dp__report *r, const uint32_t *idx, size_t n)
{
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t i = 0; i < n; i++) {
        const dp_scene *s = dp_breakdown_scene(r->bd, idx[i]);
        dp__rj_sep(&j, ", ");
        dp__rj_puts(&j, s ? s->number : "?");
    }
    return dp__rj_done(&j);
}

/* Length of the UTF-8 prefix of s that is at most 'max' bytes and ends at
 * a space (or at a character boundary when there is no space). */
static size_t cut_at_word(const char *s, size_t n, size_t max)
{
    if (n <= max)
        return n;
    size_t k = max;
    while (k > 0 && ((unsigned char)s[k] & 0xC0) == 0x80)
        k--;
    size_t w = k;
    while (w > max / 2 && s[w] != ' ')
        w--;
    if (s[w] == ' ')
        k = w;
    while (k > 0 && (s[k - 1] == ' ' || s[k - 1] == ',' || s[k - 1] == ';'))
        k--;
    return k;
}

#define SYNOPSIS_MAX 100

/* Does the word ending at t[i] (a '.') look like a title's abbreviation
 * ("Dr.", "Mrs.", "St.", "M.", "Mme.")? A capital and at most 2 more
 * letters. */
static bool abbreviation(const char *t, size_t i)
{
    size_t k = i;
    while (k > 0 && ((t[k - 1] >= 'a' && t[k - 1] <= 'z') || (t[k - 1] >= 'A' && t[k - 1] <= 'Z')))
        k--;
    return i - k >= 1 && i - k <= 3 && t[k] >= 'A' && t[k] <= 'Z' &&
           (k == 0 || t[k - 1] == ' ' || t[k - 1] == '\n');
}

/* Length of the first sentence of t[0..n): up to its '.', '!' or '?'
 * followed by a space or a line break; n when there is none. */
static size_t sentence_end(const char *t, size_t n)
{
    for (size_t i = 3; i + 1 < n; i++)
        if ((t[i] == '.' || t[i] == '!' || t[i] == '?') && (t[i + 1] == ' ' || t[i + 1] == '\n') &&
            !(t[i] == '.' && abbreviation(t, i)))
            return i + 1;
    return n;
}

const char *dp__scene_synopsis(dp__report *r, size_t scene)
{
    const dp_scene *s = dp_breakdown_scene(r->bd, scene);
    const dp_doc *doc = dp_breakdown_doc(r->bd);
    const dp_element *first_action = NULL, *first_caps = NULL;
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t e = s->first_element; e < s->end_element; e++) {
        const dp_element *el = dp_doc_element(doc, e);
        if (el->type == DP_EL_SYNOPSIS && el->plain[0]) {
            dp__rj_sep(&j, " ");
            dp__rj_puts(&j, el->plain);
        } else if (el->type == DP_EL_ACTION && !first_action && el->plain[0]) {
            /* a line all in capitals says when ("THE NEXT MORNING.") or
             * what we see; the action after it says what happens */
            if (dp__utf8_is_upper_text(el->plain, strlen(el->plain)))
                first_caps = first_caps ? first_caps : el;
            else
                first_action = el;
        }
    }
    if (!first_action)
        first_action = first_caps;
    if (j.b.len || !first_action)
        return dp__rj_done(&j);
    const char *t = first_action->plain;
    size_t n = strlen(t), end = sentence_end(t, n);
    /* a first sentence in capitals says when ("THE NEXT MORNING."): the
     * next one says what happens */
    if (end < n && dp__utf8_is_upper_text(t, end)) {
        t += end;
        while (*t == ' ' || *t == '\n')
            t++;
        n = strlen(t);
        end = sentence_end(t, n);
    }
    size_t k = cut_at_word(t, end, SYNOPSIS_MAX);
    for (size_t i = 0; i < k; i++)
        dp__rj_put(&j, t[i] == '\n' ? " " : t + i, 1);
    if (k < end)
        dp__rj_puts(&j, "…");
    return dp__rj_done(&j);
}

/* ---- buffered output ------------------------------------------------------ */

void dp__rout_init(dp__out *o, const dp_sink *sink) { dp__out_init(o, sink, (size_t)1 << 26); }

dp_status dp__rout_finish(dp__out *o, dp_error *err)
{
    dp_status st = dp__out_close(o);
    if (st == DP_E_SINK)
        return dp__error_set(err, DP_E_SINK, 0, 0, "the output sink failed");
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "writing the report: %s", dp_strerror(st));
    return DP_OK;
}

/* ---- the entry point ---------------------------------------------------- */

dp_status dp__report_emit(const dp__report *r, dp_report_format fmt, const char *tmpdir,
                          const dp_sink *sink, dp_error *err)
{
    switch (fmt) {
    case DP_RF_CSV:
        return dp__report_csv(r, sink, err);
    case DP_RF_XLSX:
        return dp__report_xlsx(r, tmpdir, sink, err);
    case DP_RF_PDF:
        return dp__report_pdf(r, sink, err);
    case DP_RF_HTML:
        return dp__report_html(r, sink, err);
    default:
        return dp__report_json(r, sink, err);
    }
}

static dp_status check_days(const dp_breakdown *bd, const dp_report_options *o,
                            dp_error *err)
{
    if (o->day_count && !o->days)
        return dp__error_set(err, DP_E_ARG, 0, 0, "a schedule of %zu days without days",
                             o->day_count);
    size_t n = dp_breakdown_scene_count(bd);
    for (size_t d = 0; d < o->day_count; d++) {
        if (o->days[d].scene_count && !o->days[d].scenes)
            return dp__error_set(err, DP_E_ARG, 0, 0, "day %zu has no scene list", d + 1);
        for (size_t k = 0; k < o->days[d].scene_count; k++)
            if (o->days[d].scenes[k] >= n)
                return dp__error_set(err, DP_E_ARG, 0, 0,
                                     "day %zu names scene index %u; the script has %zu",
                                     d + 1, o->days[d].scenes[k], n);
    }
    return DP_OK;
}

dp_status dp_report_write(const dp_breakdown *bd, dp_report_kind kind,
                          dp_report_format fmt, const dp_report_options *opts,
                          const dp_sink *sink, dp_error *err)
{
    static const dp_report_options defaults = {NULL, NULL, 0, 0, NULL};
    const dp_report_options *o = opts ? opts : &defaults;
    if (!bd || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_report_write: NULL argument");
    if ((unsigned)kind >= DP_REPORT_COUNT_)
        return dp__error_set(err, DP_E_ARG, 0, 0, "unknown report kind %d", (int)kind);
    if ((unsigned)fmt >= DP_RF_COUNT_)
        return dp__error_set(err, DP_E_ARG, 0, 0, "unknown report format %d", (int)fmt);
    const char *lang = o->lang ? o->lang : dp_breakdown_language(bd);
    if (strcmp(lang, "en") != 0 && strcmp(lang, "fr") != 0)
        return dp__error_set(err, DP_E_ARG, 0, 0, "unknown language '%s' (en or fr)", lang);
    uint16_t cat = o->dood_category ? o->dood_category : 100;
    if (cat < 100 || cat > 124)
        return dp__error_set(err, DP_E_ARG, 0, 0,
                             "unknown category %u for the day out of days (100 to 124)",
                             (unsigned)cat);
    dp_status st = check_days(bd, o, err);
    if (st != DP_OK)
        return st;

    dp__report r;
    memset(&r, 0, sizeof r);
    dp__arena_init(&r.arena, DP__REPORT_ARENA_CAP);
    r.bd = bd;
    r.kind = kind;
    r.fr = lang[0] == 'f';
    r.script_title = dp_breakdown_title(bd);
    r.paper = dp_breakdown_paper(bd);
    const dp_report_day *days = o->day_count ? o->days : NULL;
    switch (kind) {
    case DP_REPORT_SHEETS:
        dp__report_sheets(&r);
        break;
    case DP_REPORT_SCENES:
        dp__report_scenes(&r);
        break;
    case DP_REPORT_SETS:
        dp__report_sets(&r);
        break;
    case DP_REPORT_CAST:
        dp__report_cast(&r);
        break;
    case DP_REPORT_ELEMENTS:
        dp__report_elements(&r);
        break;
    case DP_REPORT_COSTUMES:
        dp__report_costumes(&r);
        break;
    case DP_REPORT_DOOD:
        dp__report_dood(&r, days, o->day_count, cat);
        break;
    default:
        dp__report_needs(&r, days, o->day_count);
        break;
    }
    if (r.status != DP_OK) {
        st = dp__error_set(err, r.status, 0, 0, "building the %s report: %s",
                           kind_names[kind], dp_strerror(r.status));
    } else {
        st = dp__report_emit(&r, fmt, o->tmpdir, sink, err);
    }
    dp__arena_release(&r.arena);
    return st;
}

/* ---- scene fields ---------------------------------------------------------- */

const char *dp__scene_time(dp__report *r, size_t i)
{
    const dp_scene *s = dp_breakdown_scene(r->bd, i);
    const char *t = (s->flags & DP_SCF_DAY_FOR_NIGHT)
                        ? (r->fr ? "NUIT AMÉRICAINE" : "DAY FOR NIGHT")
                        : dp__time_label(s->time, r->fr);
    if (s->flags & DP_SCF_FLASHBACK)
        return dp__rp_strf(r, "%s%sFLASHBACK", t, *t ? ", " : "");
    return t;
}

const char *dp__scene_cast_ids(dp__report *r, size_t i)
{
    const dp_scene *s = dp_breakdown_scene(r->bd, i);
    dp__rjoin j;
    dp__rj_init(&j, r);
    for (size_t k = 0; k < s->cast_count; k++)
        dp__rj_printf(&j, "%s%u", k ? ", " : "", dp_breakdown_character(r->bd, s->cast[k])->id);
    return dp__rj_done(&j);
}
