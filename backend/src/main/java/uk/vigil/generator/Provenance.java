package uk.vigil.generator;

import java.time.LocalDate;

/** The five provenance columns every row carries: where the record came from, who owns it, its marking. */
record Provenance(String sourceSystem, String enteredBy, String enteredAt, String owningAgency, String marking) {
    static final String OFFICIAL = "OFFICIAL";
    static final String SENSITIVE = "OFFICIAL_SENSITIVE";
    static final String SECRET = "SECRET";

    /** An ISO instant on {@code date} (never after {@code asOf}: nothing is entered in the future). */
    static String instant(LocalDate date, LocalDate asOf, int minuteOfDay) {
        LocalDate day = date.isAfter(asOf) ? asOf : date;
        int hour = minuteOfDay / 60 % 24;
        int minute = minuteOfDay % 60;
        return day + "T" + (hour < 10 ? "0" : "") + hour + ":" + (minute < 10 ? "0" : "") + minute + ":00Z";
    }
}
