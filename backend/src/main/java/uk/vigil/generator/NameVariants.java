package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * How names go wrong between records: transliterations, sound-alike spellings and typing slips.
 * The tables are the variants a search must still find; see docs/generator.md.
 */
final class NameVariants {
    private NameVariants() {
    }

    /** Romanisations of the same name, first entry the spelling the generator records. */
    static final Map<String, List<String>> TRANSLITERATIONS = Map.ofEntries(
            Map.entry("Mohammed", List.of("Muhammad", "Mohamed", "Mohammad", "Muhammed", "Mohamad")),
            Map.entry("Muhammad", List.of("Mohammed", "Mohamed", "Muhammed")),
            Map.entry("Mohamed", List.of("Mohammed", "Muhammad", "Mohamud")),
            Map.entry("Ahmed", List.of("Ahmad", "Ahmet")),
            Map.entry("Hussain", List.of("Hussein", "Husain", "Hossain")),
            Map.entry("Khan", List.of("Kahn", "Khaan")),
            Map.entry("Yusuf", List.of("Yousef", "Youssef", "Yousuf")),
            Map.entry("Rehman", List.of("Rahman", "Rehmann")),
            Map.entry("Rahman", List.of("Rehman", "Rahmen")),
            Map.entry("Mahmood", List.of("Mahmud", "Mehmood")),
            Map.entry("Chaudhry", List.of("Choudhury", "Chaudhary", "Chowdhury")),
            Map.entry("Choudhury", List.of("Chaudhry", "Chowdhury", "Choudhry")),
            Map.entry("Qureshi", List.of("Kureshi", "Qureishi")),
            Map.entry("Siddiqui", List.of("Siddiqi", "Siddique")),
            Map.entry("Mustafa", List.of("Mostafa", "Moustafa")),
            Map.entry("Hassan", List.of("Hasan", "Hassen")),
            Map.entry("Omar", List.of("Umar", "Omer")),
            Map.entry("Usman", List.of("Osman", "Uthman")),
            Map.entry("Aisha", List.of("Ayesha", "Aysha")),
            Map.entry("Ayesha", List.of("Aisha", "Aysha")),
            Map.entry("Fatima", List.of("Fatema", "Fatimah")),
            Map.entry("Zainab", List.of("Zaynab", "Zeinab")),
            Map.entry("Maryam", List.of("Mariam", "Mariyam")),
            Map.entry("Khadija", List.of("Khadijah", "Khadeeja")),
            Map.entry("Abdul", List.of("Abdool", "Abdel")),
            Map.entry("Iqbal", List.of("Ikbal")),
            Map.entry("Oleksandr", List.of("Aleksandr", "Alexandr", "Olexandr")),
            Map.entry("Dmytro", List.of("Dmitri", "Dmitry")),
            Map.entry("Serhiy", List.of("Sergei", "Sergey", "Serhii")),
            Map.entry("Yuriy", List.of("Yuri", "Iurii")),
            Map.entry("Olena", List.of("Elena", "Alyona")),
            Map.entry("Iryna", List.of("Irina")),
            Map.entry("Shevchenko", List.of("Shevchenco", "Szewczenko")),
            Map.entry("Kovalenko", List.of("Kowalenko")),
            Map.entry("Wiśniewski", List.of("Wisniewski", "Wisnewski")),
            Map.entry("Wiśniewska", List.of("Wisniewska")),
            Map.entry("Wójcik", List.of("Wojcik", "Voycik")),
            Map.entry("Woźniak", List.of("Wozniak")),
            Map.entry("Dąbrowski", List.of("Dabrowski", "Dombrowski")),
            Map.entry("Kozłowski", List.of("Kozlowski")),
            Map.entry("Zieliński", List.of("Zielinski")),
            Map.entry("Kamiński", List.of("Kaminski")),
            Map.entry("Szymański", List.of("Szymanski", "Shimanski")),
            Map.entry("Pawłowski", List.of("Pawlowski", "Pavlovsky")),
            Map.entry("Łukasz", List.of("Lukasz", "Lucas")),
            Map.entry("Paweł", List.of("Pawel", "Pavel")),
            Map.entry("Michał", List.of("Michal")),
            Map.entry("Rafał", List.of("Rafal")),
            Map.entry("Zhang", List.of("Chang", "Cheung")),
            Map.entry("Wang", List.of("Wong")),
            Map.entry("Chen", List.of("Chan", "Chin")),
            Map.entry("Zhou", List.of("Chow", "Chou")));

