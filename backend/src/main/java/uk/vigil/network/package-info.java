/**
 * Association analysis (docs/network.md): network expansion by hops with hubs collapsed
 * ({@link uk.vigil.network.NetworkService#expand}), explained shortest paths
 * ({@link uk.vigil.network.NetworkService#paths}), the strength of a link's evidence
 * ({@link uk.vigil.network.LinkEvidence}) and the hidden-associations report
 * ({@link uk.vigil.network.HiddenAssociations}). Every query carries the access fragments, so
 * hidden people and their records are neither shown nor counted.
 */
package uk.vigil.network;
