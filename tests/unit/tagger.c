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

static void job_in_apposition(void)
{
    dp_breakdown *bd = bd_of("EXT. QUAY - NIGHT\n\nTOMAS RENN (30s), deckhand on the ferry, pulls "
                             "off his helmet.\n\nEXT. BAR - NIGHT\n\nSAM (40s), bartender, wipes a "
                             "glass. A bartender yawns.\n\nTOMAS\nYes.\n\nSAM\nNo.\n");
    CHECK(dpt_item(bd, 0, 101, "deckhand") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 101, "bartender"), 1), "bartender|lexicon");
    done(bd);
    bd = bd_of("EXT. YARD - DAY\n\nHer neighbor Karl waves.\n\nEXT. YARD - NIGHT\n\nA neighbor "
               "waves.\n\nKARL\nHi.\n");
    CHECK(dpt_item(bd, 0, 101, "neighbor") == NULL); /* the noun before a name is who he is */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 101, "neighbor"), 1), "neighbor|lexicon");
    done(bd);
    bd = bd_of("INT. CABIN - DAY\n\nKarl wears a cream fisherman's jumper.\n\nKARL\nHi.\n");
    CHECK(dpt_item(bd, 0, 101, "fisherman") == NULL); /* an owner, not someone there */
    done(bd);
    bd = bd_of("INT. HOTEL - NIGHT\n\nDETECTIVE SERGEANT ALAN CROFT (50s) drips on the carpet."
               "\n\nINT. HALL - NIGHT\n\nA DETECTIVE waits.\n\nCROFT\nEvening.\n");
    CHECK(dpt_item(bd, 0, 101, "detective") == NULL); /* a title in the name */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 101, "detective"), 1), "DETECTIVE|caps");
    done(bd);
}

static void people_after_an_adjective(void)
{
    dp_breakdown *bd = bd_of("EXT. QUAY - NIGHT\n\nTwo uniformed constables wait. Karl is a little "
                             "drunk.\n\nKARL\nYes.\n");
    const dp_item *c = dpt_item(bd, 0, 101, "constable");
    CHECK_STR(dpt_evidence(bd, c, 0), "constables|lexicon");
    CHECK_INT(c ? c->count : 0, 2);
    CHECK(dpt_item(bd, 0, 101, "drunk") == NULL);
    done(bd);
    bd = bd_of("EXT. PIER - DAWN\n\nTwo plain-clothes constables loiter.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 101, "constable"), 0), "constables|lexicon");
    done(bd);
    bd = bd_of("EXT. FIELD - DAY\n\nDon is the only one who doesn't mob him.\n\nDON\nYes.\n");
    CHECK(dpt_item(bd, 0, 101, "mob") == NULL); /* a verb after "doesn't" */
    done(bd);
}

static void people_in_capitals(void)
{
    dp_breakdown *bd = bd_of("EXT. FARM - DAY\n\nKarl lifts his WIFE and TWO DAUGHTERS into the "
                             "wagon. KIDS are playing on the street.\n\nEXT. GRAVE - DAY\n\n"
                             "A locust lands on his WIFE'S grave.\n\nKARL\nYes.\n");
    const dp_item *d = dpt_item(bd, 0, 101, "daughter");
    CHECK_STR(dpt_evidence(bd, d, 0), "DAUGHTERS|caps-person");
    CHECK_INT(d ? d->count : 0, 2);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 101, "wife"), 0), "WIFE|caps-person");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 101, "kid"), 0), "KIDS|caps-person");
    CHECK(dpt_item(bd, 1, 101, "wife") == NULL); /* an owner, not there */
    done(bd);
}

