package uk.vigil.generator;

import java.time.LocalDate;

/**
 * Risk assessments: a RoSH history for everyone (the latest by MAPPA level, ending at
 * LOW/MEDIUM/HIGH/VERY_HIGH = 30/45/22/3% at level 1), RM2000 for male RSOs, ARMS for RSOs in the
 * community, SARA for partner abuse and OGRS for the violent.
 */
final class RiskRows {
    static final String[] LEVELS = {"LOW", "MEDIUM", "HIGH", "VERY_HIGH"};

    private RiskRows() {
    }

    static void write(Bundle b, Rng rng) {
        Profile p = b.p;
        Timeline t = p.timeline();
        LocalDate last = t.closedDate() != null ? t.closedDate() : b.asOf;
        int rosh = roshLevel(rng, p.level());
        b.roshLevel = LEVELS[rosh];
        int count = 1 + rng.weighted(40, 35, 25);
        for (int i = count - 1; i >= 0; i--) {
            LocalDate date = i == 0 ? rng.date(Timelines.max(t.referralDate(), last.minusDays(300)), last)
                    : rng.date(t.referralDate(), Timelines.max(t.referralDate(), last.minusDays(300L * i)));
            int level = i == 0 ? rosh : Math.max(0, Math.min(3, rosh + rng.between(-1, 1)));
            b.row(ImportFile.RISK_ASSESSMENTS, oasys(b, date), b.next("RA"), p.id(), "ROSH", date, LEVELS[level], null,
                    "OASys RoSH: " + LEVELS[level].replace('_', ' ').toLowerCase() + " risk to "
                            + rng.pick(new String[] {"children", "known adult", "public", "partner", "staff"}));
        }
        if (p.category() == 1 && p.sex().equals("M")) {
            int level = p.level() == 1 ? rng.weighted(30, 35, 25, 10) : rng.weighted(10, 30, 40, 20);
            b.row(ImportFile.RISK_ASSESSMENTS, b.police(t.referralDate()), b.next("RA"), p.id(), "RM2000", t.referralDate(),
                    LEVELS[level], Integer.toString(level + rng.between(0, 2)) + ".0", "Risk Matrix 2000/S");
        }
        if (p.category() == 1 && p.inCommunity() && rng.chance(0.6)) {
            LocalDate date = rng.date(Timelines.max(t.communityFrom(), b.asOf.minusYears(2)), b.asOf);
            b.row(ImportFile.RISK_ASSESSMENTS, b.police(date), b.next("RA"), p.id(), "ARMS", date, null, null,
                    "ARMS priority: " + rng.pick(new String[] {"low", "medium", "high"}) + "; risk factors present "
                            + rng.between(0, 7) + "/7; protective factors present " + rng.between(0, 4) + "/4");
        }
        boolean partnerAbuse = b.index.counts().stream().anyMatch(c -> OffenceTypes.PARTNER_ABUSE.contains(c.type()));
        if (partnerAbuse) {
            int level = rng.weighted(15, 45, 40);
            b.row(ImportFile.RISK_ASSESSMENTS, b.police(t.convictionDate()), b.next("RA"), p.id(), "SARA", t.convictionDate(),
                    LEVELS[level], null, "Spousal Assault Risk Assessment: " + LEVELS[level].toLowerCase() + " risk of further partner violence");
        }
        if (p.category() != 1) {
            double score = Math.round(rng.unit() * 950 + 30) / 10.0;
            String level = score >= 90 ? "VERY_HIGH" : score >= 75 ? "HIGH" : score >= 50 ? "MEDIUM" : "LOW";
            b.row(ImportFile.RISK_ASSESSMENTS, oasys(b, t.referralDate()), b.next("RA"), p.id(), "OGRS", t.referralDate(),
                    level, Double.toString(score), "OGRS3 two-year proven reoffending probability (%)");
        }
    }

    /** The latest RoSH by MAPPA level: mostly MEDIUM at level 1, mostly HIGH or VERY HIGH at level 3. */
    static int roshLevel(Rng rng, int level) {
        return switch (level) {
            case 1 -> rng.weighted(30, 45, 22, 3);
            case 2 -> rng.weighted(5, 30, 55, 10);
            default -> rng.weighted(0, 5, 45, 50);
        };
    }

    private static Provenance oasys(Bundle b, LocalDate date) {
        return b.provenance("OASYS", b.area.agency("PROBATION"), b.probationOm, date, Provenance.SENSITIVE);
    }
}
