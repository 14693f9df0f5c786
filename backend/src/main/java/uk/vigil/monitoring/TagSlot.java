package uk.vigil.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Where and when a tag fix falls, as one indexed key: its UTC day and a grid cell of 0.1 degree of
 * latitude by 0.15 degree of longitude (about 11 by 10 km in England and Wales). A GPS tag records a
 * position a minute, so a year of one tag is half a million fixes: neither a point index (every fix
 * ever recorded near a place) nor a time index (every tag in the country that night) finds "near this
 * place in this window" quickly, while the few day-cells that cover a search's circle and window do.
 * The importer stores {@link #of} on every :TagFix (as {@code slot}); the suspect search seeks
 * {@link #around} and then checks each fix's time and distance exactly.
 */
public final class TagSlot {
    static final double LAT_CELL = 0.1;
    static final double LNG_CELL = 0.15;
    private static final double METRES_PER_DEGREE = 111_320;
    /** Days a search may span, so that the slot list stays bounded (the suspect search allows 14). */
    static final int MAX_DAYS = 31;

    private TagSlot() {
    }

    /** The slot of a fix recorded at {@code at} at {@code lat}, {@code lng}. */
    public static String of(Instant at, double lat, double lng) {
        return key(at.atZone(ZoneOffset.UTC).toLocalDate(), cell(lat, LAT_CELL), cell(lng, LNG_CELL));
    }

    /**
     * Every slot that may hold a fix within {@code radiusM} metres of the point during [from, to]: the
     * days of the window and the cells its circle's bounding box touches (with a margin of 2% and 50 m,
     * so no fix at the edge is lost to rounding).
     */
    public static List<String> around(Instant from, Instant to, double lat, double lng, double radiusM) {
        if (to.isBefore(from)) {
            throw new IllegalArgumentException("the window ends before it starts");
        }
        LocalDate first = from.atZone(ZoneOffset.UTC).toLocalDate();
        LocalDate last = to.atZone(ZoneOffset.UTC).toLocalDate();
        if (first.plusDays(MAX_DAYS).isBefore(last)) {
            throw new IllegalArgumentException("a window of more than " + MAX_DAYS + " days");
        }
        double reach = radiusM * 1.02 + 50;
        double dLat = reach / METRES_PER_DEGREE;
        double dLng = reach / (METRES_PER_DEGREE * Math.max(0.05, Math.cos(Math.toRadians(Math.abs(lat) + dLat))));
        long latFrom = cell(lat - dLat, LAT_CELL);
        long latTo = cell(lat + dLat, LAT_CELL);
        long lngFrom = cell(lng - dLng, LNG_CELL);
        long lngTo = cell(lng + dLng, LNG_CELL);
        List<String> slots = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            for (long y = latFrom; y <= latTo; y++) {
                for (long x = lngFrom; x <= lngTo; x++) {
                    slots.add(key(day, y, x));
                }
            }
        }
        return slots;
    }

    private static long cell(double degrees, double size) {
        return (long) Math.floor(degrees / size);
    }

    private static String key(LocalDate day, long latCell, long lngCell) {
        return String.format(Locale.ROOT, "%s/%d/%d", day, latCell, lngCell);
    }
}
