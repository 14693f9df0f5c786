/**
 * Restricted records: administrators set a person's {@code restricted} flag and its allow and deny
 * lists ({@code (:User)-[:ALLOWED_ACCESS|DENIED_ACCESS]->(:Person)}), which the access fragments
 * in {@code cypher/queries/access/} already obey. {@code AccessListRoutes -> AccessListService ->
 * cypher/queries/restriction/*.cypher}; every read and change is audited.
 */
package uk.vigil.restriction;
