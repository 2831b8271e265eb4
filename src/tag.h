/* The element tagger's context and the functions its files share
 * (tagger.c drives; tag_*.c hold the rules). Private to the tagger. */
#ifndef DP_TAG_H
#define DP_TAG_H

#include "tagger.h"
#include "words.h"

#define NP_WINDOW 8 /* words after "wearing" in which its nouns are found */

#define MAX_MATCH 4 /* words in a multiword lexicon entry */

#define MAX_VERB_WORDS 5 /* words in a verb phrase ("donne un coup de poing") */

#define MAX_STOP_WORDS 8 /* tokens in a stop-list phrase ("c'", "est", "le", "coup"...) */

/* adjectives that put makeup on a character: word -> element */
typedef struct mk_word {
    const char *word, *lemma;
} mk_word;

/* numbers that count background people */
typedef struct num_word {
    const char *word;
    uint32_t value;
} num_word;

typedef struct name_slot {
    const char *key; /* upper-case word or whole name */
    int32_t character;
} name_slot;

/* A proper name the script gives a vehicle or an animal: "the MV SAINT
 * BRENDAN, a ferry", "BOSUN, an old black Labrador", "le chalutier
 * KITTIWAKE". Later mentions of the name are that vehicle or animal. */
typedef struct alias {
    const char *key; /* upper-case words joined by one space */
    const dp__lex_entry *e;
} alias;

/* what a group noun was said to be a group of: "troupeau" -> "brebis" */
typedef struct group_kind {
    const dp__lex_entry *group, *kind;
} group_kind;

/* A set of words (their first word), open addressing. */
#define DP__TG_VOCAB_SLOTS 1024
typedef struct dp__tg_vocab {
    const char *slot[DP__TG_VOCAB_SLOTS];
} dp__tg_vocab;

typedef struct tagger {
    dp_breakdown *bd;
    group_kind groups[32];
    size_t n_groups;
    alias *aliases;
    size_t n_aliases, cap_aliases;
    dp__lang lang;
    const dp__lex *lex;
    dp__findings *out;
    dp__arena scratch;
    dp__toks toks;
    name_slot *names; /* open addressing */
    size_t names_cap;
    dp__buf tmp;
    int32_t last_character; /* last named in the scene */
    struct match *memo;     /* noun matches of the element's tokens */
    bool *memo_done;
    size_t memo_n;          /* tokens memo covers; 0: none */
    uint32_t scene;
    size_t element;
    const char *text;
    dp__tg_vocab vocab; /* words that start a rule of tag_body.c */
    uint32_t part_scene; /* the scene of part_bits */
    uint32_t part_bits;  /* parts (tag_words.c) named as a part of a whole there */
} tagger;

typedef struct match {
    const dp__lex_entry *e;
    size_t words; /* tokens covered */
} match;

/* Is s[0..len) one of the n literals of list? */
static inline bool in_lits(const dp__lit *list, size_t n, const char *s, size_t len)
{
    return dp__lit_in(list, n, s, len);
}

#define IN(list, t) in_lits(list, DP__COUNT(list), (t)->low, (t)->low_len)

/* what an animal noun stands for where it is written */
typedef enum dp__animal_use {
    DP__ANIMAL_LIVE, /* a live animal (108) */
    DP__ANIMAL_SAME, /* the breed of the animal just named: no new element */
    DP__ANIMAL_DEAD, /* a dead animal: a prop, "carcasse" */
    DP__ANIMAL_DISH, /* food: a prop under its own name */
    DP__ANIMAL_HEARD, /* heard out of sight: a sound (112) under its noun */
} dp__animal_use;

/* tag_words.c */
bool dp__tg_is_det(const tagger *g, const dp__tok *t);
bool dp__tg_is_subject(const tagger *g, const dp__tok *t);
bool dp__tg_is_definite(const tagger *g, const dp__tok *t);
bool dp__tg_is_function(const tagger *g, const dp__tok *t);
bool dp__tg_is_adverb(const tagger *g, const dp__tok *t);
bool dp__tg_describes(const tagger *g, size_t k, const int32_t *named);
bool dp__tg_described(const tagger *g, size_t i, size_t words, const int32_t *named);
size_t dp__tg_word_match(const dp__toks *T, size_t i, const char *w);
bool dp__tg_after_det(const tagger *g, size_t i);
bool dp__tg_after_det_adjective(tagger *g, size_t i);
bool dp__tg_caps_noun(const tagger *g, size_t i);
bool dp__tg_simile(const tagger *g, size_t i);
bool dp__tg_verb_after_noun(tagger *g, size_t i);
bool dp__tg_modifier(tagger *g, size_t i, const match *m);
bool dp__tg_before_set_noun(const tagger *g, size_t n);
bool dp__tg_part_of(tagger *g, size_t i);
bool dp__tg_sound_of(const tagger *g, size_t i);
bool dp__tg_weather_cause(const tagger *g, size_t i);
bool dp__tg_verb_after_plural(tagger *g, size_t i);
bool dp__tg_massed(const tagger *g, size_t i);
bool dp__tg_computer_mouse(const tagger *g, size_t i, const match *m);
/* French: is the noun m at token i a quantity, container or shape
 * followed by what it holds ("une pile d'affichettes", "un nuage de
 * poudre")? Then *inner is that noun's match, at token *at. */
bool dp__tg_measure(tagger *g, size_t i, const match *m, match *inner, size_t *at);
/* French: what the animal noun m at token i is ("quatre brebis mortes",
 * "le brochet au beurre blanc", "flambe les écrevisses", "un chiot
 * patou", "un fromage de brebis", "Dehors, les chiens ABOIENT"); *end is
 * the last token of its words ("mortes" included). */
