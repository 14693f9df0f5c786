package uk.vigil.conflict;

/** What one recompute did: nominals checked, conflicts found (open now), opened for the first time or again, resolved. */
public record Recompute(int nominals, int found, int resolved, long millis) {
    Recompute plus(Recompute other) {
        return new Recompute(nominals + other.nominals, found + other.found, resolved + other.resolved, millis + other.millis);
    }
}
