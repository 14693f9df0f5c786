package uk.vigil.identity;

import java.util.List;
import java.util.Map;

/** Two nominal records that are probably one human: the score and the signals that say so, in words. */
public record DuplicateCandidate(Map<String, Object> first, Map<String, Object> second, double score,
                                 List<String> signals, List<String> reasons) {
}
