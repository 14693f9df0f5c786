package uk.vigil.generator;

import java.util.List;

/**
 * One column of the import contract. {@code values} lists an enum's values (or a list's allowed
 * items); {@code ref} names the file a reference points at ({@code people} = any person file,
 * {@code subject} = the file named by {@code subject_type}).
 */
public record Column(String name, Type type, boolean required, List<String> values, String ref) {

    /** Types from docs/import.md, plus the string formats the importer checks (postcode, phone...). */
    public enum Type { STRING, INT, DECIMAL, BOOL, DATE, DATETIME, ENUM, REF, LAT, LNG, GEOJSON, LIST, POSTCODE, PHONE, IMEI, VRM, TIME }

    /** Parses {@code name:type[:R][:detail]}; detail is {@code A|B|C} for enums and lists, a file for refs. */
    static Column parse(String spec) {
        String[] parts = spec.split(":");
        boolean required = parts.length > 2 && parts[2].equals("R");
        String detail = parts.length > 3 ? parts[3] : (parts.length > 2 && !required ? parts[2] : null);
        Type type = Type.valueOf(parts[1].toUpperCase(java.util.Locale.ROOT));
        List<String> values = (type == Type.ENUM || type == Type.LIST) && detail != null
                ? List.of(detail.split("\\|")) : List.of();
        String ref = type == Type.REF ? detail : null;
        return new Column(parts[0], type, required, values, ref);
    }
}
