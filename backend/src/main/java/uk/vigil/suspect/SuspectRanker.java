package uk.vigil.suspect;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.vigil.search.Fragments;
import uk.vigil.suspect.SuspectCandidate.Link;
import uk.vigil.suspect.SuspectResult.FactorScore;

/**
 * Scores one candidate on every factor ({@link SuspectFactor}), with the sentence behind each point,
 * or rules them out with why (in custody for the whole window, recalled before it, of the other
 * sex). Pure: everything it needs is in the request, the candidate and what the fragments matched,
 * so it is tested without a database. The weights are in docs/suspects.md.
 */
final class SuspectRanker {
    /** How much each kind of link says about being there: a home most, a proposed address least. */
    static final Map<String, Double> LINK_WEIGHT = Map.of("TAG", 1.0, "HOME", 1.0, "WORK", 0.85, "FREQUENTS", 0.8,
            "SIGHTING", 0.7, "VEHICLE_REGISTERED", 0.6, "PROPOSED", 0.5, "ASSOCIATE_HOME", 0.5);
    /**
     * The fastest anyone is taken to travel between two tag fixes (130 km/h, above the motorway limit):
     * a trail rules a candidate out only when not even this speed would have taken him to the place
     * and on to the next fix in the time between them.
     */
    static final double FASTEST_MPS = 130 / 3.6;
    /** Where the window's local times are (SuspectRequest's times are local to England and Wales). */
    static final ZoneId LOCAL = uk.vigil.common.EnglandAndWales.ZONE;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    /** Within this distance a link counts in full; beyond, it fades to nothing at radius + this. */
    static final double FULL_WITHIN_M = 250;
    private static final int[] AGE_BANDS = {0, 13, 16, 18, 25, 45, 65};

    /** A sensitive place near the offence, for NOT_IN_SIGHT_OF conditions. */
    record NearPlace(String type, String name, double distanceM) {
    }

    /** Either a ranked suspect's factors or the reasons they were ruled out. */
    record Outcome(Map<SuspectFactor, FactorScore> factors, double total, List<String> ruledOut, Integer ageOnDay) {
        boolean isRuledOut() {
            return !ruledOut.isEmpty();
        }
    }

    private final SuspectRequest req;
    private final double lat;
    private final double lng;
    private final int radiusM;
    private final Set<String> plateVehicles;
    private final Set<String> phoneDevices;
    private final Set<String> namedIds;
    private final List<NearPlace> nearPlaces;
    private final Map<String, Double> wordWeights;
    /** The window as instants, for the tag trail (the request's times are local). */
    private final Instant windowFrom;
    private final Instant windowTo;

    SuspectRanker(SuspectRequest req, double lat, double lng, Set<String> plateVehicles, Set<String> phoneDevices,
                  Set<String> namedIds, List<NearPlace> nearPlaces, List<SuspectCandidate> all) {
        this.req = req;
        this.lat = lat;
        this.lng = lng;
        this.radiusM = req.radiusM();
        this.plateVehicles = plateVehicles;
        this.phoneDevices = phoneDevices;
        this.namedIds = namedIds;
        this.nearPlaces = nearPlaces;
        this.wordWeights = weights(req.descriptionWords(), all);
        this.windowFrom = req.from().atZone(LOCAL).toInstant();
        this.windowTo = req.to().atZone(LOCAL).toInstant();
    }

    /**
     * Rarer description words count more: a word's weight is ln(1 + N / (1 + n)), N candidates, n of
     * them with the word, so "spider" outweighs "dark" among a town's candidates.
     */
    static Map<String, Double> weights(List<String> words, List<SuspectCandidate> all) {
        Map<String, Double> weights = new HashMap<>();
        for (String w : words) {
            int n = 0;
            for (SuspectCandidate c : all) {
                if (!Fragments.found(List.of(w), describedAs(c)).isEmpty()) {
                    n++;
                }
            }
            weights.put(w, Math.log(1 + (double) all.size() / (1 + n)));
        }
        return weights;
    }

    static String describedAs(SuspectCandidate c) {
        return (c.description() == null ? "" : c.description()) + (c.build() == null ? "" : ", " + c.build() + " build");
    }

    Outcome rank(SuspectCandidate c) {
        return score(c, c, 0);
    }

