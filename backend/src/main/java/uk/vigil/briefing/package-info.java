/**
 * Briefing packs: one page per case for a meeting (identity, level history, risk, orders, victims
 * and their safety, open conflicts, what is new since the last review, last decisions, every action,
 * the risk plan's four pillars, disclosures, home visits) and a cover summary; as JSON for the
 * screen and as a PDF (Apache PDFBox) marked OFFICIAL-SENSITIVE on every page. Each case is read
 * through {@link uk.vigil.access.RecordAccess}; the PDF export is audited. docs/meetings.md.
 */
package uk.vigil.briefing;