dp__animal_use dp__tg_animal_use(tagger *g, size_t i, const match *m, size_t *end);
/* French: is the tree noun at token i a material ("une table de chêne")? */
bool dp__tg_material(const tagger *g, size_t i);
/* French: do the words from token k say the thing before is held ("à la
 * main", "en main")? Then an ambiguous noun there is the thing. */
bool dp__tg_in_hand(const tagger *g, size_t k);
/* French: is token k a colour adjective ("casque blanc")? */
bool dp__tg_colour(const tagger *g, size_t k);
/* Is the people noun at token i, after a comma that follows a character's
 * name or introduction, that character's job ("KARIM (30 ans), commis")? */
bool dp__tg_apposition(const tagger *g, size_t i, const int32_t *named);
bool dp__tg_quantity_of(const tagger *g, size_t i, const match *m);
bool dp__tg_can_of(const tagger *g, size_t i);
bool dp__tg_smoking(const tagger *g, size_t i);
bool dp__tg_body_sense(const tagger *g, size_t i);
bool dp__tg_toast_speech(const tagger *g, size_t i);
bool dp__tg_hypothetical(const tagger *g, size_t i);
bool dp__tg_made_shape(tagger *g, size_t i);
bool dp__tg_counted_straw(const tagger *g, size_t i, const match *m);
bool dp__tg_in_proper_name(const tagger *g, size_t i, const int32_t *named);
int32_t dp__tg_owner(tagger *g, size_t i, const int32_t *named);
uint32_t dp__tg_count_before(const tagger *g, size_t i);
bool dp__tg_used_as_verb(const tagger *g, size_t i, const int32_t *named);

/* tag_names.c */
int32_t dp__tg_name_find(const tagger *g, const char *key);
dp_status dp__tg_build_names(tagger *g);
int32_t dp__tg_character_at(tagger *g, const dp__tok *t);
const dp__lex_entry *dp__tg_alias_at(tagger *g, size_t i, size_t *words);
dp_status dp__tg_aliases_in(tagger *g);

/* tag_lexicon.c */
dp_status dp__tg_find(tagger *g, uint16_t cat, const char *name, size_t name_len,
                      int32_t character, uint32_t start, uint32_t end, const char *rule,
                      uint8_t conf, uint32_t count, uint32_t flags);
bool dp__tg_match_noun(tagger *g, size_t i, match *m);
bool dp__tg_stopped(const tagger *g, const dp__tok *t);
/* The words (two or more) of the longest stop-list phrase starting at
 * token i ("c'est le coup de feu", "feux stop", "living room"); 0 for
 * none. Such a phrase names no element and no verb. */
size_t dp__tg_stop_phrase(tagger *g, size_t i);
const dp__lex_entry *dp__tg_match_verb(tagger *g, size_t i, size_t *words);
bool dp__tg_collective(tagger *g, size_t i, const match *m, const dp__lex_entry **kind);
dp_status dp__tg_found_noun(tagger *g, size_t i, const match *m, const int32_t *named,
                            const char *rule, uint8_t conf, uint16_t force_cat);

/* Is the lexicon key a sign or poster (art department, 113)? */
bool dp__tg_is_graphic(const char *key);

/* tag_sound.c */
const char *dp__tg_of_source(tagger *g, size_t of, const char *sound, size_t *len, size_t *end);
const char *dp__tg_sound_source(tagger *g, size_t i, const int32_t *named, size_t *len);
const char *dp__tg_sound_before_noun(tagger *g, size_t i, size_t words, size_t *len);
bool dp__tg_called_sound(const tagger *g, size_t i, const char *name);
bool dp__tg_gunshot_near(tagger *g, size_t i);
bool dp__tg_month(const tagger *g, size_t i);
bool dp__tg_sound_unseen(tagger *g, size_t i, const int32_t *named);
/* English: is token i a verb in the passive in a sentence that opens on a
 * character or a personal pronoun ("COGNITO, the mastermind, is SLAMMED
 * against the wall")? The action is done to that person: no sound. */
bool dp__tg_passive_on_person(const tagger *g, size_t i, const int32_t *named);
dp_status dp__tg_rigged(tagger *g, size_t i, const int32_t *named);
const char *dp__tg_phrase_source(tagger *g, size_t i, size_t words, const int32_t *named,
                                 size_t *len);
dp_status dp__tg_knockdown(tagger *g, size_t i, const int32_t *named, bool *hit);
dp_status dp__tg_found_verb(tagger *g, size_t i, size_t words, const dp__lex_entry *v,
                            const int32_t *named, const char *rule, uint8_t conf);

/* tag_body.c */
/* Fills v with the first words of tag_body.c's word lists. */
void dp__tg_vocab_init(dp__tg_vocab *v);
dp_status dp__tg_wardrobe_after(tagger *g, size_t i, const int32_t *named, bool *used);
bool dp__tg_is_wear_word(const tagger *g, size_t i, const int32_t *named);
bool dp__tg_handled(const tagger *g, size_t i);
dp_status dp__tg_handled_object(tagger *g, size_t i, const int32_t *named, bool *used);
dp_status dp__tg_makeup_word(tagger *g, size_t i, const int32_t *named, bool *hit,
                             size_t *words);
dp_status dp__tg_costume_word(tagger *g, size_t i, const int32_t *named, bool *hit);

#endif