static void not_people_nor_things(void)
{
    dp_breakdown *bd = bd_of("INT. FLAT - DAY\n\nThis is the home of THE BOY BAND, AKA DAN and "
                             "JACK.\n\nINT. HALL - DAY\n\nA BOY waits for the BAND.\n\nDAN\nHi.\n");
    CHECK(dpt_item(bd, 0, 111, "band") == NULL); /* the characters' nickname */
    CHECK(dpt_item(bd, 0, 101, "band") == NULL);
    CHECK(dpt_item(bd, 0, 101, "boy") == NULL); /* qualifies BAND */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 101, "boy"), 1), "BOY|caps-person");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 111, "band"), 1), "BAND|caps");
    done(bd);
    bd = bd_of("INT. CAR - DAY\n\nSteel, in the middle of a heated phone call, a cold coffee.\n\n"
               "STEEL\nNo.\n\nINT. DEN - DAY\n\nOld rugs, a brass lamp, a phone on the desk.\n\n"
               "STEEL\nHi.\n");
    CHECK(dpt_item(bd, 0, 114, "phone") == NULL); /* about a character, not the set */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 114, "phone"), 1), "phone|still");
    done(bd);
    bd = bd_of("INT. DEN - DAY\n\nCOGNITO, the mastermind, is SLAMMED against the wall. The door "
               "SLAMS shut.\n\nCOGNITO\nOw.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "door"), 0), "SLAMS|caps");
    CHECK(dpt_item(bd, 0, 112, "slam") == NULL); /* done to Cognito: no sound */
    CHECK(dpt_item(bd, 0, 112, "wall") == NULL);
    done(bd);
}

static void set_dressed_with(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - NIGHT\n\nA room filled with sheets of crumpled, half "
                             "printed paper. A desk littered with cobwebs.\n\nINT. HALL - DAY\n\n"
                             "Karl picks up the paper.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "paper"), 0), "paper|dressed");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "cobweb"), 0), "cobwebs|dressed");
    CHECK(dpt_item(bd, 0, 104, "paper") == NULL);
    CHECK(dpt_item(bd, 0, 114, "sheets") == NULL); /* a quantity of paper, no bed sheets */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "paper"), 1), "paper|lexicon");
    done(bd);
}

static void handled_into(void)
{
    dp_breakdown *bd = bd_of("INT. VAN - NIGHT\n\nSilas hurls it into the sheets.\n\nINT. HALL - "
                             "NIGHT\n\nSilas hurls the sheets.\n\nSILAS\nHi.\n");
    CHECK(dpt_item(bd, 0, 104, "sheets") == NULL); /* where the thing goes, not the thing */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 104, "sheets"), 1), "sheets|lexicon");
    done(bd);
}

static void bands_seen(void)
{
    dp_breakdown *bd = bd_of("EXT. SQUARE - DAY\n\nSpirits buoyed by the high school MARCHING BAND, "
                             "Karl waves. A waltz.\n\nKARL\nHi.\n");
    CHECK(dpt_item(bd, 0, 111, "marching band") != NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 101, "marching band"), 0), "MARCHING BAND|musicians");
    CHECK(dpt_item(bd, 0, 101, "waltz") == NULL);
    done(bd);
}

static void the_same_group(void)
{
    dp_breakdown *bd = bd_of("EXT. SQUARE - DAY\n\nAll the good CITIZENS of Ashton are gathered. The "
                             "crowd CHEERS.\n\nEXT. FIELD - DAY\n\nThe crowd cheers.\n\nKARL\n"
                             "Hi.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 101, "citizen"), 0), "CITIZENS|caps");
    CHECK(dpt_item(bd, 0, 101, "crowd") == NULL); /* the citizens again */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 101, "crowd"), 1), "crowd|lexicon");
    done(bd);
}

static void screens_showing(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - NIGHT\n\nMike watches the screen display a row of status "
                             "bars.\n\nINT. OFFICE - DAY\n\nMike looks away from the screen.\n\n"
                             "MIKE\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 113, "screen"), 0), "screen|display");
    CHECK(dpt_item(bd, 1, 113, "screen") == NULL);
    done(bd);
    bd = bd_of("INT. LOUNGE - NIGHT\n\nJune slips out through a door marked CREW ONLY.\n\nINT. HALL "
               "- NIGHT\n\nThe spot is marked on the map.\n\nJUNE\nHi.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 113, "sign"), 0), "marked CREW ONLY|marked");
    CHECK(dpt_item(bd, 1, 113, "sign") == NULL);
    done(bd);
}

static void set_nouns_of_verb_forms(void)
{
    dp_breakdown *bd = bd_of("EXT. HILL - DAY\n\nKarl stands by two wooden crosses. The old road "
                             "is blocked with signs and warnings.\n\nEXT. ROAD - DAY\n\nKarl "
                             "crosses the road and signs the book.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "cross"), 0), "crosses|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 113, "sign"), 0), "signs|lexicon");
    CHECK(dpt_item(bd, 1, 114, "cross") == NULL);
    CHECK(dpt_item(bd, 1, 113, "sign") == NULL);
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
    bd = bd_of("INT. KITCHEN - DAY\n\nKarl naps on the kitchen table.\n\nINT. KITCHEN - NIGHT\n\n"
               "Karl naps on a scrubbed kitchen table.\n\nKARL\nYes.\n");
    CHECK(dpt_item(bd, 0, 114, "kitchen table") == NULL); /* in English, compounds too */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 114, "kitchen table"), 1), "kitchen table|lexicon");
    done(bd);
}

