/* Unit tests: the French rules of the element tagger (src/tag_*.c and the
 * fr*.tsv lexicons), one test per rule family, with French sentences. */
#include "../harness.h"

#include <stdio.h>

static dp_doc *doc_;

static dp_breakdown *bd_of(const char *script)
{
    return dpt_breakdown(script, &doc_);
}

static void done(dp_breakdown *bd)
{
    dp_breakdown_free(bd);
    dp_doc_free(doc_);
    doc_ = NULL;
}

/* How many items of category 'cat' scene s has. */
static size_t count_of(const dp_breakdown *bd, size_t s, uint16_t cat)
{
    const dp_scene *sc = dp_breakdown_scene(bd, s);
    size_t n = 0;
    for (size_t i = 0; sc && i < sc->item_count; i++)
        n += dp_breakdown_item(bd, sc->items[i])->category == cat;
    return n;
}

/* Stop-list phrases beat the element words inside them; blows are a
 * brawl (bagarre), winching is hélitreuillage. */
static void stop_phrases_and_stunt_names(void)
{
    dp_breakdown *bd = bd_of("INT. CUISINE - NUIT\n\nC'est le coup de feu. Ses feux stop "
                             "rougeoient. Une pluie mêlée de grêle. La nuit tombe.\n\n"
                             "EXT. COUR - NUIT\n\nUn coup de feu claque. Il riposte d'un coup "
                             "de tête.\n");
    CHECK(dpt_item(bd, 0, 105, "coup de feu") == NULL);
    CHECK(dpt_item(bd, 0, 105, "feu") == NULL);
    CHECK(count_of(bd, 0, 102) == 0);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "pluie"), 0), "pluie|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 105, "coup de feu"), 1), "coup de feu|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 102, "bagarre"), 1), "coup de tête|verb");
    done(bd);
    bd = bd_of("EXT. PENTE - JOUR\n\nLe secouriste descend au treuil.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 102, "hélitreuillage"), 0), "descend au treuil|verb");
    done(bd);
}

/* A quantity, container or shape names what it holds; a cloud of
 * something stays an effect. */
static void measures_name_their_contents(void)
{
    dp_breakdown *bd = bd_of("INT. GRANGE - NUIT\n\nKARIM ouvre un paquet de cigarettes. Des "
                             "bottes de foin. Un nuage de poudre blanche. Il coupe deux tranches "
                             "d'un fromage.\n\nKARIM\nBon.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "cigarette"), 0), "cigarettes|lexicon");
    CHECK(dpt_item(bd, 0, 104, "paquet") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "foin"), 0), "foin|lexicon");
    CHECK(dpt_item(bd, 0, 106, "botte") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "poudre"), 0), "poudre|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "fromage"), 0), "fromage|lexicon");
    done(bd);
}

/* Dead animals are props (carcasse), animals cooked or served are dishes,
 * a breed after an animal noun is that same animal, an animal product
 * (fromage de brebis) is no animal, and animals out of sight are sound. */
static void animals_dead_cooked_and_breeds(void)
{
    dp_breakdown *bd = bd_of("EXT. PRÉ - AUBE\n\nQuatre brebis mortes gisent dans l'herbe. Un "
                             "chiot patou court.\n\nINT. CUISINE - NUIT\n\nHÉLÈNE flambe les "
                             "écrevisses. Elle pose le brochet au beurre blanc.\n\nHÉLÈNE\n"
                             "Voilà.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "carcasse"), 0), "brebis mortes|dead-animal");
    CHECK(dpt_item(bd, 0, 108, "brebis") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 108, "chiot"), 0), "chiot|lexicon");
    CHECK(dpt_item(bd, 0, 108, "patou") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "écrevisse"), 1), "écrevisses|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "brochet"), 1), "brochet|lexicon");
    CHECK(count_of(bd, 1, 108) == 0);
    done(bd);
    bd = bd_of("INT. CABANE - NUIT\n\nMARIE-JO coupe un fromage de brebis. Quelque part "
               "dans le noir, les chiens répondent.\n\nMARIE-JO\nChut.\n");
    CHECK(dpt_item(bd, 0, 108, "brebis") == NULL);
    CHECK(dpt_item(bd, 0, 108, "chien") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "chien"), 0), "chiens|heard");
    done(bd);
}

/* A stunt needs a performer: a thing that falls, a collision with no
 * vehicle, a leap onto an animal are not stunts. */
