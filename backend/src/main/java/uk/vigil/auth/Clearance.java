package uk.vigil.auth;

/** The highest protective marking a user may see, lowest first. */
public enum Clearance {
    OFFICIAL,
    OFFICIAL_SENSITIVE,
    SECRET;

    /** True when material marked {@code marking} is at or below this clearance. */
    public boolean permits(Clearance marking) {
        return marking.ordinal() <= ordinal();
    }
}
