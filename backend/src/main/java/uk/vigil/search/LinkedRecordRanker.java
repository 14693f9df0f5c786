package uk.vigil.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.analysis.PhoneNumbers;
import uk.vigil.analysis.Plates;

/**
 * Orders vehicles, devices, accounts and addresses and says why each matched: a plate exactly,
 * misread (O/0, I/1...), or in part; a phone number however it was written, or its last digits;
 * a handle; a postcode or the words of an address. Make, model and colour words add to a plate.
 */
final class LinkedRecordRanker {
    private final QueryText query;
    private final List<Pattern> plates;

    LinkedRecordRanker(QueryText query) {
        this.query = query;
        this.plates = query.plates().stream().map(p -> Pattern.compile(
                LuceneQuery.canonicalPattern(p).replace("?", ".").replace("*", ".*"))).toList();
    }

    SearchHit rank(Record r) {
        String type = r.get("type").asString();
        Map<String, Object> f = r.get("fields").asMap();
        List<Match> matches = new ArrayList<>();
        Tier tier;
        double within;
        String title;
        String subtitle;
        switch (type) {
            case "VEHICLE" -> {
                String vrm = str(f, "vrm");
                title = vrm;
                subtitle = join(str(f, "colour"), str(f, "make"), str(f, "model"));
                Scored plate = plate(vrm, matches);
                List<String> words = TextMatch.found(query.words(), subtitle);
                words.removeIf(w -> query.plates().stream().anyMatch(p -> p.equalsIgnoreCase(w)));
                if (!words.isEmpty()) {
                    matches.add(Match.of("make, model and colour", Match.How.TEXT, String.join(", ", words), subtitle));
                }
                double text = query.words().isEmpty() ? 0 : 20.0 * words.size() / query.words().size();
                tier = plate != null ? plate.tier : words.isEmpty() ? null : Tier.TEXT;
                within = (plate != null ? plate.within : 40) + text;
            }
            case "DEVICE" -> {
                String number = str(f, "phoneNumber");
                String imei = str(f, "imei");
                title = number != null ? number : "IMEI " + imei;
                subtitle = join(str(f, "type"), imei == null || number == null ? null : "IMEI " + imei);
                Scored phone = number(number, "phone number", matches);
                Scored handset = phone == null ? number(imei, "IMEI", matches) : null;
                Scored best = phone != null ? phone : handset;
                tier = best == null ? null : best.tier;
                within = best == null ? 0 : best.within;
            }
            case "ACCOUNT" -> {
                String value = str(f, "value");
                title = value;
                subtitle = join(str(f, "platform"), str(f, "type"));
                String lower = value == null ? "" : value.toLowerCase(Locale.ROOT).replaceFirst("^@", "");
                if (query.handles().contains(lower)) {
                    matches.add(Match.of("account", Match.How.EXACT, lower, value));
                    tier = Tier.EXACT;
                    within = 60;
                } else {
                    Match text = TextMatch.of("account", query.words(), value);
                    if (text != null) {
                        matches.add(text);
                    }
                    tier = text == null ? null : Tier.TEXT;
                    within = 40 * TextMatch.coverage(query.words(), value);
                }
            }
            default -> {
                String postcode = str(f, "postcode");
                title = join(str(f, "line1"), str(f, "line2"), str(f, "town"), postcode).replace(" · ", ", ");
                subtitle = kind(str(f, "kind"));
                Scored address = address(f, postcode, matches);
                tier = address == null ? null : address.tier;
                within = address == null ? 0 : address.within;
            }
        }
        if (tier == null) {
            return null;
        }
        List<SearchHit.LinkedPerson> people = new ArrayList<>();
        for (Value p : r.get("people").values()) {
            people.add(new SearchHit.LinkedPerson(p.get("id").asString(),
                    SearchHit.displayName(p.get("forename").asString(null), p.get("surname").asString(null)),
                    p.get("relation").asString(), p.get("nominal").asBoolean(false)));
        }
        long more = r.get("peopleCount").asLong(people.size()) - people.size();
        if (more > 0) {
            subtitle = join(subtitle, "and " + more + " more " + (more == 1 ? "person" : "people"));
        }
        return new SearchHit(type, r.get("id").asString(), title, subtitle, null, tier, tier.score(within),
                r.get("area").asString(null), null, null, null, null, null, matches, people);
    }

    private record Scored(Tier tier, double within) {
    }

