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
    private final Set<String> groups;
    private final Set<String> codes;
    private final Map<Integer, Automaton> withinEdits = new HashMap<>();

    NameMatcher(String typed, boolean prefix) {
        this.typed = typed;
        this.prefix = prefix;
        this.groups = Nicknames.groups(typed);
        this.codes = Phonetics.codes(typed);
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
        if (!groups.isEmpty() && Nicknames.groups(recorded).stream().anyMatch(groups::contains)) {
            return new TokenMatch(Match.How.NICKNAME, 80);
        }
        if (!codes.isEmpty() && Phonetics.codes(recorded).stream().anyMatch(codes::contains)) {
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
        for (int i = 0; i < tokens.size(); i++) {
            out.add(new NameMatcher(tokens.get(i), lastIsPrefix && i == tokens.size() - 1 && tokens.get(i).length() >= 2));
        }
        return out;
    }
}
