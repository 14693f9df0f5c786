package uk.vigil.suspect;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.vigil.access.Viewer;

/**
 * Compares the two-step suspect search with reading every candidate's details (docs/suspects.md,
 * "Speed") on one search: for each size asked, the list (ids, order, totals, every factor's points
 * and reasons, links), the ruled-out with their reasons, the counts and notices must be the same.
 * Counts what each read, and how often a list ended inside a tie.
 */
final class TwoStepAgreement {
    private final SuspectService twoStep;
    private final SuspectService allDetails;
    private final Viewer viewer;
    int searches;
    long considered;
    long read;
    int tiesAtTheCut;

    TwoStepAgreement(SuspectService twoStep, SuspectService allDetails, Viewer viewer) {
        this.twoStep = twoStep;
        this.allDetails = allDetails;
        this.viewer = viewer;
    }

    /** The reference at the largest size; the two-step at each size and at the first tie of the reference. */
    void check(Map<String, Object> body, String sort, List<Integer> sizes) {
        Map<String, Object> all = new HashMap<>(body);
        all.put("size", 100);
        all.put("includeRuledOut", true);
        if (sort != null) {
            all.put("sort", sort);
        }
        SuspectResult ref = allDetails.search(viewer, SuspectRequest.of(all));
        assertThat(allDetails.lastEffort.detailsRead()).isEqualTo(ref.considered());
        List<Integer> asked = new java.util.ArrayList<>(sizes);
        int tie = firstTie(ref, sort);
        if (tie > 0) {
            asked.add(tie);
        }
        for (int size : asked) {
            Map<String, Object> b = new HashMap<>(all);
            b.put("size", size);
            SuspectResult got = twoStep.search(viewer, SuspectRequest.of(b));
            String what = "sort " + sort + ", size " + size + ", " + body;
            assertThat(got.suspects()).as(what).isEqualTo(ref.suspects().subList(0, Math.min(size, ref.suspects().size())));
            assertThat(got.ruledOut()).as(what).isEqualTo(ref.ruledOut());
            assertThat(got.ruledOutCount()).as(what).isEqualTo(ref.ruledOutCount());
            assertThat(got.considered()).as(what).isEqualTo(ref.considered());
            assertThat(got.capped()).as(what).isEqualTo(ref.capped());
            assertThat(got.notices()).as(what).isEqualTo(ref.notices());
            assertThat(twoStep.lastEffort.considered()).isEqualTo(ref.considered());
            searches++;
            considered += ref.considered();
            read += twoStep.lastEffort.detailsRead();
            tiesAtTheCut += size == tie ? 1 : 0;
        }
    }

    /** The smallest size whose last suspect ties the next on the sort key and total (only the id orders them), or 0. */
    static int firstTie(SuspectResult r, String sort) {
        List<SuspectResult.Suspect> s = r.suspects();
        for (int i = 0; i + 1 < s.size(); i++) {
            if (s.get(i).total() == s.get(i + 1).total()
                    && (sort == null || s.get(i).factors().get(SuspectFactor.valueOf(sort)).score()
                    == s.get(i + 1).factors().get(SuspectFactor.valueOf(sort)).score())) {
                return i + 1;
            }
        }
        return 0;
    }

    String summary() {
        return String.format("%d searches: %d candidates considered, %d details read (%.0f%%); %d lists cut inside a tie",
                searches, considered, read, considered == 0 ? 0.0 : 100.0 * read / considered, tiesAtTheCut);
    }
}