    /**
     * From a candidate's facts (suspect/facts.cypher, {@link SuspectCandidate#fromFacts}): whether and why
     * he is ruled out, exactly as {@link #rank} on his details (custody, events and sex are the same
     * records), or else an upper bound of each factor and of the total {@link #rank} gives him. Every
     * factor is a monotone function of its inputs and the facts hold at least what the details do, so the
     * same code on the facts bounds it; curfews only lower AVAILABILITY, so it is bounded without them.
     * The total gets a hair more, as a sum of bounds may round differently from a sum of scores.
     */
    Outcome bound(SuspectCandidate facts) {
        SuspectCandidate noCurfew = new SuspectCandidate(facts.id(), facts.forename(), facts.surname(), facts.dob(), facts.sex(),
                facts.build(), facts.description(), facts.area(), facts.category(), facts.level(), facts.aliasIds(), facts.links(),
                facts.vehicles(), facts.devices(), facts.custody(), facts.events(), List.of(), facts.offences(), facts.trail());
        return score(facts, noCurfew, 1e-6);
    }

    private Outcome score(SuspectCandidate c, SuspectCandidate forAvailability, double slack) {
        LocalDate day = req.from().toLocalDate();
        Integer age = c.dob() == null ? null : Period.between(c.dob(), day).getYears();
        // read once: it may rule him out, and otherwise AVAILABILITY says what it shows (the same trail either way)
        TrailCheck trail = trailCheck(c.trail());
        List<String> out = ruledOut(c, age, trail);
        if (!out.isEmpty()) {
            return new Outcome(Map.of(), 0, out, age);
        }
        Map<SuspectFactor, FactorScore> f = new EnumMap<>(SuspectFactor.class);
        f.put(SuspectFactor.OPPORTUNITY, opportunity(c));
        f.put(SuspectFactor.AVAILABILITY, availability(forAvailability, trail));
        f.put(SuspectFactor.DESCRIPTION, description(c, age));
        f.put(SuspectFactor.VEHICLE, vehicle(c));
        f.put(SuspectFactor.PHONE, phone(c));
        f.put(SuspectFactor.NAME, name(c));
        f.put(SuspectFactor.METHOD, method(c));
        f.put(SuspectFactor.CONDITIONS, conditions(c));
        double total = f.values().stream().mapToDouble(FactorScore::score).sum();
        return new Outcome(f, round(total + slack), List.of(), age);
    }

    private List<String> ruledOut(SuspectCandidate c, Integer age, TrailCheck trail) {
        List<String> why = new ArrayList<>();
        LocalDate fromDate = req.from().toLocalDate();
        LocalDate toDate = req.to().toLocalDate();
        for (SuspectCandidate.Custody p : c.custody()) {
            boolean before = p.from() != null && p.from().isBefore(fromDate);
            boolean after = p.to() == null || p.to().isAfter(toDate)
                    || (p.to().isEqual(toDate) && !req.to().toLocalTime().isAfter(LocalTime.of(9, 0)));
            if (before && after) {
                why.add((p.type() != null && p.type().equals("HOSPITAL") ? "In hospital (" : "In custody (")
                        + label(p.type()) + (p.establishment() == null ? "" : ", " + p.establishment()) + ") from " + p.from()
                        + (p.to() == null ? ", not yet released" : " to " + p.to()) + ": the whole window");
            }
        }
        for (SuspectCandidate.Event e : c.events()) {
            if ((e.type().equals("RECALL") || e.type().equals("RETURN_TO_CUSTODY")) && e.date().isBefore(fromDate)
                    && c.custody().stream().noneMatch(p -> p.from() != null && !p.from().isBefore(e.date()) && p.to() != null
                    && p.to().isBefore(fromDate))) {
                why.add("Recalled to custody on " + e.date() + ", before the window, with no release recorded");
            }
        }
        if (trail.alibi()) {
            why.add(trail.sentence());
        }
        if (req.suspectSex() != null && ("M".equals(c.sex()) || "F".equals(c.sex())) && !req.suspectSex().equals(c.sex())) {
            why.add("Recorded as " + ("M".equals(c.sex()) ? "male" : "female") + "; the suspect was described as "
                    + ("M".equals(req.suspectSex()) ? "male" : "female"));
        }
        return why;
    }

