/* Unit tests: src/tagger.c and src/items.c, one test per rule family. The
 * lexicon entries used are plain ones (dress, beer, ferry, revolver). */
#include "../harness.h"

#include <stdio.h>
#include <string.h>

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

static void capitals(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - DAY\n\nKARL (40s) opens a LEDGER.\n\nKARL\nWell.\n");
    const dp_item *it = dpt_item(bd, 0, 104, "ledger");
    CHECK(it != NULL);
    CHECK_STR(dpt_evidence(bd, it, 0), "LEDGER|caps");
    done(bd);
}

static void wardrobe_on_characters(void)
{
    dp_breakdown *bd = bd_of(
        "INT. LOUNGE - NIGHT\n\nJUNE (20s), wearing a red silk dress, waits. STEEL, in a "
        "Hawaiian shirt, laughs.\n\nJUNE\nHi.\n\nSTEEL\nHi.\n");
    const dp_item *dress = dpt_item(bd, 0, 106, "dress");
    CHECK(dress != NULL);
    CHECK_STR(dress ? dress->character : "", "JUNE");
    CHECK_STR(dpt_evidence(bd, dress, 0), "dress|wears");
    const dp_item *shirt = dpt_item(bd, 0, 106, "shirt");
    CHECK(shirt != NULL);
    CHECK_STR(shirt ? shirt->character : "", "STEEL");
    done(bd);
    bd = bd_of("INT. SALON - NUIT\n\nHÉLÈNE (50 ans), vêtue d'une robe noire, attend.\n\n"
               "HÉLÈNE\nBonsoir.\n");
    const dp_item *robe = dpt_item(bd, 0, 106, "robe");
    CHECK(robe != NULL);
    CHECK_STR(robe ? robe->character : "", "HÉLÈNE");
    done(bd);
}

static void makeup(void)
{
    dp_breakdown *bd = bd_of(
        "INT. CAR DECK - NIGHT\n\nTOMAS (30s), bloodied, sits. MARGOT (40s) has cropped dark "
        "hair and soot on her face. June brushes her hair.\n\nTOMAS\nOw.\n\nMARGOT\nSit.\n\n"
        "JUNE\nNo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "blood"), 0), "bloodied|makeup-word");
    const dp_item *hair = dpt_item(bd, 0, 107, "hair");
    CHECK(hair != NULL);
    CHECK_STR(hair ? hair->character : "", "MARGOT"); /* June's undescribed hair is not */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "soot"), 0), "soot|makeup-on-body");
    done(bd);
    bd = bd_of("EXT. CAMP - DAY\n\nKARL cuts his hair with clippers.\n\nINT. HOUSE - DAY\n\n"
               "WILL stands. His hair is combed.\n\nKARL\nThere.\n\nWILL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "hair"), 0), "hair|makeup-hair"); /* cut on screen */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 107, "hair"), 1), "hair|makeup-hair"); /* is combed */
    done(bd);
    bd = bd_of("INT. CUISINE - NUIT\n\nLUCAS (17 ans), le visage couvert de sang, la main "
               "brûlée, entre.\n\nLUCAS\nAïe.\n");
    CHECK(dpt_item(bd, 0, 107, "sang") != NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "brûlure"), 0), "brûlée|makeup-body");
    done(bd);
}

static void lemmas_merge_mentions(void)
{
    dp_breakdown *bd = bd_of("INT. BAR - DAY\n\nSTEEL brings two cold beers.\n\nSTEEL\nHere.\n\n"
                             "INT. BAR - LATER\n\nSteel drinks the beers. A revolver lies on the "
                             "bar.\n");
    const dp_item *beer = dpt_item(bd, 0, 104, "beer");
    CHECK(beer != NULL);
    CHECK(beer == dpt_item(bd, 1, 104, "beer"));
    CHECK_INT(beer ? beer->scene_count : 0, 2);
    CHECK_STR(dpt_evidence(bd, beer, 0), "beers|lexicon");
    const dp_item *gun = dpt_item(bd, 1, 104, "revolver");
    CHECK(gun && (gun->flags & DP_ITEMF_WEAPON));
    done(bd);
}

