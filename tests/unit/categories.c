/* Unit tests: src/categories.c. */
#include "../harness.h"
#include "categories.h"

static void table_is_whole(void)
{
    for (uint16_t id = 100; id <= 124; id++) {
        const dp__category *c = dp__category_by_id(id);
        if (!c) {
            dpt_fail(__FILE__, __LINE__, "UCI id %u missing", id);
            continue;
        }
        CHECK(c->en && *c->en && c->fr && *c->fr);
        CHECK(c->color && strlen(c->color) == 7 && c->color[0] == '#');
    }
    size_t n = dp__category_count();
    for (size_t i = 0; i < n; i++) {
        const dp__category *a = dp__category_at(i);
        for (size_t k = i + 1; k < n; k++) {
            const dp__category *b = dp__category_at(k);
            CHECK(a->id != b->id);
            CHECK(!a->fd_uuid || !b->fd_uuid || strcmp(a->fd_uuid, b->fd_uuid) != 0);
            CHECK(!a->fd_number || a->fd_number != b->fd_number);
        }
        if (a->fd_uuid) {
            CHECK_INT(strlen(a->fd_uuid), 36);
            CHECK(a->fd_number > 0 && a->fd_name != NULL);
        }
    }
    CHECK(dp__category_at(n) == NULL);
    CHECK(dp__category_by_id(99) == NULL);
}

static void final_draft_ids(void)
{
    const char *props = "05C556EB-6BC1-4A3A-B09F-F8B5BA1B6AFA";
    CHECK_INT(dp__category_by_fd_uuid(props, strlen(props))->id, 104);
    const char *misc_alt = "148267ae-50ae-4746-8202-659fb7447b55";
    CHECK_INT(dp__category_by_fd_uuid(misc_alt, strlen(misc_alt))->id, 123);
    const char *cast = " 01fc9642-84ff-4366-b37c-a3068dee57e8 ";
    CHECK_INT(dp__category_by_fd_uuid(cast, strlen(cast))->id, 100);
    CHECK(dp__category_by_fd_uuid("01fc9642", 8) == NULL);
    CHECK_INT(dp__category_by_id(100)->fd_number, 2);
    CHECK_STR(dp__category_by_id(104)->fd_uuid, "05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa");
}

static void names(void)
{
    static const struct {
        const char *name;
        int id;
    } cases[] = {
        {"props", 104},          {" Accessoires ", 104}, {"Véhicules", 103},
        {"VEHICULES", 103},      {"Animal Wrangler", 109}, {"Makeup", 107},
        {"Maquillage/Coiffure", 107}, {"Extras", 101},  {"Script Day", 3},
        {"Synopsis", 500},       {"Catering", -1},       {"", -1},
    };
    dp__arena a;
    dp__arena_init(&a, (size_t)1 << 20);
    for (size_t i = 0; i < DP__COUNT(cases); i++) {
        const dp__category *c = dp__category_by_name(&a, cases[i].name, strlen(cases[i].name));
        if ((c ? c->id : -1) != cases[i].id)
            dpt_fail(__FILE__, __LINE__, "'%s' -> %d, expected %d", cases[i].name,
                     c ? c->id : -1, cases[i].id);
    }
    dp__arena_release(&a);
    CHECK_STR(dp_category_name(104, 1), "Accessoires");
    CHECK_STR(dp_category_name(106, 0), "Wardrobe");
    CHECK_STR(dp_category_name(999, 0), "Other");
    CHECK_STR(dp_category_name(999, 1), "Autre");
}

void dpt_suite_categories(void)
{
    dpt_run("categories: every UCI id, unique ids, UUIDs and Final Draft numbers",
            table_is_whole);
    dpt_run("categories: Final Draft UUIDs, any case, and the alternative ones",
            final_draft_ids);
    dpt_run("categories: English, French, Final Draft names and aliases, accents ignored",
            names);
}
