/* The breakdown category table (UCI ids, names, colours, Final Draft ids).
 * Final Draft numbers and UUIDs: docs/formats.md §2.5 (Beat's exporter and
 * Final Draft files); the alternative UUIDs appear in Final Draft files of
 * the corpus (hernangonzalez1987-scriptBreakdown). Colours follow the paper
 * convention (cast red, stunts orange, extras green, special effects blue,
 * props purple, vehicles and animals pink, sound and music brown). */
#include "categories.h"

#include <string.h>

static const dp__category table[] = {
    {500, "Synopsis", "Synopsis", "#000000", 1, "Synopsis",
     "8e5e75c2-713b-47df-a75f-f12648b98ded", NULL, "Résumé"},
    {100, "Cast Members", "Rôles", "#E0201B", 2, "Cast Members",
     "01fc9642-84ff-4366-b37c-a3068dee57e8", NULL, "Cast|Comédiens|Personnages"},
    {101, "Background Actors", "Figuration", "#2E9E44", 3, "Background Actors",
     "028a4e2b-b507-4d09-88ab-90e3edae9071", NULL,
     "Extras|Background|Figurants|Silhouettes"},
    {102, "Stunts", "Cascades", "#F28C28", 4, "Stunts",
     "0377dbe6-77a3-41af-bda8-86eb2468fdbf", NULL, "Stunt|Cascade"},
    {103, "Vehicles", "Véhicules", "#E754A6", 5, "Vehicles",
     "04721a56-f54b-49c8-80ad-d53887d6b851", NULL, "Vehicle|Véhicule"},
    {104, "Props", "Accessoires", "#8A3FC1", 6, "Props",
     "05c556eb-6bc1-4a3a-b09f-f8b5ba1b6afa", NULL, "Prop|Accessoire"},
    {110, "Camera", "Caméra", "#546E7A", 7, "Camera",
     "47b02ff1-5161-4137-b736-f36eebba7643", NULL, "Machinerie"},
    {105, "Special Effects", "Effets spéciaux", "#2F6FD6", 8, "Special Effects",
     "069e18b8-2109-4f3d-94e7-d802027a60a8", NULL, "Special Effect|SFX"},
    {106, "Wardrobe", "Costumes", "#00897B", 9, "Wardrobe",
     "0726fa85-1e65-4ab8-87de-bf21d09b01f0", NULL, "Costume"},
    {107, "Makeup/Hair", "Maquillage/Coiffure", "#C2185B", 10, "Makeup/Hair",
     "08ae1eef-32ce-415f-9a9b-0982d2453ec4", NULL,
     "Makeup|Make-up|Hair|Makeup & Hair|Maquillage|Coiffure|HMC"},
    {108, "Animals", "Animaux", "#F48FB1", 11, "Animals",
     "09cb0d1c-ce01-4f22-bb64-b5f2e6c491c6", NULL, "Animal"},
    {109, "Animal Wranglers", "Dresseurs", "#AD1457", 12, "Animal Wrangler",
     "0ae40617-cc7c-48e6-ae2b-5aaecc09986f", NULL, "Dresseur"},
    {111, "Music", "Musique", "#8D6E63", 13, "Music",
     "0b0b44c9-aa4b-4c40-88b1-d94472ad7a26", NULL, NULL},
    {112, "Sound", "Son", "#795548", 15, "Sound",
     "0ce7d308-096d-4603-8fe8-349f72cd89ff", NULL, NULL},
    {113, "Art Department", "Direction artistique", "#9E9D24", 16, "Art Department",
     "c86eae40-3b01-41c3-a7de-6859e6ec971d", "4a84b619-62f9-4c04-8e46-bf2cd0b7f582",
     "Art"},
    {114, "Set Dressing", "Décoration", "#A1887F", 17, "Set Dressing",
     "0debb71b-5743-4c53-80cc-e17e841ce645", NULL, NULL},
    {115, "Greenery", "Végétation", "#43A047", 18, "Greenery",
     "0e7a8fc5-5441-4bad-a9bf-5ddd3fe51c69", NULL, NULL},
    {117, "Special Equipment", "Matériel spécial", "#0097A7", 19, "Special Equipment",
     "0ff5cda4-4d43-4cfe-940f-91380c46fdad", NULL, NULL},
    {116, "Security", "Sécurité", "#37474F", 20, "Security",
     "109d0eaa-0334-4823-ac0c-b44d3f209dc4", NULL, NULL},
    {118, "Additional Labor", "Renforts", "#9E9E9E", 21, "Additional Labor",
     "1179a4b1-70ee-4011-b4a2-809a0af09e92", NULL, "Additional Labour"},
    {119, "Visual Effects", "Effets visuels", "#32CD32", 23, "Visual Effects",
     "12ab0932-e3b9-4b4a-bcd0-3da1b4e61d5e", NULL, "Visual Effect|VFX"},
    {120, "Mechanical Effects", "Effets mécaniques", "#B22222", 24, "Mechanical Effects",
     "135cc9d1-c4d5-4d00-83d9-571f584ea9cd", NULL, "Mechanical Effect"},
    {123, "Miscellaneous", "Divers", "#708090", 25, "Miscellaneous",
     "ce04f547-f7ee-40c9-ab66-d95a0c98034e", "148267ae-50ae-4746-8202-659fb7447b55",
     "Misc"},
    {121, "Notes", "Notes", "#FFD700", 26, "Notes",
     "15b6f4fd-4e74-4ad8-9971-b239d88c2997", NULL, "Note"},
    {3, "Script Day", "Chronologie", "#4682B4", 27, "Script Day",
     "63c140da-ef2b-491a-b416-b46f461abb89", NULL, "Story Day"},
    {4, "Unit", "Équipe", "#5D4037", 28, "Unit",
     "849f1ebf-5507-4f33-bff6-3a5b4d73be14", NULL, "Unité"},
    {5, "Sequence", "Groupe de séquences", "#6A1B9A", 29, "Sequence",
     "70877d87-30ef-45b6-be46-c6fa94b83a71", NULL, NULL},
    {6, "Location", "Lieu de tournage", "#00695C", 30, "Location",
     "c5e89e4d-f83e-4c28-950c-92a63f1b5f26", NULL, "Lieu"},
    {122, "Comments", "Commentaires", "#BDBDBD", 31, "Comments",
     "216f33fd-fc42-4269-be01-b05b18f815a0", NULL, "Comment"},
    {124, "Other", "Autre", "#607D8B", 0, NULL, NULL, NULL, "Autres"},
};

