/**
 * Conflicts between where an offender lives, works or goes and where he must not be (docs/geo.md):
 * the five rules ({@code ConflictRules}, exact geometry in Java after a point-index pre-filter in
 * cypher/queries/conflict/facts.cypher), their stored state ({@code :Conflict}, OPEN or RESOLVED,
 * never deleted), recompute scoped to the nominals a change affects, whole-area scans with
 * progress, and the dashboard API.
 */
package uk.vigil.conflict;
