/* libFuzzer target: the constraints-file reader, then a schedule of a small
 * fixed script under those constraints (a short search) and the JSON and
 * iCalendar writers. Input is capped at 64 KB. */
#include <stddef.h>
#include <stdint.h>
#include <string.h>

#include "depouille.h"
#include "sink.h"

static const char SCRIPT[] =
    "INT. HOUSE - KITCHEN - DAY\n\nANNA cooks.\n\nANNA\nHello.\n\n"
    "EXT. PARK - NIGHT\n\nMARC runs.\n\nMARC\nWho?\n\n"
    "INT. HOUSE - BEDROOM - NIGHT\n\nANNA sleeps.\n\n"
    "EXT. PARK - DAY\n\nLEO plays with ANNA.\n\nLEO\nCatch!\n\n"
    "INT. STATION - DAY\n\nMARC waits.\n\nMARC\nLate.\n\n";

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 16))
        return 0;
    dp_constraints *c = NULL;
    dp_error err;
    if (dp_constraints_parse((const char *)data, size, &c, &err) != DP_OK)
        return 0;
    dp_doc *doc = NULL;
    dp_breakdown *bd = NULL;
    if (dp_doc_parse(SCRIPT, strlen(SCRIPT), NULL, &doc, &err) != DP_OK ||
        dp_breakdown_new(doc, NULL, &bd, &err) != DP_OK)
        __builtin_trap();
    dp_schedule *s = NULL;
    if (dp_schedule_new(bd, c, &s, &err) == DP_OK) {
        dp_schedule_options o = {0, 1, 300};
        if (dp_schedule_solve(s, &o, &err) != DP_OK)
            __builtin_trap();
        if (dp_schedule_feasible(s) && dp_schedule_lower_bound(s) > dp_schedule_total(s))
            __builtin_trap();
        dp_sink sink = {fuzz_discard, NULL};
        if (dp_schedule_write(s, DP_SF_JSON, &sink, &err) != DP_OK ||
            dp_schedule_write(s, DP_SF_ICS, &sink, &err) != DP_OK)
            __builtin_trap();
    }
    dp_schedule_free(s);
    dp_breakdown_free(bd);
    dp_doc_free(doc);
    dp_constraints_free(c);
    return 0;
}
