package uk.vigil.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * gb-places.csv and nicknames.csv, read from the classpath ({@code /reference/}, packaged from
 * import/reference/) or, when running from a checkout without that, from the file system.
 */
final class ReferenceData {
    private static volatile ReferenceData loaded;

    final List<Place> places;
    final Nicknames nicknames;

    private ReferenceData(List<Place> places, Nicknames nicknames) {
        this.places = places;
        this.nicknames = nicknames;
    }

    /** Loaded once per JVM: the files are small and never change during a run. */
    static ReferenceData get() {
        ReferenceData data = loaded;
        if (data == null) {
            synchronized (ReferenceData.class) {
                if (loaded == null) {
                    loaded = new ReferenceData(readPlaces(), Nicknames.read(open("nicknames.csv")));
                }
                data = loaded;
            }
        }
        return data;
    }

    List<Place> inCounty(String county) {
        return places.stream().filter(p -> p.county().equals(county)).toList();
    }

    /** The county as spelt in gb-places, matched ignoring case. */
    Optional<String> county(String name) {
        return places.stream().map(Place::county)
                .filter(c -> c.equalsIgnoreCase(name.trim()))
                .findFirst();
    }

    /** Every county of the given nations, sorted by name. */
    List<String> countiesOf(List<String> nations) {
        return places.stream().filter(p -> nations.contains(p.nation())).map(Place::county)
                .distinct().sorted().toList();
    }

    /** A few counties whose names contain the given text, to suggest in an error message. */
    List<String> countiesLike(String name) {
        String needle = name.trim().toLowerCase(Locale.ROOT);
        TreeSet<String> matches = new TreeSet<>();
        for (Place p : places) {
            String county = p.county().toLowerCase(Locale.ROOT);
            if (!county.isEmpty() && (county.contains(needle) || needle.contains(county)
                    || county.startsWith(needle.substring(0, Math.min(3, needle.length()))))) {
                matches.add(p.county());
            }
        }
        return matches.stream().limit(8).toList();
    }

    private static List<Place> readPlaces() {
        List<Place> places = new ArrayList<>();
        try (Reader reader = open("gb-places.csv")) {
            for (CSVRecord r : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader)) {
                Place place = new Place(r.get("name"), Double.parseDouble(r.get("lat")), Double.parseDouble(r.get("lng")),
                        r.get("nation"), r.get("county"));
                // The file holds a few places outside the UK (e.g. Dhekelia); the import contract rejects them.
                if (!place.county().isEmpty() && Geo.insideUk(place.lat(), place.lng())) {
                    places.add(place);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(places);
    }

    /** The packaged resource, else import/reference/ next to the backend module (IDE and test runs). */
    static Reader open(String name) {
        InputStream resource = ReferenceData.class.getResourceAsStream("/reference/" + name);
        try {
            if (resource == null) {
                Path file = locate(name);
                resource = Files.newInputStream(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new InputStreamReader(resource, StandardCharsets.UTF_8);
    }

    private static Path locate(String name) throws IOException {
        for (String dir : List.of("../import/reference", "import/reference")) {
            Path candidate = Path.of(dir, name);
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IOException("reference file " + name + " is neither on the classpath (/reference/" + name
                + ") nor in ../import/reference or import/reference");
    }
}
