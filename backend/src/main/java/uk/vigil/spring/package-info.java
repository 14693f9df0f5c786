/** Spring, confined: the configuration that starts Spring Data Neo4j for record-keeping entities. */
package uk.vigil.spring;
