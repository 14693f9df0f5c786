/**
 * Duplicate identities and aliases (docs/network.md, "Duplicate identities"): candidate pairs of
 * nominal records that are probably one human, found by blocking ({@link uk.vigil.identity.DuplicateBlocking},
 * never all pairs) and scored by name, date of birth and shared identifiers
 * ({@link uk.vigil.identity.DuplicateScorer}); analysts confirm ({@code SAME_AS}, reversible, never
 * a merge) or reject ({@code NOT_SAME_AS}, remembered) through {@link uk.vigil.identity.IdentityService}.
 */
package uk.vigil.identity;
