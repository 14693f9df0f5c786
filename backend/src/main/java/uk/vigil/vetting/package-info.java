/**
 * Address vetting (docs/geo.md): before a release or move is approved, one call checks a proposed
 * address for an offender against every conflict rule, lists victims (redacted by permission) and
 * sensitive places nearby, and records the check ({@code :VettingCheck}) and its result, audited.
 */
package uk.vigil.vetting;
