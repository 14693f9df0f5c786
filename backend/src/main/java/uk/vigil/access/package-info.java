/** Who may see what, and the record that they saw it: every read passes through {@link uk.vigil.access.RecordAccess}. */
package uk.vigil.access;
