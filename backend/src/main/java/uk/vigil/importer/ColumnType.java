package uk.vigil.importer;

/** The value types of the import format (docs/import.md, "General rules"), plus the checked string formats. */
enum ColumnType {
    STRING,
    INT,
    DECIMAL,
    BOOL,
    DATE,
    DATETIME,
    /** Exactly one of the column's upper-case values. */
    ENUM,
    /** Values separated by {@code ;}, each one of the column's values when it has any. */
    LIST,
    /** The {@code id} of a row in one of the column's target files, in this load or in the graph. */
    REF,
    LAT,
    LNG,
    /** A GeoJSON Polygon, MultiPolygon or Point inside the UK. */
    GEOJSON,
    /** A UK postcode, stored upper-case with one space. */
    POSTCODE,
    /** A UK phone number in any common writing, also stored as E.164. */
    PHONE,
    /** 15 digits. */
    IMEI,
    /** A vehicle registration mark, also stored upper-case without spaces. */
    VRM,
    /** {@code HH:MM}, 24-hour clock. */
    TIME
}
