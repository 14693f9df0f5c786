package uk.vigil.generator;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Drawing names from a {@link NameGroup}, with the grammar a few traditions need. */
final class Names {
    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private Names() {
    }

    record Name(String forename, String middle, String surname) {
        String full() {
            return forename + " " + surname;
        }
    }

    static Name draw(Rng rng, NameGroup group, String sex) {
        boolean female = sex.equals("F") || (!sex.equals("M") && rng.chance(0.5));
        String forename = forename(rng, group, female);
        String middle = rng.chance(group == NameGroup.WHITE_BRITISH ? 0.6 : 0.3) ? forename(rng, group, female) : null;
        if (forename.equals(middle)) {
            middle = null;
        }
        return new Name(forename, middle, surname(rng, group, female));
    }

    static String forename(Rng rng, NameGroup group, boolean female) {
        return rng.pick(female ? group.female : group.male);
    }

    /** Polish -ski/-cki surnames take -ska/-cka for women; Sikh women are often Kaur, and many Muslim women Begum or Bibi. */
    static String surname(Rng rng, NameGroup group, boolean female) {
        String surname = rng.pick(group.surnames);
        if (female) {
            if (surname.endsWith("ski") || surname.endsWith("cki")) {
                return surname.substring(0, surname.length() - 1) + "a";
            }
            if (surname.equals("Singh")) {
                return "Kaur";
            }
            if (group == NameGroup.PAKISTANI_BANGLADESHI && rng.chance(0.15)) {
                return rng.chance(0.7) ? "Begum" : "Bibi";
            }
        }
        return surname;
    }

    static String capitalise(String name) {
        if (name.isEmpty()) {
            return name;
        }
        StringBuilder sb = new StringBuilder(name.length());
        boolean start = true;
        for (char c : name.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = c == ' ' || c == '-' || c == '\'';
        }
        return sb.toString();
    }

    /** Strips diacritics the way an English keyboard would: Wiśniewski -> Wisniewski, Łukasz -> Lukasz. */
    static String ascii(String name) {
        String stripped = MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFD)).replaceAll("");
        return stripped.replace('Ł', 'L').replace('ł', 'l');
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
