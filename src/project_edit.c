/* Checking an edit against the current draft before it is stored: its
 * scene, element, character and words must exist in the effective
 * breakdown; it is stored with its scene's identity and its words'
 * context (see project_replay.c for how it is found again). */
#include "project.h"

#include <stdlib.h>
#include <string.h>

static bool ieq(const char *a, const char *b)
{
    for (;; a++, b++) {
        unsigned char x = (unsigned char)*a, y = (unsigned char)*b;
        if (x >= 'A' && x <= 'Z')
            x = (unsigned char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z')
            y = (unsigned char)(y - 'A' + 'a');
        if (x != y)
            return false;
        if (!x)
            return true;
    }
}

static bool element_category(uint16_t c) { return c > 100 && c <= 124; }

static bool too_long(const char *s) { return s && strlen(s) > DP_PROJECT_MAX_TEXT; }

static bool blank(const char *s)
{
    if (!s)
        return true;
    while (*s == ' ' || *s == '\t')
        s++;
    return *s == '\0';
}

/* The item of 'bd' in scene s (-1: anywhere) with this category and name
 * (ASCII case ignored) and owner (NULL: any), or NULL. */
static const dp_item *find_item(const dp_breakdown *bd, long s, uint16_t cat, const char *name,
                                const char *who)
{
    size_t n = s >= 0 ? bd->scenes[s].item_count : bd->n_items;
    for (size_t k = 0; k < n; k++) {
        const dp_item *it = &bd->items[s >= 0 ? bd->scenes[s].items[k] : k];
        if (it->category == cat && ieq(it->name, name) &&
            (!who || (it->character && ieq(it->character, who))))
            return it;
    }
    return NULL;
}

static dp_status refuse(dp_error *err, const char *what) 
{
    return dp__error_set(err, DP_E_ARG, 0, 0, "%s", what);
}

typedef struct strs {
    const char *scene_number, *name, *character, *text, *new_name, *new_character, *value;
    const char *old_value;
    char *before, *after;
} strs;

dp_status dp__edit_store(dp_project *p, const dp_edit *e, int64_t now, int64_t *id,
                         dp_error *err)
{
    const char *fields[] = {e->scene, e->name, e->character, e->text, e->new_name,
                            e->new_character, e->value, e->note};
    for (size_t i = 0; i < DP__COUNT(fields); i++)
        if (too_long(fields[i]))
            return dp__error_set(err, DP_E_LIMIT, 0, 0, "an edit field is longer than %u bytes",
                                 DP_PROJECT_MAX_TEXT);
    if (!dp_edit_op_name(e->op))
        return refuse(err, "unknown edit operation");
    dp__draft *d = NULL;
    dp_status st = dp__project_draft(p, 0, &d, err);
    if (st != DP_OK)
        return st;
    const dp_breakdown *eff = d->eff;
    strs v = {NULL, e->name, e->character, NULL, e->new_name, e->new_character, e->value, NULL,
              NULL, NULL};
    long s = -1;
    int64_t uid = 0;
    if (e->scene) {
        s = dp__draft_scene_numbered(d, e->scene);
        if (s < 0)
            return dp__error_set(err, DP_E_ARG, 0, 0, "no scene %s in the current draft", e->scene);
        uid = d->uid[s];
        v.scene_number = eff->scenes[s].number;
    }
    bool needs_scene = e->op == DP_EDIT_ADD || e->op == DP_EDIT_STORY_DAY ||
                       e->op == DP_EDIT_COSTUME || e->op == DP_EDIT_HEADING;
    if (needs_scene && s < 0)
        return dp__error_set(err, DP_E_ARG, 0, 0, "%s needs a scene", dp_edit_op_name(e->op));
    bool on_element = e->op == DP_EDIT_ADD || e->op == DP_EDIT_REMOVE ||
                      e->op == DP_EDIT_RECATEGORISE || e->op == DP_EDIT_RENAME ||
                      e->op == DP_EDIT_MERGE;
    if (on_element && (!element_category(e->category) || blank(e->name)))
        return refuse(err, "an element needs a category (101 to 124) and a name");
    if (e->character && e->op != DP_EDIT_COSTUME) {
        int32_t c = dp__character_find(eff, e->character);
        if (c < 0)
            return dp__error_set(err, DP_E_ARG, 0, 0, "no character %s in the script", e->character);
        v.character = eff->chars[c].name;
    }
    switch (e->op) {
    case DP_EDIT_ADD:
        if (e->text) {
            dp__anchor an = {e->text, NULL, NULL};
            dp__anchor_hit h;
            if (blank(e->text) || !dp__anchor_find(d->bd, (size_t)s, (size_t)s + 1, &an, &h))
                return dp__error_set(err, DP_E_ARG, 0, 0, "the words \"%s\" are not in scene %s",
                                     e->text, e->scene);
            const char *plain = d->doc->elements[h.element].plain;
            size_t b, a;
            dp__anchor_context(plain, h.start, h.end, &b, &a);
            v.text = dp__arena_strndup(&d->rarena, plain + h.start, h.end - h.start);
            v.before = dp__arena_strndup(&d->rarena, plain + b, h.start - b);
            v.after = dp__arena_strndup(&d->rarena, plain + h.end, a - h.end);
            if (!v.text || !v.before || !v.after)
                return dp__error_set(err, DP_E_NOMEM, 0, 0, "out of memory");
        }
        break;
    case DP_EDIT_REMOVE:
    case DP_EDIT_RECATEGORISE:
    case DP_EDIT_RENAME:
    case DP_EDIT_MERGE: {
        const dp_item *it = find_item(eff, e->op == DP_EDIT_REMOVE ? s : -1, e->category,
                                      e->name, v.character);
        if (!it)
            return s >= 0 && e->op == DP_EDIT_REMOVE
                       ? dp__error_set(err, DP_E_ARG, 0, 0, "no %s \"%s\" in scene %s",
                                       dp_category_name(e->category, 0), e->name, e->scene)
                       : dp__error_set(err, DP_E_ARG, 0, 0, "no %s \"%s\" in the script",
                                       dp_category_name(e->category, 0), e->name);
        v.name = it->name;
        if (e->op == DP_EDIT_RECATEGORISE &&
            (!element_category(e->new_category) || e->new_category == e->category))
            return refuse(err, "recategorise needs another category (101 to 124)");
        if (e->op == DP_EDIT_RENAME && blank(e->new_name))
            return refuse(err, "rename needs a new name");
        if (e->op == DP_EDIT_MERGE && (!element_category(e->new_category) || blank(e->new_name)))
            return refuse(err, "merge needs the category and name of the element to merge into");
        if (e->op == DP_EDIT_MERGE && e->new_character) {
            int32_t c = dp__character_find(eff, e->new_character);
            if (c < 0)
                return dp__error_set(err, DP_E_ARG, 0, 0, "no character %s in the script",
                                     e->new_character);
            v.new_character = eff->chars[c].name;
        }
        break;
    }
    case DP_EDIT_STORY_DAY: {
        char *end = NULL;
        unsigned long day = e->value ? strtoul(e->value, &end, 10) : 0;
        if (!e->value || !end || *end || day == 0 || day > 100000 || e->value[0] < '1' ||
            e->value[0] > '9')
            return refuse(err, "a story day is a number from 1 to 100000");
        break;
    }
    case DP_EDIT_COSTUME: {
        int32_t c = dp__character_find(eff, e->character);
        if (c < 0 || dp__scene_cast_pos(eff, (size_t)s, c) < 0)
            return dp__error_set(err, DP_E_ARG, 0, 0, "%s is not in scene %s",
                                 e->character ? e->character : "(no character)", e->scene);
        v.character = eff->chars[c].name;
        if (blank(e->value) || strlen(e->value) > 32)
            return refuse(err, "a costume number is 1 to 32 bytes (\"3\", \"2A\")");
        break;
    }
    case DP_EDIT_HEADING:
        if (blank(e->value))
            return refuse(err, "a heading cannot be empty");
        v.old_value = d->bd->scenes[s].heading;
        break;
    default:
        break;
    }
    sqlite3_stmt *q = NULL;
    st = dp__db_prepare(p->db,
                        "INSERT INTO edits(version_id, op, scene_uid, scene_number, category, name,"
                        " character, anchor, before, after, new_category, new_name, new_character,"
                        " value, old_value, note, created)"
                        " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                        &q, err);
    if (st != DP_OK)
        return st;
    sqlite3_bind_int64(q, 1, d->version);
    dp__db_text(q, 2, dp_edit_op_name(e->op));
    if (uid)
        sqlite3_bind_int64(q, 3, uid);
    else
        sqlite3_bind_null(q, 3);
    dp__db_text(q, 4, v.scene_number);
    sqlite3_bind_int(q, 5, on_element ? e->category : 0);
    dp__db_text(q, 6, on_element ? v.name : NULL);
    dp__db_text(q, 7, v.character);
    dp__db_text(q, 8, v.text);
    dp__db_text(q, 9, v.before);
    dp__db_text(q, 10, v.after);
    sqlite3_bind_int(q, 11, e->op == DP_EDIT_RECATEGORISE || e->op == DP_EDIT_MERGE
                                ? e->new_category : 0);
    dp__db_text(q, 12, e->op == DP_EDIT_RENAME || e->op == DP_EDIT_MERGE ? v.new_name : NULL);
    dp__db_text(q, 13, e->op == DP_EDIT_MERGE ? v.new_character : NULL);
    dp__db_text(q, 14, e->op == DP_EDIT_STORY_DAY || e->op == DP_EDIT_COSTUME ||
                               e->op == DP_EDIT_HEADING ? e->value : NULL);
    dp__db_text(q, 15, v.old_value);
    dp__db_text(q, 16, e->note);
    sqlite3_bind_int64(q, 17, now);
    st = dp__db_run(p->db, q, err);
    sqlite3_finalize(q);
    if (st == DP_OK && id)
        *id = sqlite3_last_insert_rowid(p->db);
    return st;
}
