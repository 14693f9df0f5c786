package uk.vigil.generator;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What to generate. {@code asOf} is the dataset's "today": every date is relative to it, never
 * to the clock, so the same options give byte-identical files.
 *
 * @param areas counties as spelt in gb-places.csv ("Cumbria", "Lancashire"); default Cumbria
 */
public record GeneratorOptions(int nominals, List<String> areas, long seed, Path outputDir, LocalDate asOf) {
    public static final int MIN_NOMINALS = 1_000;
    public static final int MAX_NOMINALS = 1_000_000;
    public static final long DEFAULT_SEED = 42;
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);
    public static final List<String> DEFAULT_AREAS = List.of("Cumbria");

    public GeneratorOptions {
        if (nominals < MIN_NOMINALS || nominals > MAX_NOMINALS) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "nominals must be between %,d and %,d (was %,d)", MIN_NOMINALS, MAX_NOMINALS, nominals));
        }
        Objects.requireNonNull(outputDir, "an output directory is required");
        areas = areas == null || areas.isEmpty() ? DEFAULT_AREAS : List.copyOf(areas);
        if (areas.stream().anyMatch(a -> a == null || a.isBlank())) {
            throw new IllegalArgumentException("area names must not be blank");
        }
        asOf = asOf == null ? DEFAULT_AS_OF : asOf;
        if (asOf.getYear() < 2010 || asOf.getYear() > 2100) {
            throw new IllegalArgumentException("as-of date must be between 2010 and 2100 (was " + asOf + ")");
        }
    }

    /** Defaults for everything but the size and the folder: Cumbria, seed 42, as of 2026-11-01. */
    public static GeneratorOptions of(int nominals, Path outputDir) {
        return new GeneratorOptions(nominals, DEFAULT_AREAS, DEFAULT_SEED, outputDir, DEFAULT_AS_OF);
    }

    public GeneratorOptions withSeed(long newSeed) {
        return new GeneratorOptions(nominals, areas, newSeed, outputDir, asOf);
    }

    /** The area id of a county: lower case, hyphenated ("Cumbria" -> "cumbria", "County Durham" -> "county-durham"). */
    public static String areaId(String county) {
        return AreaWorldBuilder.slug(county);
    }
}
