package uk.vigil.generator;

import java.util.ArrayList;
import java.util.List;

/**
 * A second person record for the same human, entered by another system: the name nicknamed,
 * misspelt or transliterated, the date of birth the same or with day and month swapped, and at
 * least one hard link (a shared phone, home or PNC id).
 */
record Duplicate(int original, int duplicate, String nameChange, boolean dobSwapped,
                 boolean sharesPhone, boolean sharesAddress, boolean sharesPnc, String sourceSystem) {

    List<String> signals() {
        List<String> signals = new ArrayList<>(List.of(nameChange));
        signals.add(dobSwapped ? "DOB_DAY_MONTH_SWAPPED" : "DOB_SAME");
        if (sharesPhone) {
            signals.add("SHARED_PHONE");
        }
        if (sharesAddress) {
            signals.add("SHARED_ADDRESS");
        }
        if (sharesPnc) {
            signals.add("SHARED_PNC_ID");
        }
        return signals;
    }

    /** The duplicate's profile, derived from the original's. */
    static Profile profile(World world, Profile original, int index, Duplicate d) {
        Rng rng = Rng.of(world.seed, Rng.Stream.IDENTITY, index);
        Names.Name name = rename(world, rng, original.name(), d.nameChange());
        var dob = original.dob();
        if (d.dobSwapped()) {
            dob = dob.withDayOfMonth(1).withMonth(original.dob().getDayOfMonth()).withDayOfMonth(original.dob().getMonthValue());
        }
        String id = Profile.id(index);
        Residence residence = d.sharesAddress()
                ? new Residence(original.residence().current(), original.residence().currentFrom(), false, null, null, null)
                : new Residence(Residences.ownHome(rng, world, id, index, original.homeTown(), 1),
                        rng.date(original.dob().plusYears(18), world.asOf.minusDays(30)), true, null, null, null);
        return new Profile(index, id, original.area(), original.index(), -1, 0, 0, Phase.NONE, original.sex(),
                original.group(), name, dob, original.timeline(), original.homeTown(), residence,
                !d.sharesPhone() && rng.chance(0.5), false, Plants.NONE);
    }

    /** Chooses how the second record differs, given what the original offers to share. */
    static Duplicate choose(World world, Rng rng, Profile original, int index) {
        Names.Name n = original.name();
        List<String> options = new ArrayList<>(List.of("NAME_SAME", "SURNAME_MISSPELT", "FORENAME_MISSPELT"));
        if (!world.reference.nicknames.of(n.forename()).isEmpty()) {
            options.addAll(List.of("FORENAME_NICKNAME", "FORENAME_NICKNAME", "FORENAME_NICKNAME"));
        }
        if (!NameVariants.transliterations(n.forename()).isEmpty() || !NameVariants.transliterations(n.surname()).isEmpty()) {
            options.addAll(List.of("TRANSLITERATED", "TRANSLITERATED", "TRANSLITERATED"));
        }
        if (NameVariants.SOUND_ALIKES.containsKey(n.forename()) || NameVariants.SOUND_ALIKES.containsKey(n.surname())) {
            options.add("SOUND_ALIKE");
        }
        String change = rng.pick(options);
        int day = original.dob().getDayOfMonth();
        int month = original.dob().getMonthValue();
        boolean swapped = day <= 12 && day != month && rng.chance(0.4);
        boolean phone = original.hasPhone() && rng.chance(0.5);
        boolean address = original.inOwnPrivateHome() && rng.chance(0.5);
        boolean pnc = rng.chance(0.4) || (!phone && !address);
        String source = rng.pick(List.of("PNC", "NOMIS", "NDELIUS", "LOCAL_INTEL"));
        return new Duplicate(original.index(), index, change, swapped, phone, address, pnc, source);
    }

    private static Names.Name rename(World world, Rng rng, Names.Name n, String change) {
        return switch (change) {
            case "SURNAME_MISSPELT" -> new Names.Name(n.forename(), null, NameVariants.misspell(rng, n.surname()));
            case "FORENAME_MISSPELT" -> new Names.Name(NameVariants.misspell(rng, n.forename()), null, n.surname());
            case "FORENAME_NICKNAME" -> new Names.Name(rng.pick(world.reference.nicknames.of(n.forename())), null, n.surname());
            case "TRANSLITERATED" -> {
                List<String> f = NameVariants.transliterations(n.forename());
                List<String> s = NameVariants.transliterations(n.surname());
                yield new Names.Name(f.isEmpty() ? n.forename() : rng.pick(f), null, s.isEmpty() ? n.surname() : rng.pick(s));
            }
            case "SOUND_ALIKE" -> {
                String f = NameVariants.SOUND_ALIKES.containsKey(n.forename()) ? NameVariants.soundAlike(rng, n.forename()) : n.forename();
                String s = NameVariants.SOUND_ALIKES.containsKey(n.surname()) ? NameVariants.soundAlike(rng, n.surname()) : n.surname();
                yield new Names.Name(f, null, s);
            }
            default -> new Names.Name(n.forename(), n.middle(), n.surname());
        };
    }
}
