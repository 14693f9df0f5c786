package uk.vigil.agenda;

import java.util.List;
import java.util.Map;

/**
 * A meeting's agenda as built: the items (on it, then proposed) and the level 1 cases that had a new
 * event but were not proposed because of {@code VIGIL_AGENDA_LEVEL1_EVENTS}.
 *
 * @param level1Omitted {@code count} and {@code byTrigger} (BREACH, RISK_LEVEL_CHANGE, NEW_CONFLICT: each
 *                      case under its first trigger in the priority order)
 */
public record Agenda(List<AgendaItem> items, Map<String, Object> level1Omitted) {
}