static void practical_lights(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - NIGHT\n\nMaggie sorts tide tables by the light of a desk "
                             "lamp.\n\nINT. BARN - NIGHT\n\nKarl digs by lantern light.\n\n"
                             "INT. BARN - DAY\n\nKarl passes the lantern.\n\nKARL\nYes.\n\n"
                             "MAGGIE\nNo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "desk lamp"), 0), "desk lamp|practical");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 114, "lantern"), 1), "lantern|practical");
    CHECK(dpt_item(bd, 2, 114, "lantern") == NULL);
    done(bd);
}

static void still_lifes(void)
{
    dp_breakdown *bd = bd_of("INT. HOTEL - NIGHT\n\nFaded velvet, a stuffed pike in a glass case, a "
                             "brass bell on the desk. Game balls, a framed photo, various trophies."
                             "\n\nINT. WARD - DAY\n\nThere are no drips, no monitors, nothing. "
                             "Karl sits, rings the bell, waits.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "bell"), 0), "bell|still");
    const dp_item *pike = dpt_item(bd, 0, 114, "pike");
    CHECK(pike != NULL);
    CHECK_INT(pike ? pike->flags & DP_ITEMF_WEAPON : 1, 0); /* no weapon on a wall */
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "ball"), 0), "balls|still");
    CHECK(dpt_item(bd, 0, 104, "ball") == NULL);
    CHECK(dpt_item(bd, 1, 114, "monitor") == NULL); /* not there */
    CHECK(dpt_item(bd, 1, 114, "bell") == NULL);    /* a clause with verbs */
    done(bd);
    bd = bd_of("EXT. CAVE - DAY\n\nBuzzards squabble over the feast: broken barrels, bones picked "
               "clean.\n\nEXT. SEA - NIGHT\n\nOut at sea, the lights of the Saint Brendan slide "
               "toward the island.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "barrel"), 0), "barrels|still");
    CHECK(dpt_item(bd, 1, 114, "slide") == NULL);
    done(bd);
    bd = bd_of("EXT. QUAY - NIGHT\n\nOutside, the harbour lights swing on their cables and the "
               "boats knock.\n\nKARL\nYes.\n");
    CHECK(dpt_item(bd, 0, 114, "cable") == NULL); /* "lights swing": a verb */
    done(bd);
    bd = bd_of("INT. HALL - NIGHT\n\nIn the wing mirror: a cracked, dusty mirror.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "mirror"), 0), "mirror|lexicon");
    CHECK_INT(dp_breakdown_mention_count(bd), 1); /* the wing mirror is the car's */
    done(bd);
}

static void figures_of_speech(void)
{
    dp_breakdown *bd = bd_of("EXT. FARM - DAY\n\nIs it a sign from his wife? Mike makes the sign of "
                             "the cross. The ground turns to a living carpet of hungry insects."
                             "\n\nINT. HALL - DAY\n\nA sign hangs on a worn carpet.\n\n"
                             "MIKE\nYes.\n");
    CHECK(dpt_item(bd, 0, 113, "sign") == NULL);
    CHECK(dpt_item(bd, 0, 114, "carpet") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 113, "sign"), 1), "sign|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 114, "carpet"), 1), "carpet|lexicon");
    done(bd);
}

