package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Intelligence items graded 3x5x2 (source A-E, intelligence 1-5, handling P/C) with the four
 * minimum-sharing flags, mentioning the nominal and what they use: vehicles, phones, addresses,
 * accounts, partners. Texts carry plates and numbers as people write them, for free-text search.
 */
final class IntelRows {
    private IntelRows() {
    }

    /** A drafted item: text, source, flags and what it mentions. */
    private record Draft(String source, String text, boolean crime, boolean domestic, boolean child, boolean vulnerable,
                         LatLng at, List<String[]> mentions) {
    }

    static void write(Bundle b) {
        Rng rng = b.rng(Rng.Stream.INTEL);
        int count = rng.weighted(45, 30, 15, 10) + (b.p.level() >= 2 ? 3 : 0);
        // Sightings need the nominal out of prison: in custody only prison intelligence (MAPPA F) is possible.
        LocalDate from = b.p.phase() == Phase.CUSTODY ? Timelines.max(b.p.timeline().referralDate(), b.asOf.minusYears(3))
                : Timelines.max(b.p.timeline().communityFrom(), b.asOf.minusYears(3));
        LocalDate to = b.p.timeline().closedDate() != null ? b.p.timeline().closedDate() : b.asOf;
        for (int i = 0; i < count && !from.isAfter(to); i++) {
            LocalDate date = rng.date(from, to);
            Draft d = draft(b, rng, date);
            String id = b.next("IN");
            String marking = rng.chance(0.1) ? Provenance.SECRET : rng.chance(0.05) ? Provenance.OFFICIAL : Provenance.SENSITIVE;
            Agency owner = d.source.equals("MAPPA_F") || d.source.equals("PRISON") ? b.prisonOm.agency()
                    : d.source.equals("PROBATION") || d.source.equals("POLYGRAPH") ? b.area.agency("PROBATION") : b.area.agency("POLICE");
            Officer by = owner.type().equals("PRISON") ? b.prisonOm : owner.type().equals("PROBATION") ? b.probationOm : b.policeOm;
            Provenance prov = b.provenance(owner.type().equals("PRISON") ? "NOMIS" : "VISOR", owner, by, date, marking);
            b.row(ImportFile.INTELLIGENCE, prov, id, date, d.source, "ABCDE".charAt(rng.weighted(10, 40, 35, 10, 5)) + "",
                    Integer.toString(1 + rng.weighted(10, 35, 35, 15, 5)), rng.chance(0.7) ? "P" : "C", d.text,
                    d.crime, d.domestic, d.child, d.vulnerable, d.at == null ? null : d.at.latText(), d.at == null ? null : d.at.lngText());
            b.row(ImportFile.INTELLIGENCE_MENTIONS, prov, b.next("IM"), id, "PERSON", b.p.id(), "SUBJECT");
            for (String[] m : d.mentions) {
                b.row(ImportFile.INTELLIGENCE_MENTIONS, prov, b.next("IM"), id, m[0], m[1], m[2]);
            }
        }
    }

