package uk.vigil.suspect;

import java.util.Arrays;
import java.util.stream.Collectors;
import uk.vigil.common.InvalidRequestException;

/**
 * The factors of a suspect's score, each with its most points; the total is their sum. The weights
 * and how each is worked out are documented in docs/suspects.md and returned with every answer.
 */
public enum SuspectFactor {
    OPPORTUNITY(30, "Linked to a place near the offence during the window: home, work, frequented or proposed address, "
            + "an associate's home, a vehicle's registered address, an intelligence sighting; nearer and stronger links score more"),
    AVAILABILITY(15, "Free during the window: not in custody, hospital or recalled; a curfew or tag lowers it"),
    DESCRIPTION(25, "Sex (3), age on the day within the range given (10) and the physical description (12) match"),
    VEHICLE(25, "Used a vehicle whose plate matches the fragment during the window"),
    PHONE(25, "Used a phone whose number matches the fragment during the window"),
    NAME(10, "His name or an alias matches the name given"),
    METHOD(20, "Past offences like this one: same type (8) or category (4), method words (6), victim sex (3) and age band (3)"),
    CONDITIONS(10, "The offence would breach an order or licence condition in force (5 each)");

    public final int max;
    public final String description;

    SuspectFactor(int max, String description) {
        this.max = max;
        this.description = description;
    }

    static SuspectFactor parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("sort must be TOTAL or one of "
                    + Arrays.stream(values()).map(Enum::name).collect(Collectors.joining(", ")));
        }
    }
}
