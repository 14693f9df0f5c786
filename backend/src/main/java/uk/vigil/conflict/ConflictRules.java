package uk.vigil.conflict;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.vigil.exclusionzone.Earth;
import uk.vigil.exclusionzone.InvalidZoneException;
import uk.vigil.exclusionzone.ZoneGeoJson;
import uk.vigil.exclusionzone.ZoneShape;

/**
 * The five rules, decided exactly on the candidates the facts query found: JTS containment for
 * polygons (border = inside), geodesic distance on WGS84 for circles and every point-to-point
 * distance (docs/geo.md). Pure: the same facts give the same findings.
 */
final class ConflictRules {
    private static final Logger LOG = LoggerFactory.getLogger(ConflictRules.class);
    static final Set<String> RESIDENCE = Set.of("LIVES_AT", "PROPOSED_ADDRESS", "VETTING");
    /** The relation of a finding from his tag's positions (rule 1). */
    static final String MONITORING = "MONITORING";
    /** Where dates are local: a zone in force from a day, the times a summary gives. */
    static final java.time.ZoneId LOCAL = uk.vigil.common.EnglandAndWales.ZONE;
    private static final java.time.format.DateTimeFormatter TIME =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(LOCAL);
    /**
     * Rule 5 names the nearest this many other offenders (its summary gives the full count). A chair
     * weighing a placement needs the count and who lives closest; naming every one (dozens in a dense
     * dataset) made these conflicts most of what an area scan writes (docs/geo.md).
     */
    static final int NAMED_NEARBY_OFFENDERS = 10;
    private static final Map<String, ZoneShape> SHAPES = new ConcurrentHashMap<>();

    private final ConflictSettings settings;

    ConflictRules(ConflictSettings settings) {
        this.settings = settings;
    }

    List<Finding> evaluate(NominalFacts f) {
        List<Finding> out = new ArrayList<>();
        for (NominalFacts.Place a : f.addresses()) {
            zones(f, a.relation(), a.id(), "ADDRESS", "Address", a.lat(), a.lng(), out);
            victims(f, a, out);
            sensitivePlaces(f, a, out);
            children(f, a, out);
            concentration(f, a, out);
        }
        for (NominalFacts.Located i : f.intelligence()) {
            zones(f, "INTELLIGENCE", i.id(), "INTELLIGENCE", "Intelligence", i.lat(), i.lng(), out);
        }
        monitoring(f, out);
        return out;
    }

    /**
     * Rule 1 from electronic monitoring: one finding per active zone his tag recorded him inside, from a
     * position on or after the day the zone and its condition came into force. Its id is the nominal's and
     * the zone's, so it stays one open conflict while new positions arrive; it names the first position
     * inside (since when) and says how many, until when and how deep.
     */
    private void monitoring(NominalFacts f, List<Finding> out) {
        if (f.monitored().isEmpty()) {
            return;
        }
        List<NominalFacts.Fix> trail = f.monitored().stream().sorted(java.util.Comparator.comparing(NominalFacts.Fix::at)
                .thenComparing(NominalFacts.Fix::id)).toList();
        for (NominalFacts.Zone z : f.zones()) {
            ZoneShape shape = shape(z);
            if (shape == null) {
                continue;
            }
            NominalFacts.Fix first = null;
            NominalFacts.Fix last = null;
            int inside = 0;
            double deepest = 0;
            for (NominalFacts.Fix fix : trail) {
                if (z.from() != null && fix.at().atZone(LOCAL).toLocalDate().isBefore(z.from())) {
                    continue;
                }
                ZoneShape.Placement p = shape.place(fix.lat(), fix.lng());
                if (p.inside()) {
                    first = first == null ? fix : first;
                    last = fix;
                    inside++;
                    deepest = Math.max(deepest, p.borderDistanceM());
                }
            }
            if (first == null) {
                continue;
            }
            List<Finding.Involved> involved = inZone(new Finding.Involved("TAG_FIX", "TagFix", first.id()), z);
            String when = inside == 1 ? "once, at " + TIME.format(first.at())
                    : "%d times, from %s to %s".formatted(inside, TIME.format(first.at()), TIME.format(last.at()));
            out.add(new Finding(Finding.idOf(ConflictRule.EXCLUSION_ZONE, f.id(), MONITORING, z.id(), z.id()),
                    ConflictRule.EXCLUSION_ZONE, f.id(), f.area(), MONITORING, first.id(), deepest,
                    "His tag recorded him inside an active exclusion zone (condition %s) %s, up to %d m inside its border."
                            .formatted(z.condition(), when, Math.round(deepest)), involved));
        }
    }

