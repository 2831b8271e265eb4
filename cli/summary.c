/* Text summary: title, counts, cast table, scene list. */
#include "summary.h"

#include <string.h>

/* Pads to 'width' display columns (UTF-8 aware, one column per code point). */
static void pad(dpx_out *out, const char *s, int width)
{
    int cols = 0;
    for (const unsigned char *p = (const unsigned char *)s; *p; p++)
        if ((*p & 0xC0) != 0x80)
            cols++;
    dpx_out_printf(out, "%s", s);
    for (; cols < width; cols++)
        dpx_out_printf(out, " ");
}

void dpx_summary_write(const dp_breakdown *bd, dpx_out *out)
{
    size_t ns = dp_breakdown_scene_count(bd), nc = dp_breakdown_character_count(bd);
    size_t counts[DP_TIME_COUNT_] = {0}, ie[4] = {0}, speaking = 0;
    for (size_t i = 0; i < ns; i++) {
        const dp_scene *sc = dp_breakdown_scene(bd, i);
        counts[sc->time]++;
        ie[sc->int_ext & 3]++;
    }
    for (size_t i = 0; i < nc; i++)
        speaking += dp_breakdown_character(bd, i)->speaking != 0;
    const char *title = dp_breakdown_title(bd);
    dpx_out_printf(out, "%s\n", *title ? title : "(untitled)");
    dpx_out_printf(out, "language: %s   scenes: %zu (INT %zu, EXT %zu, INT/EXT %zu)   "
                        "characters: %zu (%zu speaking)\n",
                   dp_breakdown_language(bd), ns, ie[DP_IE_INT], ie[DP_IE_EXT],
                   ie[DP_IE_INT_EXT], nc, speaking);
    char total[16];
    dp_eighths_format(dp_breakdown_eighths(bd), total);
    dpx_out_printf(out, "pages: %u (%s)   scenes add up to %s pages\n",
                   (unsigned)dp_breakdown_pages(bd), dp_paper_name(dp_breakdown_paper(bd)),
                   total);
    dpx_out_printf(out, "times of day:");
    for (int t = 0; t < DP_TIME_COUNT_; t++)
        if (counts[t])
            dpx_out_printf(out, " %s %zu", dp_time_name((dp_time)t), counts[t]);
    dpx_out_printf(out, "\n\ncast\n");
    for (size_t i = 0; i < nc; i++) {
        const dp_character *ch = dp_breakdown_character(bd, i);
        dpx_out_printf(out, "  %3u  ", ch->id);
        pad(out, ch->name, 28);
        dpx_out_printf(out, " %3zu scene%s%s\n", ch->scene_count,
                       ch->scene_count == 1 ? " " : "s", ch->speaking ? "" : "  (silent)");
    }
    dpx_out_printf(out, "\nscenes\n");
    for (size_t i = 0; i < ns; i++) {
        const dp_scene *sc = dp_breakdown_scene(bd, i);
        char len[16];
        dp_eighths_format(sc->eighths, len);
        dpx_out_printf(out, "  %5s  %-7s ", sc->number, dp_int_ext_name(sc->int_ext));
        pad(out, sc->set, 32);
        dpx_out_printf(out, " %-11s p.%-3u %6s  ", dp_time_name(sc->time), (unsigned)sc->page, len);
        for (size_t c = 0; c < sc->cast_count; c++)
            dpx_out_printf(out, "%s%u", c ? "," : "", dp_breakdown_character(bd, sc->cast[c])->id);
        dpx_out_printf(out, "\n");
    }
}