    private Scored plate(String vrm, List<Match> matches) {
        if (vrm == null || plates.isEmpty()) {
            return null;
        }
        String canonical = Plates.canonical(vrm);
        String recordedCompact = vrm.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "");
        Scored best = null;
        Match bestMatch = null;
        for (int i = 0; i < plates.size(); i++) {
            String typed = query.plates().get(i);
            Pattern p = plates.get(i);
            Scored s;
            Match m;
            if (p.matcher(canonical).matches()) {
                boolean wild = typed.contains("?") || typed.contains("*");
                if (!wild && typed.equals(recordedCompact)) {
                    s = new Scored(Tier.EXACT, 60);
                    m = Match.of("plate", Match.How.EXACT, typed, vrm);
                } else if (!wild) {
                    s = new Scored(Tier.FUZZY, 60);
                    m = Match.of("plate", Match.How.CONFUSABLE, typed, vrm);
                } else {
                    s = new Scored(Tier.PARTIAL, 80);
                    m = Match.of("plate", Match.How.PARTIAL, typed, vrm);
                }
            } else if (p.matcher(canonical).lookingAt()) {
                s = new Scored(Tier.PARTIAL, 50 + 4 * known(typed));
                m = Match.of("plate", Match.How.PREFIX, typed, vrm);
            } else if (p.matcher(canonical).find()) {
                s = new Scored(Tier.PARTIAL, 20 + 4 * known(typed));
                m = Match.of("plate", Match.How.PARTIAL, typed, vrm);
            } else {
                continue;
            }
            if (best == null || s.tier.ordinal() < best.tier.ordinal()
                    || (s.tier == best.tier && s.within > best.within)) {
                best = s;
                bestMatch = m;
            }
        }
        if (bestMatch != null) {
            matches.add(bestMatch);
        }
        return best;
    }

    private static int known(String pattern) {
        return pattern.replace("?", "").replace("*", "").length();
    }

    private Scored number(String recorded, String field, List<Match> matches) {
        if (recorded == null || query.phones().isEmpty()) {
            return null;
        }
        String canonical = PhoneNumbers.canonical(recorded);
        for (String typed : query.phones()) {
            if (typed.equals(canonical)) {
                String typedDigits = query.raw().replaceAll("[^\\d+]", "");
                boolean same = typedDigits.contains(recorded.replaceAll("[^\\d+]", ""));
                matches.add(Match.of(field, same ? Match.How.EXACT : Match.How.FORMAT, display(typed), recorded));
                return new Scored(Tier.EXACT, 60);
            }
        }
        for (String typed : query.phones()) {
            if (canonical.endsWith(typed)) {
                matches.add(Match.of(field, Match.How.PARTIAL, typed, recorded));
                return new Scored(Tier.PARTIAL, 40 + typed.length() * 3);
            }
            if (canonical.contains(typed)) {
                matches.add(Match.of(field, Match.How.PARTIAL, typed, recorded));
                return new Scored(Tier.PARTIAL, 20 + typed.length() * 3);
            }
        }
        return null;
    }

    /** A canonical UK number as people write it (07700 900123) for the explanation. */
    private static String display(String canonical) {
        return canonical.startsWith("44") && canonical.length() == 12 ? "0" + canonical.substring(2, 6) + " " + canonical.substring(6)
                : canonical;
    }

    private Scored address(Map<String, Object> f, String postcode, List<Match> matches) {
        Tier tier = null;
        double within = 0;
        if (postcode != null) {
            for (String typed : query.postcodes()) {
                if (typed.equalsIgnoreCase(postcode)) {
                    matches.add(Match.of("postcode", Match.How.EXACT, typed, postcode));
                    tier = Tier.EXACT;
                    within = 50;
                    break;
                }
                if (!typed.contains(" ") && postcode.toUpperCase(Locale.ROOT).startsWith(typed + " ")) {
                    matches.add(Match.of("postcode district", Match.How.PARTIAL, typed, postcode));
                    tier = Tier.PARTIAL;
                    within = 30;
                }
            }
        }
        String lines = join(str(f, "line1"), str(f, "line2"), str(f, "town"));
        List<String> words = new ArrayList<>(TextMatch.found(query.words(), lines));
        words.removeIf(w -> query.postcodes().stream().anyMatch(p -> p.toLowerCase(Locale.ROOT).replace(" ", "").contains(w)));
        long wanted = query.words().stream()
                .filter(w -> query.postcodes().stream().noneMatch(p -> p.toLowerCase(Locale.ROOT).replace(" ", "").contains(w))).count();
        if (!words.isEmpty()) {
            matches.add(Match.of("address", Match.How.TEXT, String.join(", ", words), lines.replace(" · ", ", ")));
            boolean all = words.size() == wanted;
            Tier wordsTier = all && wanted >= 2 ? Tier.EXACT : Tier.TEXT;
            tier = tier == null ? wordsTier : tier;
            within += 40.0 * words.size() / Math.max(1, wanted);
        }
        return tier == null ? null : new Scored(tier, within);
    }

    private static String kind(String kind) {
        return kind == null ? "address" : switch (kind) {
            case "PRIVATE" -> "private address";
            case "APPROVED_PREMISES" -> "approved premises";
            case "HOSTEL" -> "hostel";
            case "PRISON" -> "prison";
            case "HOSPITAL" -> "hospital";
            case "BUSINESS" -> "business";
            case "SCHOOL" -> "school";
            default -> "address";
        };
    }

    private static String str(Map<String, Object> f, String key) {
        Object v = f.get(key);
        return v == null ? null : v.toString();
    }

    private static String join(String... parts) {
        List<String> kept = new ArrayList<>();
        for (String p : parts) {
            if (p != null && !p.isBlank()) {
                kept.add(p);
            }
        }
        return String.join(" · ", kept);
    }
}
