package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;

/** Decides the relationships of a {@link BlockPlan}, in a fixed order so the result is reproducible. */
final class BlockPlanner {
    private static final double DUPLICATE_RATE = 0.015;
    private static final double LEADER_RATE = 0.03;
    private static final double HIDDEN_LINK_RATE = 0.012;
    private static final double BRIDGE_RATE = 0.35;

    private final World world;
    private final BlockPlan plan;
    private final Rng rng;
    private final int n;
    private final Basics[] basics;
    private final int[] originalOf;
    private final boolean[] isOriginal;
    private final boolean[] grouped;
    private final boolean[] follower;
    private final boolean[] linked;

    BlockPlanner(World world, BlockPlan plan, Rng rng) {
        this.world = world;
        this.plan = plan;
        this.rng = rng;
        this.n = plan.end - plan.start;
        this.basics = new Basics[n];
        this.originalOf = new int[n];
        this.isOriginal = new boolean[n];
        this.grouped = new boolean[n];
        this.follower = new boolean[n];
        this.linked = new boolean[n];
        for (int i = 0; i < n; i++) {
            basics[i] = Basics.draw(world, plan.start + i);
            originalOf[i] = -1;
        }
    }

    void plan() {
        chooseDuplicates();
        chooseCoOffenders();
        buildProfiles();
        chooseHiddenLinks();
        chooseJointOffences();
    }

    private void chooseDuplicates() {
        for (int i = 0; i < n; i++) {
            if (originalOf[i] < 0 && !isOriginal[i] && rng.chance(DUPLICATE_RATE)) {
                for (int attempt = 0; attempt < 5; attempt++) {
                    int j = rng.below(n);
                    if (j != i && originalOf[j] < 0 && !isOriginal[j]) {
                        originalOf[i] = j;
                        isOriginal[j] = true;
                        break;
                    }
                }
            }
        }
    }

    /** Leaders of categories 1-2 whose offence was recent at conviction take one to three co-defendants. */
    private void chooseCoOffenders() {
        for (int i = 0; i < n; i++) {
            if (originalOf[i] >= 0 || grouped[i] || basics[i].category() > 2 || !rng.chance(LEADER_RATE)) {
                continue;
            }
            Profile leader = profileOf(i, null);
            Timeline t = leader.timeline();
            if (BlockPlan.daysBetween(t.offenceDate(), t.convictionDate()) > 3 * 365) {
                continue;
            }
            grouped[i] = true;
            int wanted = 1 + rng.weighted(60, 30, 10);
            for (int k = 0, attempts = 0; k < wanted && attempts < 20; attempts++) {
                int j = rng.below(n);
                if (j != i && originalOf[j] < 0 && !grouped[j] && plan.profile(plan.start + j) == null) {
                    grouped[j] = true;
                    follower[j] = true;
                    plan.addFollower(plan.start + i, plan.start + j, rng.chance(0.5));
                    k++;
                }
            }
        }
    }

    private void buildProfiles() {
        for (int i = 0; i < n; i++) {
            if (originalOf[i] < 0 && !follower[i]) {
                profileOf(i, null);
            }
        }
        plan.groups().forEach((leader, fs) -> fs.forEach(f ->
                plan.setProfile(f, Profiles.build(world, basics[f - plan.start], plan.profile(leader)))));
        for (int i = 0; i < n; i++) {
            if (originalOf[i] >= 0) {
                Profile original = plan.profile(plan.start + originalOf[i]);
                Duplicate d = Duplicate.choose(world, rng, original, plan.start + i);
                plan.setDuplicate(plan.start + i, d);
                plan.setProfile(plan.start + i, Duplicate.profile(world, original, plan.start + i, d));
            }
        }
    }

    private Profile profileOf(int i, Profile leader) {
        Profile p = plan.profile(plan.start + i);
        if (p == null) {
            p = Profiles.build(world, basics[i], leader);
            plan.setProfile(plan.start + i, p);
        }
        return p;
    }

