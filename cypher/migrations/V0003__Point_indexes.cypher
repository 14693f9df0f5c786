// Spatial pre-filters: candidates come from a point index, exact geometry is decided in JTS.
CREATE POINT INDEX address_location IF NOT EXISTS FOR (a:Address) ON (a.location);
CREATE POINT INDEX sensitive_place_location IF NOT EXISTS FOR (p:SensitivePlace) ON (p.location);
CREATE POINT INDEX exclusion_zone_centroid IF NOT EXISTS FOR (z:ExclusionZone) ON (z.centroid);
CREATE POINT INDEX offence_location IF NOT EXISTS FOR (o:Offence) ON (o.location);
CREATE POINT INDEX intelligence_location IF NOT EXISTS FOR (i:Intelligence) ON (i.location);
