package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The truths that belong to a block rather than to one nominal: duplicates, hidden links, co-offending. */
final class BlockTruths {
    private BlockTruths() {
    }

    static void record(World world, BlockPlan plan, Truths truths) {
        for (int i = plan.start; i < plan.end; i++) {
            Duplicate d = plan.duplicate(i);
            if (d != null) {
                truths.duplicates.add(new Truths.DuplicateTruth(Profile.id(d.original()), Profile.id(d.duplicate()),
                        d.signals(), d.sourceSystem()));
            }
        }
        for (HiddenLink link : plan.hiddenLinks()) {
            String owner = Profile.id(link.owner());
            String shared = switch (link.via()) {
                case "PHONE" -> owner + "-DV1";
                case "VEHICLE" -> owner + "-VH1";
                default -> plan.profile(link.owner()).residence().current().id();
            };
            truths.hiddenAssociations.add(new Truths.HiddenTruth(owner, Profile.id(link.sharer()), link.via(), shared));
        }
        Map<Integer, Integer> parent = new TreeMap<>();
        plan.groups().forEach((leader, followers) -> {
            List<String> members = new ArrayList<>(List.of(Profile.id(leader)));
            List<List<String>> recorded = new ArrayList<>();
            for (int f : followers) {
                members.add(Profile.id(f));
                if (plan.coOffenceRecorded(leader, f)) {
                    recorded.add(List.of(Profile.id(leader), Profile.id(f)));
                }
                union(parent, leader, f);
            }
            truths.coOffenderGroups.add(new Truths.CoOffenderGroup(Profile.id(leader) + "-OF1", Profile.id(leader), members, recorded));
        });
        for (JointOffence j : plan.jointOffences()) {
            truths.jointOffences.add(new Truths.JointOffenceTruth(j.offenceId(), List.of(Profile.id(j.owner()), Profile.id(j.other()))));
            union(parent, j.owner(), j.other());
        }
        Map<Integer, List<String>> components = new TreeMap<>();
        for (int member : parent.keySet()) {
            components.computeIfAbsent(find(parent, member), k -> new ArrayList<>()).add(Profile.id(member));
        }
        components.values().stream().filter(m -> m.size() >= 2).forEach(m -> truths.coOffenderNetworks.add(new Truths.Network(m)));
    }

    private static int find(Map<Integer, Integer> parent, int x) {
        parent.putIfAbsent(x, x);
        int root = x;
        while (parent.get(root) != root) {
            root = parent.get(root);
        }
        return root;
    }

    private static void union(Map<Integer, Integer> parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent.put(Math.max(ra, rb), Math.min(ra, rb));
        }
    }
}