static void sounds_and_sources(void)
{
    dp_breakdown *bd = bd_of("INT. HALL - DAY\n\nA phone RINGS on a chair.\n\nThe printer "
                             "beeps.\n");
    CHECK(dpt_item(bd, 0, 112, "phone") != NULL);
    CHECK(dpt_item(bd, 0, 112, "printer") != NULL);
    done(bd);
    bd = bd_of("EXT. ROAD - DAY\n\nThe sun shines and the birds still CHIRPING. A CAWING crow "
               "lands.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "bird"), 0), "CHIRPING|caps");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "crow"), 0), "CAWING|caps");
    done(bd);
}

static void names_of_vehicles_and_animals(void)
{
    dp_breakdown *bd = bd_of(
        "EXT. HARBOUR - NIGHT\n\nThe MV SAINT BRENDAN, a rusty ferry, waits. BOSUN, an old "
        "black Labrador, sleeps.\n\nINT. SAINT BRENDAN - WHEELHOUSE - NIGHT\n\nBosun sniffs "
        "the air.\n\nINT. CAR - DAY\n\nRain.\n\nINT. SAINT BRENDAN - CAR DECK - NIGHT\n\nQuiet.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 103, "ferry"), 1), "SAINT BRENDAN|heading");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 108, "labrador"), 1), "Bosun|named");
    CHECK(dpt_item(bd, 2, 103, "car") != NULL);
    CHECK(dpt_item(bd, 3, 103, "car") == NULL); /* a car deck is no car */
    done(bd);
}

static void groups_and_counts(void)
{
    dp_breakdown *bd = bd_of("EXT. RAMP - NIGHT\n\nA crowd of thirty passengers shuffles "
                             "aboard.\n\nEXT. ROAD - DAY\n\nFour deckhands wave.\n");
    const dp_item *p = dpt_item(bd, 0, 101, "passenger");
    CHECK(p != NULL);
    CHECK_INT(p ? p->count : 0, 30);
    CHECK(dpt_item(bd, 0, 101, "crowd") == NULL);
    done(bd);
    bd = bd_of("EXT. COL - JOUR\n\nUn troupeau de six cents brebis monte.\n\nEXT. ROUTE - JOUR\n\n"
               "Le troupeau occupe la chaussée.\n");
    CHECK(dpt_item(bd, 0, 108, "brebis") != NULL);
    CHECK(dpt_item(bd, 1, 108, "brebis") != NULL);
    CHECK(dpt_item(bd, 1, 108, "troupeau") == NULL);
    done(bd);
}

static void set_dressing_and_similes(void)
{
    dp_breakdown *bd = bd_of("INT. PARLOUR - DAY\n\nA battered piano stands by the door. Karl sits at the "
                             "piano. A dog barks like a wolf.\n\nKARL\nYes.\n");
    CHECK(dpt_item(bd, 0, 114, "piano") != NULL);
    CHECK(dpt_item(bd, 0, 108, "wolf") == NULL);
    done(bd);
    bd = bd_of("INT. ROOM - DAY\n\nA table. Karl sits at the table.\n\nKARL\nYes.\n");
    CHECK(dpt_item(bd, 0, 114, "table") == NULL); /* an undescribed table is the set */
    done(bd);
}

/* the evidence of the stunt 'name' in scene s, "" when there is none */
static const char *stunt(const dp_breakdown *bd, size_t s, const char *name)
{
    return dpt_evidence(bd, dpt_item(bd, s, 102, name), s);
}

static void stunts(void)
{
    dp_breakdown *bd = bd_of(
        "EXT. ROAD - DAY\n\nThe van rams the car. Karl slams into a stunned Will.\n\n"
        "INT. OFFICE - DAY\n\nKarl shoves the paper tray home. Will wrestles with the kite line. "
        "Karl punches Will.\n\n"
        "EXT. FARM - DAY\n\nStrangling vines. A massive hole punched through the barn. The falling "
        "water. The horse knocks Will to the ground.\n\n"
        "EXT. STREET - DAY\n\nThe car barrels down the street. Karl slams on the brakes.\n\n"
        "KARL\nHa.\n\nWILL\nOw.\n");
    CHECK_STR(stunt(bd, 0, "crash"), "rams|verb"); /* once, for the van: not for Karl */
    CHECK_INT(dpt_item(bd, 0, 102, "crash") ? dpt_item(bd, 0, 102, "crash")->scene_count : 0, 1);
    CHECK(dpt_item(bd, 1, 102, "shove") == NULL);     /* a tray is no body */
    CHECK_STR(stunt(bd, 1, "fight"), "punches|verb"); /* not "wrestles with the kite" */
    CHECK_STR(stunt(bd, 2, "fall"), "knocks Will to the ground|knockdown");
    CHECK(dpt_item(bd, 2, 102, "fight") == NULL);     /* strangling vines, a hole punched */
    CHECK_STR(stunt(bd, 3, "driving"), "barrels down|verb");
    done(bd);
}

static void quantities_and_containers(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - DAY\n\nWill sorts through a bundle of mail. Sandra "
                             "hands him a squat can of Ensure. He grabs the stack of paper. Will "
                             "wins a blue ribbon. Sandra pours him a glass of water.\n\n"
                             "WILL\nThanks.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "mail"), 0), "mail|lexicon");
    CHECK(dpt_item(bd, 0, 104, "bundle") == NULL); /* the bundle is the mail */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "can"), 0), "can|container");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "glass"), 0), "glass|container");
    CHECK(dpt_item(bd, 0, 104, "glass of water") == NULL); /* the glass is the prop */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "paper"), 0), "paper|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "ribbon"), 0), "ribbon|lexicon"); /* a det, an adjective */
    done(bd);
}

