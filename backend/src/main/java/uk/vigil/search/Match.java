package uk.vigil.search;

/**
 * One reason a result matched: which field, how, what was typed and what is recorded, and the
 * sentence the user reads ("alias surname, phonetic: Smyth~Smith").
 */
public record Match(String field, How how, String query, String value, String text) {

    /** How a piece of the query matched. */
    public enum How {
        EXACT("exact"), IDENTIFIER("identifier"), NICKNAME("nickname"), PHONETIC("phonetic"), FUZZY("spelling"),
        TRANSLITERATION("transliteration"), PREFIX("begins"), PARTIAL("partial"), CONFUSABLE("misread characters"),
        FORMAT("written differently"), DOB("date of birth"), DOB_SWAPPED("date of birth, day and month swapped"),
        TEXT("words");

        final String label;

        How(String label) {
            this.label = label;
        }
    }

    static Match of(String field, How how, String query, String value) {
        String text = switch (how) {
            case EXACT, IDENTIFIER, DOB -> field + ", " + how.label + ": " + value;
            case NICKNAME, PHONETIC, FUZZY, TRANSLITERATION, CONFUSABLE, FORMAT, DOB_SWAPPED ->
                    field + ", " + how.label + ": " + query + "~" + value;
            case PREFIX -> field + " begins " + query + ": " + value;
            case PARTIAL -> field + " contains " + query + ": " + value;
            case TEXT -> field + " mentions " + query;
        };
        return new Match(field, how, query, value, text);
    }
}
