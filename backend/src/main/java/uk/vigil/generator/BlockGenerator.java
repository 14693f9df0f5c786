package uk.vigil.generator;

/** Generates one block of nominals: plan the block, then write each nominal's rows in index order. */
final class BlockGenerator {
    private BlockGenerator() {
    }

    static BlockOutput generate(World world, int block) {
        BlockPlan plan = BlockPlan.build(world, block);
        Truths truths = new Truths();
        BlockOutput out = new BlockOutput(truths);
        for (int i = plan.start; i < plan.end; i++) {
            Bundle b = new Bundle(world, plan, plan.profile(i), out);
            if (b.p.isDuplicate()) {
                DuplicateRows.write(b);
            } else {
                IdentityRows.write(b);
                HomeRows.write(b);
                OffendingRows.write(b);
                OrderRows.write(b);
                ContactRows.write(b);
                CaseRows.write(b);
                IntelRows.write(b);
                EventRows.write(b);
            }
            Findings.record(b);
        }
        BlockTruths.record(world, plan, truths);
        return out;
    }
}
