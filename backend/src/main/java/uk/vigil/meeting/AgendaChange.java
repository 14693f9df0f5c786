package uk.vigil.meeting;

import java.util.List;

/** {@code PUT /api/meetings/{id}/agenda}: the cases, in agenda order. */
public record AgendaChange(List<String> cases) {
}
