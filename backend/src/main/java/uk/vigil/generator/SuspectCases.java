package uk.vigil.generator;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Planted unsolved offences for the suspect search (docs/suspects.md): an offence a known nominal
 * committed, described as an investigator would receive it (approximate age, build, part of his
 * marks, a partial plate, a phone fragment, a place near one of his addresses, a time window when
 * he was free), with decoys: a look-alike who was in custody that night, and someone of the same
 * forename living far away. Planted from the rows the first blocks wrote ({@link WrittenRows}), on
 * their own random stream, so every CSV file stays as it was; the cases live only in manifest.json
 * (they are investigators' inputs, not records).
 */
final class SuspectCases {
    /** Nominal blocks read back: the cases come from the first 2,048 nominal records. */
    static final int BLOCKS = 8;
    static final int MAX_CASES = 60;
    private static final Set<String> STOP = Set.of("a", "an", "the", "of", "on", "in", "at", "to", "and", "his", "her",
            "with", "by", "for", "after", "over", "was", "while", "he", "she", "they", "them", "several", "next", "near");

    private final WrittenRows rows = new WrittenRows(ImportFile.NOMINALS, ImportFile.ADDRESSES, ImportFile.PERSON_ADDRESSES,
            ImportFile.CUSTODY_PERIODS, ImportFile.VEHICLES, ImportFile.PERSON_VEHICLES, ImportFile.DEVICES,
            ImportFile.PERSON_DEVICES, ImportFile.OFFENCES, ImportFile.CONVICTIONS, ImportFile.CONVICTION_OFFENCES,
            ImportFile.OFFENCE_VICTIMS, ImportFile.VICTIMS, ImportFile.MAPPA_CASES);

    record Window(String from, String to) {
    }

    /** What the investigator brings. Null fields were not given. */
    record Inputs(double lat, double lng, int radiusM, Window window, String offenceType, String suspectSex,
                  Integer suspectAgeFrom, Integer suspectAgeTo, String suspectName, String suspectDescription,
                  String method, String vehicle, String phone, Integer victimAge, String victimSex) {
    }

    record Decoy(String nominal, String kind, String why) {
    }

    /** {@code offenderTagged}: his tag recorded him going to the place during the window (tag_fixes.csv). */
    record Case(String id, Inputs inputs, String offender, String anchorAddress, String anchorRelation,
                long anchorDistanceM, List<Decoy> decoys, String note, boolean offenderTagged) {
    }

    /** A share of offenders whose GPS tag followed them to the place, and of cases with a tagged look-alike at home. */
    static final double OFFENDER_TAGGED = 0.3;
    static final double TAG_ALIBI = 0.6;
    /** A tagged look-alike lives at least this far from the place: a fix a minute then rules him out (docs/suspects.md). */
    static final int TAG_ALIBI_MIN_M = 2_500;

    /** The tag fixes planted with the cases, and the area of each wearer's case (their owning agency's area). */
    private final List<TagTrails.Fix> fixes = new ArrayList<>();
    private final Map<String, String> caseArea = new HashMap<>();

    void collect(BlockOutput out) {
        rows.add(out);
    }

    private record Stay(String address, String relation, LocalDate from, LocalDate to) {
        boolean on(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    private record Custody(String type, LocalDate from, LocalDate to) {
        boolean covers(LocalDate d) {
            return !from.isAfter(d) && (to == null || !to.isBefore(d));
        }
    }

    private record PastOffence(String type, String method, LocalDate date, LocalDate victimDob, String victimSex) {
    }

    private final class Person {
        final Map<String, String> row;
        final List<Stay> stays = new ArrayList<>();
        final List<Custody> custody = new ArrayList<>();
        final List<PastOffence> offences = new ArrayList<>();
        final List<String[]> vehicles = new ArrayList<>();   // vrm, from, to
        final List<String[]> phones = new ArrayList<>();     // number, from, to

        Person(Map<String, String> row) {
            this.row = row;
        }

        String id() {
            return row.get("id");
        }

        LocalDate dob() {
            return LocalDate.parse(row.get("dob"));
        }

        boolean free(LocalDate d) {
            return custody.stream().noneMatch(c -> c.covers(d));
        }

        Stay home(LocalDate d) {
            return stays.stream().filter(s -> s.relation.equals("HOME") && s.on(d)).findFirst().orElse(null);
        }
    }

    /** Plants up to {@link #MAX_CASES} cases; the manifest section. */
    Map<String, Object> plant(World world) {
        List<Case> cases = build(world);
        Map<String, Object> section = new LinkedHashMap<>();
        section.put("description", "Planted unsolved offences for the suspect search: `inputs` is what the investigator "
                + "brings (place, radius, time window, offence type, suspect and method description, fragments, victim); "
                + "`offender` is the nominal who did it; `decoys` must not rank above him: IN_CUSTODY look-alikes were in "
                + "custody for the whole window, SAME_NAME_FAR share his forename and lived far away. Not written to any CSV.");
        section.put("total", cases.size());
        section.put("listed", cases.size());
        section.put("items", cases);
        return section;
    }

    List<Case> build(World world) {
        Map<String, LatLng> places = new HashMap<>();
        for (Map<String, String> a : rows.of(ImportFile.ADDRESSES)) {
            places.put(a.get("id"), new LatLng(Double.parseDouble(a.get("lat")), Double.parseDouble(a.get("lng"))));
        }
        Set<String> withCase = new HashSet<>();
        rows.of(ImportFile.MAPPA_CASES).forEach(r -> {
            withCase.add(r.get("person"));
            caseArea.putIfAbsent(r.get("person"), r.get("area"));
        });
        Map<String, Person> people = new LinkedHashMap<>();
        for (Map<String, String> n : rows.of(ImportFile.NOMINALS)) {
            people.put(n.get("id"), new Person(n));
        }
        for (Map<String, String> r : rows.of(ImportFile.PERSON_ADDRESSES)) {
            Person p = people.get(r.get("person"));
            if (p != null && places.containsKey(r.get("address"))) {
                p.stays.add(new Stay(r.get("address"), r.get("relation"), LocalDate.parse(r.get("from")), date(r.get("to"))));
            }
        }
        for (Map<String, String> r : rows.of(ImportFile.CUSTODY_PERIODS)) {
            Person p = people.get(r.get("person"));
            if (p != null) {
                p.custody.add(new Custody(r.get("type"), LocalDate.parse(r.get("from")), date(r.get("to"))));
            }
        }
        Map<String, String> vrms = new HashMap<>();
        rows.of(ImportFile.VEHICLES).forEach(v -> vrms.put(v.get("id"), v.get("vrm")));
        for (Map<String, String> r : rows.of(ImportFile.PERSON_VEHICLES)) {
            Person p = people.get(r.get("person"));
            if (p != null && vrms.containsKey(r.get("vehicle"))) {
                p.vehicles.add(new String[] {vrms.get(r.get("vehicle")), r.get("from"), r.get("to")});
            }
        }
        Map<String, String> numbers = new HashMap<>();
        rows.of(ImportFile.DEVICES).stream().filter(d -> d.get("phone_number") != null)
                .forEach(d -> numbers.put(d.get("id"), d.get("phone_number")));
        for (Map<String, String> r : rows.of(ImportFile.PERSON_DEVICES)) {
            Person p = people.get(r.get("person"));
            if (p != null && numbers.containsKey(r.get("device"))) {
                p.phones.add(new String[] {numbers.get(r.get("device")), r.get("from"), r.get("to")});
            }
        }
        offences(people);
        List<Person> offenders = people.values().stream()
                .filter(p -> withCase.contains(p.id()) && !p.offences.isEmpty() && "M".equals(p.row.get("sex"))
                        && p.row.get("description") != null)
                .toList();
        List<Case> cases = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (int k = 0; k < offenders.size() * 4 && cases.size() < MAX_CASES; k++) {
            Rng rng = Rng.of(world.seed, Rng.Stream.SUSPECTS, k);
            Person offender = offenders.get(rng.below(offenders.size()));
            if (used.contains(offender.id())) {
                continue;
            }
            Case c = plantOne(world, rng, "SC" + Identifiers.pad(cases.size() + 1L, 3), offender, people, places);
            if (c != null) {
                used.add(offender.id());
                cases.add(c);
            }
        }
        return cases;
    }

    private void offences(Map<String, Person> people) {
        Map<String, String> convictedPerson = new HashMap<>();
        rows.of(ImportFile.CONVICTIONS).forEach(c -> convictedPerson.put(c.get("id"), c.get("person")));
        Map<String, Map<String, String>> victims = new HashMap<>();
        rows.of(ImportFile.VICTIMS).forEach(v -> victims.put(v.get("id"), v));
        Map<String, Map<String, String>> victimOf = new HashMap<>();
        for (Map<String, String> ov : rows.of(ImportFile.OFFENCE_VICTIMS)) {
            Map<String, String> v = victims.get(ov.get("victim"));
            if (v != null) {
                victimOf.putIfAbsent(ov.get("offence"), v);
            }
        }
        Map<String, Map<String, String>> offences = new HashMap<>();
        rows.of(ImportFile.OFFENCES).forEach(o -> offences.put(o.get("id"), o));
        for (Map<String, String> co : rows.of(ImportFile.CONVICTION_OFFENCES)) {
            Person p = people.get(convictedPerson.get(co.get("conviction")));
            Map<String, String> o = offences.get(co.get("offence"));
            if (p == null || o == null || "OTHER".equals(o.get("category")) || o.get("method") == null) {
                continue;
            }
            Map<String, String> v = victimOf.get(o.get("id"));
            p.offences.add(new PastOffence(o.get("type"), o.get("method"), LocalDate.parse(o.get("date")),
                    v == null ? null : date(v.get("dob")), v == null ? null : v.get("sex")));
        }
        people.values().forEach(p -> p.offences.sort(Comparator.comparing(PastOffence::date).reversed()));
    }

    private Case plantOne(World world, Rng rng, String id, Person offender, Map<String, Person> people,
                          Map<String, LatLng> places) {
        LocalDate earliest = world.asOf.minusYears(3);
        LocalDate latest = world.asOf.minusDays(7);
        // a look-alike decoy in custody: same sex, age within 8 years, a home within 8 km of the offender's
        List<Person> lookAlikes = new ArrayList<>();
        LocalDate probe = null;
        for (int attempt = 0; attempt < 30 && probe == null; attempt++) {
            LocalDate d = rng.date(earliest, latest);
            Stay home = offender.home(d);
            if (home != null && offender.free(d) && offender.free(d.plusDays(1))) {
                probe = d;
            }
        }
        if (probe == null) {
            return null;
        }
        LatLng offenderHome = places.get(offender.home(probe).address);
        for (Person other : people.values()) {
            if (other == offender || !"M".equals(other.row.get("sex"))
                    || Math.abs(other.dob().getYear() - offender.dob().getYear()) > 8) {
                continue;
            }
            boolean near = other.stays.stream().anyMatch(s -> s.relation.equals("HOME")
                    && places.get(s.address).distanceM(offenderHome) < 8_000);
            boolean jailed = other.custody.stream().anyMatch(c -> c.to() == null || !c.to().isBefore(earliest.plusDays(2)));
            if (near && jailed) {
                lookAlikes.add(other);
            }
        }
        // prefer a look-alike who shares the build
        lookAlikes.sort(Comparator.comparing((Person p) -> !p.row.getOrDefault("build", "").equals(offender.row.get("build")))
                .thenComparing(Person::id));
        Person decoy = null;
        LocalDate date = null;
        for (Person candidate : lookAlikes.subList(0, Math.min(6, lookAlikes.size()))) {
            for (Custody c : candidate.custody) {
                LocalDate from = Timelines.max(c.from().plusDays(1), earliest);
                LocalDate to = c.to() == null ? latest : Timelines.min(c.to().minusDays(1), latest);
                for (int attempt = 0; attempt < 10 && date == null && !from.isAfter(to); attempt++) {
                    LocalDate d = rng.date(from, to);
                    if (offender.free(d) && offender.free(d.plusDays(1)) && offender.home(d) != null) {
                        date = d;
                        decoy = candidate;
                    }
                }
            }
            if (date != null) {
                break;
            }
        }
        if (date == null) {
            date = probe;
        }
        LocalDate day = date;
        List<Stay> anchors = offender.stays.stream().filter(s -> s.on(day) && !s.relation.equals("PROPOSED")).toList();
        Stay anchor = anchors.stream().filter(s -> !s.relation.equals("HOME")).findFirst()
                .filter(s -> rng.chance(0.4)).orElse(offender.home(day));
        LatLng place = Geo.ring(rng, places.get(anchor.address), 150, 1_200);
        int startHour = rng.between(18, 23);
        int hours = rng.between(2, 4);
        LocalDate endDay = startHour + hours >= 24 ? day.plusDays(1) : day;
        Window window = new Window(day + "T" + two(startHour) + ":00", endDay + "T" + two((startHour + hours) % 24) + ":00");

        PastOffence past = offender.offences.get(0);
        String type = rng.chance(0.85) ? past.type() : related(rng, past.type());
        int age = Period.between(offender.dob(), day).getYears();
        int lo = age - rng.between(1, 5);
        int hi = age + rng.between(1, 5);
        if (rng.chance(0.1)) {           // the witness was wrong by a few years
            int shift = rng.chance(0.5) ? -rng.between(2, 4) : rng.between(2, 4);
            lo += shift;
            hi += shift;
        }
        String description = describe(rng, offender.row);
        String method = method(rng, past.method());
        String vehicle = null;
        List<String[]> cars = offender.vehicles.stream().filter(v -> on(v, day)).toList();
        if (!cars.isEmpty() && rng.chance(0.5)) {
            vehicle = Plates.partial(rng, cars.get(0)[0]);
        }
        String phone = null;
        List<String[]> phones = offender.phones.stream().filter(v -> on(v, day)).toList();
        if (!phones.isEmpty() && rng.chance(0.3)) {
            String digits = phones.get(0)[0].replaceAll("[^0-9]", "");
            phone = digits.substring(digits.length() - rng.between(6, 8));
        }
        Integer victimAge = null;
        String victimSex = null;
        if (past.victimDob() != null && rng.chance(0.8)) {
            victimAge = Math.max(1, Period.between(past.victimDob(), past.date()).getYears() + rng.between(-3, 3));
            victimSex = past.victimSex();
        }
        String name = null;
        List<Decoy> decoys = new ArrayList<>();
        if (decoy != null) {
            decoys.add(new Decoy(decoy.id(), "IN_CUSTODY", "in custody (" + decoy.custody.stream()
                    .filter(c -> c.covers(day)).findFirst().map(Custody::type).orElse("?") + ") on " + day
                    + "; male, born " + decoy.dob().getYear() + ", " + decoy.row.getOrDefault("build", "build unknown")));
        }
        String forename = offender.row.get("forename");
        Person namesake = people.values().stream()
                .filter(p -> p != offender && forename.equals(p.row.get("forename")) && p.home(day) != null
                        && places.get(p.home(day).address).distanceM(place) > 25_000)
                .findFirst().orElse(null);
        if (namesake != null && rng.chance(0.5)) {
            name = forename;
            decoys.add(new Decoy(namesake.id(), "SAME_NAME_FAR", "also called " + forename + ", lived "
                    + Math.round(places.get(namesake.home(day).address).distanceM(place) / 1000) + " km away"));
        }
        int radius = rng.pick(new Integer[] {2_000, 3_000, 5_000});
        Inputs inputs = new Inputs(place.lat(), place.lng(), radius, window, type, "M", lo, hi, name, description,
                method, vehicle, phone, victimAge, victimSex);
        // tag data on a stream of its own, so that every case above stays as it was
        boolean tagged = plantTags(world, Rng.of(world.seed, Rng.Stream.TAGS, Rng.hash(id)), id, offender, decoy, places.get(anchor.address),
                place, window, radius, people, places, decoys);
        return new Case(id, inputs, offender.id(), anchor.address, anchor.relation,
                Math.round(places.get(anchor.address).distanceM(place)), decoys,
                "offender aged " + age + "; last offence " + past.type() + " " + past.date(), tagged);
    }

    /**
     * Tag trails around the window, a fix a minute from an hour before it to an hour after: for some
     * offenders, his tag going from his base to the place and back (an opportunity no other record
     * shows so exactly); for some cases, a look-alike of his age living 2.5 km or more from the place
     * (within the radius) whose tag kept him at home all the while (a TAG_ALIBI decoy, ruled out).
     * Returns whether the offender was tagged.
     */
    private boolean plantTags(World world, Rng rng, String id, Person offender, Person custodyDecoy, LatLng base, LatLng place, Window window,
                              int radius, Map<String, Person> people, Map<String, LatLng> places, List<Decoy> decoys) {
        java.time.Instant from = java.time.LocalDateTime.parse(window.from()).atZone(TagTrails.LOCAL).toInstant();
        java.time.Instant to = java.time.LocalDateTime.parse(window.to()).atZone(TagTrails.LOCAL).toInstant();
        java.time.Instant start = from.minusSeconds(3_600);
        java.time.Instant end = to.plusSeconds(3_600);
        if (!end.isBefore(world.asOf.plusDays(1 - Findings.MONITORING_DAYS).atStartOfDay(TagTrails.LOCAL).toInstant())) {
            // no planted trail in the week the conflict rules read tag data from: their truths (Findings) know only the recent day's
            return false;
        }
        LocalDate day = LocalDate.parse(window.from().substring(0, 10));
        boolean tagged = rng.chance(OFFENDER_TAGGED);
        if (tagged) {
            int minutes = (int) java.time.Duration.between(from, to).toMinutes();
            java.time.Instant arrive = from.plusSeconds(60L * rng.between(5, minutes - 25));
            fixes.addAll(TagTrails.visit(rng, "TF" + id + "O", offender.id(), base, Geo.ring(rng, place, 10, 80), start, end,
                    arrive, 20));
        }
        if (rng.chance(TAG_ALIBI)) {
            Person alibi = people.values().stream()
                    .filter(p -> p != offender && p != custodyDecoy && "M".equals(p.row.get("sex"))
                            && Math.abs(p.dob().getYear() - offender.dob().getYear()) <= 8
                            && p.free(day) && p.free(day.plusDays(1)) && p.home(day) != null && caseArea.containsKey(p.id()))
                    .filter(p -> {
                        double d = places.get(p.home(day).address).distanceM(place);
                        return d >= TAG_ALIBI_MIN_M && d <= radius - 100;
                    })
                    .min(java.util.Comparator.comparing((Person p) -> !p.row.getOrDefault("build", "").equals(offender.row.get("build")))
                            .thenComparing(Person::id))
                    .orElse(null);
            if (alibi != null) {
                LatLng home = places.get(alibi.home(day).address);
                fixes.addAll(TagTrails.atHome(rng, "TF" + id + "A", alibi.id(), home, start, end));
                decoys.add(new Decoy(alibi.id(), "TAG_ALIBI", "his tag kept him at home, " + Math.round(home.distanceM(place) / 100) / 10.0
                        + " km from the place, through the window; male, born " + alibi.dob().getYear() + ", "
                        + alibi.row.getOrDefault("build", "build unknown")));
            }
        }
        return tagged;
    }

    /** tag_fixes.csv: the planted trails, owned by each wearer's area's electronic monitoring service. */
    void writeTagFixes(World world, CsvFiles files) throws java.io.IOException {
        BlockOutput out = new BlockOutput(null);
        for (TagTrails.Fix f : fixes) {
            String areaId = caseArea.get(f.person());
            AreaWorld area = world.areas.stream().filter(a -> a.id().equals(areaId)).findFirst().orElse(world.areas.get(0));
            String entered = f.at().plusSeconds(300).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();
            out.row(ImportFile.TAG_FIXES, new Provenance("EMS", "EMS-FEED", entered, area.agency("ELECTRONIC_MONITORING").id(),
                    Provenance.SENSITIVE), f.id(), f.person(), f.at().toString(), f.where().latText(), f.where().lngText(), f.accuracyM());
        }
        files.append(out);
    }

    private static boolean on(String[] link, LocalDate d) {
        return !LocalDate.parse(link[1]).isAfter(d) && (link[2] == null || !LocalDate.parse(link[2]).isBefore(d));
    }

    private static String related(Rng rng, String type) {
        List<String> same = OffenceTypes.category(type).equals("SEXUAL")
                ? List.of("SEXUAL_ASSAULT", "RAPE", "EXPOSURE", "VOYEURISM")
                : List.of("ABH", "GBH", "ROBBERY", "HARASSMENT");
        return rng.pick(same);
    }

    /** What a witness recalls: build (sometimes), hair (sometimes), part of each mark. */
    static String describe(Rng rng, Map<String, String> nominal) {
        List<String> words = new ArrayList<>();
        String build = nominal.get("build");
        if (build != null && rng.chance(0.7)) {
            words.add(build.toLowerCase(Locale.ROOT) + " build");
        }
        String[] parts = nominal.get("description").split(",\\s*");
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].toLowerCase(Locale.ROOT);
            if (part.endsWith(" eyes")) {
                continue;           // rarely seen
            }
            if (i == 0) {
                if (rng.chance(0.6)) {
                    words.add(part);
                }
                continue;
            }
            if (rng.chance(0.15)) {
                continue;           // not noticed
            }
            List<String> content = new ArrayList<>();
            for (String w : part.replace("'", "").split(" ")) {
                if (!STOP.contains(w)) {
                    content.add(w);
                }
            }
            if (content.size() > 2) {
                content.remove(rng.below(content.size()));   // partly described
            }
            words.add(String.join(" ", content));
        }
        if (words.isEmpty()) {
            words.add(parts[0].toLowerCase(Locale.ROOT));
        }
        return String.join(", ", words);
    }

    /** Two to four words of his past method, in order. */
    static String method(Rng rng, String past) {
        List<String> content = new ArrayList<>();
        for (String w : past.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9 -]", " ").split("\\s+")) {
            if (w.length() > 2 && !STOP.contains(w)) {
                content.add(w);
            }
        }
        while (content.size() > 4 || (content.size() > 2 && rng.chance(0.3))) {
            content.remove(rng.below(content.size()));
        }
        return String.join(" ", content);
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    private static LocalDate date(String s) {
        return s == null ? null : LocalDate.parse(s);
    }
}
