package uk.vigil.investigation;

import java.util.List;

/** A page of the investigations the viewer may see, newest first; {@code total} counts only those. */
public record InvestigationPage(List<InvestigationSummary> items, int total, int page, int size) {
}
