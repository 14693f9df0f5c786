package uk.vigil.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One search result as the API returns it. Person fields ({@code roles} to {@code age}) are null
 * for other kinds; {@code people} lists the people linked to a non-person result whom the viewer
 * may find.
 */
public record SearchHit(String type, String id, String title, String subtitle, List<String> roles, Tier tier,
                        double score, String area, Long category, Long level, String rosh, LocalDate dob, Integer age,
                        List<Match> matches, List<LinkedPerson> people) {

    /** A person linked to a result, with how (the relationship type, or the intelligence mention's role). */
    public record LinkedPerson(String id, String name, String relation, boolean nominal) {
    }

    /** Display name the way case files write it: forename SURNAME. */
    static String displayName(String forename, String surname) {
        String f = forename == null ? "" : forename.strip();
        String s = surname == null ? "" : surname.strip().toUpperCase(java.util.Locale.ROOT);
        String name = (f + " " + s).strip();
        return name.isEmpty() ? "(no name recorded)" : name;
    }
}
