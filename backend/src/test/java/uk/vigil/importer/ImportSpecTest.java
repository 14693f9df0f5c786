package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ImportSpecTest {
    private static final Set<String> PROVENANCE = Set.of("source_system", "entered_by", "entered_at", "owning_agency",
            "marking");
    private static final Map<String, Set<ColumnType>> DOC_TYPES = Map.of(
            "string", EnumSet.of(ColumnType.STRING, ColumnType.POSTCODE, ColumnType.PHONE, ColumnType.IMEI,
                    ColumnType.VRM, ColumnType.TIME),
            "int", EnumSet.of(ColumnType.INT), "decimal", EnumSet.of(ColumnType.DECIMAL),
            "bool", EnumSet.of(ColumnType.BOOL), "date", EnumSet.of(ColumnType.DATE),
            "datetime", EnumSet.of(ColumnType.DATETIME), "enum", EnumSet.of(ColumnType.ENUM),
            "list", EnumSet.of(ColumnType.LIST), "geojson", EnumSet.of(ColumnType.GEOJSON),
            "ref", EnumSet.of(ColumnType.REF));

    @Test
    void the_spec_has_exactly_the_files_of_the_format_doc_in_its_order() {
        assertThat(ImportSpec.FILES).extracting(FileSpec::name).containsExactlyElementsOf(FormatDoc.files().keySet());
    }

    @Test
    void each_file_has_the_columns_required_flags_types_and_values_of_the_format_doc() {
        Map<String, List<FormatDoc.DocColumn>> doc = FormatDoc.files();
        List<String> differences = new ArrayList<>();
        for (FileSpec spec : ImportSpec.FILES) {
            List<FormatDoc.DocColumn> documented = doc.get(spec.name());
            Set<String> own = spec.columns().stream().map(Column::name).filter(n -> !PROVENANCE.contains(n))
                    .collect(Collectors.toSet());
            Set<String> docNames = documented.stream().map(FormatDoc.DocColumn::name).collect(Collectors.toSet());
            if (!own.equals(docNames)) {
                differences.add(spec.file() + ": spec " + own + " but doc " + docNames);
                continue;
            }
            for (FormatDoc.DocColumn d : documented) {
                Column c = spec.column(d.name()).orElseThrow();
                if (c.mandatory() != d.required()) {
                    differences.add("%s.%s: required %s in spec, %s in doc".formatted(spec.name(), d.name(), c.mandatory(), d.required()));
                }
                if (d.type() != null && !d.type().equals("lat/lng") && !DOC_TYPES.get(d.type()).contains(c.type())) {
                    differences.add("%s.%s: type %s in spec, %s in doc".formatted(spec.name(), d.name(), c.type(), d.type()));
                }
                Set<String> docValues = new HashSet<>(d.values());
                if (spec.relationship() != null) {
                    docValues.removeAll(spec.relationship().typeByValue().values());
                    docValues.addAll(spec.relationship().typeByValue().keySet().stream().filter(d.values()::contains).toList());
                }
                if (c.type() == ColumnType.ENUM && !docValues.isEmpty() && !docValues.equals(new HashSet<>(c.values()))) {
                    differences.add("%s.%s: values %s in spec, %s in doc".formatted(spec.name(), d.name(), c.values(), docValues));
                }
            }
        }
        assertThat(differences).isEmpty();
    }

    @Test
    void every_file_ends_with_the_provenance_columns_and_owning_agency_is_optional_only_in_the_first_two() {
        for (FileSpec spec : ImportSpec.FILES) {
            List<Column> columns = spec.columns();
            assertThat(columns.subList(columns.size() - 5, columns.size())).extracting(Column::name)
                    .containsExactly("source_system", "entered_by", "entered_at", "owning_agency", "marking");
            boolean optional = spec.name().equals("areas") || spec.name().equals("agencies");
            assertThat(spec.column("owning_agency").orElseThrow().mandatory()).as(spec.file()).isEqualTo(!optional);
        }
    }

    @Test
    void files_reference_only_files_loaded_before_them() {
        List<String> loaded = new ArrayList<>();
        for (FileSpec spec : ImportSpec.FILES) {
            for (Column column : spec.columns()) {
                if (column.type() == ColumnType.REF && !column.name().equals("owning_agency")) {
                    column.targets().values().forEach(targets -> assertThat(loaded).as(spec.name() + "." + column.name())
                            .containsAll(targets));
                }
            }
            loaded.add(spec.name());
        }
    }

    @Test
    void labels_and_relationship_types_are_plain_identifiers() {
        for (FileSpec spec : ImportSpec.FILES) {
            List<String> names = new ArrayList<>();
            if (spec.isNode()) {
                names.add(spec.label());
                if (spec.role() != null) {
                    names.add(spec.role());
                }
                spec.links().forEach(l -> names.add(l.type()));
            } else {
                names.addAll(spec.relationship().types());
            }
            assertThat(names).allMatch(n -> n.matches("[A-Za-z_]+"), spec.file());
        }
    }

    @Test
    void only_owning_agency_and_the_case_invitation_meeting_are_stored_as_id_properties() {
        List<String> asProperty = new ArrayList<>();
        for (FileSpec spec : ImportSpec.FILES) {
            spec.columns().stream().filter(c -> c.type() == ColumnType.REF && spec.refIsProperty(c))
                    .filter(c -> !c.name().equals("owning_agency"))
                    .forEach(c -> asProperty.add(spec.name() + "." + c.name()));
        }
        assertThat(asProperty).containsExactly("case_invitations.meeting");
    }

    @Test
    void links_and_endpoints_are_reference_columns_with_one_target_label() {
        for (FileSpec spec : ImportSpec.FILES) {
            List<String> columns = spec.isNode() ? spec.links().stream().map(FileSpec.Link::column).toList()
                    : List.of(spec.relationship().from(), spec.relationship().to());
            for (String name : columns) {
                Column column = spec.column(name).orElseThrow();
                assertThat(column.type()).as(spec.name() + "." + name).isEqualTo(ColumnType.REF);
                column.targets().values().forEach(t -> assertThat(ImportSpec.labelOf(t)).isNotBlank());
            }
            Set<String> linkShapes = new HashSet<>();
            spec.links().forEach(l -> assertThat(linkShapes.add(l.type() + l.outgoing())).as(spec.name()).isTrue());
        }
    }
}
