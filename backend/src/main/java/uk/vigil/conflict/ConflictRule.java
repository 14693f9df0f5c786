package uk.vigil.conflict;

/** The five conflict rules (docs/geo.md). */
public enum ConflictRule {
    /** 1. An address of his (or a place from intelligence or his tag) inside one of his active exclusion zones. */
    EXCLUSION_ZONE,
    /** 2. An address of his within a configurable distance of a victim's or protected person's home. */
    VICTIM_PROXIMITY,
    /** 3. A sensitive place of a type his NOT_IN_SIGHT_OF condition names, within its distance of an address of his. */
    SENSITIVE_PLACE,
    /** 4. A child under 16 living at his home or proposed address while a NO_CHILD_RESIDENCE condition is active. */
    CHILD_RESIDENCE,
    /** 5. More than a configurable number of registered sex offenders within a radius of his home or proposed address. */
    CONCENTRATION
}
