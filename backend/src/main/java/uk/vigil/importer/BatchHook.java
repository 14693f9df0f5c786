package uk.vigil.importer;

import java.util.List;

/**
 * Test seam around the writing of a batch: called inside the batch's transaction after each
 * statement, and after the commit. Tests use it to fail or kill a load mid-batch.
 */
interface BatchHook {
    BatchHook NONE = new BatchHook() {
    };

    default void afterStatement(String file, int batch, int statement, List<String> ids) {
    }

    default void afterCommit(String file, int batch, List<String> ids) {
    }
}
