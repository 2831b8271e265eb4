/* The document model as JSON ("depouille parse"). */
#include "doc.h"

/* What a Final Draft file says of an element (absent otherwise). */
static void write_fd_fields(dp__json *j, const dp_element *el)
{
    if (el->fd_eighths >= 0) {
        dp__json_key(j, "fd_eighths");
        dp__json_int(j, el->fd_eighths);
    }
    if (el->fd_page) {
        dp__json_key(j, "fd_page");
        dp__json_string(j, el->fd_page);
    }
    if (el->fd_title) {
        dp__json_key(j, "fd_title");
        dp__json_string(j, el->fd_title);
    }
    if (el->revision) {
        dp__json_key(j, "revision");
        dp__json_int(j, el->revision);
        if (el->revision_name) {
            dp__json_key(j, "revision_name");
            dp__json_string(j, el->revision_name);
        }
        if (el->revision_color) {
            dp__json_key(j, "revision_color");
            dp__json_string(j, el->revision_color);
        }
    }
}

/* Paper, revision sets and tags, when the document has them. */
static void write_fd_doc(dp__json *j, const dp_doc *doc)
{
    if (doc->paper != DP_PAPER_AUTO) {
        dp__json_key(j, "paper");
        dp__json_string(j, dp_paper_name(doc->paper));
    }
    if (doc->n_revisions) {
        dp__json_key(j, "revisions");
        dp__json_begin_array(j);
        for (size_t i = 0; i < doc->n_revisions; i++) {
            const dp_revision *r = &doc->revisions[i];
            dp__json_begin_object(j);
            dp__json_key(j, "id");
            dp__json_int(j, r->id);
            dp__json_key(j, "name");
            dp__json_string(j, r->name);
            if (r->color) {
                dp__json_key(j, "color");
                dp__json_string(j, r->color);
            }
            if (r->mark) {
                dp__json_key(j, "mark");
                dp__json_string(j, r->mark);
            }
            dp__json_end_object(j);
        }
        dp__json_end_array(j);
    }
    if (doc->n_tags) {
        dp__json_key(j, "tags");
        dp__json_begin_array(j);
        for (size_t i = 0; i < doc->n_tags; i++) {
            const dp_tag *t = &doc->tags[i];
            dp__json_begin_object(j);
            dp__json_key(j, "category");
            dp__json_int(j, t->category);
            dp__json_key(j, "category_name");
            dp__json_string(j, t->category_name);
            dp__json_key(j, "label");
            dp__json_string(j, t->label);
            dp__json_key(j, "element");
            dp__json_int(j, (long long)t->element);
            dp__json_key(j, "start");
            dp__json_int(j, t->start);
            dp__json_key(j, "length");
            dp__json_int(j, t->length);
            dp__json_key(j, "user");
            dp__json_bool(j, (t->flags & DP_TAGF_USER) != 0);
            if (t->source_id) {
                dp__json_key(j, "source_id");
                dp__json_string(j, t->source_id);
            }
            dp__json_end_object(j);
        }
        dp__json_end_array(j);
    }
}

dp_status dp_doc_write_json(const dp_doc *doc, const dp_sink *sink, dp_error *err)
{
    if (!doc || !sink || !sink->write)
        return dp__error_set(err, DP_E_ARG, 0, 0, "dp_doc_write_json: NULL argument");
    dp__json j;
    dp__json_init(&j, sink);
    dp__json_begin_object(&j);
    dp__json_key(&j, "format");
    dp__json_string(&j, dp_format_name(doc->format));
    dp__json_key(&j, "title_page");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < doc->n_title; i++) {
        const dp_title_entry *t = &doc->title[i];
        dp__json_begin_object(&j);
        dp__json_key(&j, "key");
        dp__json_string(&j, t->key);
        dp__json_key(&j, "value");
        dp__json_string(&j, t->value);
        dp__json_key(&j, "line");
        dp__json_int(&j, t->line);
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    dp__json_key(&j, "elements");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < doc->n_elements; i++) {
        const dp_element *el = &doc->elements[i];
        dp__json_begin_object(&j);
        dp__json_key(&j, "type");
        dp__json_string(&j, dp_element_type_name(el->type));
        dp__json_key(&j, "text");
        dp__json_string(&j, el->text);
        if (el->plain != el->text) {
            dp__json_key(&j, "plain");
            dp__json_string(&j, el->plain);
        }
        dp__json_key(&j, "line");
        dp__json_int(&j, el->line);
        if (el->line_end != el->line) {
            dp__json_key(&j, "line_end");
            dp__json_int(&j, el->line_end);
        }
        dp__json_key(&j, "offset");
        dp__json_int(&j, el->offset);
        dp__json_key(&j, "length");
        dp__json_int(&j, el->length);
        if (el->scene_number) {
            dp__json_key(&j, "scene_number");
            dp__json_string(&j, el->scene_number);
        }
        if (el->type == DP_EL_SECTION) {
            dp__json_key(&j, "depth");
            dp__json_int(&j, el->depth);
        }
        if (el->flags & DP_ELF_FORCED) {
            dp__json_key(&j, "forced");
            dp__json_bool(&j, true);
        }
        if (el->flags & (DP_ELF_DUAL_LEFT | DP_ELF_DUAL_RIGHT)) {
            dp__json_key(&j, "dual");
            dp__json_string(&j, el->flags & DP_ELF_DUAL_LEFT ? "left" : "right");
        }
        if (el->flags & DP_ELF_IN_DIALOGUE) {
            dp__json_key(&j, "in_dialogue");
            dp__json_bool(&j, true);
        }
        if (el->flags & DP_ELF_HEADING_FR) {
            dp__json_key(&j, "french_form");
            dp__json_bool(&j, true);
        }
        if (el->flags & DP_ELF_REVISED) {
            dp__json_key(&j, "revised");
            dp__json_bool(&j, true);
        }
        if (el->page) {
            dp__json_key(&j, "page");
            dp__json_int(&j, el->page);
        }
        write_fd_fields(&j, el);
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    write_fd_doc(&j, doc);
    dp__json_key(&j, "warnings");
    dp__json_begin_array(&j);
    for (size_t i = 0; i < doc->n_warnings; i++) {
        const dp_diag *d = &doc->warnings[i];
        dp__json_begin_object(&j);
        dp__json_key(&j, "line");
        dp__json_int(&j, d->line);
        dp__json_key(&j, "col");
        dp__json_int(&j, d->col);
        dp__json_key(&j, "message");
        dp__json_string(&j, d->message);
        dp__json_end_object(&j);
    }
    dp__json_end_array(&j);
    if (doc->warnings_dropped) {
        dp__json_key(&j, "warnings_dropped");
        dp__json_int(&j, (long long)doc->warnings_dropped);
    }
    dp__json_end_object(&j);
    dp_status st = dp__json_finish(&j);
    if (st != DP_OK)
        return dp__error_set(err, st, 0, 0, "writing JSON: %s", dp_strerror(st));
    return DP_OK;
}
