package uk.vigil.importer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks reference columns against the keys of this load (rows of files loaded earlier) and, for
 * the rest, the graph: one look-up per target per chunk, never one per row. A reference to a row
 * this load rejected is rejected too, unless another target file accepted the id. Also remembers
 * what later rows need of their targets: an agency's area, a condition's type.
 */
final class References {
    private static final String OWNING_AGENCY = "owning_agency";

    /**
     * What a reference column can point at: one file, or all people files, with the ids found so
     * far. {@code attribute} is the remembered column (graph property {@code property}) when the
     * target is a single file that remembers one.
     */
    private static final class Target {
        final String label;
        final String role;
        final String attribute;
        final String property;
        final String noun;
        final Map<String, String> accepted = new HashMap<>();
        final Map<String, String> rejected = new HashMap<>();
        final Map<String, String> inGraph = new HashMap<>();

        Target(List<String> files) {
            this.label = ImportSpec.labelOf(files);
            this.role = ImportSpec.roleOf(files);
            this.attribute = files.size() == 1 ? ImportSpec.named(files.get(0)).remember() : null;
            this.property = attribute == null ? null : Column.of(attribute, ColumnType.STRING).property();
            this.noun = files.size() > 1 ? "person" : ImportSpec.named(files.get(0)).noun();
        }
    }

    /** A reference column of one file, with its target for each value of its selector ("" when none). */
    private record RefColumn(Column column, Map<String, Target> targets) {
        Target targetFor(Map<String, Object> values) {
            if (column.selector() == null) {
                return targets.get("");
            }
            Object selector = values.get(column.selector());
            return selector == null ? null : targets.get(selector.toString());
        }
    }

    private final KeyLookup graph;
    private final Map<String, String> declaredAgencies;
    private final Map<List<String>, Target> targets = new LinkedHashMap<>();
    private final Map<String, List<RefColumn>> refColumns = new HashMap<>();
    private final Map<String, List<Target>> targetsOfFile = new HashMap<>();

    /**
     * @param declaredAgencies agency id to area, from agencies.csv read ahead: areas.csv comes first,
     *                         so its owning_agency (and agencies.csv's own) can only be checked that way
     */
    References(KeyLookup graph, Map<String, String> declaredAgencies) {
        this.graph = graph;
        this.declaredAgencies = declaredAgencies;
        for (FileSpec spec : ImportSpec.FILES) {
            List<RefColumn> columns = new ArrayList<>();
            for (Column column : spec.columns()) {
                if (column.type() == ColumnType.REF) {
                    Map<String, Target> bySelector = new HashMap<>();
                    column.targets().forEach((value, files) -> bySelector.put(value, targets.computeIfAbsent(files, Target::new)));
                    columns.add(new RefColumn(column, bySelector));
                }
            }
            refColumns.put(spec.name(), columns);
        }
        targets.forEach((files, t) -> files.forEach(f -> targetsOfFile.computeIfAbsent(f, k -> new ArrayList<>()).add(t)));
    }

    /** Adds a problem to each row for each reference that resolves nowhere, or to the wrong kind of row. */
    void check(FileSpec spec, List<RowValidator.Checked> rows) {
        List<RefColumn> columns = refColumns.get(spec.name());
        Map<Target, Set<String>> pending = new IdentityHashMap<>();
        for (RowValidator.Checked row : rows) {
            for (RefColumn ref : columns) {
                Target target = ref.targetFor(row.values());
                if (target != null && row.values().get(ref.column().name()) instanceof String id
                        && !target.accepted.containsKey(id) && !target.rejected.containsKey(id)
                        && !target.inGraph.containsKey(id) && !declared(spec, ref.column(), id)) {
                    pending.computeIfAbsent(target, k -> new LinkedHashSet<>()).add(id);
                }
            }
        }
        pending.forEach((target, ids) -> target.inGraph.putAll(
                graph.find(target.label, target.role, target.property, ids)));
        for (RowValidator.Checked row : rows) {
            for (RefColumn ref : columns) {
                Target target = ref.targetFor(row.values());
                if (target != null && row.values().get(ref.column().name()) instanceof String id) {
                    resolve(spec, row, ref.column(), id, target);
                }
            }
        }
    }

    private void resolve(FileSpec spec, RowValidator.Checked row, Column column, String id, Target target) {
        String name = column.name();
        String remembered;
        if (target.accepted.containsKey(id)) {
            remembered = target.accepted.get(id);
        } else if (target.rejected.containsKey(id)) {
            row.problems().add(new Problem(name, "%s '%s' references rejected row %s".formatted(name, id,
                    target.rejected.get(id))));
            return;
        } else if (target.inGraph.containsKey(id)) {
            remembered = target.inGraph.get(id);
        } else if (declared(spec, column, id)) {
            return;
        } else {
            row.problems().add(new Problem(name, "%s '%s' matches no %s in this load or the graph"
                    .formatted(name, id, target.noun)));
            return;
        }
        if (column.targetMustBe() != null && !column.targetMustBe().equals(remembered)) {
            row.problems().add(new Problem(name, "%s '%s' is a %s %s, not %s".formatted(name, id, remembered,
                    target.noun, column.targetMustBe())));
        }
    }

    /** Records a written row's key so later files can reference it. */
    void accept(FileSpec spec, Row row) {
        for (Target target : targetsOfFile.getOrDefault(spec.name(), List.of())) {
            Object remembered = target.attribute == null ? null : row.values().get(target.attribute);
            target.accepted.put(row.id(), remembered == null ? null : remembered.toString());
        }
    }

    void reject(FileSpec spec, String id, long line) {
        if (!id.isEmpty()) {
            for (Target target : targetsOfFile.getOrDefault(spec.name(), List.of())) {
                target.rejected.putIfAbsent(id, "%s line %d".formatted(spec.file(), line));
            }
        }
    }

    /** The area of an agency of this load, found in the graph, or read ahead from agencies.csv. */
    String areaOfAgency(String agencyId) {
        Target agencies = targets.get(List.of("agencies"));
        if (agencies.accepted.containsKey(agencyId)) {
            return agencies.accepted.get(agencyId);
        }
        String fromGraph = agencies.inGraph.get(agencyId);
        return fromGraph != null ? fromGraph : declaredAgencies.get(agencyId);
    }

    /** Areas and agencies come before any agency is written: their owning_agency is checked against agencies.csv. */
    private boolean declared(FileSpec spec, Column column, String id) {
        return column.name().equals(OWNING_AGENCY) && (spec.name().equals("areas") || spec.name().equals("agencies"))
                && declaredAgencies.containsKey(id);
    }
}