    /**
     * Pairs of active nominals in the community with different surnames: the sharer uses the
     * owner's phone or vehicle, or lives in the owner's private home. Nobody records why.
     */
    private void chooseHiddenLinks() {
        for (int i = 0; i < n; i++) {
            Profile owner = plan.profile(plan.start + i);
            if (originalOf[i] >= 0 || linked[i] || !owner.inCommunity() || !rng.chance(HIDDEN_LINK_RATE)) {
                continue;
            }
            String via = List.of("PHONE", "PHONE", "PHONE", "PHONE", "VEHICLE", "VEHICLE", "VEHICLE",
                    "ADDRESS", "ADDRESS", "ADDRESS").get(rng.below(10));
            if (via.equals("ADDRESS") && (!owner.inOwnPrivateHome() || owner.plants().childAtHome())) {
                via = "PHONE";
            }
            for (int attempt = 0; attempt < 10; attempt++) {
                int j = rng.below(n);
                Profile sharer = plan.profile(plan.start + j);
                if (j == i || originalOf[j] >= 0 || linked[j] || !sharer.inCommunity() || sameSurname(owner, sharer)
                        || sameGroup(plan.start + i, plan.start + j)
                        || (via.equals("ADDRESS") && (isOriginal[j] || sharer.plants().childAtHome()))) {
                    continue;
                }
                apply(owner, sharer, via);
                linked[i] = true;
                linked[j] = true;
                plan.addHiddenLink(new HiddenLink(owner.index(), sharer.index(), via));
                break;
            }
        }
    }

    private void apply(Profile owner, Profile sharer, String via) {
        switch (via) {
            case "PHONE" -> plan.setProfile(owner.index(), owner.hasPhone() ? owner : owner.withPhone());
            case "VEHICLE" -> plan.setProfile(owner.index(), owner.hasVehicle() ? owner : owner.withVehicle());
            default -> {
                Residence home = owner.residence();
                LocalDate from = Timelines.max(home.currentFrom(), sharer.residence().currentFrom()).plusDays(rng.below(60));
                from = Timelines.min(from, world.asOf.minusDays(1));
                plan.setProfile(sharer.index(), sharer.withResidence(sharer.residence().sharing(home.current(), from)));
            }
        }
    }

    /** Co-offenders may have a recorded CO_OFFENDER association: not a hidden link. */
    private boolean sameGroup(int a, int b) {
        int la = plan.profile(a).leader() >= 0 ? plan.profile(a).leader() : a;
        int lb = plan.profile(b).leader() >= 0 ? plan.profile(b).leader() : b;
        return la == lb;
    }

    private static boolean sameSurname(Profile a, Profile b) {
        return Names.lower(Names.ascii(a.name().surname())).equals(Names.lower(Names.ascii(b.name().surname())));
    }

    /** Some groups are bridged into networks by an earlier offence a member committed with someone else. */
    private void chooseJointOffences() {
        int[] counter = new int[n];
        for (var group : plan.groups().entrySet()) {
            if (!rng.chance(BRIDGE_RATE)) {
                continue;
            }
            List<Integer> members = new java.util.ArrayList<>(group.getValue());
            members.add(group.getKey());
            int x = members.get(rng.below(members.size()));
            int y = plan.start + rng.below(n);
            if (members.contains(y) || originalOf[y - plan.start] >= 0) {
                continue;
            }
            Profile px = plan.profile(x);
            Profile py = plan.profile(y);
            LocalDate latest = Timelines.min(px.timeline().offenceDate(), py.timeline().offenceDate()).minusYears(rng.between(2, 8));
            LocalDate adult = Timelines.max(px.dob(), py.dob()).plusYears(16);
            if (latest.isBefore(adult)) {
                continue;
            }
            LocalDate date = rng.date(adult, latest);
            int owner = Math.min(x, y);
            String id = Profile.id(owner) + "-OFJ" + (++counter[owner - plan.start]);
            String type = rng.pick(List.of("BURGLARY", "ROBBERY", "ABH", "OTHER"));
            plan.addJointOffence(new JointOffence(id, owner, Math.max(x, y), type, date, date.plusDays(rng.between(90, 270))));
        }
    }
}
