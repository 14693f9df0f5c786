package uk.vigil.importer;

import java.util.List;
import java.util.Map;

/**
 * One column of an import file. {@code values} are an enum's or a list's allowed values;
 * {@code targets} are the files a reference may point at, keyed by the value of the
 * {@code selector} column (key {@code ""} when the column always points at the same files).
 * {@code min}/{@code max} bound whole numbers; {@code targetMustBe} is the value the target row's
 * remembered column must hold (an exclusion zone's condition must be of type EXCLUSION_ZONE).
 */
record Column(String name, ColumnType type, boolean mandatory, List<String> values,
              String selector, Map<String, List<String>> targets, Long min, Long max, String targetMustBe) {

    static Column of(String name, ColumnType type) {
        return new Column(name, type, false, List.of(), null, Map.of(), null, null, null);
    }

    static Column enumOf(String name, String... values) {
        return new Column(name, ColumnType.ENUM, false, List.of(values), null, Map.of(), null, null, null);
    }

    static Column listOf(String name, String... values) {
        return new Column(name, ColumnType.LIST, false, List.of(values), null, Map.of(), null, null, null);
    }

    static Column ref(String name, List<String> files) {
        return new Column(name, ColumnType.REF, false, List.of(), null, Map.of("", files), null, null, null);
    }

    /** A reference whose target files depend on another column's value (intelligence_mentions.subject). */
    static Column refBy(String name, String selector, Map<String, List<String>> targets) {
        return new Column(name, ColumnType.REF, false, List.of(), selector, targets, null, null, null);
    }

    /** Marks the column required (R in docs/import.md): an empty field is a reject. */
    Column required() {
        return new Column(name, type, true, values, selector, targets, min, max, targetMustBe);
    }

    Column between(long low, long high) {
        return new Column(name, type, mandatory, values, selector, targets, low, high, targetMustBe);
    }

    Column whereTarget(String value) {
        return new Column(name, type, mandatory, values, selector, targets, min, max, value);
    }

    /** The files this reference points at for a row whose selector column holds {@code selectorValue}. */
    List<String> targetsFor(String selectorValue) {
        return targets.getOrDefault(selector == null ? "" : String.valueOf(selectorValue), List.of());
    }

    /** The graph property this column becomes: {@code middle_names} becomes {@code middleNames}. */
    String property() {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : name.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
