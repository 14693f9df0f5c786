/**
 * The map (docs/geo.md): one nominal's addresses over time, exclusion zones, victims (only for
 * viewers with a need), sensitive places and open conflicts as layers; the tile source from
 * configuration, or a plain base of towns made from imported addresses when there is none (offline).
 */
package uk.vigil.map;