static void stunts_need_a_performer(void)
{
    dp_breakdown *bd = bd_of("INT. GRANGE - NUIT\n\nUne poutre enflammée tombe. LUCAS bascule, "
                             "dévale la pente et heurte un rocher. ZOÉ se jette sur le chien.\n\n"
                             "EXT. ROUTE - NUIT\n\nLa voiture heurte un arbre. KARIM se jette "
                             "sur Lucas.\n\nLUCAS\nAïe.\n\nZOÉ\nOh.\n\nKARIM\nTiens.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 102, "chute"), 0), "bascule|verb");
    CHECK(dpt_item(bd, 0, 102, "accident") == NULL);
    CHECK(dpt_item(bd, 0, 102, "bagarre") == NULL);
    CHECK(count_of(bd, 0, 102) == 1);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 102, "accident"), 1), "heurte|verb");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 102, "bagarre"), 1), "se jette sur|verb");
    done(bd);
}

/* Makeup: inflected words inside a lexicon phrase, soaked in sweat, a
 * body part that "est brûlée", an arm in a sling; a colour, a ridge or a
 * wall are not makeup. */
static void makeup_phrases(void)
{
    dp_breakdown *bd = bd_of("EXT. COL - NUIT\n\nHÉLÈNE, les yeux rouges, attend. LUCAS, trempé "
                             "de sueur, arrive, le bras en écharpe. Sa main est brûlée. Ciel d'un "
                             "bleu sourd derrière les crêtes, le long du mur d'enceinte.\n\n"
                             "HÉLÈNE\nViens.\n\nLUCAS\nOui.\n");
    const dp_item *eyes = dpt_item(bd, 0, 107, "yeux rouges");
    CHECK_STR(dpt_evidence(bd, eyes, 0), "yeux rouges|lexicon");
    CHECK_STR(eyes ? eyes->character : "", "HÉLÈNE");
    const dp_item *sweat = dpt_item(bd, 0, 107, "sueur");
    CHECK_STR(dpt_evidence(bd, sweat, 0), "sueur|makeup-on-body");
    CHECK_STR(sweat ? sweat->character : "", "LUCAS");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "écharpe"), 0), "en écharpe|makeup-word");
    CHECK(dpt_item(bd, 0, 106, "écharpe") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "brûlure"), 0), "brûlée|makeup-body");
    CHECK(dpt_item(bd, 0, 107, "bleu") == NULL);
    CHECK(dpt_item(bd, 0, 107, "crête") == NULL);
    CHECK(dpt_item(bd, 0, 107, "grossesse") == NULL);
    done(bd);
}

/* A character's job in apposition is no background; woods as a material
 * and generic grass are no greenery; "plante" as a verb is no plant. */
static void jobs_materials_and_grass(void)
{
    dp_breakdown *bd = bd_of("INT. CUISINE - JOUR\n\nKARIM (30 ans), commis, découpe. Deux "
                             "serveurs passent. Une table de chêne. Lucas plante les piquets dans "
                             "l'herbe, sous un vieux chêne.\n\nKARIM\nBon.\n");
    CHECK(dpt_item(bd, 0, 101, "commis") == NULL);
    const dp_item *w = dpt_item(bd, 0, 101, "serveur");
    CHECK_STR(dpt_evidence(bd, w, 0), "serveurs|lexicon");
    CHECK_INT(w ? w->count : 0, 2);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 115, "chêne"), 0), "chêne|lexicon"); /* the tree */
    CHECK(dpt_item(bd, 0, 115, "plante") == NULL);
    CHECK(dpt_item(bd, 0, 115, "herbe") == NULL);
    CHECK(count_of(bd, 0, 115) == 1);
    done(bd);
}

/* Printed matter in hand is a prop, on a door it is the art
 * department's; a thing thrown into a bin does not make the bin a prop; an
 * adjective before a sound in capitals is not its source. */
static void printed_matter_bins_and_sounds(void)
{
    dp_breakdown *bd = bd_of("INT. CUISINE - JOUR\n\nÉLODIE pose sur la table une pile "
                             "d'affichettes. Sur la porte, une affiche. Elle jette la carte à la "
                             "poubelle. Un long HURLEMENT monte.\n\nÉLODIE\nVoilà.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "affichette"), 0), "affichettes|lexicon");
    CHECK(dpt_item(bd, 0, 113, "affichette") == NULL);
    CHECK(dpt_item(bd, 0, 113, "affiche") != NULL);
    CHECK(dpt_item(bd, 0, 104, "poubelle") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "hurlement"), 0), "HURLEMENT|caps");
    CHECK(dpt_item(bd, 0, 112, "long") == NULL);
    done(bd);
    bd = bd_of("EXT. PLACE - AUBE\n\nDes villageois attendent, café à la main.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "café"), 0), "café|lexicon"); /* ambiguous, held */
    done(bd);
}

