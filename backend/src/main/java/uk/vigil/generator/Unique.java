package uk.vigil.generator;

/**
 * Collision-free codes that look random: a keyed permutation of [0, space) applied to an ordinal
 * (a four-round Feistel network over the next even power of two, cycle-walking back into range).
 * Randomly drawn plates, phone numbers or addresses would collide at a million nominals, and every
 * collision would be a false "shared phone" link the manifest does not know about.
 */
final class Unique {
    private static final int ROUNDS = 4;

    private Unique() {
    }

    /** The image of {@code ordinal} under the permutation of [0, space) keyed by {@code seed}. */
    static long permute(long ordinal, long space, long seed) {
        if (ordinal < 0 || ordinal >= space) {
            throw new IllegalArgumentException("ordinal " + ordinal + " outside code space " + space);
        }
        int bits = 64 - Long.numberOfLeadingZeros(Math.max(1, space - 1));
        int half = Math.max(1, (bits + 1) / 2);
        long mask = (1L << half) - 1;
        long key = Rng.mix(seed ^ space * 0x9E3779B97F4A7C15L);
        long x = ordinal;
        do {
            long left = x >>> half;
            long right = x & mask;
            for (int round = 0; round < ROUNDS; round++) {
                long next = left ^ (Rng.mix(key + round * 0xD1B54A32D192ED03L ^ right) & mask);
                left = right;
                right = next;
            }
            x = (left << half) | right;
        } while (x >= space);
        return x;
    }
}
