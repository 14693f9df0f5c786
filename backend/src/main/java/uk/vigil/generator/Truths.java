package uk.vigil.generator;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The planted truths of manifest.json. Each block fills its own instance; the writer merges them in
 * block order into the run's, keeping at most {@link #CAP} items per section (query kinds: {@link
 * #QUERY_CAP} each) but counting them all, so the manifest stays small at a million nominals.
 */
final class Truths {
    static final int CAP = 5_000;
    static final int QUERY_CAP = 60;

    record DuplicateTruth(String original, String duplicate, List<String> signals, String sourceSystem) {
    }

    record AliasTruth(String person, String alias, String forename, String surname, String kind) {
    }

    record HiddenTruth(String owner, String sharer, String via, String shared) {
    }

    record CoOffenderGroup(String offence, String leader, List<String> members, List<List<String>> recordedAssociations) {
    }

    record JointOffenceTruth(String offence, List<String> members) {
    }

    record Network(List<String> members) {
    }

    record InsideZone(String nominal, String zone, String condition, String address, String protectedPerson, boolean planted) {
    }

    record MonitoredInZone(String nominal, String zone, String condition, String firstFix, String firstAt, int fixes,
                           boolean planted) {
    }

    record NearVictim(String nominal, String victim, String nominalAddress, String victimAddress, long distanceM, boolean planted) {
    }

    record ChildAtRso(String child, String nominal, String address, String dob, long ageOnAsOf,
                      List<String> noChildResidenceConditions, boolean planted) {
    }

    record EmptyPillar(String plan, String caseId, List<String> emptyPillars) {
    }

    record OverdueAction(String action, String caseId, String meeting, String dueDate, String owner) {
    }

    record Query(String query, String kind, String expectedId, String expectedType, String note) {
    }

    /** A capped list with its true total. */
    static final class Section<T> {
        final String description;
        long total;
        final List<T> items = new ArrayList<>();
        private final int cap;

        Section(String description, int cap) {
            this.description = description;
            this.cap = cap;
        }

        void add(T item) {
            total++;
            if (items.size() < cap) {
                items.add(item);
            }
        }

        void addAll(Section<T> other) {
            total += other.total;
            for (T item : other.items) {
                if (items.size() >= cap) {
                    break;
                }
                items.add(item);
            }
        }

        Map<String, Object> json() {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("description", description);
            m.put("total", total);
            m.put("listed", items.size());
            m.put("items", items);
            return m;
        }
    }

    final Section<DuplicateTruth> duplicates = new Section<>("Second person records for the same human: a nominal "
            + "(`duplicate`, entered by another system, no MAPPA case) whose name is nicknamed, misspelt, transliterated "
            + "or sound-alike, whose date of birth is the same or has day and month swapped, and who shares at least one "
            + "of: a phone device, a home address, a PNC id with `original`. `signals` lists exactly what differs and "
            + "what is shared.", CAP);
    final Section<AliasTruth> aliases = new Section<>("Every alias row (aliases.csv) and the person it belongs to.", CAP);
    final Section<HiddenTruth> hiddenAssociations = new Section<>("Nominals with different surnames who share a phone "
            + "device, a vehicle or a private home, with no associations.csv row between them: `sharer` uses `owner`'s "
            + "device/vehicle (person_devices/person_vehicles) or lives at `owner`'s home (person_addresses HOME).", CAP);
    final Section<CoOffenderGroup> coOffenderGroups = new Section<>("Nominals convicted of the same index offence "
            + "(conviction_offences to one offence id). `recordedAssociations` lists the pairs that also have a "
            + "CO_OFFENDER association; the others are only discoverable through the shared offence.", CAP);
    final Section<JointOffenceTruth> jointOffences = new Section<>("Earlier offences two nominals were both convicted "
            + "of: they bridge co-offender groups into larger networks.", CAP);
    final Section<Network> coOffenderNetworks = new Section<>("Connected components of the co-offending graph "
            + "(co-offender groups joined by joint earlier offences), two or more members, within a block of 256 nominals.", CAP);
    final Section<InsideZone> insideOwnExclusionZone = new Section<>("Nominals in the community whose current home "
            + "lies inside one of their own exclusion zones that is active on the as-of date (point-in-polygon in "
            + "[lng, lat], or haversine distance within radius_m for a circle). `planted` marks the ones made on "
            + "purpose; the others happened by chance and are listed too.", CAP);
    final Section<MonitoredInZone> monitoredInsideZone = new Section<>("Nominals in the community whose tag recorded "
            + "a position (tag_fixes.csv, as written) inside one of their own exclusion zones active on the as-of date, "
            + "on or after the day the zone came into force, in the week to the as-of date: one item per zone, with the "
            + "first such position and how many. `planted` marks a tag outing made on purpose into the zone.", CAP);
    final Section<NearVictim> nearVictim = new Section<>("Nominals in the community whose current home is within 500 m "
            + "(haversine) of the current home of a victim of an offence they were convicted of (their own or, for a "
            + "co-offender, the shared offence's).", CAP);
    final Section<ChildAtRso> childrenAtRsoAddresses = new Section<>("Children under 16 on the as-of date whose HOME "
            + "is the current private home of an active category 1 nominal (RSO) in the community; "
            + "`noChildResidenceConditions` lists the RSO's active NO_CHILD_RESIDENCE conditions (a direct conflict).", CAP);
    final Section<EmptyPillar> emptyRiskPlanPillars = new Section<>("Risk management plans with a pillar left empty.", CAP);
    final Section<OverdueAction> overdueActions = new Section<>("Actions still OPEN whose due date is before the as-of date.", CAP);
    final Map<String, Section<Query>> queries = new LinkedHashMap<>();
    final long[][] activeInCommunity = new long[4][4];
    final long[][] activeInCustody = new long[4][4];
    final long[][] closed = new long[4][4];
    long nominalRecords;

    Section<Query> queries(String kind) {
        return queries.computeIfAbsent(kind, k -> new Section<>(SearchQueries.describe(k), QUERY_CAP));
    }

    void alias(AliasTruth t) {
        aliases.add(t);
    }

    void overdueAction(OverdueAction a) {
        overdueActions.add(a);
    }

    void emptyPillar(EmptyPillar e) {
        emptyRiskPlanPillars.add(e);
    }

    void merge(Truths block) {
        duplicates.addAll(block.duplicates);
        aliases.addAll(block.aliases);
        hiddenAssociations.addAll(block.hiddenAssociations);
        coOffenderGroups.addAll(block.coOffenderGroups);
        jointOffences.addAll(block.jointOffences);
        coOffenderNetworks.addAll(block.coOffenderNetworks);
        insideOwnExclusionZone.addAll(block.insideOwnExclusionZone);
        monitoredInsideZone.addAll(block.monitoredInsideZone);
        nearVictim.addAll(block.nearVictim);
        childrenAtRsoAddresses.addAll(block.childrenAtRsoAddresses);
        emptyRiskPlanPillars.addAll(block.emptyRiskPlanPillars);
        overdueActions.addAll(block.overdueActions);
        block.queries.forEach((kind, section) -> queries(kind).addAll(section));
        for (int c = 0; c < 4; c++) {
            for (int l = 0; l < 4; l++) {
                activeInCommunity[c][l] += block.activeInCommunity[c][l];
                activeInCustody[c][l] += block.activeInCustody[c][l];
                closed[c][l] += block.closed[c][l];
            }
        }
        nominalRecords += block.nominalRecords;
    }
}
