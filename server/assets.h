/* The page's files, compiled into the binary (tools/embed.c writes the
 * table from web/ at build time). */
#ifndef DPS_ASSETS_H
#define DPS_ASSETS_H

#include <stddef.h>

typedef struct dps_asset {
    const char *path; /* "/index.html", "/app.js" */
    const char *mime;
    const char *data;
    size_t len;
} dps_asset;

extern const dps_asset dps_assets[];
extern const size_t dps_asset_count;

/* The file served at 'path' exactly, or NULL. */
const dps_asset *dps_asset_find(const char *path);

#endif