size_t dp__category_count(void) { return DP__COUNT(table); }

const dp__category *dp__category_at(size_t i)
{
    return i < DP__COUNT(table) ? &table[i] : NULL;
}

const dp__category *dp__category_by_id(uint16_t id)
{
    for (size_t i = 0; i < DP__COUNT(table); i++)
        if (table[i].id == id)
            return &table[i];
    return NULL;
}

static bool uuid_eq(const char *s, size_t n, const char *uuid)
{
    return uuid && dp__ascii_ieq(s, n, uuid);
}

const dp__category *dp__category_by_fd_uuid(const char *s, size_t n)
{
    size_t a = 0, b = n;
    dp__trim(s, &a, &b);
    for (size_t i = 0; i < DP__COUNT(table); i++)
        if (uuid_eq(s + a, b - a, table[i].fd_uuid) ||
            uuid_eq(s + a, b - a, table[i].fd_uuid_alt))
            return &table[i];
    return NULL;
}

/* Does folded 'key' equal the folded form of name[0..n)? */
static bool folded_eq(dp__arena *a, const dp__fold *key, const char *name, size_t n)
{
    dp__fold f;
    if (dp__fold_make(a, name, n, &f) != DP_OK)
        return false;
    return f.len == key->len && memcmp(f.text, key->text, f.len) == 0;
}

static bool matches(dp__arena *a, const dp__fold *key, const dp__category *c)
{
    if (folded_eq(a, key, c->en, strlen(c->en)) || folded_eq(a, key, c->fr, strlen(c->fr)) ||
        (c->fd_name && folded_eq(a, key, c->fd_name, strlen(c->fd_name))))
        return true;
    for (const char *p = c->aliases; p && *p;) {
        const char *bar = strchr(p, '|');
        size_t n = bar ? (size_t)(bar - p) : strlen(p);
        if (folded_eq(a, key, p, n))
            return true;
        p += n + (bar != NULL);
    }
    return false;
}

const dp__category *dp__category_by_name(dp__arena *a, const char *s, size_t n)
{
    size_t lo = 0, hi = n;
    dp__trim(s, &lo, &hi);
    if (lo == hi)
        return NULL;
    dp__fold key;
    const dp__category *found = NULL;
    if (dp__fold_make(a, s + lo, hi - lo, &key) == DP_OK)
        for (size_t i = 0; i < DP__COUNT(table) && !found; i++)
            if (matches(a, &key, &table[i]))
                found = &table[i];
    return found;
}

const char *dp_category_name(uint16_t id, int french)
{
    const dp__category *c = dp__category_by_id(id);
    if (!c)
        c = dp__category_by_id(DP__CAT_OTHER);
    return french ? c->fr : c->en;
}

const char *dp_category_color(uint16_t id)
{
    const dp__category *c = dp__category_by_id(id);
    if (!c)
        c = dp__category_by_id(DP__CAT_OTHER);
    return c->color;
}
