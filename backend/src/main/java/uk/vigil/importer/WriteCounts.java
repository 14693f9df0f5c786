package uk.vigil.importer;

import org.neo4j.driver.summary.SummaryCounters;

/** What a load changed in the graph, from the database's own counters. */
public record WriteCounts(long nodesCreated, long relationshipsCreated, long relationshipsDeleted,
                          long propertiesSet, long labelsAdded) {
    static final WriteCounts NONE = new WriteCounts(0, 0, 0, 0, 0);

    static WriteCounts of(SummaryCounters c) {
        return new WriteCounts(c.nodesCreated(), c.relationshipsCreated(), c.relationshipsDeleted(),
                c.propertiesSet(), c.labelsAdded());
    }

    WriteCounts plus(WriteCounts o) {
        return new WriteCounts(nodesCreated + o.nodesCreated, relationshipsCreated + o.relationshipsCreated,
                relationshipsDeleted + o.relationshipsDeleted, propertiesSet + o.propertiesSet,
                labelsAdded + o.labelsAdded);
    }
}
