package uk.vigil.common;

import java.time.ZoneId;

/** Where Vigil's local dates and times are: an offence's window, a zone in force from a day, a tag's day. */
public final class EnglandAndWales {
    /** Local time in England and Wales (GMT, BST in summer). */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    private EnglandAndWales() {
    }
}
