package uk.vigil.generator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * manifest.json: the options, row counts, case statistics and every planted truth, each section
 * with a description, its total and a capped list. Nothing in it depends on the clock.
 */
final class Manifest {
    static final String FILE = "manifest.json";

    private Manifest() {
    }

    static void write(Path dir, GeneratorOptions options, Map<String, Long> rows, Truths t, int meetings,
                      Map<String, Object> suspectCases) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("description", "Planted truths of a Vigil synthetic dataset (see docs/generator.md). Ids refer to rows of "
                + "the CSV files next to this manifest. Lists are capped at " + Truths.CAP + " items (search queries at "
                + Truths.QUERY_CAP + " per kind); `total` counts them all.");
        Map<String, Object> generator = new LinkedHashMap<>();
        generator.put("formatVersion", 1);
        generator.put("nominals", options.nominals());
        generator.put("areas", options.areas());
        generator.put("seed", options.seed());
        generator.put("asOf", options.asOf().toString());
        m.put("generator", generator);
        m.put("rows", rows);
        m.put("statistics", statistics(t, meetings));
        m.put("duplicates", t.duplicates.json());
        m.put("aliases", t.aliases.json());
        m.put("hiddenAssociations", t.hiddenAssociations.json());
        m.put("coOffenderGroups", t.coOffenderGroups.json());
        m.put("jointOffences", t.jointOffences.json());
        m.put("coOffenderNetworks", t.coOffenderNetworks.json());
        m.put("insideOwnExclusionZone", t.insideOwnExclusionZone.json());
        m.put("monitoredInsideZone", t.monitoredInsideZone.json());
        m.put("nearVictim", t.nearVictim.json());
        m.put("childrenAtRsoAddresses", t.childrenAtRsoAddresses.json());
        m.put("emptyRiskPlanPillars", t.emptyRiskPlanPillars.json());
        m.put("overdueActions", t.overdueActions.json());
        Map<String, Object> queries = new LinkedHashMap<>();
        queries.put("description", "Search-quality queries: each `query` must find `expectedId` (of `expectedType`). "
                + "`note` shows the stored value.");
        Map<String, Object> kinds = new LinkedHashMap<>();
        t.queries.keySet().stream().sorted().forEach(k -> kinds.put(k, t.queries.get(k).json()));
        queries.put("kinds", kinds);
        m.put("searchQueries", queries);
        m.put("suspectCases", suspectCases);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(dir.resolve(FILE).toFile(), m);
    }

    private static Map<String, Object> statistics(Truths t, int meetings) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("description", "MAPPA cases by category x level on the as-of date: active in the community, active "
                + "but in custody, closed. Duplicate records have no case.");
        s.put("nominalRecords", t.nominalRecords);
        s.put("activeInCommunity", table(t.activeInCommunity));
        s.put("activeInCustody", table(t.activeInCustody));
        s.put("closed", table(t.closed));
        s.put("meetingsWithCases", meetings);
        return s;
    }

    private static Map<String, Map<String, Long>> table(long[][] counts) {
        Map<String, Map<String, Long>> table = new LinkedHashMap<>();
        for (int c = 1; c <= 3; c++) {
            Map<String, Long> row = new LinkedHashMap<>();
            for (int l = 1; l <= 3; l++) {
                row.put("level" + l, counts[c][l]);
            }
            table.put("category" + c, row);
        }
        return table;
    }
}
