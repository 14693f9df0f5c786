package uk.vigil.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowValidatorTest {
    private static final String PROVENANCE = "VISOR,sarmstrong,2024-02-21T10:15:00Z,cumbria-police,OFFICIAL";

    private static List<Problem> check(String file, String header, String row) {
        FileSpec spec = ImportSpec.named(file);
        List<String> columns = Arrays.asList((header + ",source_system,entered_by,entered_at,owning_agency,marking").split(","));
        RowValidator validator = new RowValidator(spec, columns);
        List<String> fields = new ArrayList<>(Arrays.asList((row + "," + PROVENANCE).split(",", -1)));
        return validator.check(new CsvFile.Line(2, fields)).problems();
    }

    @Test
    void a_good_row_has_no_problems_and_parsed_values() {
        FileSpec spec = ImportSpec.named("nominals");
        List<String> header = List.of("id", "forename", "surname", "dob", "sex", "source_system", "entered_by",
                "entered_at", "owning_agency", "marking");
        RowValidator.Checked row = new RowValidator(spec, header).check(new CsvFile.Line(2,
                List.of("N-1", "John", "Harker", "1975-04-12", "M", "VISOR", "x", "2024-02-21T10:15:00Z", "cumbria-police", "OFFICIAL")));
        assertThat(row.ok()).isTrue();
        assertThat(row.values()).containsEntry("dob", java.time.LocalDate.of(1975, 4, 12)).doesNotContainKey("middle_names");
    }

    @Test
    void each_failed_check_of_a_row_is_its_own_problem() {
        assertThat(check("nominals", "id,forename,surname,dob,sex", "N-1,John,,31/02/1980,Q"))
                .extracting(Problem::field).containsExactly("surname", "dob", "sex");
    }

    @Test
    void an_unknown_or_repeated_column_and_a_missing_required_one_reject_the_file() {
        FileSpec spec = ImportSpec.named("vehicles");
        List<String> header = List.of("id", "vrm", "colour", "color", "colour", "source_system", "entered_by",
                "entered_at", "owning_agency");
        assertThat(RowValidator.headerProblems(spec, header)).containsExactly(
                new Problem("color", "unknown column 'color': vehicles.csv has no such column (a typo would silently drop data)"),
                new Problem("colour", "column 'colour' appears more than once in the header"),
                new Problem("marking", "required column 'marking' is missing from the header"));
        assertThat(RowValidator.headerProblems(spec, List.of())).extracting(Problem::reason)
                .containsExactly("the file is empty: it has no header line");
    }

    @Test
    void optional_columns_may_be_left_out_of_the_header() {
        assertThat(RowValidator.headerProblems(ImportSpec.named("vehicles"),
                List.of("id", "vrm", "source_system", "entered_by", "entered_at", "owning_agency", "marking"))).isEmpty();
    }

    @Test
    void a_row_with_the_wrong_number_of_fields_is_one_problem() {
        assertThat(check("vehicles", "id,vrm", "VH-1,PN17 ABC,extra")).containsExactly(
                new Problem("", "the row has 8 fields but the header has 7"));
    }

    @Test
    void a_range_that_ends_before_it_starts_is_rejected_on_to() {
        assertThat(check("orders", "id,person,type,from,to", "OR-1,N-1,SHPO,2020-05-01,2019-01-01"))
                .containsExactly(new Problem("to", "to 2019-01-01 is before from 2020-05-01"));
        assertThat(check("orders", "id,person,type,from,to", "OR-1,N-1,SHPO,2020-05-01,2020-05-01")).isEmpty();
    }

    @Test
    void category_three_is_never_at_level_one() {
        String header = "id,person,category,level,status,lead_agency,area,referral_date";
        assertThat(check("mappa_cases", header, "MC-1,N-1,3,1,ACTIVE,police,cumbria,2020-01-01"))
                .containsExactly(new Problem("level", "a category 3 case cannot be at level 1"));
        assertThat(check("case_levels", "id,case,category,level,from", "CL-1,MC-1,3,1,2020-01-01"))
                .containsExactly(new Problem("level", "a category 3 case cannot be at level 1"));
        assertThat(check("mappa_cases", header, "MC-1,N-1,3,4,ACTIVE,police,cumbria,2020-01-01"))
                .containsExactly(new Problem("level", "level '4' is not between 1 and 3")); // no cascade
        assertThat(check("meetings", "id,area,level,date,chair,status", "M-1,cumbria,1,2024-02-20T10:00:00Z,O-1,HELD"))
                .containsExactly(new Problem("level", "level '1' is not between 2 and 3"));
    }

    @Test
    void rosh_and_rm2000_need_a_level() {
        String header = "id,person,tool,date,level";
        assertThat(check("risk_assessments", header, "RA-1,N-1,ROSH,2024-01-10,"))
                .containsExactly(new Problem("level", "a ROSH assessment needs a level"));
        assertThat(check("risk_assessments", header, "RA-1,N-1,RM2000,2024-01-10,"))
                .containsExactly(new Problem("level", "a RM2000 assessment needs a level"));
        assertThat(check("risk_assessments", header, "RA-1,N-1,ARMS,2024-01-10,")).isEmpty();
    }

    @Test
    void a_point_zone_needs_a_radius_between_10_and_50000_metres_and_a_polygon_has_none() {
        List<String> columns = List.of("id", "condition", "protected_person", "geometry", "radius_m", "from",
                "source_system", "entered_by", "entered_at", "owning_agency", "marking");
        RowValidator validator = new RowValidator(ImportSpec.named("exclusion_zones"), columns);
        String pointJson = "{\"type\":\"Point\",\"coordinates\":[-2.75,54.66]}";
        String polygonJson = "{\"type\":\"Polygon\",\"coordinates\":[[[-2.95,54.88],[-2.94,54.88],[-2.94,54.89],[-2.95,54.88]]]}";
        // the reasons POST /api/zones gives (ZoneGeoJson), on the radius_m column
        assertThat(zone(validator, pointJson, "")).containsExactly(
                new Problem("radius_m", "radius is required for a Point (a circle zone), in metres"));
        assertThat(zone(validator, pointJson, "5")).containsExactly(new Problem("radius_m", "radius must be 10..50000 metres"));
        assertThat(zone(validator, pointJson, "1000")).isEmpty();
        assertThat(zone(validator, polygonJson, "1000")).containsExactly(
                new Problem("radius_m", "radius is only for a Point (a circle zone), not a Polygon"));
        assertThat(zone(validator, "{\"type\":\"Point\",\"coordinates\":[54.66,-2.75]}", "1000")).containsExactly(
                new Problem("geometry", "geometry has position [54.66, -2.75] outside the UK (lat 49.8..60.9, lng -8.7..1.8)"));
    }

    private static List<Problem> zone(RowValidator validator, String geometry, String radius) {
        List<String> fields = new ArrayList<>(List.of("EZ-1", "CD-1", "V-1", geometry, radius, "2020-01-01"));
        fields.addAll(Arrays.asList(PROVENANCE.split(",")));
        return validator.check(new CsvFile.Line(2, fields)).problems();
    }

    @Test
    void an_alias_needs_a_name_an_association_two_people_and_a_position_both_coordinates() {
        assertThat(check("aliases", "id,person,forename,surname,kind", "AL-1,N-1,,,NICKNAME"))
                .containsExactly(new Problem("forename", "give at least one of forename and surname"));
        assertThat(check("associations", "id,person,other,kind", "AS-1,N-1,N-1,FRIEND"))
                .containsExactly(new Problem("other", "other 'N-1' is the same as person"));
        assertThat(check("offences", "id,type,category,date,lat,lng", "OF-1,ABH,VIOLENT,2020-01-01,54.89,"))
                .containsExactly(new Problem("lng", "lng is required when lat is given"));
    }

    @Test
    void owning_agency_is_required_except_in_areas_and_agencies() {
        List<String> header = List.of("id", "vrm", "source_system", "entered_by", "entered_at", "owning_agency", "marking");
        RowValidator vehicles = new RowValidator(ImportSpec.named("vehicles"), header);
        assertThat(vehicles.check(new CsvFile.Line(2, List.of("VH-1", "AB12CDE", "PNC", "x", "2024-01-01T00:00:00Z", "", "OFFICIAL")))
                .problems()).containsExactly(new Problem("owning_agency", "owning_agency is required"));
        RowValidator areas = new RowValidator(ImportSpec.named("areas"),
                List.of("id", "name", "source_system", "entered_by", "entered_at", "owning_agency", "marking"));
        assertThat(areas.check(new CsvFile.Line(2, List.of("cumbria", "Cumbria", "X", "x", "2024-01-01T00:00:00Z", "", "OFFICIAL")))
                .problems()).isEmpty();
    }
}
