package uk.vigil.generator;

/** Where a nominal's case stands on the as-of date. */
enum Phase {
    /** Active case, living in the community. */
    COMMUNITY,
    /** Active case, still serving the index sentence (referred ahead of release). */
    CUSTODY,
    /** Case closed: the licence or notification period ended. */
    CLOSED,
    /** A second record of another nominal: no case of its own. */
    NONE
}
