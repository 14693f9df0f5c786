package uk.vigil.generator;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Facts derived from the CSV files alone, the way a feature reading the graph would derive them. */
final class Facts {
    final Dataset data;
    final LocalDate asOf = GeneratorOptions.DEFAULT_AS_OF;
    final Map<String, String> homes;
    final Map<String, Map<String, String>> addresses;
    final Map<String, Map<String, String>> cases = new HashMap<>();
    final Set<String> inCustody = new HashSet<>();

    Facts(Dataset data) {
        this.data = data;
        this.homes = data.currentHomes();
        this.addresses = data.byId(ImportFile.ADDRESSES);
        data.rows(ImportFile.MAPPA_CASES).forEach(c -> cases.put(c.get("person"), c));
        for (Map<String, String> c : data.rows(ImportFile.CUSTODY_PERIODS)) {
            if (c.get("to").isEmpty() || !LocalDate.parse(c.get("to")).isBefore(asOf)) {
                inCustody.add(c.get("person"));
            }
        }
    }

    boolean activeInCommunity(String nominal) {
        Map<String, String> c = cases.get(nominal);
        return c != null && c.get("status").equals("ACTIVE") && !inCustody.contains(nominal);
    }

    boolean activeRsoInCommunity(String nominal) {
        return activeInCommunity(nominal) && cases.get(nominal).get("category").equals("1");
    }

    double[] homePoint(String person) {
        Map<String, String> a = addresses.get(homes.get(person));
        return a == null ? null : new double[] {Double.parseDouble(a.get("lat")), Double.parseDouble(a.get("lng"))};
    }

    boolean activeOn(Map<String, String> row, LocalDate date) {
        return !LocalDate.parse(row.get("from")).isAfter(date) && (row.get("to").isEmpty() || !LocalDate.parse(row.get("to")).isBefore(date));
    }

    /** nominal -> victims of the offences they were convicted of. */
    Map<String, Set<String>> victimsOfConvictedOffences() {
        Map<String, String> convictionPerson = new HashMap<>();
        data.rows(ImportFile.CONVICTIONS).forEach(c -> convictionPerson.put(c.get("id"), c.get("person")));
        Map<String, List<Map<String, String>>> victimsByOffence = data.groupBy(ImportFile.OFFENCE_VICTIMS, "offence");
        Map<String, Set<String>> result = new HashMap<>();
        for (Map<String, String> co : data.rows(ImportFile.CONVICTION_OFFENCES)) {
            String person = convictionPerson.get(co.get("conviction"));
            for (Map<String, String> ov : victimsByOffence.getOrDefault(co.get("offence"), List.of())) {
                result.computeIfAbsent(person, k -> new HashSet<>()).add(ov.get("victim"));
            }
        }
        return result;
    }

    /** order id -> person. */
    Map<String, String> orderPerson() {
        Map<String, String> m = new HashMap<>();
        data.rows(ImportFile.ORDERS).forEach(o -> m.put(o.get("id"), o.get("person")));
        return m;
    }
}
