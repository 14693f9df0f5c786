package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Randomness for one entity, derived from the run seed and the entity's coordinates rather than
 * from a shared sequence: any nominal can be regenerated alone, so threads and streaming order
 * never change the output. StrictMath keeps doubles identical across machines.
 */
final class Rng {
    /** Independent streams, so that changing how one part is generated leaves the others alone. */
    enum Stream { WORLD, BASICS, BLOCK, IDENTITY, TIMELINE, HOME, OFFENDING, VICTIM, ORDERS, CASE, CONTACTS, INTEL, EVENTS, SEARCH, SUSPECTS, TAGS }

    private final SplittableRandom random;

    private Rng(long state) {
        this.random = new SplittableRandom(state);
    }

    static Rng of(long seed, Stream stream, long index) {
        return new Rng(mix(mix(mix(seed) ^ (stream.ordinal() + 1) * 0x9E3779B97F4A7C15L) ^ index));
    }

    static Rng of(long seed, Stream stream, long index, long sub) {
        return new Rng(mix(mix(mix(mix(seed) ^ (stream.ordinal() + 1) * 0x9E3779B97F4A7C15L) ^ index) ^ mix(sub + 1)));
    }

    /** SplitMix64's finaliser: a cheap, well-mixed hash of a long. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** A stable hash of a string (String.hashCode is stable too, but 32 bits collide early). */
    static long hash(String s) {
        long h = 1125899906842597L;
        for (int i = 0; i < s.length(); i++) {
            h = 31 * h + s.charAt(i);
        }
        return mix(h);
    }

    double unit() {
        return random.nextDouble();
    }

    int below(int bound) {
        return random.nextInt(bound);
    }

    long nextLong() {
        return random.nextLong();
    }

    /** Uniform in [lo, hi], both included. */
    int between(int lo, int hi) {
        return lo + random.nextInt(hi - lo + 1);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    <T> T pick(T[] items) {
        return items[random.nextInt(items.length)];
    }

    char pick(String alphabet) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }

    /** Standard normal by Box-Muller. */
    double gaussian() {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return StrictMath.sqrt(-2.0 * StrictMath.log(u)) * StrictMath.cos(2 * StrictMath.PI * v);
    }

    int normal(double mean, double sd, int lo, int hi) {
        long value = Math.round(mean + sd * gaussian());
        return (int) Math.max(lo, Math.min(hi, value));
    }

    /** Index drawn with the given relative weights. */
    int weighted(double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double x = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            x -= weights[i];
            if (x < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** Uniform date in [from, to], both included; {@code from} when the range is empty. */
    LocalDate date(LocalDate from, LocalDate to) {
        long span = to.toEpochDay() - from.toEpochDay();
        if (span <= 0) {
            return from;
        }
        return LocalDate.ofEpochDay(from.toEpochDay() + (long) (random.nextDouble() * (span + 1)));
    }
}
