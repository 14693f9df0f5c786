package uk.vigil.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.util.automaton.Automaton;
import org.apache.lucene.util.automaton.LevenshteinAutomata;
import org.apache.lucene.util.automaton.Operations;
import uk.vigil.analysis.Nicknames;
import uk.vigil.analysis.Phonetics;

/**
 * Decides how one typed name token matches one recorded name token, by the same rules the indexes
 * use: the analyzers' own nickname groups and Double Metaphone codes, and Lucene's own
 * Damerau-Levenshtein automata (as its fuzzy query), so the explanation never disagrees with what
 * found the record.
 */
final class NameMatcher {
    /** How well a typed token matched, 0..100, and how. */
    record TokenMatch(Match.How how, double points) {
    }

    private final String typed;
    private final boolean prefix;
    private final Variants variants;
    private final Set<String> groups;
    private final Set<String> codes;
    private final Map<Integer, Automaton> withinEdits = new HashMap<>();

    NameMatcher(String typed, boolean prefix, Variants variants) {
        this.typed = typed;
        this.prefix = prefix;
        this.variants = variants;
        this.groups = variants.groups(typed);
        this.codes = variants.codes(typed);
    }

    /**
     * Nickname groups and sound codes of recorded names, worked out once per search: every typed
     * word is compared with the same few hundred recorded names.
     */
    static final class Variants {
        private final Map<String, Set<String>> groups = new HashMap<>();
        private final Map<String, Set<String>> codes = new HashMap<>();

        Set<String> groups(String name) {
            return groups.computeIfAbsent(name, Nicknames::groups);
        }

        Set<String> codes(String name) {
            return codes.computeIfAbsent(name, Phonetics::codes);
        }
    }

    String typed() {
        return typed;
    }

    /** Null when the recorded token does not match at all. */
    TokenMatch against(String recorded) {
        if (recorded.equals(typed)) {
            return new TokenMatch(Match.How.EXACT, 100);
        }
        if (prefix && recorded.startsWith(typed)) {
            return new TokenMatch(Match.How.PREFIX, 90 + 9.0 * typed.length() / recorded.length());
        }
        if (!groups.isEmpty() && variants.groups(recorded).stream().anyMatch(groups::contains)) {
            return new TokenMatch(Match.How.NICKNAME, 80);
        }
        if (!codes.isEmpty() && variants.codes(recorded).stream().anyMatch(codes::contains)) {
            return new TokenMatch(Match.How.PHONETIC, 65);
        }
        int max = LuceneQuery.maxEdits(typed);
        for (int edits = 1; edits <= max; edits++) {
            if (Operations.run(automaton(edits), recorded)) {
                return new TokenMatch(Match.How.FUZZY, edits == 1 ? 55 : 45);
            }
        }
        return null;
    }

    private Automaton automaton(int edits) {
        return withinEdits.computeIfAbsent(edits, e -> new LevenshteinAutomata(typed, true).toAutomaton(e));
    }

    static List<NameMatcher> of(List<String> tokens, boolean lastIsPrefix) {
        java.util.ArrayList<NameMatcher> out = new java.util.ArrayList<>();
        Variants variants = new Variants();
        for (int i = 0; i < tokens.size(); i++) {
            out.add(new NameMatcher(tokens.get(i), lastIsPrefix && i == tokens.size() - 1 && tokens.get(i).length() >= 2,
                    variants));
        }
        return out;
    }
}