static void stirred_by_air(void)
{
    dp_breakdown *bd = bd_of("INT. BEDROOM - DAY\n\nA soft breeze tickles the curtains.\n\nINT. "
                             "BEDROOM - NIGHT\n\nKarl draws the curtains.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "curtain"), 0), "curtains|stirred");
    CHECK(dpt_item(bd, 1, 114, "curtain") == NULL);
    done(bd);
}

static void built_pieces(void)
{
    dp_breakdown *bd = bd_of("EXT. CEMETERY - DAY\n\nWalter stands before his wife's grave. He "
                             "leans on the table.\n\nWALTER\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "grave"), 0), "grave|lexicon");
    CHECK(dpt_item(bd, 0, 114, "table") == NULL);
    done(bd);
}

static void set_dressing_placed(void)
{
    dp_breakdown *bd = bd_of("INT. NURSERY - DAY\n\nA cradle is still in its carton.\n\n"
                             "INT. OFFICE - DAY\n\nClock reads 5:42. The doorknob is ancient "
                             "brass.\n\nINT. HALL - DAY\n\n"
                             "Karl looks at the clock.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "cradle"), 0), "cradle|placed");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 114, "clock"), 1), "Clock|placed");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 1, 114, "doorknob"), 1), "doorknob|placed");
    CHECK(dpt_item(bd, 2, 114, "clock") == NULL);
    done(bd);
    bd = bd_of("EXT. PORCH - NIGHT\n\nA cat screams from a broken wicker rocker.\n\n"
               "EXT. PORCH - DAY\n\nKarl sees the rocker.\n\nKARL\nYes.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 114, "rocker"), 0), "rocker|lexicon");
    CHECK(dpt_item(bd, 1, 114, "rocker") == NULL);
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
    bd = bd_of("EXT. FARM - DAY\n\nThe locusts are everywhere now. This isn't a ghost town.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 119, "locust"), 0), "locusts|lexicon");
    CHECK(dpt_item(bd, 0, 119, "ghost") == NULL);
    done(bd);
}

static void sound_words(void)
{
    dp_breakdown *bd = bd_of("INT. HALL - NIGHT\n\nWe hear a POP. A LAUGH from the crowd. Karl "
                             "WHISTLES.\n\nKARL\nWell.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "pop"), 0), "POP|caps");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "laugh"), 0), "LAUGH|caps");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "whistle"), 0), "WHISTLES|caps");
    CHECK(dpt_item(bd, 0, 104, "whistle") == NULL);
    done(bd);
}

static void sound_sources_found(void)
{
    dp_breakdown *bd = bd_of("INT. HALL - NIGHT\n\nThe boards SQUEAL and CREAK. Karl climbs the "
                             "stairs. They RATTLE with every step. Metal SHRIEKS. The kite line "
                             "SNAPS. The ferry's ramp CLANGS down. Somewhere a baby CRIES. His "
                             "voice CRACKS.\n\nKARL\nWell.\n");
    CHECK(dpt_item(bd, 0, 112, "creak") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "board"), 0), "SQUEAL|caps");
    CHECK(dpt_item(bd, 0, 112, "stair") != NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "metal"), 0), "SHRIEKS|caps");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "line"), 0), "SNAPS|caps");
    CHECK(dpt_item(bd, 0, 112, "kite") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "ramp"), 0), "CLANGS|caps");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "cry"), 0), "CRIES|caps");
    CHECK(dpt_item(bd, 0, 112, "crack") == NULL && dpt_item(bd, 0, 112, "voice") == NULL);
    done(bd);
    bd = bd_of("EXT. HOUSE - NIGHT\n\nAs Karl leaves, the door swings SHUT on its own.\n\nKARL\n"
               "Bye.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "door"), 0), "SHUT|caps");
    CHECK(dpt_item(bd, 0, 112, "shut") == NULL);
    CHECK(dpt_item(bd, 0, 120, "door") != NULL);
    done(bd);
    bd = bd_of("EXT. PEN - DAY\n\nTwo fat ewes look up. They BLEAT in panic. The foghorn on the "
               "lighthouse BLARES.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "ewe"), 0), "BLEAT|caps");
    CHECK(dpt_item(bd, 0, 112, "foghorn") != NULL && dpt_item(bd, 0, 112, "blare") == NULL);
    CHECK(dpt_item(bd, 0, 112, "lighthouse") == NULL);
    done(bd);
    bd = bd_of("EXT. FARM - DUSK\n\nA distant rumble of thunder. Mr. Tuttle HONKS his horn. A big "
               "fish jumps. It dives back under with a SPLASH.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "thunder"), 0), "thunder|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "horn"), 0), "HONKS his horn|caps");
    CHECK(dpt_item(bd, 0, 112, "tuttle") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "fish"), 0), "SPLASH|caps");
    CHECK(dpt_item(bd, 0, 112, "dive") == NULL);
    done(bd);
}

