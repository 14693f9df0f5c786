package uk.vigil.generator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The manifest is honest (every listed truth holds in the files) and, where the dataset is small
 * enough to list everything, complete (the files hold no instance it does not list).
 */
class ManifestTest {
    private final Dataset data = Dataset.generated(1_000);
    private final Facts facts = new Facts(data);
    private final JsonNode manifest = data.manifest;

    private JsonNode items(String section) {
        JsonNode s = manifest.get(section);
        assertThat(s.get("description").asText()).isNotBlank();
        assertThat(s.get("listed").asLong()).isEqualTo(s.get("total").asLong());
        return s.get("items");
    }

    @Test
    void every_section_has_a_description_and_the_planted_kinds_are_present() {
        for (String section : List.of("duplicates", "aliases", "hiddenAssociations", "coOffenderGroups", "coOffenderNetworks",
                "insideOwnExclusionZone", "monitoredInsideZone", "nearVictim", "childrenAtRsoAddresses", "emptyRiskPlanPillars", "overdueActions", "suspectCases")) {
            assertThat(items(section)).as(section).isNotEmpty();
        }
        assertThat(manifest.get("rows").get("nominals.csv").asLong()).isEqualTo(1_000);
    }

    @Test
    void inside_zone_entries_hold_and_none_is_missing() {
        Map<String, Map<String, String>> zones = data.byId(ImportFile.EXCLUSION_ZONES);
        Set<String> listed = new TreeSet<>();
        for (JsonNode t : items("insideOwnExclusionZone")) {
            String nominal = t.get("nominal").asText();
            Map<String, String> zone = zones.get(t.get("zone").asText());
            assertThat(facts.homes.get(nominal)).isEqualTo(t.get("address").asText());
            double[] home = facts.homePoint(nominal);
            assertThat(Zoning.contains(zone, home[0], home[1])).as(t.toString()).isTrue();
            assertThat(facts.activeOn(zone, facts.asOf)).isTrue();
            assertThat(facts.activeInCommunity(nominal)).isTrue();
            listed.add(nominal + " " + zone.get("id"));
        }
        Map<String, String> conditionOrder = new HashMap<>();
        data.rows(ImportFile.CONDITIONS).forEach(c -> conditionOrder.put(c.get("id"), c.get("order")));
        Map<String, String> orderPerson = facts.orderPerson();
        Set<String> expected = new TreeSet<>();
        for (Map<String, String> zone : data.rows(ImportFile.EXCLUSION_ZONES)) {
            String nominal = orderPerson.get(conditionOrder.get(zone.get("condition")));
            double[] home = facts.homePoint(nominal);
            if (facts.activeInCommunity(nominal) && facts.activeOn(zone, facts.asOf) && Zoning.contains(zone, home[0], home[1])) {
                expected.add(nominal + " " + zone.get("id"));
            }
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(items("insideOwnExclusionZone").findValuesAsText("planted")).contains("true");
    }

    /** Counted again from tag_fixes.csv and exclusion_zones.csv: every own zone in force a tag position of the last week falls in. */
    @Test
    void monitored_inside_zone_entries_hold_and_none_is_missing() {
        java.time.ZoneId local = java.time.ZoneId.of("Europe/London");
        java.time.Instant since = facts.asOf.minusDays(6).atStartOfDay(local).toInstant();
        java.time.Instant until = facts.asOf.plusDays(1).atStartOfDay(local).toInstant();
        Map<String, String> conditionOrder = new HashMap<>();
        data.rows(ImportFile.CONDITIONS).forEach(c -> conditionOrder.put(c.get("id"), c.get("order")));
        Map<String, String> orderPerson = facts.orderPerson();
        Map<String, List<Map<String, String>>> zonesOf = new HashMap<>();
        for (Map<String, String> zone : data.rows(ImportFile.EXCLUSION_ZONES)) {
            zonesOf.computeIfAbsent(orderPerson.get(conditionOrder.get(zone.get("condition"))), k -> new java.util.ArrayList<>()).add(zone);
        }
        Map<String, int[]> counted = new java.util.TreeMap<>();
        Map<String, String> first = new HashMap<>();
        for (Map<String, String> fix : data.rows(ImportFile.TAG_FIXES)) {
            String nominal = fix.get("person");
            java.time.Instant at = java.time.Instant.parse(fix.get("recorded_at"));
            if (!facts.activeInCommunity(nominal) || at.isBefore(since) || !at.isBefore(until)) {
                continue;
            }
            for (Map<String, String> zone : zonesOf.getOrDefault(nominal, List.of())) {
                if (facts.activeOn(zone, facts.asOf) && !at.atZone(local).toLocalDate().isBefore(LocalDate.parse(zone.get("from")))
                        && Zoning.contains(zone, Double.parseDouble(fix.get("lat")), Double.parseDouble(fix.get("lng")))) {
                    String key = nominal + " " + zone.get("id");
                    counted.computeIfAbsent(key, k -> new int[1])[0]++;
                    first.putIfAbsent(key, fix.get("id"));
                }
            }
        }
        Map<String, String> listed = new java.util.TreeMap<>();
        for (JsonNode t : items("monitoredInsideZone")) {
            listed.put(t.get("nominal").asText() + " " + t.get("zone").asText(), t.get("firstFix").asText() + " " + t.get("fixes").asInt());
        }
        Map<String, String> expected = new java.util.TreeMap<>();
        counted.forEach((key, n) -> expected.put(key, first.get(key) + " " + n[0]));
        assertThat(listed).isEqualTo(expected);
        assertThat(items("monitoredInsideZone").findValuesAsText("planted")).contains("true");
    }

    @Test
    void near_victim_entries_hold_and_none_is_missing() {
        Set<String> listed = new TreeSet<>();
        for (JsonNode t : items("nearVictim")) {
            double[] a = facts.homePoint(t.get("nominal").asText());
            double[] b = facts.homePoint(t.get("victim").asText());
            assertThat(Zoning.haversineM(a[0], a[1], b[0], b[1])).isLessThanOrEqualTo(500.5);
            listed.add(t.get("nominal").asText() + " " + t.get("victim").asText());
        }
        Set<String> expected = new TreeSet<>();
        facts.victimsOfConvictedOffences().forEach((nominal, victims) -> {
            if (!facts.activeInCommunity(nominal)) {
                return;
            }
            double[] home = facts.homePoint(nominal);
            for (String v : victims) {
                double[] vh = facts.homePoint(v);
                if (vh != null && Zoning.haversineM(home[0], home[1], vh[0], vh[1]) <= 500) {
                    expected.add(nominal + " " + v);
                }
            }
        });
        assertThat(listed).isEqualTo(expected);
    }

    @Test
    void children_at_rso_addresses_hold_and_none_is_missing() {
        Map<String, Map<String, String>> children = data.byId(ImportFile.CHILDREN);
        Map<String, String> orderPerson = facts.orderPerson();
        Map<String, Map<String, String>> orders = data.byId(ImportFile.ORDERS);
        Set<String> listed = new TreeSet<>();
        for (JsonNode t : items("childrenAtRsoAddresses")) {
            String child = t.get("child").asText();
            String nominal = t.get("nominal").asText();
            LocalDate dob = LocalDate.parse(children.get(child).get("dob"));
            assertThat(ChronoUnit.YEARS.between(dob, facts.asOf)).isLessThan(16).isEqualTo(t.get("ageOnAsOf").asLong());
            assertThat(facts.homes.get(child)).isEqualTo(facts.homes.get(nominal)).isEqualTo(t.get("address").asText());
            assertThat(facts.activeRsoInCommunity(nominal)).isTrue();
            Set<String> conditions = new TreeSet<>();
            for (Map<String, String> c : data.rows(ImportFile.CONDITIONS)) {
                if (c.get("type").equals("NO_CHILD_RESIDENCE") && nominal.equals(orderPerson.get(c.get("order")))
                        && facts.activeOn(c, facts.asOf) && facts.activeOn(orders.get(c.get("order")), facts.asOf)) {
                    conditions.add(c.get("id"));
                }
            }
            Set<String> stated = new TreeSet<>();
            t.get("noChildResidenceConditions").forEach(n -> stated.add(n.asText()));
            assertThat(stated).as(t.toString()).isEqualTo(conditions);
            listed.add(child + " " + nominal);
        }
        Map<String, Set<String>> atAddress = new HashMap<>();
        facts.homes.forEach((person, address) -> atAddress.computeIfAbsent(address, k -> new HashSet<>()).add(person));
        Set<String> expected = new TreeSet<>();
        for (Map<String, String> child : data.rows(ImportFile.CHILDREN)) {
            if (ChronoUnit.YEARS.between(LocalDate.parse(child.get("dob")), facts.asOf) >= 16 || !facts.homes.containsKey(child.get("id"))) {
                continue;
            }
            for (String other : atAddress.get(facts.homes.get(child.get("id")))) {
                if (facts.activeRsoInCommunity(other)) {
                    expected.add(child.get("id") + " " + other);
                }
            }
        }
        assertThat(listed).isEqualTo(expected);
        assertThat(items("childrenAtRsoAddresses").findValues("noChildResidenceConditions")).anyMatch(n -> n.size() > 0);
    }

    @Test
    void hidden_associations_are_shared_and_unrecorded() {
        Set<String> recorded = new HashSet<>();
        data.rows(ImportFile.ASSOCIATIONS).forEach(a -> {
            recorded.add(a.get("person") + " " + a.get("other"));
            recorded.add(a.get("other") + " " + a.get("person"));
        });
        Map<String, Map<String, String>> nominals = data.byId(ImportFile.NOMINALS);
        Set<String> devices = new HashSet<>();
        data.rows(ImportFile.PERSON_DEVICES).forEach(r -> devices.add(r.get("person") + " " + r.get("device")));
        Set<String> vehicles = new HashSet<>();
        data.rows(ImportFile.PERSON_VEHICLES).forEach(r -> vehicles.add(r.get("person") + " " + r.get("vehicle")));
        for (JsonNode t : items("hiddenAssociations")) {
            String owner = t.get("owner").asText();
            String sharer = t.get("sharer").asText();
            String shared = t.get("shared").asText();
            assertThat(recorded).doesNotContain(owner + " " + sharer);
            assertThat(Names.ascii(nominals.get(owner).get("surname"))).isNotEqualToIgnoringCase(Names.ascii(nominals.get(sharer).get("surname")));
            switch (t.get("via").asText()) {
                case "PHONE" -> assertThat(devices).contains(owner + " " + shared, sharer + " " + shared);
                case "VEHICLE" -> assertThat(vehicles).contains(owner + " " + shared, sharer + " " + shared);
                default -> {
                    assertThat(facts.homes.get(owner)).isEqualTo(shared);
                    assertThat(facts.homes.get(sharer)).isEqualTo(shared);
                    assertThat(facts.addresses.get(shared).get("kind")).isEqualTo("PRIVATE");
                }
            }
        }
    }

    @Test
    void duplicates_share_what_their_signals_say() {
        Map<String, Map<String, String>> nominals = data.byId(ImportFile.NOMINALS);
        Set<String> devices = new HashSet<>();
        Map<String, Set<String>> devicesOf = new HashMap<>();
        data.rows(ImportFile.PERSON_DEVICES).forEach(r -> devicesOf.computeIfAbsent(r.get("person"), k -> new HashSet<>()).add(r.get("device")));
        Nicknames nicknames = ReferenceData.get().nicknames;
        JsonNode list = items("duplicates");
        assertThat(list.size()).isBetween(5, 30);
        for (JsonNode t : list) {
            Map<String, String> original = nominals.get(t.get("original").asText());
            Map<String, String> duplicate = nominals.get(t.get("duplicate").asText());
            assertThat(facts.cases).doesNotContainKey(duplicate.get("id"));
            Set<String> signals = new HashSet<>();
            t.get("signals").forEach(s -> signals.add(s.asText()));
            LocalDate a = LocalDate.parse(original.get("dob"));
            LocalDate b = LocalDate.parse(duplicate.get("dob"));
            if (signals.contains("DOB_DAY_MONTH_SWAPPED")) {
                assertThat(b.getDayOfMonth()).isEqualTo(a.getMonthValue());
                assertThat(b.getMonthValue()).isEqualTo(a.getDayOfMonth());
            } else {
                assertThat(b).isEqualTo(a);
            }
            if (signals.contains("SHARED_PNC_ID")) {
                assertThat(duplicate.get("pnc_id")).isEqualTo(original.get("pnc_id"));
            }
            if (signals.contains("SHARED_ADDRESS")) {
                assertThat(facts.homes.get(duplicate.get("id"))).isEqualTo(facts.homes.get(original.get("id")));
            }
            if (signals.contains("SHARED_PHONE")) {
                assertThat(devicesOf.get(duplicate.get("id"))).containsAnyElementsOf(devicesOf.get(original.get("id")));
            }
            if (signals.contains("FORENAME_NICKNAME")) {
                assertThat(nicknames.of(original.get("forename"))).contains(duplicate.get("forename"));
            }
            if (signals.contains("NAME_SAME")) {
                assertThat(duplicate.get("surname")).isEqualTo(original.get("surname"));
            }
            assertThat(signals).containsAnyOf("SHARED_PNC_ID", "SHARED_ADDRESS", "SHARED_PHONE");
        }
    }

    @Test
    void co_offenders_were_convicted_of_the_same_offence() {
        Map<String, String> convictionPerson = new HashMap<>();
        data.rows(ImportFile.CONVICTIONS).forEach(c -> convictionPerson.put(c.get("id"), c.get("person")));
        Map<String, Set<String>> convictedOf = new HashMap<>();
        data.rows(ImportFile.CONVICTION_OFFENCES).forEach(co ->
                convictedOf.computeIfAbsent(co.get("offence"), k -> new HashSet<>()).add(convictionPerson.get(co.get("conviction"))));
        Set<String> coOffenderLinks = new HashSet<>();
        data.rows(ImportFile.ASSOCIATIONS).stream().filter(a -> a.get("kind").equals("CO_OFFENDER"))
                .forEach(a -> coOffenderLinks.add(a.get("person") + " " + a.get("other")));
        for (JsonNode g : items("coOffenderGroups")) {
            Set<String> members = new TreeSet<>();
            g.get("members").forEach(m -> members.add(m.asText()));
            assertThat(convictedOf.get(g.get("offence").asText())).isEqualTo(members);
            for (JsonNode pair : g.get("recordedAssociations")) {
                assertThat(coOffenderLinks).contains(pair.get(0).asText() + " " + pair.get(1).asText());
            }
        }
        for (JsonNode j : items("jointOffences")) {
            Set<String> members = new TreeSet<>();
            j.get("members").forEach(m -> members.add(m.asText()));
            assertThat(convictedOf.get(j.get("offence").asText())).isEqualTo(members);
        }
    }

    @Test
    void aliases_overdue_actions_and_empty_pillars_are_in_the_files() {
        Map<String, Map<String, String>> aliases = data.byId(ImportFile.ALIASES);
        for (JsonNode a : items("aliases")) {
            assertThat(aliases.get(a.get("alias").asText()).get("person")).isEqualTo(a.get("person").asText());
        }
        Map<String, Map<String, String>> actions = data.byId(ImportFile.ACTIONS);
        for (JsonNode a : items("overdueActions")) {
            Map<String, String> action = actions.get(a.get("action").asText());
            assertThat(action.get("status")).isEqualTo("OPEN");
            assertThat(LocalDate.parse(action.get("due_date"))).isBefore(facts.asOf);
        }
        long overdue = data.rows(ImportFile.ACTIONS).stream()
                .filter(a -> a.get("status").equals("OPEN") && LocalDate.parse(a.get("due_date")).isBefore(facts.asOf)).count();
        assertThat(manifest.get("overdueActions").get("total").asLong()).isEqualTo(overdue);
        Map<String, Map<String, String>> plans = data.byId(ImportFile.RISK_PLANS);
        for (JsonNode e : items("emptyRiskPlanPillars")) {
            Map<String, String> plan = plans.get(e.get("plan").asText());
            e.get("emptyPillars").forEach(p -> assertThat(plan.get(p.asText())).isEmpty());
        }
    }

    @Test
    void search_queries_point_at_records_that_match_them() {
        JsonNode kinds = manifest.get("searchQueries").get("kinds");
        assertThat(kinds.size()).isEqualTo(10);
        Map<String, Map<String, String>> nominals = data.byId(ImportFile.NOMINALS);
        Map<String, Map<String, String>> vehicles = data.byId(ImportFile.VEHICLES);
        Map<String, Map<String, String>> devices = data.byId(ImportFile.DEVICES);
        Map<String, List<Map<String, String>>> aliases = data.groupBy(ImportFile.ALIASES, "person");
        int total = 0;
        for (var entry : (Iterable<Map.Entry<String, JsonNode>>) kinds::fields) {
            for (JsonNode q : entry.getValue().get("items")) {
                total++;
                String query = q.get("query").asText();
                String expected = q.get("expectedId").asText();
                switch (entry.getKey()) {
                    case "PARTIAL_PLATE" -> assertThat(Plates.normalise(vehicles.get(expected).get("vrm")))
                            .matches(query.replace("?", ".") + ".*");
                    case "PLATE_CONFUSION" -> assertThat(query).isNotEqualTo(vehicles.get(expected).get("vrm"))
                            .hasSameSizeAs(vehicles.get(expected).get("vrm"));
                    case "PHONE_FORMAT" -> assertThat(Contract.e164(query)).isEqualTo(Contract.e164(devices.get(expected).get("phone_number")));
                    case "ALIAS" -> assertThat(aliases.get(expected)).anyMatch(a -> query.contains(a.get("forename").isEmpty() ? a.get("surname") : a.get("forename")));
                    case "DOB_SWAPPED" -> {
                        LocalDate dob = LocalDate.parse(nominals.get(expected).get("dob"));
                        assertThat(query).endsWith(dob.withDayOfMonth(1).withMonth(dob.getDayOfMonth()).withDayOfMonth(dob.getMonthValue())
                                .format(DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    }
                    default -> assertThat(nominals).containsKey(expected);
                }
            }
        }
        assertThat(total).isGreaterThanOrEqualTo(300);
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    @Test
    void suspect_cases_hold_in_the_files() {
        JsonNode cases = items("suspectCases");
        assertThat(cases.size()).isGreaterThanOrEqualTo(50);
        Map<String, Map<String, String>> nominals = data.byId(ImportFile.NOMINALS);
        Map<String, Map<String, String>> addresses = data.byId(ImportFile.ADDRESSES);
        Map<String, List<Map<String, String>>> stays = data.groupBy(ImportFile.PERSON_ADDRESSES, "person");
        Map<String, List<Map<String, String>>> custody = data.groupBy(ImportFile.CUSTODY_PERIODS, "person");
        Map<String, List<Map<String, String>>> fixes = data.groupBy(ImportFile.TAG_FIXES, "person");
        int inCustodyDecoys = 0;
        int tagAlibis = 0;
        int tagged = 0;
        for (JsonNode c : cases) {
            JsonNode in = c.get("inputs");
            LocalDate from = LocalDate.parse(in.get("window").get("from").asText().substring(0, 10));
            LocalDate to = LocalDate.parse(in.get("window").get("to").asText().substring(0, 10));
            assertThat(to).isBetween(from, from.plusDays(1));
            assertThat(from).isBefore(facts.asOf);
            String offender = c.get("offender").asText();
            Map<String, String> person = nominals.get(offender);
            assertThat(person.get("sex")).isEqualTo(in.get("suspectSex").asText());
            // the offender was free for the whole window
            assertThat(custody.getOrDefault(offender, List.of())).noneMatch(p -> overlaps(p, from, to));
            // the place is near an address he had on the day
            String anchor = c.get("anchorAddress").asText();
            assertThat(stays.get(offender)).as(c.get("id").asText())
                    .anyMatch(s -> s.get("address").equals(anchor) && covers(s, from, from));
            LatLng place = new LatLng(in.get("lat").asDouble(), in.get("lng").asDouble());
            assertThat(point(addresses.get(anchor)).distanceM(place)).isLessThanOrEqualTo(1_300)
                    .isLessThan(in.get("radiusM").asDouble());
            assertThat(in.get("suspectDescription").asText()).isNotBlank();
            if (!in.get("vehicle").isNull()) {
                assertThat(in.get("vehicle").asText()).matches("[A-Z0-9?]{4,6}");
            }
            Instant start = LocalDateTime.parse(in.get("window").get("from").asText()).atZone(LONDON).toInstant();
            Instant end = LocalDateTime.parse(in.get("window").get("to").asText()).atZone(LONDON).toInstant();
            if (c.get("offenderTagged").asBoolean()) {
                // his tag went to the place during the window
                tagged++;
                assertThat(fixes.get(offender)).as(c.get("id").asText()).anyMatch(f -> {
                    Instant at = Instant.parse(f.get("recorded_at"));
                    return !at.isBefore(start) && !at.isAfter(end)
                            && new LatLng(Double.parseDouble(f.get("lat")), Double.parseDouble(f.get("lng"))).distanceM(place) < 200;
                });
            }
            for (JsonNode d : c.get("decoys")) {
                String decoy = d.get("nominal").asText();
                assertThat(decoy).isNotEqualTo(offender);
                if (d.get("kind").asText().equals("IN_CUSTODY")) {
                    inCustodyDecoys++;
                    assertThat(custody.get(decoy)).as(c.toString()).anyMatch(p -> covers(p, from, to));
                    assertThat(nominals.get(decoy).get("sex")).isEqualTo(person.get("sex"));
                } else if (d.get("kind").asText().equals("TAG_ALIBI")) {
                    // a look-alike whose tag recorded him at home, far enough from the place, from before the window to after it
                    tagAlibis++;
                    assertThat(nominals.get(decoy).get("sex")).isEqualTo(person.get("sex"));
                    List<Map<String, String>> trail = fixes.getOrDefault(decoy, List.of());
                    assertThat(trail).as(c.toString()).isNotEmpty()
                            .allMatch(f -> new LatLng(Double.parseDouble(f.get("lat")), Double.parseDouble(f.get("lng"))).distanceM(place)
                                    >= SuspectCases.TAG_ALIBI_MIN_M - 100);
                    assertThat(trail).anyMatch(f -> !Instant.parse(f.get("recorded_at")).isAfter(start))
                            .anyMatch(f -> !Instant.parse(f.get("recorded_at")).isBefore(end));
                } else {
                    assertThat(d.get("kind").asText()).isEqualTo("SAME_NAME_FAR");
                    assertThat(nominals.get(decoy).get("forename")).isEqualTo(person.get("forename"))
                            .isEqualTo(in.get("suspectName").asText());
                    assertThat(stays.get(decoy)).anyMatch(s -> s.get("relation").equals("HOME") && covers(s, from, from)
                            && point(addresses.get(s.get("address"))).distanceM(place) > 25_000);
                }
            }
        }
        assertThat(inCustodyDecoys).isGreaterThanOrEqualTo(cases.size() / 2);
        assertThat(tagged).as("offenders whose tag went to the place").isGreaterThanOrEqualTo(cases.size() / 6);
        assertThat(tagAlibis).as("tagged look-alikes at home").isGreaterThanOrEqualTo(cases.size() / 6);
    }

    private static LatLng point(Map<String, String> address) {
        return new LatLng(Double.parseDouble(address.get("lat")), Double.parseDouble(address.get("lng")));
    }

    private static boolean covers(Map<String, String> period, LocalDate from, LocalDate to) {
        String end = period.get("to");
        return !LocalDate.parse(period.get("from")).isAfter(from) && (end == null || end.isEmpty() || !LocalDate.parse(end).isBefore(to));
    }

    private static boolean overlaps(Map<String, String> period, LocalDate from, LocalDate to) {
        String end = period.get("to");
        return !LocalDate.parse(period.get("from")).isAfter(to) && (end == null || end.isEmpty() || !LocalDate.parse(end).isBefore(from));
    }
}
