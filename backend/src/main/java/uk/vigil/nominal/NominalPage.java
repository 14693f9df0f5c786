package uk.vigil.nominal;

import java.util.List;
import java.util.Map;

/** One page of the nominal list; items carry the columns the list shows. */
public record NominalPage(List<Map<String, Object>> items, long total, int page, int size) {
}