static void sounds_said_as_nouns(void)
{
    dp_breakdown *bd = bd_of("INT. HALL - NIGHT\n\nA skillet drops to the floor with a CLANG. "
                             "A deep whirring sound begins as the copier wakes. Then the strange, "
                             "awful BUZZING. CRACK! A SHOT rings out. Karl can hear Anna "
                             "screaming outside.\n\nKARL\nWell.\n\nANNA\nNo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "skillet"), 0), "CLANG|caps");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "copier"), 0), "whirring|lexicon");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "buzzing"), 0), "BUZZING|caps");
    CHECK(dpt_item(bd, 0, 112, "clang") == NULL && dpt_item(bd, 0, 112, "deep") == NULL);
    CHECK(dpt_item(bd, 0, 112, "buzz") == NULL && dpt_item(bd, 0, 112, "crack") == NULL);
    CHECK(dpt_item(bd, 0, 105, "gunshot") != NULL);
    CHECK(dpt_item(bd, 0, 112, "scream") == NULL);
    done(bd);
}

static void sound_of_a_thing_sounded(void)
{
    dp_breakdown *bd = bd_of("EXT. HOUSE - NIGHT\n\nKarl reaches closer and closer before he "
                             "finally\n\nRINGS THE DOORBELL.\n\nKARL\nHello?\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "doorbell"), 0), "RINGS THE DOORBELL|caps");
    CHECK(dpt_item(bd, 0, 112, "ring") == NULL);
    done(bd);
}

static void mechanical_effects(void)
{
    dp_breakdown *bd = bd_of("EXT. PORCH - DAY\n\nKarl stands on a stepladder. Suddenly, the "
                             "ladder gives way. Impossibly fast, the door opens. The printer "
                             "magically takes a short hop. A kite hops away. The boy hops. "
                             "In every detail the house is impossibly charming.\n\nKARL\n"
                             "Oh.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 120, "stepladder"), 0), "ladder gives way|rigged");
    CHECK(dpt_item(bd, 0, 120, "ladder") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 120, "door"), 0), "Impossibly fast, the door|rigged");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 120, "printer"), 0), "printer magically|rigged");
    CHECK(dpt_item(bd, 0, 120, "kite") != NULL);
    CHECK(dpt_item(bd, 0, 120, "boy") == NULL && dpt_item(bd, 0, 120, "house") == NULL);
    CHECK(dpt_item(bd, 0, 104, "printer") != NULL);
    done(bd);
    bd = bd_of("INT. CAR DECK - NIGHT\n\nThey grapple, crash through the safety chain. He undoes "
               "the collar button when it POPS off by itself.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 120, "chain"), 0),
              "crash through the safety chain|rigged");
    CHECK(dpt_item(bd, 0, 120, "button") != NULL);
    done(bd);
}

static void songs_sung(void)
{
    dp_breakdown *bd = bd_of("INT. CHURCH - DAY\n\nKarl sings \"Down to the River\" with the "
                             "others.\n\nEXT. ROAD - DAY\n\nThe birds have stopped singing. Anna "
                             "sings a lullaby.\n\nINT. BRIDGE - NIGHT\n\n14 MARCH -- PAID.\n\n"
                             "KARL\nWell.\n\nANNA\nNo.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 111, "song"), 0), "sings|verb");
    CHECK(dpt_item(bd, 1, 111, "song") == NULL);
    CHECK(dpt_item(bd, 1, 111, "lullaby") != NULL);
    CHECK(dpt_item(bd, 2, 111, "march") == NULL);
    done(bd);
}

static void things_only_heard(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - NIGHT\n\nSound of paper crumpling. The printer makes a "
                             "noise like it's warming up. Karl makes a strange noise. The deck "
                             "is roaring with engine noise.\n\nKARL\nWell.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "paper"), 0), "paper|heard");
    CHECK(dpt_item(bd, 0, 104, "paper") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "printer"), 0), "noise|lexicon");
    CHECK(dpt_item(bd, 0, 112, "noise") == NULL);
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "engine"), 0), "engine noise|verb");
    CHECK(dpt_item(bd, 0, 112, "roaring") == NULL);
    done(bd);
}