    /** Sound-alike spellings: what a caller on the phone, or a witness, gives. */
    static final Map<String, List<String>> SOUND_ALIKES = Map.ofEntries(
            Map.entry("Stephen", List.of("Steven")), Map.entry("Steven", List.of("Stephen")),
            Map.entry("Catherine", List.of("Kathryn", "Katherine")), Map.entry("Philip", List.of("Phillip")),
            Map.entry("Jon", List.of("John")), Map.entry("John", List.of("Jon")), Map.entry("Sean", List.of("Shaun", "Shawn")),
            Map.entry("Shaun", List.of("Sean", "Shawn")), Map.entry("Claire", List.of("Clare")),
            Map.entry("Lee", List.of("Leigh")), Map.entry("Thompson", List.of("Thomson", "Tompson")),
            Map.entry("Thomson", List.of("Thompson")), Map.entry("Reid", List.of("Reed", "Read")),
            Map.entry("Reed", List.of("Reid")), Map.entry("Gray", List.of("Grey")), Map.entry("Carl", List.of("Karl")),
            Map.entry("Craig", List.of("Kraig")), Map.entry("Mark", List.of("Marc")), Map.entry("Nicola", List.of("Nichola")),
            Map.entry("Zoe", List.of("Zoey")), Map.entry("Rachel", List.of("Rachael")), Map.entry("Jodie", List.of("Jodi")),
            Map.entry("Stacey", List.of("Stacy")), Map.entry("Tracey", List.of("Tracy")), Map.entry("Kelly", List.of("Kelley")),
            Map.entry("Ashley", List.of("Ashleigh")), Map.entry("Matthews", List.of("Mathews")),
            Map.entry("Phillips", List.of("Philips")), Map.entry("Davies", List.of("Davis")), Map.entry("Clarke", List.of("Clark")),
            Map.entry("Clark", List.of("Clarke")), Map.entry("Bailey", List.of("Bayley", "Baily")),
            Map.entry("Pearce", List.of("Pierce", "Pearse")), Map.entry("Cox", List.of("Cocks")),
            Map.entry("Burke", List.of("Burk")), Map.entry("Stevenson", List.of("Stephenson")),
            Map.entry("Stephenson", List.of("Stevenson")), Map.entry("Hughes", List.of("Hewes")),
            Map.entry("Lloyd", List.of("Loyd")), Map.entry("Geoffrey", List.of("Jeffrey")),
            Map.entry("Jeffrey", List.of("Geoffrey")), Map.entry("Kirsty", List.of("Kirstie")),
            Map.entry("Leanne", List.of("Lianne")), Map.entry("Kieran", List.of("Ciaran")),
            Map.entry("Neil", List.of("Neal")), Map.entry("Alan", List.of("Allan", "Allen")),
            Map.entry("Allen", List.of("Allan", "Alan")), Map.entry("Brian", List.of("Bryan")), Map.entry("Jake", List.of("Jaik")),
            Map.entry("Nixon", List.of("Nixson")), Map.entry("Irving", List.of("Irvine")), Map.entry("Shaw", List.of("Shore")),
            Map.entry("Wright", List.of("Right")), Map.entry("Knight", List.of("Night")), Map.entry("Philips", List.of("Phillips")));

    static List<String> transliterations(String name) {
        List<String> found = TRANSLITERATIONS.get(name);
        if (found != null) {
            return found;
        }
        String ascii = Names.ascii(name);
        return ascii.equals(name) ? List.of() : List.of(ascii);
    }

    /** A sound-alike spelling: from the table, else by simple English spelling rules; null if none applies. */
    static String soundAlike(Rng rng, String name) {
        List<String> known = SOUND_ALIKES.get(name);
        if (known != null) {
            return rng.pick(known);
        }
        String[][] rules = {{"ph", "f"}, {"ck", "k"}, {"ee", "ea"}, {"ey", "y"}, {"ie", "y"}, {"son", "sen"},
            {"ou", "ow"}, {"th", "t"}, {"ll", "l"}, {"tt", "t"}, {"nn", "n"}, {"ss", "s"}, {"c", "k"}, {"y", "i"}};
        List<String> candidates = new ArrayList<>();
        for (String[] rule : rules) {
            int at = name.indexOf(rule[0], 1);
            if (at > 0) {
                candidates.add(name.substring(0, at) + rule[1] + name.substring(at + rule[0].length()));
            }
        }
        return candidates.isEmpty() ? null : rng.pick(candidates);
    }

    /** A typing slip: two letters swapped, one dropped, one doubled or a vowel changed; never the name itself. */
    static String misspell(Rng rng, String name) {
        if (name.length() < 4) {
            return name + name.charAt(name.length() - 1);
        }
        for (int attempt = 0; attempt < 8; attempt++) {
            int i = rng.between(1, name.length() - 2);
            String result = switch (rng.below(4)) {
                case 0 -> name.substring(0, i) + name.charAt(i + 1) + name.charAt(i) + name.substring(i + 2);
                case 1 -> name.substring(0, i) + name.substring(i + 1);
                case 2 -> name.substring(0, i) + name.charAt(i) + name.substring(i);
                default -> name.substring(0, i) + vowelSwap(name.charAt(i)) + name.substring(i + 1);
            };
            if (!result.equalsIgnoreCase(name)) {
                return result;
            }
        }
        return name + "e";
    }

    private static char vowelSwap(char c) {
        return switch (c) {
            case 'a' -> 'e';
            case 'e' -> 'a';
            case 'i' -> 'y';
            case 'o' -> 'u';
            case 'u' -> 'o';
            case 'y' -> 'i';
            default -> c;
        };
    }
}
