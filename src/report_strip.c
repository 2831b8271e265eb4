/* dp_scene_strip: the strip colour of the reports and the scheduler
 * (dp__scene_strip, report.c) for the library's users. */
#include "report.h"

const char *dp_scene_strip(const dp_breakdown *bd, size_t i)
{
    if (!bd || i >= dp_breakdown_scene_count(bd))
        return "";
    return dp__strip_name(dp__scene_strip(bd, i));
}
