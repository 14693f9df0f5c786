package uk.vigil.safeguarding;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A child at an address shared with a nominal who is a risk to children, ranked by {@code score}, with reasons. */
public record ChildAtRisk(Map<String, Object> child, Integer age, Map<String, Object> nominal, Map<String, Object> address,
                          LocalDate from, LocalDate to, boolean current, boolean registeredSexOffender,
                          List<Map<String, Object>> conditions, double score, List<String> reasons) {
}
