package uk.vigil.access;

/**
 * What the viewer may do with one person, decided by {@code cypher/queries/access/check-person.cypher}.
 *
 * @param inCaseload    the person is in the viewer's own caseload (no purpose needed)
 * @param victimDetails the viewer may see names and addresses of the person's victims and protected people
 */
public record PersonAccess(boolean inCaseload, boolean victimDetails) {
}
