package uk.vigil.investigation;

import java.util.List;

/**
 * A page of the investigations the viewer may see, newest updated first. {@code total} counts only
 * those (after the access rule); it is exact when {@code totalExact}, otherwise the list stopped
 * counting there (more than {@code total} match: docs/investigations.md, "The list").
 */
public record InvestigationPage(List<InvestigationSummary> items, int total, boolean totalExact, int page, int size) {
}
