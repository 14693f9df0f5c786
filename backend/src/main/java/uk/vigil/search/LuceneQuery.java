package uk.vigil.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.vigil.analysis.Plates;

/**
 * Builds the full-text query strings from the pieces of a {@link QueryText}. This is the only
 * place Lucene syntax is written, and every piece of user text in it is escaped: operators, field
 * probes, ranges, regular expressions and wildcards the user typed are searched for as text (or
 * dropped), never obeyed. The only wildcards are the ones added here: a trailing {@code *} on a
 * plate, phone or typed-ahead name, and {@code ?} where a plate character is unknown.
 */
final class LuceneQuery {
    private static final String SPECIAL = "+-&|!(){}[]^\"~*?:\\/";

    private LuceneQuery() {
    }

    /** Backslash-escapes every character the classic query parser treats as syntax; AND/OR/NOT lose their meaning. */
    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SPECIAL.indexOf(c) >= 0 || Character.isWhitespace(c)) {
                out.append('\\');
            }
            out.append(c);
        }
        String s = out.toString();
        return s.equals("AND") || s.equals("OR") || s.equals("NOT") ? s.toLowerCase(Locale.ROOT) : s;
    }

    /**
     * Edits allowed for a name token: none up to three letters (too many false friends), one up to
     * seven (a typing slip is one edit; a swap counts as one), two from eight. Two edits on a
     * six-letter name cost several milliseconds at 100,000 nominals and mostly find other names.
     */
    static int maxEdits(String token) {
        int n = token.length();
        return n <= 3 ? 0 : n <= 7 ? 1 : 2;
    }

    /**
     * Every name token must match some name field, each within its edit distance. In type-ahead the
     * last token is still being typed, so it is a prefix.
     */
    static String names(List<String> tokens, boolean lastIsPrefix) {
        List<String> clauses = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = escape(tokens.get(i));
            boolean prefix = lastIsPrefix && i == tokens.size() - 1 && tokens.get(i).length() >= 2;
            int edits = maxEdits(tokens.get(i));
            String clause = prefix ? "(" + t + "* " + t + (edits > 0 ? "~" + edits : "") + ")"
                    : edits > 0 ? t + "~" + edits : t;
            clauses.add("+" + clause);
        }
        return clauses.isEmpty() ? null : String.join(" ", clauses);
    }

    /** Any name token may match: the fallback when no record matches them all. */
    static String anyName(List<String> tokens) {
        if (tokens.size() < 2) {
            return null;
        }
        return tokens.stream().map(t -> {
            int edits = maxEdits(t);
            return escape(t) + (edits > 0 ? "~" + edits : "");
        }).collect(Collectors.joining(" "));
    }

    /** Every name token must share a nickname group or a sound with some name field (the analyzer does the rest). */
    static String variants(List<String> tokens) {
        return tokens.isEmpty() ? null : tokens.stream().map(t -> "+" + escape(t)).collect(Collectors.joining(" "));
    }

    /** Identifiers as typed: the identifier analyzer turns each into its normal forms. */
    static String identifiers(List<String> identifiers) {
        return identifiers.isEmpty() ? null : identifiers.stream().map(LuceneQuery::escape).collect(Collectors.joining(" "));
    }

    /**
     * Plate patterns as wildcard terms over the canonical plate and its suffixes: {@code KX6?} finds
     * a plate containing KX6 then any one character. Leading unknowns are dropped (the suffixes make
     * "anywhere" free), so no query starts with a wildcard.
     */
    static String plates(List<String> patterns) {
        List<String> terms = new ArrayList<>();
        for (String p : patterns) {
            String canonical = canonicalPattern(p);
            if (canonical.replace("?", "").replace("*", "").length() >= 2) {
                terms.add(canonical.endsWith("*") ? canonical : canonical + "*");
            }
        }
        return terms.isEmpty() ? null : String.join(" ", terms);
    }

    /** A plate pattern in the index's canonical form, keeping {@code ?} and {@code *}, never starting with either. */
    static String canonicalPattern(String pattern) {
        StringBuilder out = new StringBuilder();
        for (char c : pattern.toCharArray()) {
            if (c == '?' || c == '*') {
                if (!out.isEmpty() && !(c == '*' && out.charAt(out.length() - 1) == '*')) {
                    out.append(c);
                }
            } else {
                out.append(Plates.canonical(String.valueOf(c)));
            }
        }
        return out.toString();
    }

    /** Phone numbers in canonical digits: found as the whole number or any run of its last digits. */
    static String phones(List<String> canonical) {
        String terms = canonical.stream().filter(d -> d.length() >= 6).map(d -> d + "*").collect(Collectors.joining(" "));
        return terms.isEmpty() ? null : terms;
    }

    /** Free text: any word may match, the best-covered rank first. */
    static String words(List<String> words) {
        return words.isEmpty() ? null : words.stream().map(LuceneQuery::escape).collect(Collectors.joining(" "));
    }

    /** Free text where every word must be found (stop words drop out in the English analyzer). */
    static String allWords(List<String> words) {
        return words.isEmpty() ? null : words.stream().map(w -> "+" + escape(w)).collect(Collectors.joining(" "));
    }

    /** Addresses: every word and postcode part must be found in some address field. */
    static String address(List<String> words, List<String> postcodes) {
        List<String> clauses = new ArrayList<>();
        for (String postcode : postcodes) {
            String[] parts = postcode.toLowerCase(Locale.ROOT).split(" ");
            clauses.add("+(" + java.util.Arrays.stream(parts).map(LuceneQuery::escape).collect(Collectors.joining(" AND ")) + ")");
        }
        for (String w : words) {
            if (postcodes.stream().noneMatch(p -> p.toLowerCase(Locale.ROOT).replace(" ", "").contains(w))) {
                clauses.add("+" + escape(w));
            }
        }
        return clauses.isEmpty() ? null : String.join(" ", clauses);
    }

    /** Accounts: a handle or e-mail address as a phrase (the analyzer splits it at dots and @). */
    static String handles(List<String> handles, List<String> words) {
        List<String> clauses = new ArrayList<>();
        for (String h : handles) {
            clauses.add("\"" + h.replace("\\", "\\\\").replace("\"", "\\\"") + "\"");
        }
        for (String w : words) {
            clauses.add(escape(w));
        }
        return clauses.isEmpty() ? null : String.join(" ", clauses);
    }
}
