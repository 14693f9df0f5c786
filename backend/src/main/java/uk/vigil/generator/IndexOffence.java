package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;

/**
 * The offences (counts) a nominal was convicted of at the index conviction, with their victims.
 * Co-offenders were convicted of the leader's first count too.
 */
record IndexOffence(List<Count> counts, List<Victim> victims, String court) {

    record Count(String id, String type, String category, LocalDate date, LatLng at, String place, String method,
                 List<Victim> victims) {
    }

    Count first() {
        return counts.get(0);
    }
}
