/* The stripboard in the report formats (PDF, XLSX; CSV, HTML and JSON too):
 * the board built into a report model (report.h), one band per shoot day,
 * a strip per scene coloured INT/EXT x DAY/NIGHT, a day break with the
 * day's pages, then the boneyard. */
#include "report.h"
#include "schedule.h"

#include <string.h>

static const char *tr(const dp__report *r, const char *en, const char *fr)
{
    return r->fr ? fr : en;
}

static void build(dp__report *r, const dp_schedule *s)
{
    r->title = tr(r, "Stripboard", "Plan de travail");
    r->name = "stripboard";
    r->landscape = true;
    const dp__rcol cols[] = {
        {tr(r, "Day", "Jour"), 5, DP__RIGHT, 1, 1},
        {tr(r, "Sc.", "Séq."), 5, DP__RIGHT, 0, 0},
        {"I/E", 7, DP__LEFT, 0, 0},
        {tr(r, "Set", "Décor"), 26, DP__LEFT, 0, 0},
        {tr(r, "Sub-set", "Sous-décor"), 16, DP__LEFT, 0, 0},
        {tr(r, "Time", "Moment"), 11, DP__LEFT, 0, 0},
        {tr(r, "Pages", "Pages"), 7, DP__RIGHT, 0, 0},
        {tr(r, "Cast", "Rôles"), 16, DP__LEFT, 0, 0},
        {tr(r, "Synopsis", "Résumé"), 40, DP__LEFT, 0, 0},
    };
    dp__rtable *t = dp__rp_table(r, r->title, r->title, DP__TF_CSV | DP__TF_XLSX | DP__TF_PRINT,
                                 cols, DP__COUNT(cols));
    if (!t)
        return;
    t->frozen = 2;
    size_t nd = dp_schedule_day_count(s);
    for (size_t d = 0; d < nd; d++) {
        const dp_schedule_day *day = dp_schedule_day_at(s, d);
        const char **c = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = day->date ? dp__rp_strf(r, "%s %u — %s", tr(r, "Day", "Jour"), day->number, day->date)
                         : dp__rp_strf(r, "%s %u", tr(r, "Day", "Jour"), day->number);
        for (size_t k = 0; k < day->scene_count; k++) {
            uint32_t i = day->scenes[k];
            const dp_scene *sc = dp_breakdown_scene(r->bd, i);
            c = dp__rp_row(r, t, DP__ROW_DATA, dp__scene_strip(r->bd, i));
            if (!c)
                return;
            c[0] = dp__rp_strf(r, "%u", day->number);
            c[1] = sc->number;
            c[2] = dp_int_ext_name(sc->int_ext);
            c[3] = sc->set;
            c[4] = sc->subset;
            c[5] = dp__scene_time(r, i);
            c[6] = dp__rp_eighths(r, sc->eighths);
            c[7] = dp__scene_cast_ids(r, i);
            c[8] = dp__scene_synopsis(r, i);
        }
        c = dp__rp_row(r, t, DP__ROW_TOTAL, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = dp__rp_strf(r, "%u", day->number);
        c[1] = tr(r, "End", "Fin");
        c[3] = day->why;
        c[6] = dp__rp_eighths(r, day->eighths);
    }
    size_t nb = 0;
    const uint32_t *bone = dp_schedule_unscheduled(s, &nb);
    if (nb) {
        const char **c = dp__rp_row(r, t, DP__ROW_GROUP, DP__STRIP_NONE);
        if (!c)
            return;
        c[0] = tr(r, "Boneyard (not scheduled)", "Hors plan (non planifiées)");
        for (size_t k = 0; k < nb; k++) {
            const dp_scene *sc = dp_breakdown_scene(r->bd, bone[k]);
            c = dp__rp_row(r, t, DP__ROW_DATA, dp__scene_strip(r->bd, bone[k]));
            if (!c)
                return;
            c[1] = sc->number;
            c[2] = dp_int_ext_name(sc->int_ext);
            c[3] = sc->set;
            c[4] = sc->subset;
            c[5] = dp__scene_time(r, bone[k]);
            c[6] = dp__rp_eighths(r, sc->eighths);
            c[7] = dp__scene_cast_ids(r, bone[k]);
            c[8] = dp__scene_synopsis(r, bone[k]);
        }
    }
    t->note = dp__rp_strf(r, "%s %lld · %s %lld · %s %.1f%%. %s",
                          tr(r, "Cost", "Coût"), (long long)dp_schedule_total(s),
                          tr(r, "lower bound", "borne inférieure"),
                          (long long)dp_schedule_lower_bound(s), tr(r, "gap", "écart"),
                          100.0 * dp_schedule_gap(s),
                          dp__l(DP__L_STRIP_LEGEND, r->fr));
}

dp_status dp__schedule_report(const dp_schedule *s, dp_report_format fmt, const dp_sink *sink,
                              dp_error *err)
{
    const dp_breakdown *bd = s->bd;
    dp__report r;
    memset(&r, 0, sizeof r);
    dp__arena_init(&r.arena, DP__REPORT_ARENA_CAP);
    r.bd = bd;
    r.kind = DP_REPORT_SCENES;
    r.fr = !strcmp(dp_breakdown_language(bd), "fr");
    r.script_title = dp_breakdown_title(bd);
    r.paper = dp_breakdown_paper(bd);
    build(&r, s);
    dp_status st;
    if (r.status != DP_OK)
        st = dp__error_set(err, r.status, 0, 0, "building the stripboard: %s",
                           dp_strerror(r.status));
    else if (fmt == DP_RF_PDF)
        st = dp__report_pdf(&r, sink, err);
    else
        st = dp__report_xlsx(&r, NULL, sink, err);
    dp__arena_release(&r.arena);
    return st;
}
