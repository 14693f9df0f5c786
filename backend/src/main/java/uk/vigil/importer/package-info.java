/**
 * The CSV importer: loads a folder of files in the format of {@code docs/import.md} into the graph.
 *
 * <p>{@link uk.vigil.importer.ImportSpec} declares every file once (columns, types, references,
 * cross-field rules, and how each becomes graph). A file is read in chunks of the batch size; each
 * chunk is validated row by row ({@code RowValidator}, then {@code References} for keys in this
 * load or the graph), its bad rows go to the reject report, and its good rows are written in one
 * transaction ({@code BatchWriter}) with MERGE on the source key, so a load can be re-run, and an
 * interrupted load completed, without changing what is already there.
 */
package uk.vigil.importer;
