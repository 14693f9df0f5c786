package uk.vigil.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Which typed words a free text (description, condition wording, intelligence) contains, for the
 * explanation and the within-tier order. The index decided the match with its English stemmer;
 * this only has to name the words, so a shared stem of up to five letters counts (tattoo, tattoos).
 */
final class TextMatch {
    private TextMatch() {
    }

    static List<String> found(List<String> words, String text) {
        List<String> found = new ArrayList<>();
        if (text == null) {
            return found;
        }
        String lower = uk.vigil.analysis.NameText.tokens(text).toString();
        for (String w : words) {
            String stem = w.length() > 5 ? w.substring(0, 5) : w;
            if (w.length() >= 2 && lower.contains(stem.toLowerCase(Locale.ROOT))) {
                found.add(w);
            }
        }
        return found;
    }

    static double coverage(List<String> words, String text) {
        return words.isEmpty() ? 0 : (double) found(words, text).size() / words.size();
    }

    /** "description mentions tattoo, snake", or null when none of the words is there. */
    static Match of(String field, List<String> words, String text) {
        return explain(field, text, found(words, text));
    }

    /** The same, from the words already {@link #found found} in the text (a text is read once). */
    static Match explain(String field, String text, List<String> found) {
        return found.isEmpty() ? null : Match.of(field, Match.How.TEXT, String.join(", ", found), snippet(text, found.get(0)));
    }

    /** Up to 160 characters of the text around the first word found. */
    static String snippet(String text, String word) {
        if (text.length() <= 160) {
            return text;
        }
        int at = Math.max(0, text.toLowerCase(Locale.ROOT).indexOf(word.length() > 5 ? word.substring(0, 5) : word));
        int start = Math.max(0, at - 60);
        int end = Math.min(text.length(), start + 160);
        return (start > 0 ? "…" : "") + text.substring(start, end).strip() + (end < text.length() ? "…" : "");
    }
}
