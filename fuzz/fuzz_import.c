/* libFuzzer target: a draft from a stranger imported into a project. The
 * project of project_fixture.h (two drafts, an edit of every kind) takes
 * the input as its third draft: its scenes are matched to draft 2's, every
 * edit is replayed on it. Then everything is read back (show, history,
 * changes, each draft's effective breakdown and reports), edits are made
 * on the new draft (on words of its own, an element, a character, a
 * heading), and draft 1 is imported over it. Input is capped at 64 KB.
 *
 * What must hold: the import succeeds whenever the bytes read as a script
 * (or says the draft is already the current one, or that it has more
 * scenes than the matcher takes); it never leaves the project unreadable;
 * the project opened again has the drafts it was given. */
#include "project_fixture.h"

/* A copy of s (at most 64 bytes) in 'pool': the breakdown's strings die
 * with the first edit. */
static const char *keep(char pool[8][65], size_t *n, const char *s)
{
    if (!s)
        return NULL;
    char *d = pool[(*n)++];
    size_t len = strlen(s);
    if (len > 64)
        len = 64;
    memcpy(d, s, len);
    d[len] = '\0';
    return d;
}

/* Edits on the current draft made from what it holds; refusals are fine
 * (an element the edit names may be gone by the time it is made). */
static void edit_current(dp_project *p, const uint8_t *data, size_t size)
{
    const dp_breakdown *bd = NULL;
    dp_error err;
    dp_status st = dp_project_breakdown(p, 0, &bd, &err);
    fx_check_error(st, &err);
    if (st != DP_OK || dp_breakdown_scene_count(bd) == 0)
        return;
    size_t ns = dp_breakdown_scene_count(bd);
    const dp_scene *sc = dp_breakdown_scene(bd, (size ? data[0] : 0) % ns);
    char pool[8][65];
    size_t np = 0;
    const char *number = keep(pool, &np, sc->number);
    dp_edit e[6];
    size_t n = 0;
    /* words of the scene: the first mention in it, with its context */
    const dp_doc *doc = dp_breakdown_doc(bd);
    for (size_t m = 0; m < dp_breakdown_mention_count(bd); m++) {
        const dp_mention *mn = dp_breakdown_mention(bd, m);
        if (dp_breakdown_scene(bd, mn->scene) != sc || mn->length == 0 || mn->length > 64)
            continue;
        char *words = pool[np++];
        memcpy(words, dp_doc_element(doc, mn->element)->plain + mn->start, mn->length);
        words[mn->length] = '\0';
        const dp_item *it = dp_breakdown_item(bd, mn->item);
        e[n++] = (dp_edit){DP_EDIT_ADD, number, 104, "fuzz prop", NULL, words,
                           0, NULL, NULL, NULL, NULL};
        e[n++] = (dp_edit){DP_EDIT_REMOVE, number, it->category, keep(pool, &np, it->name),
                           keep(pool, &np, it->character), NULL, 0, NULL, NULL, NULL, NULL};
        break;
    }
    if (sc->cast_count) {
        const dp_character *c = dp_breakdown_character(bd, sc->cast[0]);
        e[n++] = (dp_edit){DP_EDIT_COSTUME, number, 0, NULL, keep(pool, &np, c->name), NULL,
                           0, NULL, NULL, "9Z", NULL};
    }
    e[n++] = (dp_edit){DP_EDIT_STORY_DAY, number, 0, NULL, NULL, NULL, 0, NULL, NULL, "7",
                       NULL};
    e[n++] = (dp_edit){DP_EDIT_HEADING, number, 0, NULL, NULL, NULL, 0, NULL, NULL,
                       "INT. FUZZ ROOM - DAY", NULL};
    for (size_t i = 0; i < n; i++)
        fx_check_error(dp_project_edit(p, &e[i], 300 + (int64_t)i, NULL, &err), &err);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (!fx.tmpl)
        fx_init();
    if (size > (1u << 16))
        return 0;
    /* does it read as a script at all? */
    dp_doc *doc = NULL;
    dp_error err;
    dp_parse_options po = {DP_FORMAT_AUTO, "draft3"};
    bool readable = dp_doc_parse((const char *)data, size, &po, &doc, &err) == DP_OK;
    dp_doc_free(doc);

    fx_unlink_all();
    if (fx_write_file(fx.path, fx.tmpl, fx.tmpl_len) != 0)
        abort();
    dp_project *p = NULL;
    if (dp_project_open(fx.path, &p, &err) != DP_OK)
        DP_FUZZ_FAIL();
    dp_status st = dp_project_import(p, "draft3", (const char *)data, size, NULL, 200, &err);
    fx_check_error(st, &err);
    if (readable && st != DP_OK && st != DP_E_EXISTS && st != DP_E_LIMIT)
        DP_FUZZ_FAIL();
    if (!readable && st == DP_OK)
        DP_FUZZ_FAIL();
    size_t want = st == DP_OK ? 3 : 2;
    if (dp_project_version_count(p) != want)
        DP_FUZZ_FAIL();
    fx_read_all(p, false);
    edit_current(p, data, size);
    st = dp_project_import(p, "d1.fountain", fx_draft1, sizeof fx_draft1 - 1, NULL, 400, &err);
    fx_check_error(st, &err);
    if (st == DP_OK)
        want++;
    else if (st != DP_E_EXISTS) /* draft 1 reads, always */
        DP_FUZZ_FAIL();
    fx_read_all(p, true);
    dp_project_close(p);
    /* what was committed is there */
    if (dp_project_open(fx.path, &p, &err) != DP_OK)
        DP_FUZZ_FAIL();
    if (dp_project_version_count(p) != want)
        DP_FUZZ_FAIL();
    dp_project_close(p);
    fx_unlink_all();
    return 0;
}
