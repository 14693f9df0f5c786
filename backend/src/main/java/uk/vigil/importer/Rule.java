package uk.vigil.importer;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A check across several columns of one row. It sees the values that parsed (empty columns are
 * absent) and is skipped when one of its {@code fields} failed its own check, so a row gets one
 * reject line per real problem, not a cascade.
 */
record Rule(List<String> fields, Function<Map<String, Object>, List<Problem>> check) {
}
