package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;

/** An exclusion zone as written: a circle ({@code rings} empty, {@code radiusM} set) or one or more polygons. */
record Zone(String id, String conditionId, Victim protectedVictim, LatLng centre, int radiusM, List<List<LatLng>> rings,
            LocalDate from, LocalDate to) {

    boolean isCircle() {
        return rings.isEmpty();
    }

    String geoJson() {
        if (isCircle()) {
            return Geo.pointJson(centre);
        }
        return rings.size() == 1 ? Geo.polygonJson(rings.get(0)) : Geo.multiPolygonJson(rings);
    }

    boolean activeOn(LocalDate date) {
        return !from.isAfter(date) && (to == null || !to.isBefore(date));
    }

    boolean contains(LatLng point) {
        return isCircle() ? centre.distanceM(point) <= radiusM : Shapes.contains(rings, point);
    }
}
