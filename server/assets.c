/* Looking up the embedded files (see assets.h). */
#include "assets.h"

#include <string.h>

const dps_asset *dps_asset_find(const char *path)
{
    for (size_t i = 0; i < dps_asset_count; i++)
        if (!strcmp(dps_assets[i].path, path))
            return &dps_assets[i];
    return NULL;
}