/* The source of a sound: the head of "la sirène d'un camion", past an
 * aside between commas; sounds said with hurler, gémir. */
static void sound_sources(void)
{
    dp_breakdown *bd = bd_of("EXT. COUR - NUIT\n\nLa sirène d'un camion de pompiers HURLE. Dans "
                             "une caisse, un chiot blanc, énorme pour son âge, GÉMIT.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "sirène"), 0), "sirène|lexicon");
    CHECK(dpt_item(bd, 0, 112, "camion") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "chiot"), 0), "GÉMIT|caps");
    CHECK(dpt_item(bd, 0, 112, "gémissement") == NULL);
    done(bd);
    bd = bd_of("INT. CUISINE - NUIT\n\nLa hotte RUGIT, les casseroles S'ENTRECHOQUENT.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "casserole"), 0), "S'ENTRECHOQUENT|caps");
    done(bd);
    bd = bd_of("EXT. ROUTE - JOUR\n\nDerrière, une Clio de location klaxonne. Les cartouches "
               "CLAQUENT dans les flammes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "klaxon"), 0), "klaxonne|verb");
    CHECK(dpt_item(bd, 0, 112, "location") == NULL && dpt_item(bd, 0, 112, "clio") == NULL);
    CHECK(dpt_item(bd, 0, 112, "cartouche") == NULL && dpt_item(bd, 0, 112, "claquement") == NULL);
    done(bd);
    bd = bd_of("EXT. LAC - AUBE\n\nDes canards s'envolent de la berge en CRIAILLANT.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "canard"), 0), "CRIAILLANT|caps");
    CHECK(dpt_item(bd, 0, 112, "criaillement") == NULL);
    done(bd);
    bd = bd_of("EXT. LAC - AUBE\n\nUn coup de feu CLAQUE. L'écho roule sur l'eau.\n");
    CHECK(dpt_item(bd, 0, 105, "coup de feu") != NULL);
    CHECK(dpt_item(bd, 0, 112, "écho") == NULL);
    done(bd);
}

/* A garment noun that is also a common word is the garment when a colour
 * follows it, in a character's introduction without an article. */
static void garments_by_colour(void)
{
    dp_breakdown *bd = bd_of("EXT. PENTE - JOUR\n\nMORIN (45 ans), combinaison bleue, casque "
                             "blanc, descend de l'hélicoptère et il pose la civière sur le "
                             "sol.\n\nMORIN\nBonjour, je suis là.\n");
    const dp_item *c = dpt_item(bd, 0, 106, "casque");
    CHECK_STR(dpt_evidence(bd, c, 0), "casque|lexicon");
    CHECK_STR(c ? c->character : "", "MORIN");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 106, "combinaison"), 0), "combinaison|lexicon");
    done(bd);
}

void dpt_suite_tagger_fr(void)
{
    dpt_run("tagger (fr): stop phrases, stunt names", stop_phrases_and_stunt_names);
    dpt_run("tagger (fr): a quantity or container names its contents",
            measures_name_their_contents);
    dpt_run("tagger (fr): dead animals, dishes, breeds", animals_dead_cooked_and_breeds);
    dpt_run("tagger (fr): a stunt needs a performer", stunts_need_a_performer);
    dpt_run("tagger (fr): makeup phrases and their look-alikes", makeup_phrases);
    dpt_run("tagger (fr): jobs in apposition, woods, grass", jobs_materials_and_grass);
    dpt_run("tagger (fr): printed matter, bins, sounds in capitals",
            printed_matter_bins_and_sounds);
    dpt_run("tagger (fr): garments known by their colour", garments_by_colour);
    dpt_run("tagger (fr): the source of a sound: the head before 'de', past an aside; hurle, "
            "gémit; a reflexive verb in capitals (S'ENTRECHOQUENT); a car's horn, a weapon's "
            "sound and a gunshot's echo (the effect's); a gerund's maker",
            sound_sources);
}
