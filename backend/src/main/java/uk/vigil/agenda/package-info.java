/**
 * The agenda builder: which cases a MAPP meeting or panel should hear and why (cadence by level,
 * actions falling due, new referrals, significant events since the last review). The facts come
 * from {@code cypher/queries/agenda/candidates.cypher}; {@link uk.vigil.agenda.AgendaRules} turns
 * them into reasons. docs/meetings.md has the rules.
 */
package uk.vigil.agenda;
