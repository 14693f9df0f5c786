/**
 * Exclusion zones as real geometries (docs/geo.md): GeoJSON in and out through jts-io-common,
 * validation (valid, non-self-intersecting, inside the UK envelope, radius rules), circles as a
 * point and a radius in metres on the WGS84 ellipsoid (GeographicLib), distances in metres, and
 * the zone API ({@code ZoneRoutes} -> {@code ZoneService} -> cypher/queries/exclusionzone/).
 */
package uk.vigil.exclusionzone;