    private FactorScore opportunity(SuspectCandidate c) {
        double best = 0;
        Link bestLink = null;
        List<String> reasons = new ArrayList<>();
        int others = 0;
        for (Link l : c.links()) {
            double p = proximity(l.distanceM()) * LINK_WEIGHT.getOrDefault(l.relation(), 0.3);
            if (p <= 0) {
                continue;
            }
            if (p > best) {
                if (bestLink != null) {
                    others++;
                }
                best = p;
                bestLink = l;
            } else {
                others++;
            }
        }
        if (bestLink == null) {
            return new FactorScore(0, SuspectFactor.OPPORTUNITY.max, List.of("No recorded link near the place during the window"));
        }
        reasons.add(linkSentence(bestLink));
        for (Link l : c.links()) {
            if (l != bestLink && proximity(l.distanceM()) > 0 && reasons.size() < 4) {
                reasons.add(linkSentence(l));
            }
        }
        double share = Math.min(1.0, best + 0.1 * Math.min(2, others));
        return new FactorScore(round(SuspectFactor.OPPORTUNITY.max * share), SuspectFactor.OPPORTUNITY.max, reasons);
    }

    double proximity(double distanceM) {
        if (distanceM <= FULL_WITHIN_M) {
            return 1;
        }
        return Math.max(0, 1 - (distanceM - FULL_WITHIN_M) / radiusM);
    }

    private static String linkSentence(Link l) {
        String what = switch (l.relation()) {
            case "HOME" -> "Home";
            case "WORK" -> "Work";
            case "FREQUENTS" -> "Frequents";
            case "PROPOSED" -> "Proposed address";
            case "ASSOCIATE_HOME" -> "Associate's home";
            case "VEHICLE_REGISTERED" -> "Vehicle registered";
            case "SIGHTING" -> "Intelligence sighting";
            default -> l.relation();
        };
        if (l.relation().equals("TAG")) {
            return "His tag placed him " + metres(l.distanceM()) + " from the place during the window (" + l.label() + ")";
        }
        return what + " " + metres(l.distanceM()) + " from the place (" + l.label() + ")";
    }

    private FactorScore availability(SuspectCandidate c, TrailCheck trail) {
        int max = SuspectFactor.AVAILABILITY.max;
        List<String> reasons = new ArrayList<>();
        double score = max;
        LocalDate fromDate = req.from().toLocalDate();
        for (SuspectCandidate.Custody p : c.custody()) {
            score = Math.min(score, 6);
            reasons.add("In custody (" + label(p.type()) + ") for part of the window: " + p.from() + " to "
                    + (p.to() == null ? "not released" : p.to()) + "; check the times");
        }
        for (SuspectCandidate.Event e : c.events()) {
            if (e.type().equals("HOSPITAL_ADMISSION") && !e.date().isBefore(fromDate.minusDays(3))) {
                score = Math.min(score, 5);
                reasons.add("Admitted to hospital on " + e.date() + ": check when he was discharged");
            } else if (!e.date().isBefore(fromDate)) {
                score = Math.min(score, 6);
                reasons.add(label(e.type()) + " on " + e.date() + ", during the window: check the time");
            }
        }
        boolean tagged = c.conditions().stream().anyMatch(k -> "ELECTRONIC_MONITORING".equals(k.type()));
        boolean trailed = !c.trail().isEmpty();
        for (SuspectCandidate.Condition k : c.conditions()) {
            if ("CURFEW".equals(k.type()) && duringCurfew(k)) {
                score = Math.min(score, tagged ? 8 : 10);
                reasons.add("Under a curfew " + k.curfewStart() + "-" + k.curfewEnd() + " for the window: he should have been at home"
                        + (tagged && !trailed ? "; electronically monitored, but no tag data is recorded for the window: ask the"
                        + " monitoring service where he was" : ""));
            }
        }
        if (trailed) {
            reasons.add(trail.sentence());
        }
        if (reasons.isEmpty()) {
            reasons.add("No custody, hospital or recall recorded during the window");
        }
        return new FactorScore(score, max, reasons);
    }

