package uk.vigil.generator;

/**
 * Which planted truths this nominal is chosen for, if eligible: living near a victim, living inside
 * one of their own exclusion zones, a child under 16 at an RSO's home (with or without a
 * NO_CHILD_RESIDENCE condition). The manifest records what actually resulted, planted or not.
 */
record Plants(boolean nearVictim, boolean insideZone, boolean childAtHome, boolean childCondition) {
    static final Plants NONE = new Plants(false, false, false, false);
}