    static String where(String relation) {
        return switch (relation) {
            case "LIVES_AT" -> "Home address";
            case "PROPOSED_ADDRESS" -> "Proposed address";
            case "WORKS_AT" -> "Work address";
            case "FREQUENTS" -> "An address he frequents";
            case "INTELLIGENCE" -> "A place in recent intelligence";
            case MONITORING -> "A place his tag recorded";
            default -> "The address being vetted";
        };
    }

    /** What a rule 1 finding involves: the place found inside, the zone, its condition and the people it protects. */
    private static List<Finding.Involved> inZone(Finding.Involved place, NominalFacts.Zone z) {
        List<Finding.Involved> involved = new ArrayList<>();
        involved.add(place);
        involved.add(new Finding.Involved("ZONE", "ExclusionZone", z.id()));
        involved.add(new Finding.Involved("CONDITION", "Condition", z.condition()));
        z.protects().forEach(pp -> involved.add(new Finding.Involved("PROTECTED_PERSON", "Person", pp)));
        return involved;
    }

    private void zones(NominalFacts f, String relation, String placeId, String role, String label, double lat, double lng,
                       List<Finding> out) {
        for (NominalFacts.Zone z : f.zones()) {
            ZoneShape shape = shape(z);
            if (shape == null) {
                continue;
            }
            ZoneShape.Placement p = shape.place(lat, lng);
            if (!p.inside()) {
                continue;
            }
            List<Finding.Involved> involved = inZone(new Finding.Involved(role, label, placeId), z);
            out.add(new Finding(Finding.idOf(ConflictRule.EXCLUSION_ZONE, f.id(), relation, placeId, z.id()),
                    ConflictRule.EXCLUSION_ZONE, f.id(), f.area(), relation, placeId, p.borderDistanceM(),
                    "%s is inside an active exclusion zone (condition %s), %d m inside its border."
                            .formatted(where(relation), z.condition(), Math.round(p.borderDistanceM())), involved));
        }
    }

    private void victims(NominalFacts f, NominalFacts.Place a, List<Finding> out) {
        Map<String, NominalFacts.VictimHome> nearest = new LinkedHashMap<>();
        Map<String, Double> distance = new LinkedHashMap<>();
        for (NominalFacts.VictimHome v : f.victims()) {
            double d = v.address().equals(a.id()) ? 0 : Earth.distanceM(a.lat(), a.lng(), v.lat(), v.lng());
            if (d <= settings.victimDistanceM() && d < distance.getOrDefault(v.id(), Double.MAX_VALUE)) {
                nearest.put(v.id(), v);
                distance.put(v.id(), d);
            }
        }
        nearest.forEach((id, v) -> {
            double d = distance.get(id);
            String who = v.offence() ? "a victim of his offence" : "a person his conditions protect";
            String text = d == 0 ? "%s is the home of %s.".formatted(where(a.relation()), who)
                    : "%s is %d m from the home of %s (limit %d m).".formatted(where(a.relation()), Math.round(d), who,
                    settings.victimDistanceM());
            out.add(new Finding(Finding.idOf(ConflictRule.VICTIM_PROXIMITY, f.id(), a.relation(), a.id(), id),
                    ConflictRule.VICTIM_PROXIMITY, f.id(), f.area(), a.relation(), a.id(), d, text, List.of(
                    new Finding.Involved("ADDRESS", "Address", a.id()),
                    new Finding.Involved(v.offence() ? "VICTIM" : "PROTECTED_PERSON", "Person", id),
                    new Finding.Involved("VICTIM_ADDRESS", "Address", v.address()))));
        });
    }

    private void sensitivePlaces(NominalFacts f, NominalFacts.Place a, List<Finding> out) {
        for (NominalFacts.SightCondition c : f.notInSightOf()) {
            long limit = Math.min(c.distanceM() == null ? settings.sensitiveDistanceM() : c.distanceM(), settings.sensitiveSearchM());
            for (NominalFacts.Sensitive p : f.places()) {
                if (!p.address().equals(a.id()) || !(c.placeTypes().isEmpty() || c.placeTypes().contains(p.type()))) {
                    continue;
                }
                double d = Earth.distanceM(a.lat(), a.lng(), p.lat(), p.lng());
                if (d <= limit) {
                    out.add(new Finding(Finding.idOf(ConflictRule.SENSITIVE_PLACE, f.id(), a.relation(), a.id(), c.id() + "/" + p.id()),
                            ConflictRule.SENSITIVE_PLACE, f.id(), f.area(), a.relation(), a.id(), d,
                            "%s is %d m from a %s; condition %s forbids being within %d m."
                                    .formatted(where(a.relation()), Math.round(d), p.type().toLowerCase().replace('_', ' '), c.id(), limit),
                            List.of(new Finding.Involved("ADDRESS", "Address", a.id()),
                                    new Finding.Involved("SENSITIVE_PLACE", "SensitivePlace", p.id()),
                                    new Finding.Involved("CONDITION", "Condition", c.id()))));
                }
            }
        }
    }

