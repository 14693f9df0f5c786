package uk.vigil.meeting;

import java.util.List;

/** {@code POST /api/meetings/{id}/invitations}: who, and for which cases of the agenda (duty-to-co-operate members). */
public record Invitation(String officerId, List<String> cases) {
}