    /**
     * What his tag trail says about the window (docs/suspects.md, "Tag data"). It is an alibi when it has a
     * fix at or before the start and one at or after the end, and between every two fixes in that span he
     * could not have reached the place and gone on to the next fix at {@link #FASTEST_MPS}, each fix's stated
     * accuracy counted in his favour; and never when two fixes are further apart than that speed allows.
     */
    TrailCheck trailCheck(List<SuspectCandidate.Fix> trail) {
        if (trail.isEmpty()) {
            return new TrailCheck(false, "");
        }
        Instant from = windowFrom;
        Instant to = windowTo;
        int first = -1;
        int last = -1;
        for (int i = 0; i < trail.size(); i++) {
            if (!trail.get(i).at().isAfter(from)) {
                first = i;
            }
            if (last < 0 && !trail.get(i).at().isBefore(to)) {
                last = i;
            }
        }
        long inWindow = trail.stream().filter(SuspectCandidate.Fix::inWindow).count();
        if (trail.size() >= SuspectService.TRAIL_LIMIT) {
            return new TrailCheck(false, "Tag data for the window is longer than is read (" + SuspectService.TRAIL_LIMIT
                    + " fixes): narrow the window to check where his tag placed him");
        }
        if (first < 0 || last <= first) {
            return new TrailCheck(false, "Tag data does not cover the whole window (" + inWindow + " fix" + (inWindow == 1 ? "" : "es")
                    + " in it" + (first < 0 ? "; none before it starts" : "") + (last < 0 ? "; none after it ends" : "") + ")");
        }
        double nearest = Double.MAX_VALUE;
        long widestGapS = 0;
        String reachable = null;
        String jump = null;
        SuspectCandidate.Fix closest = trail.get(first);
        for (int i = first; i < last; i++) {
            SuspectCandidate.Fix a = trail.get(i);
            SuspectCandidate.Fix b = trail.get(i + 1);
            double away = a.distanceM() - accuracy(a) + b.distanceM() - accuracy(b);
            long seconds = Duration.between(a.at(), b.at()).toSeconds();
            double moved = Distance.metres(a.lat(), a.lng(), b.lat(), b.lng()) - accuracy(a) - accuracy(b);
            if (jump == null && moved > FASTEST_MPS * seconds) {
                // no one moves like that: a fix is wrong, and a trail with a wrong fix proves nothing either way
                jump = "Tag data for the window jumps " + metres(moved) + " between " + clock(a.at()) + " and " + clock(b.at())
                        + ", faster than anyone travels: it cannot rule him out; check it with the monitoring service";
            }
            widestGapS = Math.max(widestGapS, seconds);
            nearest = Math.min(nearest, Math.min(a.distanceM() - accuracy(a), b.distanceM() - accuracy(b)));
            closest = b.distanceM() < closest.distanceM() ? b : closest;
            if (reachable == null && away <= FASTEST_MPS * seconds) {
                reachable = "Tag data covers the window, but between " + clock(a.at()) + " and " + clock(b.at())
                        + " he could have reached the place (" + metres(Math.max(0, a.distanceM())) + " and "
                        + metres(Math.max(0, b.distanceM())) + " away)";
            }
        }
        if (jump != null) {
            return new TrailCheck(false, jump);
        }
        if (reachable != null) {
            // near the place, where the tag placed him says more than the first minute he could have got there
            return new TrailCheck(false, closest.distanceM() <= radiusM
                    ? "Tag data covers the whole window and does not rule him out: his nearest fix was " + metres(closest.distanceM())
                    + " from the place, at " + clock(closest.at())
                    : reachable);
        }
        return new TrailCheck(true, "Tag data covers the whole window (" + (last - first + 1) + " fixes from " + clock(trail.get(first).at())
                + " to " + clock(trail.get(last).at()) + ", at most " + Math.max(1, Math.round(widestGapS / 60.0)) + " min apart) and keeps him "
                + metres(nearest) + " or more from the place: he could not have got there between any two fixes");
    }

    /** What a trail says: whether it is an alibi, and the sentence either way. */
    record TrailCheck(boolean alibi, String sentence) {
    }

    private static double accuracy(SuspectCandidate.Fix f) {
        return f.accuracyM() == null ? 0 : f.accuracyM();
    }

    /** A fix's time as an investigator reads it: local time in England and Wales. */
    static String clock(Instant at) {
        return CLOCK.format(at.atZone(LOCAL));
    }

    /** True when the whole window lies inside the curfew hours (which may run past midnight). */
    boolean duringCurfew(SuspectCandidate.Condition k) {
        LocalTime start = time(k.curfewStart());
        LocalTime end = time(k.curfewEnd());
        if (start == null || end == null || java.time.Duration.between(req.from(), req.to()).toHours() > 12) {
            return false;
        }
        return inside(req.from().toLocalTime(), start, end) && inside(req.to().toLocalTime(), start, end);
    }

    private static boolean inside(LocalTime t, LocalTime start, LocalTime end) {
        return start.isBefore(end) ? !t.isBefore(start) && !t.isAfter(end) : !t.isBefore(start) || !t.isAfter(end);
    }

