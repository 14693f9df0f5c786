package uk.vigil.network;

import java.time.LocalDate;

/** Links and shared things said in words, for edges, path hops and evidence ("same address 2019-2021"). */
final class Words {
    private Words() {
    }

    /** "2019-2021", "since 2022", "until 2018", "" when undated. */
    static String span(LocalDate from, LocalDate to) {
        if (from == null && to == null) {
            return "";
        }
        if (to == null) {
            return "since " + from.getYear();
        }
        if (from == null) {
            return "until " + to.getYear();
        }
        return from.getYear() == to.getYear() ? Integer.toString(from.getYear()) : from.getYear() + "-" + to.getYear();
    }

    /** One link from the point of view of its start: "lived at (2019-2021)". */
    static String link(String type, String detail, LocalDate from, LocalDate to) {
        String when = span(from, to);
        String base = switch (type) {
            case "ASSOCIATED_WITH" -> "recorded association" + (detail != null ? ": " + detail.toLowerCase().replace('_', ' ') : "");
            case "LIVES_AT" -> to == null ? "lives at" : "lived at";
            case "PROPOSED_ADDRESS" -> "proposed address";
            case "WORKS_AT" -> "works at";
            case "FREQUENTS" -> "frequents";
            case "USES_VEHICLE" -> "uses vehicle" + (detail != null ? " as " + detail.toLowerCase() : "");
            case "REGISTERED_AT" -> "vehicle registered at";
            case "USES_DEVICE" -> "uses phone/device";
            case "USES_ACCOUNT" -> "uses account";
            case "SAME_AS" -> "confirmed as the same person";
            case "CONVICTED_OF", "HAS_CONVICTION", "FOR_OFFENCE" -> "convicted of";
            case "MENTIONS" -> "named in intelligence" + (detail != null ? " as " + detail.toLowerCase() : "");
            default -> type.toLowerCase().replace('_', ' ');
        };
        return when.isEmpty() ? base : base + " (" + when + ")";
    }

    /** What two people sharing one thing means: "same address 2019-2021". */
    static String shared(String via, String caption, LocalDate from, LocalDate to) {
        String what = switch (via) {
            case "LIVES_AT" -> "same address";
            case "USES_DEVICE" -> "same";
            case "USES_VEHICLE" -> "same vehicle";
            case "USES_ACCOUNT" -> "same account";
            case "WORKS_AT" -> "same workplace";
            case "FREQUENTS" -> "both frequent";
            case "PROPOSED_ADDRESS" -> "same proposed address";
            case "CONVICTED_OF" -> "co-accused: convicted of the same offence";
            case "MENTIONS" -> "named together in intelligence";
            case "SAME_AS" -> "confirmed same person";
            case "ASSOCIATED_WITH" -> "recorded association";
            default -> via.toLowerCase().replace('_', ' ');
        };
        String when = span(from, to);
        return what + (caption != null && !caption.isBlank() ? " " + caption : "") + (when.isEmpty() ? "" : " " + when);
    }
}
