package uk.vigil.search;

import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.vigil.analysis.Identifiers;
import uk.vigil.analysis.NameText;

/**
 * Orders people and says why each matched. Each typed name token takes its best match over the
 * person's names and aliases (exact, nickname, phonetic, spelling); the person's tier is the worst
 * of those when every typed word is explained (by a name, the description or a condition), else
 * {@link Tier#PARTIAL}, as when a typed date of birth disagrees or the query holds a plate or number
 * a person cannot explain. Within a tier: how well the tokens matched, the date or year of birth,
 * the person's own name over an alias, and forename and surname over middle names. docs/search.md
 * gives the points.
 */
final class PersonRanker {
    private static final DateTimeFormatter UK_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Map<String, String> IDENTIFIER_FIELDS = Map.of(
            "pncId", "PNC ID", "croNo", "CRO number", "crn", "CRN", "nomsNo", "NOMS number", "visorRef", "ViSOR reference");

    private final QueryText query;
    private final List<NameMatcher> matchers;
    private final List<Set<String>> identifierForms;
    private final LocalDate today;

    PersonRanker(QueryText query, boolean typeahead, LocalDate today) {
        this.query = query;
        this.matchers = NameMatcher.of(query.names(), typeahead);
        this.identifierForms = query.identifiers().stream().map(Identifiers::forms).toList();
        this.today = today;
    }

    /** The ranked hit, or null when the person matches too little of the query to show. */
    SearchHit rank(PersonCandidate p) {
        List<Match> matches = new ArrayList<>();
        Tier tier = null;
        double within = 0;

        Match identifier = identifier(p);
        if (identifier != null) {
            matches.add(identifier);
            tier = Tier.IDENTIFIER;
            within += 40;
        }

        // The description and any matched condition wording, each read once for the typed words.
        List<String> texts = new ArrayList<>();
        texts.add(p.description());
        for (PersonCandidate.Hit hit : p.hits()) {
            if (hit.via().equals("CONDITION")) {
                texts.add(hit.text());
            }
        }
        List<List<String>> foundIn = texts.stream().map(t -> TextMatch.found(query.textWords(), t)).toList();
        List<String> textWords = foundIn.stream().flatMap(List::stream).distinct().toList();
        if (!matchers.isEmpty()) {
            NameScore names = names(p);
            // Every typed word must be explained, by a name or by the person's description or conditions.
            int explained = 0;
            int strong = 0;
            for (int i = 0; i < matchers.size(); i++) {
                Match.How how = names.hows.get(i);
                if (how != null) {
                    explained++;
                    if (how == Match.How.EXACT || how == Match.How.PREFIX || how == Match.How.NICKNAME) {
                        strong++;
                    }
                } else if (textWords.contains(matchers.get(i).typed())) {
                    explained++;
                }
            }
            Tier nameTier = null;
            if (names.matched > 0 && explained == matchers.size()) {
                nameTier = names.tier;
            } else if (names.matched > 0 && strong * 2 >= matchers.size()) {
                // Part of the name: only exact and nickname matches count, a lone sound-alike is noise.
                nameTier = Tier.PARTIAL;
            }
            if (nameTier != null) {
                matches.addAll(names.matches);
                tier = tier == null ? nameTier : tier;
                within += 55 * names.points / (100.0 * matchers.size());
                if (names.ownName) {
                    within += 8;
                }
                if (names.wholeName) {
                    within += 4;
                }
                within += 3.0 * names.named / matchers.size();
            } else if (identifier == null && textWords.isEmpty()) {
                return null;
            }
        }

        if (!query.years().isEmpty() && p.dob() != null) {
            for (int year : query.years()) {
                int off = Math.abs(p.dob().getYear() - year);
                if (off <= 1) {
                    matches.add(Match.of("year of birth", off == 0 ? Match.How.DOB : Match.How.FUZZY,
                            Integer.toString(year), Integer.toString(p.dob().getYear())));
                    within += off == 0 ? 12 : 6;
                    break;
                }
            }
        }

        if (!query.dates().isEmpty()) {
            Match dob = dob(p);
            if (dob != null) {
                matches.add(dob);
                within += dob.how() == Match.How.DOB ? 25 : 18;
                if (tier == null) {
                    tier = dob.how() == Match.How.DOB ? Tier.EXACT : Tier.FUZZY;
                }
            } else if (tier != null && tier != Tier.IDENTIFIER) {
                tier = tier.worse(Tier.PARTIAL); // the name fits but the date of birth does not
            }
        }

        for (int i = 0; i < texts.size(); i++) {
            Match text = TextMatch.explain(i == 0 ? "description" : "condition wording", texts.get(i), foundIn.get(i));
            if (text != null) {
                double coverage = (double) foundIn.get(i).size() / query.textWords().size();
                matches.add(text);
                within += 10 * coverage;
                if (tier == null) {
                    tier = Tier.TEXT;
                    within += 50 * coverage;
                }
            }
        }
        if (tier == null) {
            return null;
        }
        if (tier != Tier.IDENTIFIER && unexplainedReadings(identifier)) {
            // "PF5? silver": a person called Silver leaves the plate, the most telling part, unexplained
            tier = tier.worse(Tier.PARTIAL);
            within -= 30;
        }
        if (p.roles().contains("Nominal")) {
            within += 2;
        }
        Integer age = p.dob() == null ? null : Period.between(p.dob(), today).getYears();
        return new SearchHit("PERSON", p.id(), SearchHit.displayName(p.forename(), p.surname()), subtitle(p, age),
                p.roles().stream().map(r -> r.toUpperCase(java.util.Locale.ROOT)).toList(), tier, tier.score(within),
                p.area(), p.category(), p.level(), p.rosh(), p.dob(), age, matches, List.of());
    }

