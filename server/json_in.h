/* A JSON reader for request bodies: the whole text into a tree of nodes,
 * with limits on depth and node count. Strings are decoded to UTF-8 and
 * NUL-terminated; a string holding \u0000 is refused. */
#ifndef DPS_JSON_IN_H
#define DPS_JSON_IN_H

#include <stddef.h>

#define DPS_JSON_MAX_DEPTH 32
#define DPS_JSON_MAX_NODES 200000u
#define DPS_JSON_NONE ((size_t)-1)

typedef enum dps_jtype { DPS_JNULL, DPS_JBOOL, DPS_JNUM, DPS_JSTR, DPS_JARR, DPS_JOBJ } dps_jtype;

typedef struct dps_jnode {
    dps_jtype type;
    const char *key;   /* member of an object: its name; else NULL */
    const char *str;   /* DPS_JSTR: the text */
    double num;        /* DPS_JNUM; DPS_JBOOL: 0 or 1 */
    size_t count;      /* DPS_JARR, DPS_JOBJ: children */
    size_t first;      /* first child's index, or DPS_JSON_NONE */
    size_t next;       /* next sibling's index, or DPS_JSON_NONE */
} dps_jnode;

typedef struct dps_json {
    dps_jnode *nodes; /* nodes[0] is the root */
    size_t n;
    char *strs;
} dps_json;

/* Parses 'len' bytes. 0 on success (release with dps_json_free()); -1 with
 * a message in 'msg' (at 'msgsz' bytes) on bad or too deep input, or no
 * memory. */
int dps_json_parse(const char *s, size_t len, dps_json *out, char *msg, size_t msgsz);
void dps_json_free(dps_json *j);
/* The member 'key' of object node 'obj', or NULL. */
const dps_jnode *dps_json_get(const dps_json *j, const dps_jnode *obj, const char *key);
/* The i-th child of an array or object node, or NULL. */
const dps_jnode *dps_json_child(const dps_json *j, const dps_jnode *n, size_t i);

#endif
