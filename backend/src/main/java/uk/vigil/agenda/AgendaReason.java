package uk.vigil.agenda;

import java.time.LocalDate;

/**
 * Why a case is on an agenda: a code the screen can style and a sentence the chair reads.
 *
 * @param code one of REVIEW_DUE, REVIEW_OVERDUE, NEW_REFERRAL, NOT_YET_REVIEWED, ACTION_DUE, ACTION_OVERDUE,
 *             NEW_INTELLIGENCE, BREACH, NEW_CONFLICT, CHANGE_OF_ADDRESS, NEW_RELATIONSHIP,
 *             RISK_LEVEL_CHANGE, ADDED_BY_CHAIR
 */
public record AgendaReason(String code, String text, LocalDate date) {
}