static void nouns_used_as_verbs(void)
{
    dp_breakdown *bd = bd_of("EXT. PIER - NIGHT\n\nRain hammers the pier. Sweat beads on his upper "
                             "lip. Fire roars up inside the van. KARL, 40, smokes a pipe. A gust "
                             "of wind.\n\nKARL\nWet.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "rain"), 0), "Rain|lexicon");
    CHECK(dpt_item(bd, 0, 104, "hammer") == NULL); /* the rain hammers */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 107, "sweat"), 0), "Sweat|makeup-on-body");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "fire"), 0), "Fire|lexicon"); /* fire roars up */
    CHECK(dpt_item(bd, 0, 105, "smoke") == NULL);                              /* he smokes */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "wind"), 0), "wind|lexicon");
    CHECK(dpt_item(bd, 0, 105, "gust") == NULL); /* a gust of wind is wind */
    done(bd);
}

static void shaking_ground(void)
{
    dp_breakdown *bd = bd_of("EXT. HILL - DAY\n\nThe ground starts to shake. Karl shakes his "
                             "head.\n\nKARL\nNo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "shake"), 0), "ground starts to shake|verb");
    done(bd);
}

static void parts_of_things(void)
{
    dp_breakdown *bd = bd_of("EXT. FARM - DAY\n\nA fly lands on the gun barrel. Karl stares "
                             "down the barrel of his rifle. Mina pops the trunk of the car and takes "
                             "a tray. She steps on the gas. A dog with a white muzzle waits.\n\n"
                             "KARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "rifle"), 0), "rifle|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "gun"), 0), "gun|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "tray"), 0), "tray|lexicon");
    CHECK(dpt_item(bd, 0, 104, "barrel") == NULL);
    CHECK(dpt_item(bd, 0, 104, "trunk") == NULL);
    CHECK(dpt_item(bd, 0, 104, "gas") == NULL);
    CHECK(dpt_item(bd, 0, 104, "muzzle") == NULL);
    done(bd);
    bd = bd_of("INT. OFFICE - DAY\n\nMike yanks the paper tray out of the printer. He shoves "
               "the tray home.\n\nEXT. PARK - DAY\n\nMina carries a tray.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "printer"), 0), "printer|lexicon");
    CHECK(dpt_item(bd, 0, 104, "tray") == NULL);
    CHECK(dpt_item(bd, 0, 104, "paper") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "tray"), 1), "tray|lexicon");
    done(bd);
    bd = bd_of("INT. CELL - NIGHT\n\nThe guards snap on the handcuffs.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "handcuff"), 0), "handcuffs|lexicon");
    done(bd);
}

