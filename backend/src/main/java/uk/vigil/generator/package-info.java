/**
 * The synthetic data generator: a seeded, streaming writer of the CSV import format
 * ({@code docs/import.md}) and of {@code manifest.json}, the planted truths later features are
 * scored against ({@code docs/generator.md}).
 *
 * <p>Everything about nominal {@code i} is a pure function of the seed, {@code i} and its block
 * (see {@link uk.vigil.generator.BlockPlan}), so blocks are generated in parallel and written in
 * order, and the same options give byte-identical files.
 */
package uk.vigil.generator;
