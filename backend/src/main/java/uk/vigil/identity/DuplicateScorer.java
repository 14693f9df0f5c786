package uk.vigil.identity;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Scores a pair of nominal records as one human (docs/network.md, "Duplicate identities"):
 * score = 0.4 name + 0.35 date of birth + 0.25 shared identifiers, where
 * <ul>
 *   <li>name = the mean of forename and surname similarity ({@link NameSimilarity}), the best over
 *       each record's own name and its aliases; both parts must be alike at all;</li>
 *   <li>date of birth = 1.0 the same, 0.9 day and month swapped, 0.5 unknown on either side, else 0;</li>
 *   <li>shared = the strongest of the same PNC id 1.0, a shared phone 0.8, a shared private home
 *       0.6, plus 0.1 for each further one (at most 1).</li>
 * </ul>
 * A pair is a candidate at 0.6 or more, and only when the dates of birth agree (same or swapped) or
 * the PNC id is shared: a father and son of one name at one address are not proposed.
 */
final class DuplicateScorer {
    static final double THRESHOLD = 0.6;

    private DuplicateScorer() {
    }

    static Optional<DuplicateCandidate> score(IdentityRecord a, IdentityRecord b) {
        if (a.decided().contains(b.id()) || b.decided().contains(a.id())) {
            return Optional.empty();
        }
        double bestName = 0;
        String foreKind = null;
        String surKind = null;
        for (List<String> na : a.names()) {
            for (List<String> nb : b.names()) {
                NameSimilarity.Match f = NameSimilarity.compare(na.get(0), nb.get(0));
                NameSimilarity.Match s = NameSimilarity.compare(na.get(1), nb.get(1));
                if (f.score() > 0 && s.score() > 0 && (f.score() + s.score()) / 2 > bestName) {
                    bestName = (f.score() + s.score()) / 2;
                    foreKind = f.kind().name();
                    surKind = s.kind().name();
                }
            }
        }
        if (bestName == 0) {
            return Optional.empty();
        }
        List<String> signals = new ArrayList<>();
        List<String> reasons = new ArrayList<>();
        signals.add("FORENAME_" + foreKind);
        signals.add("SURNAME_" + surKind);
        reasons.add("forename " + foreKind.toLowerCase() + ", surname " + surKind.toLowerCase());
        double dob;
        if (a.dob() == null || b.dob() == null) {
            dob = 0.5;
            signals.add("DOB_UNKNOWN");
        } else if (a.dob().equals(b.dob())) {
            dob = 1.0;
            signals.add("DOB_SAME");
            reasons.add("same date of birth " + a.dob());
        } else if (swapped(a.dob(), b.dob())) {
            dob = 0.9;
            signals.add("DOB_DAY_MONTH_SWAPPED");
            reasons.add("date of birth with day and month swapped (" + a.dob() + ", " + b.dob() + ")");
        } else {
            dob = 0;
        }
        List<Double> shared = new ArrayList<>();
        boolean pnc = a.pncId() != null && a.pncId().equals(b.pncId());
        if (pnc) {
            shared.add(1.0);
            signals.add("SHARED_PNC_ID");
            reasons.add("same PNC id " + a.pncId());
        }
        if (intersects(a.devices(), b.devices())) {
            shared.add(0.8);
            signals.add("SHARED_PHONE");
            reasons.add("share a phone");
        }
        if (intersects(a.homes(), b.homes())) {
            shared.add(0.6);
            signals.add("SHARED_ADDRESS");
            reasons.add("share a private home");
        }
        shared.sort(java.util.Comparator.reverseOrder());
        double identifiers = shared.isEmpty() ? 0 : Math.min(1.0, shared.get(0) + 0.1 * (shared.size() - 1));
        if (dob < 0.9 && !pnc) {
            return Optional.empty();
        }
        double score = Math.round((0.4 * bestName + 0.35 * dob + 0.25 * identifiers) * 1000) / 1000.0;
        if (score < THRESHOLD) {
            return Optional.empty();
        }
        boolean aFirst = a.id().compareTo(b.id()) < 0;
        return Optional.of(new DuplicateCandidate(aFirst ? a.summary() : b.summary(), aFirst ? b.summary() : a.summary(),
                score, List.copyOf(signals), List.copyOf(reasons)));
    }

    static boolean swapped(LocalDate a, LocalDate b) {
        return a.getYear() == b.getYear() && a.getMonthValue() == b.getDayOfMonth() && a.getDayOfMonth() == b.getMonthValue();
    }

    private static boolean intersects(Set<String> a, Set<String> b) {
        for (String x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
