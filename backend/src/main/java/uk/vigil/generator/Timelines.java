package uk.vigil.generator;

import java.time.LocalDate;

/**
 * Draws a {@link Timeline} consistent with the category and phase: a category 2 case is active only
 * while on licence, an RSO only while the notification period runs (indefinite for sentences of 30
 * months or more, 10 years for 6-30 months, 7 for less, 5 for a community sentence).
 */
final class Timelines {
    private Timelines() {
    }

    static Timeline draw(Rng rng, int category, Phase phase, LocalDate asOf) {
        boolean custodial = category != 1 || rng.chance(0.72) || phase == Phase.CUSTODY;
        boolean hospital = custodial && (category == 3 ? rng.chance(0.15) : category == 2 && rng.chance(0.03));
        String disposal = !custodial ? (rng.chance(0.5) ? "SUSPENDED" : "COMMUNITY") : hospital ? "HOSPITAL_ORDER" : "CUSTODY";
        int months = sentenceMonths(rng, category, custodial, hospital, phase);
        return switch (phase) {
            case COMMUNITY -> custodial ? releasedInCommunity(rng, category, disposal, months, asOf)
                    : communitySentence(rng, disposal, months, asOf);
            case CUSTODY -> inCustody(rng, category, disposal, months, asOf);
            case CLOSED -> closed(rng, category, custodial, disposal, months, asOf);
            case NONE -> throw new IllegalArgumentException("no timeline for a duplicate record");
        };
    }

    private static int sentenceMonths(Rng rng, int category, boolean custodial, boolean hospital, Phase phase) {
        if (hospital) {
            return rng.between(24, 96);
        }
        if (!custodial) {
            return rng.between(12, 36);
        }
        if (category == 1) {
            if (phase == Phase.CLOSED) {
                return rng.between(7, 29);
            }
            return switch (rng.weighted(15, 35, 35, 15)) {
                case 0 -> rng.between(7, 11);
                case 1 -> rng.between(12, 29);
                case 2 -> rng.between(30, 72);
                default -> rng.between(73, 180);
            };
        }
        if (category == 2) {
            return switch (rng.weighted(45, 40, 15)) {
                case 0 -> rng.between(12, 36);
                case 1 -> rng.between(37, 96);
                default -> rng.between(97, 240);
            };
        }
        return rng.between(24, 120);
    }

    private static Timeline releasedInCommunity(Rng rng, int category, String disposal, int months, LocalDate asOf) {
        LocalDate release;
        if (category == 1) {
            // RSOs accumulate: many were released years ago and remain on indefinite notification.
            long daysAgo = Math.max(7, Math.min(20 * 365, Math.round(-StrictMath.log(1 - rng.unit()) * 4 * 365)));
            release = asOf.minusDays(daysAgo);
            LocalDate conviction = release.minusMonths(months / 2);
            if (conviction.plusYears(months > 6 ? 10 : 7).isBefore(asOf.plusDays(1)) && months < 30) {
                months = rng.between(30, 72);
            }
        } else {
            int maxMonthsAgo = Math.max(1, Math.min(months / 2, 36));
            release = rng.date(asOf.minusMonths(maxMonthsAgo).plusDays(1), asOf.minusDays(7));
        }
        LocalDate conviction = release.minusMonths(months / 2);
        return build(rng, category, disposal, months, conviction, release, null, null, asOf);
    }

    private static Timeline communitySentence(Rng rng, String disposal, int months, LocalDate asOf) {
        LocalDate conviction = asOf.minusDays(rng.between(14, 5 * 365 - 30));
        return build(rng, 1, disposal, months, conviction, null, null, null, asOf);
    }

    private static Timeline inCustody(Rng rng, int category, String disposal, int months, LocalDate asOf) {
        LocalDate planned = asOf.plusDays(rng.between(14, 270));
        long monthsToRelease = java.time.temporal.ChronoUnit.MONTHS.between(asOf, planned) + 1;
        months = (int) Math.max(months, 2 * monthsToRelease + 2);
        LocalDate conviction = planned.minusMonths(months / 2);
        return build(rng, category, disposal, months, conviction, null, planned, null, asOf);
    }

    private static Timeline closed(Rng rng, int category, boolean custodial, String disposal, int months, LocalDate asOf) {
        LocalDate closedOn = rng.date(asOf.minusYears(4), asOf.minusDays(14));
        LocalDate conviction;
        if (category == 1) {
            conviction = closedOn.minusYears(custodial ? (months > 6 ? 10 : 7) : 5);
        } else {
            conviction = closedOn.minusMonths(months);
        }
        LocalDate release = custodial ? conviction.plusMonths(months / 2) : null;
        return build(rng, category, disposal, months, conviction, release, null, closedOn, asOf);
    }

    private static Timeline build(Rng rng, int category, String disposal, int months, LocalDate conviction,
                                  LocalDate release, LocalDate plannedRelease, LocalDate closedOn, LocalDate asOf) {
        boolean custodial = disposal.equals("CUSTODY") || disposal.equals("HOSPITAL_ORDER");
        LocalDate offence = category == 1 && rng.chance(0.15)
                ? conviction.minusYears(rng.between(5, 25)).minusDays(rng.below(365))
                : conviction.minusDays(rng.between(60, 540));
        LocalDate licenceEnd = custodial && disposal.equals("CUSTODY") && months >= 12 ? conviction.plusMonths(months) : null;
        if (closedOn != null && category != 1 && licenceEnd != null) {
            licenceEnd = closedOn;
        }
        boolean indefinite = category == 1 && custodial && months >= 30;
        LocalDate notificationEnd = category != 1 || indefinite ? null
                : conviction.plusYears(!custodial ? 5 : months > 6 ? 10 : 7);
        if (closedOn != null && category == 1) {
            notificationEnd = closedOn;
        }
        LocalDate leaving = release != null ? release : plannedRelease;
        LocalDate referral = leaving == null ? conviction.plusDays(rng.between(14, 60))
                : max(conviction.plusDays(30), leaving.minusMonths(6));
        if (!referral.isBefore(asOf)) {
            referral = asOf.minusDays(rng.between(1, 20));
        }
        if (referral.isBefore(conviction)) {
            referral = conviction;
        }
        return new Timeline(offence, conviction, disposal, months, custodial ? conviction : null, release, plannedRelease,
                licenceEnd, notificationEnd, indefinite, referral, closedOn);
    }

    static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