    /** The query also holds a plate, phone number, postcode or handle, which a person's names cannot explain. */
    private boolean unexplainedReadings(Match identifier) {
        return identifier == null && (!query.plates().isEmpty() || !query.phones().isEmpty()
                || !query.postcodes().isEmpty() || !query.handles().isEmpty());
    }

    private Match identifier(PersonCandidate p) {
        for (Map.Entry<String, String> e : p.identifiers().entrySet()) {
            Set<String> recorded = Identifiers.forms(e.getValue());
            for (int i = 0; i < identifierForms.size(); i++) {
                if (identifierForms.get(i).stream().anyMatch(recorded::contains)) {
                    String typed = query.identifiers().get(i);
                    String field = IDENTIFIER_FIELDS.get(e.getKey());
                    return typed.equalsIgnoreCase(e.getValue()) ? Match.of(field, Match.How.IDENTIFIER, typed, e.getValue())
                            : Match.of(field, Match.How.FORMAT, typed, e.getValue());
                }
            }
        }
        return null;
    }

    private record NameScore(List<Match> matches, List<Match.How> hows, int matched, double points, Tier tier,
                             boolean ownName, boolean wholeName, int named) {
    }

    /** A field of recorded names: which it is ("surname", "alias forename") and its folded tokens with the raw value. */
    private record Field(String label, String value, List<String> tokens, boolean own) {
    }

    private NameScore names(PersonCandidate p) {
        List<Field> fields = new ArrayList<>();
        addFields(fields, "", p.forename(), p.middleNames(), p.surname(), true);
        for (PersonCandidate.Names alias : p.aliases()) {
            addFields(fields, "alias ", alias.forename(), alias.middleNames(), alias.surname(), false);
        }
        List<Match> matches = new ArrayList<>();
        List<Match.How> hows = new ArrayList<>();
        int matched = 0;
        double points = 0;
        Tier tier = Tier.EXACT;
        boolean own = true;
        int named = 0;
        for (NameMatcher m : matchers) {
            Field bestField = null;
            NameMatcher.TokenMatch best = null;
            String bestToken = null;
            for (Field f : fields) {
                for (String token : f.tokens) {
                    NameMatcher.TokenMatch tm = m.against(token);
                    if (tm == null) {
                        continue;
                    }
                    double pts = f.own ? tm.points() : tm.points() * 0.97;
                    if (best == null || pts > (bestField.own ? best.points() : best.points() * 0.97)) {
                        best = tm;
                        bestField = f;
                        bestToken = token;
                    }
                }
            }
            if (best == null) {
                own = false;
                hows.add(null);
                continue;
            }
            hows.add(best.how());
            matched++;
            points += bestField.own ? best.points() : best.points() * 0.97;
            if (bestField.label.equals("forename") || bestField.label.equals("surname")) {
                named++; // a forename or surname match beats the same word as a middle name
            }
            own &= bestField.own;
            tier = tier.worse(tierOf(best.how()));
            matches.add(Match.of(bestField.label, best.how(), m.typed(), display(bestField.value, bestToken)));
        }
        // The whole name: the query names the forename and surname and nothing else (middle names aside).
        int fullName = fields.stream().filter(f -> f.own && !f.label.equals("middle name")).mapToInt(f -> f.tokens.size()).sum();
        return new NameScore(matches, hows, matched, points, tier, own && matched > 0,
                own && named == matchers.size() && fullName == matchers.size(), named);
    }

    private static Tier tierOf(Match.How how) {
        return switch (how) {
            case EXACT, PREFIX, TRANSLITERATION -> Tier.EXACT;
            case NICKNAME -> Tier.NICKNAME;
            case PHONETIC -> Tier.PHONETIC;
            default -> Tier.FUZZY;
        };
    }

    private static void addFields(List<Field> fields, String prefix, String forename, String middle, String surname, boolean own) {
        add(fields, prefix + "forename", forename, own);
        add(fields, prefix + "middle name", middle, own);
        add(fields, prefix + "surname", surname, own);
    }

    private static void add(List<Field> fields, String label, String value, boolean own) {
        if (value != null && !value.isBlank()) {
            fields.add(new Field(label, value, NameText.tokens(value), own));
        }
    }

    /** The recorded word that matched, as recorded (with its capitals and accents), where it can be found. */
    private static String display(String value, String token) {
        for (String word : value.split("[\\s-]+")) {
            if (NameText.fold(word).equals(token)) {
                return word;
            }
        }
        return value;
    }

    private Match dob(PersonCandidate p) {
        if (p.dob() == null) {
            return null;
        }
        for (LocalDate typed : query.dates()) {
            if (typed.equals(p.dob())) {
                return Match.of("date of birth", Match.How.DOB, typed.format(UK_DATE), p.dob().format(UK_DATE));
            }
            if (p.dob().equals(QueryText.swapped(typed))) {
                return Match.of("date of birth", Match.How.DOB_SWAPPED, typed.format(UK_DATE), p.dob().format(UK_DATE));
            }
        }
        return null;
    }

    private static String subtitle(PersonCandidate p, Integer age) {
        List<String> parts = new ArrayList<>();
        if (p.dob() != null) {
            parts.add("born " + p.dob().format(UK_DATE) + (age == null ? "" : " (" + age + ")"));
        }
        if (p.town() != null) {
            parts.add(p.town());
        }
        if (p.category() != null && p.level() != null) {
            parts.add("category " + p.category() + ", level " + p.level());
        }
        if (!p.roles().contains("Nominal") && !p.roles().isEmpty()) {
            parts.add(String.join(", ", p.roles().stream().map(r -> r.toLowerCase(java.util.Locale.ROOT)).toList()));
        }
        return String.join(" · ", parts);
    }
}
