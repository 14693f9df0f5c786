/**
 * Who could have done this: the suspect search. An investigator's offence (place, window, offence
 * type, suspect and method description, fragments, victim) in ({@link uk.vigil.suspect.SuspectRequest});
 * candidates from the graph as the viewer may find them ({@code cypher/queries/suspect/}); a
 * transparent score per factor ({@link uk.vigil.suspect.SuspectRanker}); ruled-out candidates with
 * why. See docs/suspects.md.
 */
package uk.vigil.suspect;
