package uk.vigil.agenda;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** What the candidates query found about one case, before the rules read it. */
record AgendaFacts(String caseId, int category, int level, LocalDate referralDate, Map<String, Object> nominal,
                   LocalDate meetingDay, LocalDate horizon, LocalDate previousMeeting, LocalDate lastReview,
                   boolean onAgenda, Integer agendaOrder, List<Map<String, Object>> actionsDue, long newIntelligence,
                   LocalDate latestIntelligence, List<Map<String, Object>> events, LocalDate movedOn,
                   LocalDate newPartnerOn, List<Map<String, Object>> openConflicts, String rosh, LocalDate roshDate,
                   String roshBefore, List<Map<String, Object>> levelChanges) {
}
