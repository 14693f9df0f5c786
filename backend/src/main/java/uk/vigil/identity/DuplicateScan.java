package uk.vigil.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One whole-graph duplicate scan and its progress: records read, blocks compared, pairs compared
 * (each distinct pair once), candidates found. Readable while it runs.
 */
public final class DuplicateScan {
    public enum Status { RUNNING, DONE, FAILED }

    private final String id;
    private final String owner;
    private final Instant started;
    private final AtomicReference<Status> status = new AtomicReference<>(Status.RUNNING);
    private final AtomicReference<String> phase = new AtomicReference<>("reading records");
    private final AtomicLong records = new AtomicLong();
    private final AtomicLong blocksDone = new AtomicLong();
    private final AtomicLong blocksTotal = new AtomicLong();
    private final AtomicLong comparedPairs = new AtomicLong();
    private volatile long elapsedMs;
    private volatile List<DuplicateCandidate> candidates = List.of();

    DuplicateScan(String id, String owner, Instant started) {
        this.id = id;
        this.owner = owner;
        this.started = started;
    }

    /** The view of a scan the API returns: progress, and the best candidates when done. */
    public record View(String id, Status status, String phase, Instant started, long elapsedMs, long records,
                       long blocksDone, long blocksTotal, long comparedPairs, int candidatesFound,
                       List<DuplicateCandidate> candidates) {
    }

    public View view(int limit) {
        List<DuplicateCandidate> c = candidates;
        return new View(id, status.get(), phase.get(), started, elapsedMs, records.get(), blocksDone.get(), blocksTotal.get(),
                comparedPairs.get(), c.size(), c.size() > limit ? c.subList(0, limit) : c);
    }

    String id() {
        return id;
    }

    String owner() {
        return owner;
    }

    public List<DuplicateCandidate> candidates() {
        return candidates;
    }

    public long comparedPairs() {
        return comparedPairs.get();
    }

    void recordRead() {
        records.incrementAndGet();
    }

    void failed(String why) {
        phase.set(why);
        status.set(Status.FAILED);
    }

    /** Compares every pair sharing a block, once. */
    void compare(List<IdentityRecord> people, long startNanos) {
        phase.set("blocking");
        DuplicateBlocking.Blocks blocks = DuplicateBlocking.blocks(people);
        blocksTotal.set(blocks.blocks().size());
        phase.set("comparing");
        Set<Long> seen = new HashSet<>();
        List<DuplicateCandidate> found = new ArrayList<>();
        for (int[] block : blocks.blocks()) {
            for (int i = 0; i < block.length; i++) {
                for (int j = i + 1; j < block.length; j++) {
                    int a = Math.min(block[i], block[j]);
                    int b = Math.max(block[i], block[j]);
                    if (a == b || !seen.add(((long) a << 32) | b)) {
                        continue;
                    }
                    comparedPairs.incrementAndGet();
                    DuplicateScorer.score(people.get(a), people.get(b)).ifPresent(found::add);
                }
            }
            blocksDone.incrementAndGet();
        }
        found.sort(Comparator.comparingDouble(DuplicateCandidate::score).reversed()
                .thenComparing(c -> (String) c.first().get("id")));
        candidates = List.copyOf(found);
        elapsedMs = (System.nanoTime() - startNanos) / 1_000_000;
        phase.set("done: " + blocks.skipped() + " oversized blocks skipped");
        status.set(Status.DONE);
    }
}
