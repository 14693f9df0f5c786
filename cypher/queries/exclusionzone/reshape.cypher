// New shape for zone $zone, only if it is still at $version (what the user edited): no row back means
// someone changed it meanwhile. The version moves on with the shape, in one write.
MATCH (z:ExclusionZone {id: $zone})
WHERE coalesce(z.version, 0) = $version
SET z += $shape, z.version = $version + 1
RETURN z.version AS version