    private static Draft draft(Bundle b, Rng rng, LocalDate date) {
        String name = b.p.name().full();
        Address home = b.p.residence().current();
        List<Integer> options = new ArrayList<>(List.of(0, 1, 2));
        if (b.vehicleId != null) {
            options.add(3);
            options.add(4);
        }
        if (b.phoneNational != null) {
            options.add(5);
        }
        if (b.partnerId != null) {
            options.add(6);
        }
        if (b.p.category() == 1) {
            options.addAll(List.of(8, 9));
        }
        if (!b.zones.isEmpty()) {
            options.add(10);
        }
        if (b.emailAccount != null) {
            options.add(11);
        }
        if (b.p.phase() == Phase.CUSTODY) {
            options = List.of(7);
        }
        List<String[]> mentions = new ArrayList<>();
        String town = home.town();
        return switch (rng.pick(options)) {
            case 0 -> new Draft("PUBLIC", name + " seen in the company of a woman with two young children at " + town
                    + " retail park; relationship not declared.", false, false, true, false, null, mentions);
            case 1 -> new Draft("COSA", "CoSA volunteers report " + name + " has been drinking heavily and talks about moving to "
                    + b.area.byPopulation.pick(rng).name() + ".", false, false, false, true, null, mentions);
            case 2 -> {
                mentions.add(new String[] {"ADDRESS", home.id(), "HOME ADDRESS"});
                yield new Draft("PROBATION", name + " failed to attend an appointment; home visit to " + home.line1() + ", "
                        + home.postcode() + " found no one in.", false, false, false, false, home.at(), mentions);
            }
            case 3 -> {
                mentions.add(new String[] {"VEHICLE", b.vehicleId, "VEHICLE USED"});
                SensitivePlace school = nearestSchool(b, home.at());
                yield new Draft("POLICE", "Vehicle " + (rng.chance(0.5) ? b.vrm : Plates.normalise(b.vrm)) + " seen parked near "
                        + school.name() + " at 15:20 on several occasions; driver matches description of " + name + ".",
                        false, false, true, false, school.at(), mentions);
            }
            case 4 -> {
                mentions.add(new String[] {"VEHICLE", b.vehicleId, "VEHICLE STOPPED"});
                yield new Draft("POLICE", name + " stopped driving " + b.vrm + " with no insurance in " + town
                        + "; passenger would not give a name.", true, false, false, false, Geo.around(rng, home.at(), 800, 3000), mentions);
            }
            case 5 -> {
                mentions.add(new String[] {"DEVICE", b.phoneDeviceId, "PHONE USED"});
                yield new Draft("POLICE", "Anonymous caller reports " + name + " offering cash to teenagers; contact number given as "
                        + Phones.written(b.phoneNational, rng.below(Phones.STYLES)) + ".", false, false, true, true, null, mentions);
            }
            case 6 -> {
                mentions.add(new String[] {"PERSON", b.partnerId, "PARTNER"});
                mentions.add(new String[] {"ADDRESS", home.id(), "INCIDENT LOCATION"});
                yield new Draft("POLICE", "Police attended " + home.line1() + ", " + town + ": report of shouting; " + name
                        + " present; partner " + b.partnerName + " had a facial injury and declined to make a statement.",
                        true, true, rng.chance(0.3), true, home.at(), mentions);
            }
            case 7 -> {
                String number = b.phoneNational != null ? Phones.written(b.phoneNational, 2) : "an unregistered mobile";
                yield new Draft("MAPPA_F", "Prison phone monitoring: " + name + " made repeated calls to " + number
                        + "; recipient believed to be a former partner. Behaviour parallels offending.", false, true, false, false,
                        null, mentions);
            }
            case 8 -> new Draft("DEVICE_MONITORING", "Device monitoring flagged searches for teen chat sites on a device used by "
                    + name + ".", true, false, true, false, null, mentions);
            case 9 -> new Draft("POLYGRAPH", "Polygraph examination: " + name
                    + " disclosed unreported contact with a 15-year-old met online.", false, false, true, true, null, mentions);
            case 10 -> {
                Zone z = b.zones.get(0);
                yield new Draft("ELECTRONIC_MONITORING", "Tag data places " + name + " inside an exclusion zone protecting "
                        + z.protectedVictim().name().full() + " for 40 minutes.", true, false, false, false, z.centre(), mentions);
            }
            default -> {
                mentions.add(new String[] {"ACCOUNT", b.emailAccount, "ACCOUNT USED"});
                yield new Draft("OTHER", "Information that " + name + " uses a second email account to contact young people.",
                        false, false, true, true, null, mentions);
            }
        };
    }

    private static SensitivePlace nearestSchool(Bundle b, LatLng near) {
        SensitivePlace best = null;
        double bestDistance = Double.MAX_VALUE;
        for (SensitivePlace s : b.area.sensitivePlaces) {
            if (s.type().equals("SCHOOL")) {
                double d = Math.abs(s.at().lat() - near.lat()) + Math.abs(s.at().lng() - near.lng());
                if (d < bestDistance) {
                    bestDistance = d;
                    best = s;
                }
            }
        }
        return best;
    }
}
