package uk.vigil.generator;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The nominal's own row (identity, description, reference numbers) and their aliases. */
final class IdentityRows {
    private static final String[] HAIR = {"Short brown", "Shaved", "Dark", "Fair", "Ginger", "Grey", "Receding grey",
        "Black", "Long dark", "Bald"};
    private static final String[] EYES = {"blue", "brown", "green", "hazel", "grey"};
    private static final String[] MARKS = {"tattoo of a swallow on left hand", "tattoo 'MUM' on right forearm",
        "scar above right eyebrow", "sleeve tattoo on left arm", "pierced left ear", "scar on chin",
        "tattoo of a rose on neck", "walks with a limp", "gold front tooth", "beard", "wears glasses",
        "tattoo of a spider web on elbow", "burn scar on right hand", "moustache"};

    private IdentityRows() {
    }

    static void write(Bundle b) {
        Profile p = b.p;
        Rng rng = b.rng(Rng.Stream.IDENTITY);
        Timeline t = p.timeline();
        boolean probation = p.category() != 1 || t.licenceEnd() != null || !t.custodial();
        String pnc = Identifiers.pnc(pncYear(p), p.index(), b.world.seed);
        String ethnicity = rng.chance(0.9) ? p.group().ethnicity : null;
        Integer height = height(rng, p.sex());
        String build = build(rng);
        String description = description(rng);
        String cro = rng.chance(0.7) ? Identifiers.cro(pncYear(p), p.index(), b.world.seed) : null;
        String crn = probation || rng.chance(0.3) ? Identifiers.crn(p.index(), b.world.seed) : null;
        String noms = t.custodial() ? Identifiers.noms(p.index(), t.custodyFrom().getYear(), b.world.seed) : null;
        String visor = p.category() == 1 || rng.chance(0.7) ? Identifiers.visor(p.index(), b.world.seed) : null;
        b.row(ImportFile.NOMINALS, b.lead(t.referralDate()), p.id(), p.name().forename(), p.name().surname(),
                p.name().middle(), p.dob(), p.sex(), ethnicity, height, build, description, pnc, cro, crn, noms, visor);
        SearchQueries.identity(b, pnc, cro, crn, noms);
        aliases(b, rng);
    }

    /** Year the PNC record was created: some time between 17th birthday and the index offence. */
    static int pncYear(Profile p) {
        int first = p.dob().getYear() + 17;
        int last = Math.max(first, p.timeline().offenceDate().getYear());
        return first + (int) Math.floorMod(Rng.mix(p.index()), last - first + 1);
    }

    static Integer height(Rng rng, String sex) {
        return sex.equals("F") ? rng.normal(163, 6, 145, 190) : rng.normal(177, 7, 155, 205);
    }

    static String build(Rng rng) {
        return new String[] {"SLIM", "MEDIUM", "STOCKY", "HEAVY", "MUSCULAR"}[rng.weighted(20, 40, 20, 15, 5)];
    }

    static String description(Rng rng) {
        StringBuilder sb = new StringBuilder(rng.pick(HAIR)).append(" hair, ").append(rng.pick(EYES)).append(" eyes");
        int marks = rng.weighted(30, 45, 25);
        for (int i = 0; i < marks; i++) {
            sb.append(", ").append(rng.pick(MARKS));
        }
        return sb.toString();
    }

    /** About 15% have aliases: a nickname, a false name given on arrest, a maiden or previous name, a spelling. */
    private static void aliases(Bundle b, Rng rng) {
        if (!rng.chance(0.15)) {
            return;
        }
        Profile p = b.p;
        int count = rng.chance(0.8) ? 1 : 2;
        for (int i = 0; i < count; i++) {
            List<String> kinds = new ArrayList<>(List.of("ALIAS", "ALIAS", "SPELLING_VARIANT", "PREVIOUS_NAME"));
            if (!b.world.reference.nicknames.of(p.name().forename()).isEmpty()) {
                kinds.addAll(List.of("NICKNAME", "NICKNAME"));
            }
            if (p.sex().equals("F")) {
                kinds.add("MAIDEN_NAME");
            }
            String kind = rng.pick(kinds);
            String forename = null;
            String surname = null;
            LocalDate dob = null;
            switch (kind) {
                case "NICKNAME" -> forename = rng.pick(b.world.reference.nicknames.of(p.name().forename()));
                case "SPELLING_VARIANT" -> {
                    List<String> variants = NameVariants.transliterations(p.name().surname());
                    surname = variants.isEmpty() ? NameVariants.misspell(rng, p.name().surname()) : rng.pick(variants);
                    forename = p.name().forename();
                }
                case "MAIDEN_NAME", "PREVIOUS_NAME" -> {
                    surname = Names.surname(rng, p.group(), p.sex().equals("F"));
                    forename = p.name().forename();
                }
                default -> {
                    Names.Name other = Names.draw(rng, p.group(), p.sex());
                    forename = other.forename();
                    surname = other.surname();
                    dob = rng.chance(0.4) ? p.dob().plusYears(rng.between(-3, 3)).plusDays(rng.between(-40, 40)) : null;
                }
            }
            if (surname != null && surname.equals(p.name().surname()) && forename != null && forename.equals(p.name().forename())) {
                continue;
            }
            String id = b.next("AL");
            b.row(ImportFile.ALIASES, b.pnc(p.timeline().convictionDate()), id, p.id(), forename, surname, dob, kind);
            b.out.truths.alias(new Truths.AliasTruth(p.id(), id, forename, surname, kind));
            SearchQueries.alias(b, forename, surname);
        }
    }
}