static void effects_named_and_heard(void)
{
    dp_breakdown *bd = bd_of("INT. CABIN - NIGHT\n\nOver the sound of rain, Karl reads. The "
                             "flames lick the grate. A tank explodes and a fireball rolls up. "
                             "Karl is about to explode.\n\nEXT. FIELD - DAY\n\nThe sun blazes "
                             "overhead.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "rain"), 0), "rain|heard");
    CHECK(dpt_item(bd, 0, 105, "rain") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "fire"), 0), "flames|verb");
    CHECK(dpt_item(bd, 0, 105, "flame") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "explosion"), 0), "explodes|verb");
    CHECK(dpt_item(bd, 0, 105, "fireball") == NULL);
    CHECK(dpt_item(bd, 1, 105, "fire") == NULL);
    CHECK(dpt_item(bd, 1, 105, "blaze") == NULL);
    done(bd);
}

static void word_senses(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - NIGHT\n\nMike turns to the computer. He works the "
                             "mouse. Rain beats against the glass. A glass and steel tower "
                             "looms.\n\nINT. BARN - DAY\n\nA mouse runs past Karl. Karl "
                             "fills a glass.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "mouse"), 0), "mouse|lexicon");
    CHECK(dpt_item(bd, 0, 108, "mouse") == NULL);
    CHECK(dpt_item(bd, 0, 104, "glass") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 108, "mouse"), 1), "mouse|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "glass"), 1), "glass|lexicon");
    done(bd);
    bd = bd_of("EXT. STREET - NIGHT\n\nMike grabs a large, heavy crowbar. Mina grabs a "
               "flimsy, then runs.\n\nMIKE\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "crowbar"), 0), "crowbar|lexicon");
    CHECK(dpt_item(bd, 0, 104, "large") == NULL);
    done(bd);
    bd = bd_of("EXT. ROAD - DAY\n\nEdward WHISTLES. He finds a WHISTLE.\n\nEDWARD\nHi.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "whistle"), 0), "WHISTLE|caps");
    done(bd);
}

static void massed_animals(void)
{
    dp_breakdown *bd = bd_of("EXT. MEADOW - NIGHT\n\nKarl sits down. The fireflies are out. "
                             "Thousands of them.\n\nEXT. FARM - DAY\n\nA locust lands on "
                             "Karl's hat.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 119, "firefly"), 0), "fireflies|lexicon");
    CHECK(dpt_item(bd, 0, 108, "firefly") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 108, "locust"), 1), "locust|lexicon");
    done(bd);
}

/* how many mentions the item has, 0 for none */
static size_t mentions(const dp_breakdown *bd, const dp_item *it)
{
    size_t n = 0;
    for (size_t i = 0; it && i < dp_breakdown_mention_count(bd); i++)
        n += dp_breakdown_item(bd, dp_breakdown_mention(bd, i)->item) == it;
    return n;
}