    private FactorScore description(SuspectCandidate c, Integer age) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        if (req.suspectSex() != null && req.suspectSex().equals(c.sex())) {
            score += 3;
            reasons.add("Sex matches");
        }
        if (age != null && (req.suspectAgeFrom() != null || req.suspectAgeTo() != null)) {
            int lo = req.suspectAgeFrom() == null ? 0 : req.suspectAgeFrom();
            int hi = req.suspectAgeTo() == null ? 200 : req.suspectAgeTo();
            int off = age < lo ? lo - age : age > hi ? age - hi : 0;
            double points = 10 * Math.max(0, 1 - off / 5.0);
            score += points;
            String range = req.suspectAgeFrom() == null ? "up to " + hi : req.suspectAgeTo() == null ? lo + " or more" : lo + "-" + hi;
            reasons.add("Aged " + age + " on the day (described " + range + (off == 0 ? ")" : ", " + off + " year" + (off > 1 ? "s" : "") + " out)"));
        }
        if (!req.descriptionWords().isEmpty()) {
            String text = describedAs(c);
            List<String> found = Fragments.found(req.descriptionWords(), text);
            double all = req.descriptionWords().stream().mapToDouble(w -> wordWeights.getOrDefault(w, 1.0)).sum();
            double got = found.stream().mapToDouble(w -> wordWeights.getOrDefault(w, 1.0)).sum();
            if (all > 0 && !found.isEmpty()) {
                score += 12 * got / all;
                reasons.add("Description mentions " + String.join(", ", found) + " (" + text + ")");
            } else {
                reasons.add("Description mentions none of the words given" + (text.isBlank() ? "" : " (" + text + ")"));
            }
        }
        return new FactorScore(round(score), SuspectFactor.DESCRIPTION.max, reasons);
    }

    private FactorScore vehicle(SuspectCandidate c) {
        for (SuspectCandidate.Vehicle v : c.vehicles()) {
            if (plateVehicles.contains(v.id())) {
                String what = java.util.stream.Stream.of(v.colour(), v.make(), v.model()).filter(s -> s != null && !s.isBlank())
                        .reduce((a, b) -> a + " " + b).orElse("vehicle");
                return new FactorScore(SuspectFactor.VEHICLE.max, SuspectFactor.VEHICLE.max,
                        List.of("Used " + v.vrm() + " (" + what + ") during the window; the plate matches " + req.vehicle()));
            }
        }
        return new FactorScore(0, SuspectFactor.VEHICLE.max, req.vehicle() == null ? List.of()
                : List.of("No vehicle he used during the window matches " + req.vehicle()));
    }

    private FactorScore phone(SuspectCandidate c) {
        for (SuspectCandidate.Device d : c.devices()) {
            if (phoneDevices.contains(d.id())) {
                return new FactorScore(SuspectFactor.PHONE.max, SuspectFactor.PHONE.max,
                        List.of("Used " + d.phoneNumber() + " during the window; it matches " + req.phone()));
            }
        }
        return new FactorScore(0, SuspectFactor.PHONE.max, req.phone() == null ? List.of()
                : List.of("No phone he used during the window matches " + req.phone()));
    }

    private FactorScore name(SuspectCandidate c) {
        if (req.suspectName() == null) {
            return new FactorScore(0, SuspectFactor.NAME.max, List.of());
        }
        if (namedIds.contains(c.id())) {
            return new FactorScore(SuspectFactor.NAME.max, SuspectFactor.NAME.max,
                    List.of("Name " + c.forename() + " " + c.surname() + " matches " + req.suspectName()));
        }
        if (c.aliasIds().stream().anyMatch(namedIds::contains)) {
            return new FactorScore(8, SuspectFactor.NAME.max, List.of("An alias matches " + req.suspectName()));
        }
        return new FactorScore(0, SuspectFactor.NAME.max, List.of("Name does not match " + req.suspectName()));
    }

    private FactorScore method(SuspectCandidate c) {
        List<String> reasons = new ArrayList<>();
        double score = 0;
        String type = req.offenceType();
        if (type != null) {
            SuspectCandidate.PastOffence same = c.offences().stream().filter(o -> type.equals(o.type())).findFirst().orElse(null);
            String category = SuspectRequest.SEXUAL.contains(type) ? "SEXUAL" : type.equals("BURGLARY") || type.equals("OTHER") ? "OTHER" : "VIOLENT";
            SuspectCandidate.PastOffence like = c.offences().stream().filter(o -> category.equals(o.category())).findFirst().orElse(null);
            if (same != null) {
                score += 8;
                reasons.add("Convicted of " + label(type) + " (" + same.date() + ")");
            } else if (like != null) {
                score += 4;
                reasons.add("Convicted of another " + category.toLowerCase(Locale.ROOT) + " offence: " + label(like.type()) + " (" + like.date() + ")");
            }
        }
        if (!req.methodWords().isEmpty()) {
            List<String> best = List.of();
            for (SuspectCandidate.PastOffence o : c.offences()) {
                List<String> found = Fragments.found(req.methodWords(), o.method());
                if (found.size() > best.size()) {
                    best = found;
                }
            }
            if (!best.isEmpty()) {
                score += 6.0 * best.size() / req.methodWords().size();
                reasons.add("A past method mentions " + String.join(", ", best));
            }
        }
        if (req.victimSex() != null && c.offences().stream().flatMap(o -> o.victims().stream())
                .anyMatch(v -> req.victimSex().equals(v.sex()))) {
            score += 3;
            reasons.add("Past victim of the same sex");
        }
        if (req.victimAge() != null) {
            int band = band(req.victimAge());
            double bestAge = 0;
            for (SuspectCandidate.PastOffence o : c.offences()) {
                for (SuspectCandidate.Victim v : o.victims()) {
                    if (v.age() != null) {
                        int d = Math.abs(band(v.age().intValue()) - band);
                        bestAge = Math.max(bestAge, d == 0 ? 3 : d == 1 ? 1.5 : 0);
                    }
                }
            }
            if (bestAge > 0) {
                score += bestAge;
                reasons.add(bestAge == 3 ? "Past victim in the same age band (" + bandLabel(band) + ")"
                        : "Past victim in the next age band to " + bandLabel(band));
            }
        }
        return new FactorScore(round(score), SuspectFactor.METHOD.max, reasons);
    }

    static int band(int age) {
        int b = 0;
        for (int i = 0; i < AGE_BANDS.length; i++) {
            if (age >= AGE_BANDS[i]) {
                b = i;
            }
        }
        return b;
    }

    private static String bandLabel(int band) {
        return band == AGE_BANDS.length - 1 ? AGE_BANDS[band] + "+" : AGE_BANDS[band] + "-" + (AGE_BANDS[band + 1] - 1);
    }

    private FactorScore conditions(SuspectCandidate c) {
        List<String> reasons = new ArrayList<>();
        for (SuspectCandidate.Condition k : c.conditions()) {
            String type = k.type() == null ? "" : k.type();
            switch (type) {
                case "EXCLUSION_ZONE" -> {
                    for (SuspectCandidate.Zone z : k.zones()) {
                        if (ZoneShape.contains(z.geometry(), z.radiusM(), lat, lng)) {
                            reasons.add("The place is inside his exclusion zone" + (z.name() == null ? "" : " (" + z.name() + ")"));
                            break;
                        }
                    }
                }
                case "NOT_IN_SIGHT_OF" -> {
                    long within = k.distanceM() == null ? 200 : k.distanceM();
                    nearPlaces.stream().filter(p -> p.distanceM() <= within && k.placeTypes().contains(p.type())).findFirst()
                            .ifPresent(p -> reasons.add("The place is " + metres(p.distanceM()) + " from " + p.name() + " ("
                                    + label(p.type()) + "), within sight his condition forbids"));
                }
                case "CURFEW" -> {
                    if (duringCurfew(k)) {
                        reasons.add("Out during his curfew " + k.curfewStart() + "-" + k.curfewEnd());
                    }
                }
                case "NO_UNSUPERVISED_CHILD_CONTACT", "NO_CHILD_RESIDENCE" -> {
                    if (req.victimAge() != null && req.victimAge() < 16 && type.equals("NO_UNSUPERVISED_CHILD_CONTACT")) {
                        reasons.add("An offence against a child breaches his no unsupervised contact with children condition");
                    }
                }
                default -> {
                }
            }
        }
        double score = Math.min(SuspectFactor.CONDITIONS.max, 5.0 * reasons.size());
        return new FactorScore(score, SuspectFactor.CONDITIONS.max, reasons);
    }

    private static LocalTime time(String hhmm) {
        try {
            return hhmm == null ? null : LocalTime.parse(hhmm);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    static String metres(double m) {
        return m < 1000 ? Math.round(m / 10) * 10 + " m" : String.format(Locale.ROOT, "%.1f km", m / 1000);
    }

    private static String label(String enumValue) {
        return enumValue == null ? "unknown" : enumValue.toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
