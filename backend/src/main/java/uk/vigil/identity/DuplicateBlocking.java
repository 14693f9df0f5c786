package uk.vigil.identity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.vigil.analysis.Nicknames;
import uk.vigil.analysis.Phonetics;

/**
 * Blocking for the whole-graph duplicate scan: records are compared only with others that share a
 * block key, never all pairs. Keys (docs/network.md):
 * <ul>
 *   <li>date of birth with day and month in order (so a swap lands in the same block) plus a
 *       forename key (its sound codes and nickname groups), and the same with a surname key: one
 *       name may be misspelt, not both;</li>
 *   <li>date of birth alone, the PNC id, a phone, a private home: each only while the block holds
 *       at most {@link #SMALL} records (a hub address or a common birthday is not a block).</li>
 * </ul>
 * Name-keyed blocks larger than {@link #LARGE} are skipped too, so the pairs compared stay below
 * LARGE x N whatever the data.
 */
final class DuplicateBlocking {
    static final int SMALL = 20;
    static final int LARGE = 50;

    private DuplicateBlocking() {
    }

    record Blocks(List<int[]> blocks, int skipped) {
    }

    static Blocks blocks(List<IdentityRecord> records) {
        Map<String, List<Integer>> small = new HashMap<>();
        Map<String, List<Integer>> named = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            IdentityRecord r = records.get(i);
            String dob = r.dob() == null ? null : r.dob().getYear() + "-" + Math.min(r.dob().getMonthValue(), r.dob().getDayOfMonth())
                    + "-" + Math.max(r.dob().getMonthValue(), r.dob().getDayOfMonth());
            if (dob != null) {
                small.computeIfAbsent("d|" + dob, k -> new ArrayList<>()).add(i);
                Set<String> keys = new HashSet<>();
                for (List<String> name : r.names()) {
                    nameKeys(name.get(0)).forEach(k -> keys.add("d|" + dob + "|f|" + k));
                    nameKeys(name.get(1)).forEach(k -> keys.add("d|" + dob + "|s|" + k));
                }
                for (String k : keys) {
                    named.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
                }
            }
            if (r.pncId() != null) {
                small.computeIfAbsent("p|" + r.pncId(), k -> new ArrayList<>()).add(i);
            }
            for (String d : r.devices()) {
                small.computeIfAbsent("v|" + d, k -> new ArrayList<>()).add(i);
            }
            for (String h : r.homes()) {
                small.computeIfAbsent("h|" + h, k -> new ArrayList<>()).add(i);
            }
        }
        List<int[]> out = new ArrayList<>();
        int skipped = 0;
        for (List<Integer> b : small.values()) {
            if (b.size() > SMALL) {
                skipped++;
            } else if (b.size() > 1) {
                out.add(b.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        for (List<Integer> b : named.values()) {
            if (b.size() > LARGE) {
                skipped++;
            } else if (b.size() > 1) {
                out.add(b.stream().mapToInt(Integer::intValue).toArray());
            }
        }
        return new Blocks(out, skipped);
    }

    /** A name's block keys: its Double Metaphone codes and nickname groups, or the folded word itself. */
    static Set<String> nameKeys(String name) {
        String folded = NameSimilarity.fold(name);
        Set<String> keys = new HashSet<>();
        if (folded.isEmpty()) {
            return keys;
        }
        keys.addAll(Phonetics.codes(folded));
        Nicknames.groups(folded).forEach(g -> keys.add("n:" + g));
        if (keys.isEmpty()) {
            keys.add("w:" + folded);
        }
        return keys;
    }
}