static void nouns_before_set_nouns(void)
{
    dp_breakdown *bd = bd_of("INT. WHEELHOUSE - NIGHT\n\nKarl sets the compass on the chart "
                             "table and locks the key in the chart drawer. Mina studies the "
                             "chart.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "chart"), 0), "chart|lexicon"); /* the last one */
    CHECK_INT((long)mentions(bd, dpt_item(bd, 0, 104, "chart")), 1);
    done(bd);
}

static void effects_in_headings(void)
{
    dp_breakdown *bd = bd_of("EXT. CAMPFIRE - NIGHT\n\nKarl tells a story.\n\n"
                             "EXT. CAR PARK - DAY\n\nKarl waits.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "campfire"), 0), "CAMPFIRE|heading");
    CHECK(dpt_item(bd, 1, 103, "car") == NULL); /* outside, a car park holds no car */
    done(bd);
}

static void sea_effects(void)
{
    dp_breakdown *bd = bd_of("INT. CAR DECK - NIGHT\n\nSpray blows through the gaps. A wave "
                             "slams the door.\n\nEXT. PIER - DAY\n\nFour deckhands wave the "
                             "cars aboard.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "spray"), 0), "Spray|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "wave"), 0), "wave|lexicon");
    CHECK(dpt_item(bd, 1, 105, "wave") == NULL); /* the deckhands wave */
    done(bd);
}

static void rain_that_fell_before(void)
{
    dp_breakdown *bd = bd_of("EXT. PATH - DAY\n\nThe cobwebs are heavy from the rain. Karl "
                             "comes in from the snow.\n\nEXT. FIELD - DAY\n\nRain falls on "
                             "Karl.\n\nKARL\nGo.\n");
    CHECK(dpt_item(bd, 0, 105, "rain") == NULL); /* it rained before the scene */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "snow"), 0), "snow|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 105, "rain"), 1), "Rain|lexicon");
    done(bd);
}

static void verbs_after_plurals(void)
{
    dp_breakdown *bd = bd_of("EXT. PIER - NIGHT\n\nFloodlights haze in the drizzle. A haze "
                             "hangs over the pier.\n\nEXT. DOCK - DAY\n\nThe lamps haze in "
                             "the dusk.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "haze"), 0), "haze|lexicon"); /* the second */
    CHECK_INT((long)mentions(bd, dpt_item(bd, 0, 105, "haze")), 1);
    CHECK(dpt_item(bd, 1, 105, "haze") == NULL);
    done(bd);
}

static void smoking_things(void)
{
    dp_breakdown *bd = bd_of("EXT. FIELD - DAY\n\nKarl stares down the smoking barrel of his "
                             "rifle.\n\nEXT. PORCH - DAY\n\nKarl is on the porch, smoking his "
                             "pipe.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 105, "smoke"), 0), "smoking|smoking");
    CHECK(dpt_item(bd, 1, 105, "smoke") == NULL); /* he smokes a pipe */
    done(bd);
}

static void heads_of_handled_things(void)
{
    dp_breakdown *bd = bd_of("EXT. DECK - NIGHT\n\nKarl holds a lit distress FLARE. Don throws "
                             "his crappy lima bean plants away. Mina picks up a stone.\n\n"
                             "KARL\nGo.\n");
    CHECK(dpt_item(bd, 0, 104, "distress") == NULL); /* the flare's kind */
    CHECK(dpt_item(bd, 0, 104, "bean") == NULL);     /* the plants' kind */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "stone"), 0), "stone|handled");
    done(bd);
}

static void weapons_named_again(void)
{
    dp_breakdown *bd = bd_of("EXT. FARM - DAY\n\nKarl grabs his rifle. Both men face each "
                             "other's guns.\n\nEXT. ROAD - DAY\n\nMina finds a gun.\n\n"
                             "KARL\nGo.\n");
    const dp_item *rifle = dpt_item(bd, 0, 104, "rifle");
    CHECK(dpt_item(bd, 0, 104, "gun") == NULL); /* the rifle again */
    CHECK_INT((long)mentions(bd, rifle), 2);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "gun"), 1), "gun|lexicon");
    done(bd);
}

static void names_of_shops(void)
{
    dp_breakdown *bd = bd_of("EXT. MAIN STREET - DAY\n\nStores on each side: Cole's Pharmacy, "
                             "Talbot's Five and Dime. A van, ISLAND LAUNDRY CO. stencilled on "
                             "its side. The Key to the City dangles from Karl's neck. Karl "
                             "finds a dime.\n\nKARL\nGo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "dime"), 0), "dime|lexicon"); /* the coin */
    CHECK_INT((long)mentions(bd, dpt_item(bd, 0, 104, "dime")), 1);
    CHECK(dpt_item(bd, 0, 104, "laundry") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "key"), 0), "Key|lexicon");
    done(bd);
}

