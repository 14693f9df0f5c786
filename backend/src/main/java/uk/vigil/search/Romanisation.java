package uk.vigil.search;

import com.ibm.icu.text.Transliterator;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * A query typed in another script, read in Latin letters as records are written: Cyrillic by
 * BGN/PCGN (the romanisation the UK's Permanent Committee on Geographical Names publishes, so
 * Мухаммед Хан reads as Mukhammed Khan), every other script by ICU's general Any-Latin, then
 * folded to ASCII. Names found this way are matched like any typed name (nickname, sound, spelling).
 */
public record Romanisation(String latin, Set<Character.UnicodeScript> scripts) {

    /** Scripts that leave short vowels unwritten: their romanisation is a skeleton ("mhmd"). */
    private static final Set<Character.UnicodeScript> ABJADS = EnumSet.of(Character.UnicodeScript.ARABIC,
            Character.UnicodeScript.HEBREW, Character.UnicodeScript.SYRIAC, Character.UnicodeScript.THAANA);

    private static final String RULES = "Russian-Latin/BGN; Any-Latin; Latin-ASCII";
    /** Transliterator instances are not documented as thread-safe: one per thread. */
    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(() -> Transliterator.getInstance(RULES));

    /** The text in Latin letters, or null when it has no letters of another script. */
    static Romanisation of(String text) {
        Set<Character.UnicodeScript> scripts = new LinkedHashSet<>();
        text.codePoints().filter(Character::isLetter).mapToObj(Character.UnicodeScript::of)
                .filter(s -> s != Character.UnicodeScript.LATIN && s != Character.UnicodeScript.COMMON
                        && s != Character.UnicodeScript.INHERITED)
                .forEach(scripts::add);
        if (scripts.isEmpty()) {
            return null;
        }
        // Letters no rule covers (rare scripts) stay as they are; strip them so they do not become names.
        String latin = TO_LATIN.get().transliterate(text).replaceAll("[^\\p{IsLatin}\\p{N}\\p{P}\\p{S}\\s]", " ")
                .replaceAll("\\s+", " ").strip();
        return new Romanisation(latin, Set.copyOf(scripts));
    }

    /** Whether the text came from a script that does not write short vowels (Arabic, Hebrew...). */
    boolean vowelsMissing() {
        return scripts.stream().anyMatch(ABJADS::contains);
    }

    /** The script names for a notice: "Cyrillic", "Arabic and Hebrew". */
    String scriptNames() {
        return String.join(" and ", scripts.stream().map(s -> {
            String n = s.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
            return Character.toUpperCase(n.charAt(0)) + n.substring(1);
        }).sorted().toList());
    }
}
