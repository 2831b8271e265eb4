/* Every word a report prints, in English and French (report.h). */
#include "report.h"

typedef struct label_pair {
    const char *en, *fr;
} label_pair;

static const label_pair labels[DP__L_COUNT_] = {
#define DP__LABEL_PAIR_(name, en, fr) {en, fr},
    DP__LABELS(DP__LABEL_PAIR_)
#undef DP__LABEL_PAIR_
};

const char *dp__l(dp__label id, bool fr)
{
    if ((unsigned)id >= DP__L_COUNT_)
        return "";
    return fr ? labels[id].fr : labels[id].en;
}