static void skin_and_teeth(void)
{
    dp_breakdown *bd = bd_of("INT. BEDROOM - DAY\n\nWILL, now 17 with braces, sits up, his face "
                             "covered with chicken pox and pink calamine lotion.\n\n"
                             "WILL\nItchy.\n");
    const dp_item *braces = dpt_item(bd, 0, 107, "braces");
    CHECK_STR(dpt_evidence(bd, braces, 0), "braces|lexicon");
    CHECK(braces && braces->character && !strcmp(braces->character, "WILL"));
    CHECK(dpt_item(bd, 0, 107, "chicken pox") != NULL);
    CHECK(dpt_item(bd, 0, 107, "calamine lotion") != NULL);
    CHECK(dpt_item(bd, 0, 104, "lotion") == NULL); /* on the skin: makeup, no prop */
    done(bd);
}

static void similes_with_adjectives(void)
{
    dp_breakdown *bd = bd_of("EXT. FARM - DAY\n\nThe plow rips the soil like an open wound. "
                             "Karl growls like a big hungry bear.\n\nKARL\nGo.\n");
    CHECK(dpt_item(bd, 0, 107, "wound") == NULL);
    CHECK(dpt_item(bd, 0, 108, "bear") == NULL);
    done(bd);
}

static void parts_of_bodies(void)
{
    dp_breakdown *bd = bd_of("EXT. FARM - DAY\n\nNo dirt under this man's nails. Karl smacks "
                             "the horse on the butt.\n\nINT. SHED - DAY\n\nKarl grabs a box "
                             "of nails and stubs out a cigarette butt.\n\nKARL\nGo.\n");
    CHECK(dpt_item(bd, 0, 104, "nail") == NULL);
    CHECK(dpt_item(bd, 0, 104, "butt") == NULL);
    CHECK(dpt_item(bd, 1, 104, "nail") != NULL);
    CHECK(dpt_item(bd, 1, 104, "butt") != NULL || dpt_item(bd, 1, 104, "cigarette butt") != NULL);
    done(bd);
}

static void toasts(void)
{
    dp_breakdown *bd = bd_of("INT. HALL - NIGHT\n\nKarl has the floor, ostensibly for a toast. "
                             "Mina raises a toast to the bride.\n\nINT. KITCHEN - DAY\n\nMina "
                             "butters a toast.\n\nKARL\nCheers.\n");
    CHECK(dpt_item(bd, 0, 104, "toast") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "toast"), 1), "toast|lexicon");
    done(bd);
}

static void hypotheticals(void)
{
    dp_breakdown *bd = bd_of("INT. BANK - DAY\n\nA satchel lands on the desk. Its size could "
                             "hold a lot of money.\n\nINT. VAULT - DAY\n\nKarl counts the "
                             "money.\n\nKARL\nRich.\n");
    CHECK(dpt_item(bd, 0, 104, "money") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "money"), 1), "money|lexicon");
    done(bd);
}

static void shapes_of_animals(void)
{
    dp_breakdown *bd = bd_of("INT. PLANE - NIGHT\n\nThe boy casts shadows on the seat back, "
                             "making a convincing bird, a passable monkey, and finally a dog.\n\n"
                             "INT. KITCHEN - DAY\n\nKarl makes coffee and feeds the dog.\n\n"
                             "KARL\nGood.\n");
    CHECK(dpt_item(bd, 0, 108, "bird") == NULL);
    CHECK(dpt_item(bd, 0, 108, "monkey") == NULL);
    CHECK(dpt_item(bd, 0, 108, "dog") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 108, "dog"), 1), "dog|lexicon");
    done(bd);
}

