package uk.vigil.generator;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The relationships planted among one block of nominals (duplicates, co-offender groups, joint
 * earlier offences, hidden links) and every member's final {@link Profile}. A block is a pure
 * function of the seed and its number, so blocks can be generated in any order or in parallel.
 */
final class BlockPlan {
    static final int SIZE = 256;

    final int start;
    final int end;
    private final Profile[] profiles;
    private final Duplicate[] duplicates;
    private final Map<Integer, List<Integer>> followers = new TreeMap<>();
    private final Set<Long> recordedCoOffenders = new HashSet<>();
    private final List<HiddenLink> hiddenLinks = new ArrayList<>();
    private final List<JointOffence> jointOffences = new ArrayList<>();

    private BlockPlan(int start, int end) {
        this.start = start;
        this.end = end;
        this.profiles = new Profile[end - start];
        this.duplicates = new Duplicate[end - start];
    }

    static BlockPlan build(World world, int block) {
        int start = block * SIZE;
        BlockPlan plan = new BlockPlan(start, Math.min(world.nominals(), start + SIZE));
        new BlockPlanner(world, plan, Rng.of(world.seed, Rng.Stream.BLOCK, block)).plan();
        return plan;
    }

    Profile profile(int index) {
        return profiles[index - start];
    }

    void setProfile(int index, Profile p) {
        profiles[index - start] = p;
    }

    Duplicate duplicate(int index) {
        return duplicates[index - start];
    }

    void setDuplicate(int index, Duplicate d) {
        duplicates[index - start] = d;
    }

    List<Integer> followers(int leader) {
        return followers.getOrDefault(leader, List.of());
    }

    void addFollower(int leader, int follower, boolean recorded) {
        followers.computeIfAbsent(leader, k -> new ArrayList<>()).add(follower);
        if (recorded) {
            recordedCoOffenders.add(((long) leader << 32) | follower);
        }
    }

    Map<Integer, List<Integer>> groups() {
        return followers;
    }

    boolean coOffenceRecorded(int leader, int follower) {
        return recordedCoOffenders.contains(((long) leader << 32) | follower);
    }

    void addHiddenLink(HiddenLink link) {
        hiddenLinks.add(link);
    }

    List<HiddenLink> hiddenLinks() {
        return hiddenLinks;
    }

    /** Links in which {@code index} is the sharer (using someone else's phone, vehicle or home). */
    List<HiddenLink> sharing(int index) {
        return hiddenLinks.stream().filter(l -> l.sharer() == index).toList();
    }

    boolean ownsSharedHome(int index) {
        return hiddenLinks.stream().anyMatch(l -> l.owner() == index && l.via().equals("ADDRESS"));
    }

    void addJointOffence(JointOffence j) {
        jointOffences.add(j);
    }

    List<JointOffence> jointOffences() {
        return jointOffences;
    }

    List<JointOffence> jointOffences(int index) {
        return jointOffences.stream().filter(j -> j.owner() == index || j.other() == index).toList();
    }

    static long daysBetween(LocalDate a, LocalDate b) {
        return ChronoUnit.DAYS.between(a, b);
    }
}
