package uk.vigil.suspect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The answer to a suspect search: where and when it was, the ranked suspects with each factor's
 * points and reasons, and (on request) the candidates ruled out with why.
 *
 * @param considered candidates scored (after the access rule); {@code capped} when more had an opportunity
 */
public record SuspectResult(String searchId, String purpose, Place place, String from, String to, int considered,
                            boolean capped, String sort, List<Suspect> suspects, int ruledOutCount, List<RuledOut> ruledOut,
                            List<FactorInfo> factors, List<String> notices) {

    public record Place(double lat, double lng, int radiusM, String resolvedFrom) {
    }

    /** One factor's points (0 to {@code max}) and the sentences that explain them. */
    public record FactorScore(double score, int max, List<String> reasons) {
    }

    public record Suspect(int rank, String id, String name, LocalDate dob, Integer ageOnDay, String sex, String area,
                          Long category, Long level, double total, Map<SuspectFactor, FactorScore> factors,
                          List<SuspectCandidate.Link> links) {
    }

    public record RuledOut(String id, String name, LocalDate dob, String area, List<String> reasons) {
    }

    public record FactorInfo(SuspectFactor factor, int max, String description) {
    }
}