    private void children(NominalFacts f, NominalFacts.Place a, List<Finding> out) {
        if (f.noChildResidence().isEmpty() || !RESIDENCE.contains(a.relation())) {
            return;
        }
        for (NominalFacts.Child child : f.children()) {
            if (!child.address().equals(a.id())) {
                continue;
            }
            List<Finding.Involved> involved = new ArrayList<>();
            involved.add(new Finding.Involved("ADDRESS", "Address", a.id()));
            involved.add(new Finding.Involved("CHILD", "Person", child.id()));
            f.noChildResidence().forEach(c -> involved.add(new Finding.Involved("CONDITION", "Condition", c)));
            out.add(new Finding(Finding.idOf(ConflictRule.CHILD_RESIDENCE, f.id(), a.relation(), a.id(), child.id()),
                    ConflictRule.CHILD_RESIDENCE, f.id(), f.area(), a.relation(), a.id(), 0,
                    "A child under 16 lives at his %s; condition %s forbids it."
                            .formatted(where(a.relation()).toLowerCase(), String.join(", ", f.noChildResidence())), involved));
        }
    }

    private void concentration(NominalFacts f, NominalFacts.Place a, List<Finding> out) {
        if (!f.rso() || !RESIDENCE.contains(a.relation()) || settings.concentrationExempt().contains(a.kind())) {
            return;
        }
        // each other RSO once, at his nearest home within the radius (the same address counts as 0 m)
        Map<String, Double> others = new HashMap<>();
        for (NominalFacts.NearbyRso o : f.nearbyRsos()) {
            if (!o.address().equals(a.id())) {
                continue;
            }
            double metres = o.otherAddress().equals(a.id()) ? 0 : Double.isNaN(o.metres())
                    ? Earth.distanceAgainstM(a.lat(), a.lng(), o.lat(), o.lng(), settings.concentrationRadiusM()) : o.metres();
            if (metres <= settings.concentrationRadiusM()) {
                others.merge(o.other(), metres, Math::min);
            }
        }
        int count = others.size() + 1;
        if (count <= settings.concentrationMax()) {
            return;
        }
        List<Finding.Involved> involved = new ArrayList<>();
        involved.add(new Finding.Involved("ADDRESS", "Address", a.id()));
        others.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .limit(NAMED_NEARBY_OFFENDERS)
                .forEach(o -> involved.add(new Finding.Involved("NEARBY_OFFENDER", "Person", o.getKey())));
        out.add(new Finding(Finding.idOf(ConflictRule.CONCENTRATION, f.id(), a.relation(), a.id(), ""),
                ConflictRule.CONCENTRATION, f.id(), f.area(), a.relation(), a.id(), settings.concentrationRadiusM(),
                "%d registered sex offenders, him included, live within %d m of his %s (more than %d)%s."
                        .formatted(count, settings.concentrationRadiusM(), where(a.relation()).toLowerCase(),
                                settings.concentrationMax(), others.size() > NAMED_NEARBY_OFFENDERS
                                        ? "; the nearest " + NAMED_NEARBY_OFFENDERS + " are named" : ""),
                involved));
    }

    private static ZoneShape shape(NominalFacts.Zone z) {
        String key = z.radiusM() + "|" + z.geometry();
        ZoneShape cached = SHAPES.get(key);
        if (cached != null) {
            return cached;
        }
        try {
            ZoneShape shape = ZoneGeoJson.stored(z.geometry(), z.radiusM());
            if (SHAPES.size() > 100_000) {
                SHAPES.clear();
            }
            SHAPES.put(key, shape);
            return shape;
        } catch (InvalidZoneException e) {
            LOG.warn("Exclusion zone {} is stored with a geometry that cannot be checked: {}", z.id(), e.getMessage());
            return null;
        }
    }
}
