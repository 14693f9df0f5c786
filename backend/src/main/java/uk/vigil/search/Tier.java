package uk.vigil.search;

/**
 * How good a result's match is, best first: the order an analyst trusts. A result's score is its
 * tier's base plus up to 99 points within the tier, so a better tier always ranks higher.
 */
public enum Tier {
    /** A criminal-justice identifier, however it was written. */
    IDENTIFIER(700),
    /** Every part of the name (or the whole plate, number or postcode) as recorded. */
    EXACT(600),
    /** A name known by a nickname: Bill for William. */
    NICKNAME(500),
    /** A name that sounds alike or is another spelling of it: Smyth, Smith; Mohammed, Muhammad. */
    PHONETIC(400),
    /** A typing slip within one or two edits, or a misread plate character. */
    FUZZY(300),
    /** Part of the query: a partial plate or number, or a name with a part unmatched. */
    PARTIAL(200),
    /** Words found in descriptions, condition wording or intelligence. */
    TEXT(100);

    final int base;

    Tier(int base) {
        this.base = base;
    }

    /** The worse of two tiers. */
    Tier worse(Tier other) {
        return other.ordinal() > ordinal() ? other : this;
    }

    /** A score in this tier: {@code within} is clamped to 0..99. */
    double score(double within) {
        return base + Math.max(0, Math.min(99, within));
    }
}
