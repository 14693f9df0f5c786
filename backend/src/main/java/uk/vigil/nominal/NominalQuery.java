package uk.vigil.nominal;

import java.util.Locale;
import java.util.Set;
import uk.vigil.common.InvalidRequestException;

/** A validated request for the nominal list. Sort fields come from an allowlist, never from the request as given. */
public record NominalQuery(String area, Integer category, Integer level, String rosh, String name,
                           String sort, String dir, int page, int size) {

    static final Set<String> SORTS = Set.of("surname", "forename", "dob", "category", "level", "rosh", "town");
    static final Set<String> ROSH = Set.of("LOW", "MEDIUM", "HIGH", "VERY_HIGH");
    static final int MAX_SIZE = 200;

    public NominalQuery {
        if (area == null || area.isBlank()) {
            throw new InvalidRequestException("area is required");
        }
        if (category != null && (category < 1 || category > 3)) {
            throw new InvalidRequestException("category must be 1, 2 or 3");
        }
        if (level != null && (level < 1 || level > 3)) {
            throw new InvalidRequestException("level must be 1, 2 or 3");
        }
        rosh = blankToNull(rosh);
        if (rosh != null) {
            rosh = rosh.toUpperCase(Locale.ROOT);
            if (!ROSH.contains(rosh)) {
                throw new InvalidRequestException("rosh must be one of LOW, MEDIUM, HIGH, VERY_HIGH");
            }
        }
        name = blankToNull(name);
        if (name != null) {
            if (name.length() > 100) {
                throw new InvalidRequestException("name filter is longer than 100 characters");
            }
            name = name.strip().toLowerCase(Locale.ROOT);
        }
        sort = sort == null || sort.isBlank() ? "surname" : sort;
        if (!SORTS.contains(sort)) {
            throw new InvalidRequestException("sort must be one of " + String.join(", ", SORTS.stream().sorted().toList()));
        }
        dir = dir == null || dir.isBlank() ? "asc" : dir.toLowerCase(Locale.ROOT);
        if (!dir.equals("asc") && !dir.equals("desc")) {
            throw new InvalidRequestException("dir must be asc or desc");
        }
        if (page < 0) {
            throw new InvalidRequestException("page must be 0 or more");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidRequestException("size must be between 1 and " + MAX_SIZE);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
