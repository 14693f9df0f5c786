package uk.vigil.identity;

import java.util.Set;
import uk.vigil.analysis.NameText;
import uk.vigil.analysis.Nicknames;
import uk.vigil.analysis.Phonetics;

/**
 * How alike two names are, with the search analyzers' own readings (NameText, Nicknames,
 * Phonetics): the same folded word 1.0; nicknames of one name (Bill, William) 0.9; the same sound
 * (Double Metaphone: Stephen, Steven) 0.85; a spelling slip (one edit up to seven letters, two from
 * eight, Damerau) 0.8; otherwise 0.
 */
final class NameSimilarity {
    enum Kind { EXACT, NICKNAME, PHONETIC, SPELLING, NONE }

    record Match(Kind kind, double score) {
    }

    private NameSimilarity() {
    }

    static Match compare(String a, String b) {
        String fa = fold(a);
        String fb = fold(b);
        if (fa.isEmpty() || fb.isEmpty()) {
            return new Match(Kind.NONE, 0);
        }
        if (fa.equals(fb)) {
            return new Match(Kind.EXACT, 1.0);
        }
        Set<String> ga = Nicknames.groups(fa);
        if (!ga.isEmpty() && Nicknames.groups(fb).stream().anyMatch(ga::contains)) {
            return new Match(Kind.NICKNAME, 0.9);
        }
        Set<String> pa = Phonetics.codes(fa);
        if (!pa.isEmpty() && Phonetics.codes(fb).stream().anyMatch(pa::contains)) {
            return new Match(Kind.PHONETIC, 0.85);
        }
        int allowed = Math.max(fa.length(), fb.length()) >= 8 ? 2 : 1;
        if (Math.abs(fa.length() - fb.length()) <= allowed && distance(fa, fb) <= allowed) {
            return new Match(Kind.SPELLING, 0.8);
        }
        return new Match(Kind.NONE, 0);
    }

    /** A name folded as the name analyzer folds it, tokens joined (so "O'Brien" and "OBrien" agree). */
    static String fold(String name) {
        if (name == null) {
            return "";
        }
        return String.join("", NameText.tokens(name));
    }

    /** Optimal string alignment distance (Damerau-Levenshtein with adjacent swaps). */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
