/** MAPPA meetings and their agendas (record-keeping entities mapped by Spring Data Neo4j). */
package uk.vigil.meeting;
