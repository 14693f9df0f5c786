package uk.vigil.generator;

import java.util.Set;

/** Offence types by MAPPA category, with the modus operandi text investigators match on. */
final class OffenceTypes {
    static final Weighted<String> SEXUAL = Weighted.pairs("SEXUAL_ASSAULT", 25, "SEXUAL_ACTIVITY_WITH_CHILD", 18,
            "INDECENT_IMAGES", 25, "RAPE", 12, "GROOMING", 7, "EXPOSURE", 8, "VOYEURISM", 5);
    static final Weighted<String> VIOLENT = Weighted.pairs("GBH", 24, "ABH", 15, "ROBBERY", 12, "DOMESTIC_ABUSE", 15,
            "MURDER", 2, "MANSLAUGHTER", 3, "ARSON", 5, "KIDNAPPING", 2, "STALKING", 11, "HARASSMENT", 11);
    static final Weighted<String> OTHER_DANGEROUS = Weighted.pairs("ARSON", 30, "OTHER", 25, "STALKING", 15,
            "ABH", 15, "BURGLARY", 15);
    static final Set<String> SEXUAL_TYPES = Set.of("RAPE", "SEXUAL_ASSAULT", "SEXUAL_ACTIVITY_WITH_CHILD",
            "INDECENT_IMAGES", "GROOMING", "EXPOSURE", "VOYEURISM");
    static final Set<String> ONLINE = Set.of("INDECENT_IMAGES", "GROOMING");
    static final Set<String> PARTNER_ABUSE = Set.of("DOMESTIC_ABUSE", "STALKING", "HARASSMENT");
    static final Set<String> CHILD_VICTIM = Set.of("SEXUAL_ACTIVITY_WITH_CHILD", "GROOMING");

    private OffenceTypes() {
    }

    static Weighted<String> forCategory(int category) {
        return category == 1 ? SEXUAL : category == 2 ? VIOLENT : OTHER_DANGEROUS;
    }

    static String category(String type) {
        if (SEXUAL_TYPES.contains(type)) {
            return "SEXUAL";
        }
        return type.equals("BURGLARY") || type.equals("OTHER") ? "OTHER" : "VIOLENT";
    }

    static String method(Rng rng, String type, String town) {
        return switch (type) {
            case "RAPE" -> rng.pick(new String[] {"Attacked lone female walking home at night near " + town + " town centre",
                "Offended against acquaintance at his home address after a night out", "Offended against partner's friend while she was asleep"});
            case "SEXUAL_ASSAULT" -> rng.pick(new String[] {"Touched lone female on a bus; left at the next stop",
                "Approached young women in a nightclub in " + town + "; groped them", "Assaulted a customer in a taxi he was driving"});
            case "SEXUAL_ACTIVITY_WITH_CHILD" -> rng.pick(new String[] {"Befriended victim's family; offended while babysitting",
                "Offended against a child he coached at a sports club", "Gave gifts and alcohol to a 14-year-old met in " + town + " park"});
            case "INDECENT_IMAGES" -> rng.pick(new String[] {"Downloaded category A-C images via peer-to-peer software",
                "Shared indecent images in an online group chat", "Images found on phone and laptop during a search"});
            case "GROOMING" -> rng.pick(new String[] {"Contacted victim on Snapchat posing as a 16-year-old; arranged to meet",
                "Messaged several children via an online game; sent gifts", "Used Instagram to contact girls aged 12-14"});
            case "EXPOSURE" -> "Exposed himself to women on a footpath near " + town;
            case "VOYEURISM" -> rng.pick(new String[] {"Filmed women in a changing room with a hidden phone",
                "Used a camera under a desk at work", "Watched neighbours through windows at night"});
            case "MURDER", "MANSLAUGHTER" -> rng.pick(new String[] {"Stabbed the victim during an argument outside a pub in " + town,
                "Fatal assault on an acquaintance at a house party", "Single punch outside a takeaway"});
            case "GBH" -> rng.pick(new String[] {"Assault with a bladed article outside licensed premises in " + town,
                "Kicked victim repeatedly in the head after a dispute", "Attacked victim with a hammer over a drug debt"});
            case "ABH" -> "Punched victim several times in a street fight in " + town;
            case "ROBBERY" -> rng.pick(new String[] {"Threatened a shop worker with a knife; stole cash from the till",
                "Street robbery of a mobile phone by two men on a moped", "Robbed a delivery driver at knifepoint"});
            case "ARSON" -> rng.pick(new String[] {"Set fire to ex-partner's front door using petrol",
                "Set fire to a car outside the victim's home", "Started a fire in a hostel room"});
            case "KIDNAPPING" -> "Forced the victim into a car and held her for several hours";
            case "STALKING" -> "Followed ex-partner, turned up at her workplace, repeated unwanted messages";
            case "HARASSMENT" -> "Hundreds of abusive calls and messages to ex-partner and her family";
            case "DOMESTIC_ABUSE" -> "Repeated assaults on partner at home; controlling and coercive behaviour";
            case "BURGLARY" -> "Forced entry at the rear of a house at night";
            default -> "Threats to kill made to a neighbour";
        };
    }

    static String place(Rng rng, String type) {
        if (ONLINE.contains(type)) {
            return "Online";
        }
        if (PARTNER_ABUSE.contains(type)) {
            return "Victim's home address";
        }
        return rng.pick(new String[] {"Street", "Park", "Licensed premises", "Private dwelling", "Public transport",
            "Shop", "Car park", "Footpath"});
    }
}
