package uk.vigil.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * One file of the import format: its columns and rules, and what it becomes in the graph.
 *
 * <p>A node file ({@code relationship == null}) merges one {@code label} node per row (people files
 * add their {@code role} label) and turns each {@link Link} column into a relationship. A
 * relationship file merges one relationship per row between its two endpoint columns. Reference
 * columns that are neither links nor endpoints are stored as id properties ({@code owning_agency}).
 * {@code remember} names a column whose value the importer keeps per id for later checks
 * (an agency's area, a condition's type).
 */
record FileSpec(String name, String noun, String label, String role, List<Column> columns, List<Link> links,
                Relationship relationship, List<Rule> rules, String remember) {

    /** A reference column of a node file drawn as {@code (node)-[:type]->(target)}, or the reverse. */
    record Link(String column, String type, boolean outgoing) {
    }

    /**
     * A relationship file's shape: {@code (from)-[:type]->(to)}. With a {@code typeColumn} the
     * type comes from that column's value through {@code typeByValue} (person_addresses.relation).
     */
    record Relationship(String from, String to, String type, String typeColumn, Map<String, String> typeByValue) {
        List<String> types() {
            return typeColumn == null ? List.of(type) : typeByValue.values().stream().distinct().sorted().toList();
        }

        String typeFor(Map<String, Object> values) {
            return typeColumn == null ? type : typeByValue.get((String) values.get(typeColumn));
        }
    }

    static FileSpec node(String name, String noun, String label, Column... columns) {
        return new FileSpec(name, noun, label, null, withProvenance(name, columns), List.of(), null, List.of(), null);
    }

    static FileSpec person(String name, String role, Column... columns) {
        return new FileSpec(name, role.toLowerCase(Locale.ROOT), "Person", role, withProvenance(name, columns), List.of(), null, List.of(), null);
    }

    static FileSpec relationship(String name, String noun, String from, String type, String to, Column... columns) {
        return new FileSpec(name, noun, null, null, withProvenance(name, columns), List.of(),
                new Relationship(from, to, type, null, Map.of()), List.of(), null);
    }

    static FileSpec relationshipTypedBy(String name, String noun, String from, String typeColumn,
                                        Map<String, String> typeByValue, String to, Column... columns) {
        return new FileSpec(name, noun, null, null, withProvenance(name, columns), List.of(),
                new Relationship(from, to, null, typeColumn, typeByValue), List.of(), null);
    }

    FileSpec out(String column, String type) {
        return withLink(new Link(column, type, true));
    }

    FileSpec in(String column, String type) {
        return withLink(new Link(column, type, false));
    }

    FileSpec rule(Rule rule) {
        List<Rule> all = new ArrayList<>(rules);
        all.add(rule);
        return new FileSpec(name, noun, label, role, columns, links, relationship, List.copyOf(all), remember);
    }

    FileSpec remembering(String column) {
        return new FileSpec(name, noun, label, role, columns, links, relationship, rules, column);
    }

    private FileSpec withLink(Link link) {
        List<Link> all = new ArrayList<>(links);
        all.add(link);
        return new FileSpec(name, noun, label, role, columns, List.copyOf(all), relationship, rules, remember);
    }

    String file() {
        return name + ".csv";
    }

    boolean isNode() {
        return relationship == null;
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** Reference columns stored as an id property rather than drawn as a relationship. */
    boolean refIsProperty(Column column) {
        if (isNode()) {
            return links.stream().noneMatch(l -> l.column().equals(column.name()));
        }
        return !column.name().equals(relationship.from()) && !column.name().equals(relationship.to());
    }

    /** The provenance columns (docs/import.md) end every file; owning_agency is optional only in the first two. */
    private static List<Column> withProvenance(String name, Column... own) {
        boolean agencyOptional = name.equals("areas") || name.equals("agencies");
        Column agency = Column.ref("owning_agency", List.of("agencies"));
        return Stream.concat(Stream.of(own), Stream.of(
                Column.of("source_system", ColumnType.STRING).required(),
                Column.of("entered_by", ColumnType.STRING).required(),
                Column.of("entered_at", ColumnType.DATETIME).required(),
                agencyOptional ? agency : agency.required(),
                Column.enumOf("marking", "OFFICIAL", "OFFICIAL_SENSITIVE", "SECRET").required())).toList();
    }
}
