package uk.vigil.agenda;

import java.time.LocalDate;
import java.util.List;

/** One case as the agenda lists it, with every reason it is there. Level 1 cases are information exchange only. */
public record AgendaItem(String caseId, String nominalId, String forename, String surname, LocalDate dob,
                         Integer category, Integer level, String rosh, LocalDate lastReview, LocalDate reviewDueBy,
                         boolean informationOnly, boolean onAgenda, Integer agendaOrder, List<AgendaReason> reasons) {
}
