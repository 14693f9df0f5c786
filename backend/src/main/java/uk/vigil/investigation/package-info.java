/**
 * Saved investigations (docs/investigations.md): named sets of network charts and saved searches,
 * shared with every colleague who may see all the records they include, and with nobody else.
 */
package uk.vigil.investigation;
