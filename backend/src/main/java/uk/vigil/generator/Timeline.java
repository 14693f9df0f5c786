package uk.vigil.generator;

import java.time.LocalDate;

/**
 * The dates of a nominal's index offence and what followed. Null means "does not apply" (no
 * custody, no licence, not yet released, still active); an RSO on indefinite notification has
 * {@code notificationIndefinite} set and no {@code notificationEnd}.
 */
record Timeline(LocalDate offenceDate, LocalDate convictionDate, String disposal, int sentenceMonths,
                LocalDate custodyFrom, LocalDate releaseDate, LocalDate plannedRelease, LocalDate licenceEnd,
                LocalDate notificationEnd, boolean notificationIndefinite, LocalDate referralDate, LocalDate closedDate) {

    boolean custodial() {
        return custodyFrom != null;
    }

    /** When the nominal (last) came into the community: release, or conviction for a community sentence. */
    LocalDate communityFrom() {
        return releaseDate != null ? releaseDate : convictionDate;
    }

    boolean licenceActive(LocalDate asOf) {
        return releaseDate != null && licenceEnd != null && !releaseDate.isAfter(asOf) && licenceEnd.isAfter(asOf);
    }

    Timeline withOffenceDate(LocalDate date) {
        return new Timeline(date, convictionDate, disposal, sentenceMonths, custodyFrom, releaseDate, plannedRelease,
                licenceEnd, notificationEnd, notificationIndefinite, referralDate, closedDate);
    }
}
