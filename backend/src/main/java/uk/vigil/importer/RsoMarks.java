package uk.vigil.importer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.neo4j.driver.TransactionContext;

/**
 * Keeps rule 5's marks (migration V0013: {@code :Rso} on persons with an ACTIVE category 1 case,
 * {@code :RsoAddress} on their addresses) true in the transaction of every batch that can change
 * them. Only two files can: the cases file (a case's status, category or holder) and the person
 * addresses file (a new home or proposed address of an RSO). A batch of the cases file reads the
 * holders of its cases before it writes, so a case moved to another person unmarks the old holder.
 */
final class RsoMarks {
    static final String CASES = "MappaCase";
    static final String HAS_CASE = "HAS_CASE";
    static final Set<String> ADDRESSES = Set.of("LIVES_AT", "PROPOSED_ADDRESS");

    private RsoMarks() {
    }

    /** The persons whose marks a batch of {@code spec} may take away: the holders of its cases before it writes. */
    static Set<String> before(TransactionContext tx, FileSpec spec, List<String> ids) {
        return concernsCases(spec) ? holders(tx, ids) : Set.of();
    }

    /** Sets the marks right for {@code before} and for every person the batch's rows now link; false when it had none to set. */
    static boolean after(TransactionContext tx, FileSpec spec, List<Row> rows, Set<String> before) {
        Set<String> persons = new LinkedHashSet<>(before);
        if (concernsCases(spec)) {
            persons.addAll(holders(tx, rows.stream().map(Row::id).toList()));
        } else if (concernsAddresses(spec)) {
            rows.stream().map(r -> r.values().get(spec.relationship().from())).filter(Objects::nonNull)
                    .forEach(p -> persons.add(p.toString()));
        }
        if (persons.isEmpty()) {
            return false;
        }
        tx.run(ImportCypher.fill("rso-marks", Map.of()), Map.of("persons", List.copyOf(persons))).consume();
        return true;
    }

    static boolean concernsCases(FileSpec spec) {
        return spec.isNode() && CASES.equals(spec.label());
    }

    static boolean concernsAddresses(FileSpec spec) {
        return !spec.isNode() && spec.relationship().types().stream().anyMatch(ADDRESSES::contains);
    }

    private static Set<String> holders(TransactionContext tx, List<String> caseIds) {
        return new LinkedHashSet<>(tx.run(ImportCypher.fill("case-holders", Map.of()), Map.of("ids", caseIds))
                .list(r -> r.get("id").asString()));
    }
}