static void sounds_unseen(void)
{
    dp_breakdown *bd = bd_of("INT. OFFICE - DAY\n\nAfter a few moments, a knock at the door.\n\n"
                             "INT. OFFICE - NIGHT\n\nKarl knocks at the door. Lets out a roar. A "
                             "crack of sunlight on the floor.\n\nKARL\nWell.\n");
    CHECK_STR(dpt_evidence(bd, dpt_item(bd, 0, 112, "knock"), 0), "knock at|verb");
    CHECK(dpt_item(bd, 1, 112, "knock") == NULL && dpt_item(bd, 1, 112, "roar") == NULL);
    CHECK(dpt_item(bd, 1, 112, "crack") == NULL);
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
    dpt_run("tagger: a job in apposition to a character, a people noun before a character's "
            "name or before a possessive ('a fisherman's jumper'), a job in capitals before a name "
            "('DETECTIVE SERGEANT ALAN CROFT') is no background",
            job_in_apposition);
    dpt_run("tagger: people in the plural after a determiner and an adjective ('Two uniformed "
            "constables'); a people noun after \"doesn't\" is a verb", people_after_an_adjective);
    dpt_run("tagger: plain words for people in capitals are background ('a BORED BOY', 'his "
            "WIFE and TWO DAUGHTERS'), an owner is not", people_in_capitals);
    dpt_run("tagger: a nickname before AKA, a people word qualifying a noun ('THE BOY BAND'), a "
            "verbless aside on a character, a sound verb in the passive on a person are no "
            "elements", not_people_nor_things);
    dpt_run("tagger: what a place is filled or littered with dresses the set", set_dressed_with);
    dpt_run("tagger: what a thing is thrown into is not handled ('hurls it into the sheets')",
            handled_into);
    dpt_run("tagger: a band seen is music and background players", bands_seen);
    dpt_run("tagger: 'the crowd' where the scene's background is already named is those people",
            the_same_group);
    dpt_run("tagger: a lamp or lantern that lights the scene is a practical (set dressing)",
            practical_lights);
    dpt_run("tagger: a screen that shows something, a door marked CREW ONLY are art department "
            "graphics", screens_showing);
    dpt_run("tagger: a verb form of the stop list after a determiner and adjectives, or what a "
            "place is blocked with, is a noun of the set ('two wooden crosses')",
            set_nouns_of_verb_forms);
    dpt_run("tagger: the things of a verbless list describing the set dress it ('Faded velvet, a "
            "stuffed pike in a glass case, a brass bell on the desk.')", still_lifes);
    dpt_run("tagger: a sign from someone, the sign of the cross, a carpet of insects are figures, "
            "no set", figures_of_speech);
    dpt_run("tagger: set dressing moved by a breeze is called for", stirred_by_air);
    dpt_run("tagger: a grave, a headstone, a statue is set dressing without a description",
            built_pieces);
    dpt_run("tagger: set dressing when described (English: compounds too), similes",
            set_dressing_and_similes);
    dpt_run("tagger: set dressing said to stand somewhere or to be of some kind, a clock read; "
            "an ambiguous one after a determiner and two adjectives",
            set_dressing_placed);
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
    dpt_run("tagger: animals by the thousands or millions, or everywhere, are a visual effect; "
            "a ghost town has no ghost",
            massed_animals);
    dpt_run("tagger: sound words in capitals: a POP, a LAUGH, Karl WHISTLES", sound_words);
    dpt_run("tagger: the source of a sound: joined sounds, it and they, a possessive, a compound, "
            "a bare noun; a baby's cry, a voice (acted), the place of a sound",
            sound_sources_found);
    dpt_run("tagger: sounds said as nouns: with a CLANG, a whirring sound and its machine, the "
            "BUZZING; a sound next to a gunshot is the gunshot's, a character's is acted",
            sounds_said_as_nouns);
    dpt_run("tagger: a line in capitals that ends the sentence before is action; a sound verb "
            "names the signal it sounds (RINGS THE DOORBELL)",
            sound_of_a_thing_sounded);
    dpt_run("tagger: mechanical effects: a thing that moves by itself, magically or "
            "impossibly, a hopping prop, a ladder giving way, a chain crashed through",
            mechanical_effects);
    dpt_run("tagger: a song sung on screen is music; birds singing, a piece named after the "
            "verb, a month in a date are not songs",
            songs_sung);
    dpt_run("tagger: a thing only heard (sound of paper), a thing that makes a noise, a noise "
            "named for its source (engine noise)",
            things_only_heard);
    dpt_run("tagger: a sound said on its own with 'a' and nobody in sight is heard (a knock at "
            "the door); not one someone makes, nor an ambiguous word",
            sounds_unseen);
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
