/**
 * The Strategic Management Board's annual statistics for an area and reporting year (1 April to
 * 31 March), computed from the records as of the dates (never stored totals), with data-quality
 * checks that flag records making a table impossible. JSON and CSV. docs/meetings.md defines each figure.
 */
package uk.vigil.statistics;
