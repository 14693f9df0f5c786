/** Opening the graph (embedded or external, one driver code path), migrations and Cypher files. */
package uk.vigil.database;