static void straws(void)
{
    dp_breakdown *bd = bd_of("INT. BEDROOM - DAY\n\nWill finds a straw on the nightstand.\n\n"
                             "INT. BARN - DAY\n\nThe floor is covered with straw.\n\n"
                             "WILL\nHere.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 104, "straw"), 0), "straw|lexicon");
    CHECK(dpt_item(bd, 0, 115, "straw") == NULL);
    CHECK(dpt_item(bd, 1, 104, "straw") == NULL);
    done(bd);
}

void dpt_suite_tagger(void)
{
    dpt_run("tagger: words in capitals", capitals);
    dpt_run("tagger: wardrobe worn by a character, English and French", wardrobe_on_characters);
    dpt_run("tagger: makeup words, bodies, described hair", makeup);
    dpt_run("tagger: one item per lemma, every mention kept", lemmas_merge_mentions);
    dpt_run("tagger: sounds named for their source", sounds_and_sources);
    dpt_run("tagger: named vehicles and animals, vehicles in headings",
            names_of_vehicles_and_animals);
    dpt_run("tagger: groups and counts of people and animals", groups_and_counts);
    dpt_run("tagger: set dressing when described, similes", set_dressing_and_similes);
    dpt_run("tagger: a quantity of a thing is the thing, a can or a glass of something, a blue "
            "ribbon",
            quantities_and_containers);
    dpt_run("tagger: a plural-looking noun before a determiner is a verb; substances on a body",
            nouns_used_as_verbs);
    dpt_run("tagger: the ground shakes (an effect), a man shakes his head (none)", shaking_ground);
    dpt_run("tagger: stunts: vehicle crashes, blows at bodies, participles, knock-downs, "
            "driving", stunts);
    dpt_run("tagger: a part of a machine, vehicle or weapon is no element; the gas pedal; "
            "handcuffs", parts_of_things);
    dpt_run("tagger: flames are fire, a fireball an explosion; the sound of rain is heard; the "
            "sun blazing and a man about to explode are no effects", effects_named_and_heard);
    dpt_run("tagger: a mouse at a computer is a prop; glass as a pane or a material is none; "
            "an adjective before a comma is no handled object",
            word_senses);
    dpt_run("tagger: animals by the thousands or millions are a visual effect", massed_animals);
    dpt_run("tagger: an ambiguous noun before a set noun qualifies it ('the chart table')",
            nouns_before_set_nouns);
    dpt_run("tagger: an effect named in a scene heading is in the scene", effects_in_headings);
    dpt_run("tagger: sea spray and a wave are effects; people who wave make none", sea_effects);
    dpt_run("tagger: rain as the cause of a state ('heavy from the rain') is no effect",
            rain_that_fell_before);
    dpt_run("tagger: a bare word between a plural noun and a preposition is its verb "
            "('Floodlights haze in the drizzle')", verbs_after_plurals);
    dpt_run("tagger: 'the smoking barrel' smokes (an effect), 'smoking his pipe' does not",
            smoking_things);
    dpt_run("tagger: a handled thing is named by its head, not by a word before it",
            heads_of_handled_things);
    dpt_run("tagger: 'the gun' after a rifle in the scene is the rifle", weapons_named_again);
    dpt_run("tagger: the name of a shop or a company names no element", names_of_shops);
    dpt_run("tagger: braces, chicken pox and calamine lotion are makeup", skin_and_teeth);
    dpt_run("tagger: a simile with adjectives ('like an open wound') is no element",
            similes_with_adjectives);
    dpt_run("tagger: nails and a butt on a body are no props", parts_of_bodies);
    dpt_run("tagger: a toast raised or proposed is a speech, no prop", toasts);
    dpt_run("tagger: the object of a modal verb ('could hold a lot of money') is not in the "
            "scene", hypotheticals);
    dpt_run("tagger: animals made as shapes ('making a convincing bird, ... a dog') are no "
            "animals", shapes_of_animals);
    dpt_run("tagger: a straw counted is a drinking straw (a prop), straw the material is not",
            straws);
}
