package uk.vigil.generator;

/**
 * The first draws for a nominal, cheap and independent of every other nominal: what the block
 * plan needs before it pairs people up. Proportions are documented in docs/generator.md.
 */
record Basics(int index, AreaWorld area, int category, Phase phase, String sex, NameGroup group) {

    static Basics draw(World world, int index) {
        Rng rng = Rng.of(world.seed, Rng.Stream.BASICS, index);
        AreaWorld area = world.byPopulation.pick(rng);
        int category = 1 + rng.weighted(72, 27, 1);
        Phase phase = switch (rng.weighted(81, 7, 12)) {
            case 0 -> Phase.COMMUNITY;
            case 1 -> Phase.CUSTODY;
            default -> Phase.CLOSED;
        };
        double male = category == 1 ? 0.955 : category == 2 ? 0.90 : 0.92;
        double u = rng.unit();
        String sex = u < male ? "M" : u < 0.998 ? "F" : u < 0.999 ? "X" : "U";
        return new Basics(index, area, category, phase, sex, NameGroup.BY_WEIGHT.pick(rng));
    }
}
