package uk.vigil.generator;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Vehicles, phones, computers and online accounts. A nominal's first vehicle and phone have fixed
 * ids ({@code -VH1}, {@code -DV1}) so a hidden co-user or a duplicate record can point at them.
 */
final class Things {
    private static final List<String[]> CARS = List.of(new String[] {"Ford", "Fiesta"}, new String[] {"Ford", "Focus"},
            new String[] {"Ford", "Transit"}, new String[] {"Ford", "Kuga"}, new String[] {"Vauxhall", "Corsa"},
            new String[] {"Vauxhall", "Astra"}, new String[] {"Vauxhall", "Vivaro"}, new String[] {"Volkswagen", "Golf"},
            new String[] {"Volkswagen", "Polo"}, new String[] {"Volkswagen", "Transporter"}, new String[] {"BMW", "3 Series"},
            new String[] {"BMW", "1 Series"}, new String[] {"Audi", "A3"}, new String[] {"Mercedes-Benz", "Sprinter"},
            new String[] {"Toyota", "Yaris"}, new String[] {"Toyota", "Corolla"}, new String[] {"Nissan", "Qashqai"},
            new String[] {"Nissan", "Micra"}, new String[] {"Kia", "Sportage"}, new String[] {"Hyundai", "i10"},
            new String[] {"Peugeot", "208"}, new String[] {"Renault", "Clio"}, new String[] {"Skoda", "Octavia"},
            new String[] {"Citroen", "Berlingo"}, new String[] {"Land Rover", "Discovery"}, new String[] {"Honda", "Civic"},
            new String[] {"Mini", "Hatch"}, new String[] {"Fiat", "500"}, new String[] {"Mitsubishi", "L200"});
    private static final String[] COLOURS = {"BLACK", "WHITE", "SILVER", "GREY", "BLUE", "RED", "GREEN", "BROWN", "YELLOW"};
    private static final String[][] COMPUTERS = {{"COMPUTER", "Dell", "Inspiron 15"}, {"COMPUTER", "HP", "Pavilion"},
        {"COMPUTER", "Lenovo", "IdeaPad 3"}, {"COMPUTER", "Apple", "MacBook Air"}, {"TABLET", "Apple", "iPad"},
        {"TABLET", "Samsung", "Galaxy Tab A8"}, {"TABLET", "Amazon", "Fire HD 10"}, {"GAMES_CONSOLE", "Sony", "PlayStation 5"},
        {"GAMES_CONSOLE", "Microsoft", "Xbox Series S"}, {"CAMERA", "Canon", "EOS 250D"}};
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]");
    private static final String[] EMAIL_DOMAINS = {"gmail.example", "hotmail.example", "outlook.example",
        "yahoo.example", "icloud.example", "btinternet.example"};

    private Things() {
    }

    static void write(Bundle b, Rng rng) {
        vehicles(b, rng);
        devices(b, rng);
        accounts(b, rng);
        for (HiddenLink link : b.plan.sharing(b.p.index())) {
            LocalDate from = b.asOf.minusDays(rng.between(20, 400));
            String owner = Profile.id(link.owner());
            if (link.via().equals("PHONE")) {
                b.row(ImportFile.PERSON_DEVICES, b.police(from), b.next("PD"), b.p.id(), owner + "-DV1", from, null);
            } else if (link.via().equals("VEHICLE")) {
                b.row(ImportFile.PERSON_VEHICLES, b.police(from), b.next("PV"), b.p.id(), owner + "-VH1", "DRIVER", from, null);
            }
        }
    }

    private static void vehicles(Bundle b, Rng rng) {
        Profile p = b.p;
        if (p.hasVehicle()) {
            LocalDate from = Timelines.max(p.residence().currentFrom(), b.asOf.minusDays(rng.between(30, 2000)));
            if (p.phase() == Phase.CUSTODY) {
                from = p.timeline().custodyFrom().minusDays(rng.between(30, 900));
            }
            b.vehicleId = p.id() + "-VH1";
            b.vrm = vehicle(b, rng, b.vehicleId, p.index() * 3L, from);
            b.row(ImportFile.PERSON_VEHICLES, b.police(from), b.next("PV"), p.id(), b.vehicleId, "KEEPER", from, null);
            Address registered = p.residence().current().isPrivate() ? p.residence().current() : p.residence().previous();
            if (registered != null && registered.isPrivate()) {
                b.row(ImportFile.VEHICLE_ADDRESSES, b.police(from), b.next("VA"), b.vehicleId, registered.id(), from, null);
            }
        }
        if (b.partnerId != null && rng.chance(0.3)) {
            String id = p.id() + "-VH2";
            LocalDate from = b.asOf.minusDays(rng.between(30, 1500));
            vehicle(b, rng, id, p.index() * 3L + 1, from);
            b.row(ImportFile.PERSON_VEHICLES, b.police(from), b.next("PV"), b.partnerId, id, "KEEPER", from, null);
            b.row(ImportFile.PERSON_VEHICLES, b.police(from), b.next("PV"), p.id(), id, rng.chance(0.6) ? "DRIVER" : "PASSENGER", from, null);
            if (b.vehicleId == null) {
                b.vehicleId = id;
            }
        }
    }

    private static String vehicle(Bundle b, Rng rng, String id, long ordinal, LocalDate from) {
        String[] car = rng.pick(CARS);
        String vrm = b.world.plates.mark(rng, ordinal, b.area.area.name());
        b.row(ImportFile.VEHICLES, b.police(from), id, vrm, car[0], car[1], rng.pick(COLOURS));
        SearchQueries.vehicle(b, id, vrm);
        if (b.vrm == null) {
            b.vrm = vrm;
        }
        return vrm;
    }

    private static void devices(Bundle b, Rng rng) {
        Profile p = b.p;
        LocalDate since = b.asOf.minusDays(rng.between(60, 2500));
        if (p.hasPhone()) {
            b.phoneDeviceId = p.id() + "-DV1";
            b.phoneNational = mobile(b, rng, b.phoneDeviceId, p.index() * 8L + 1, since);
            b.row(ImportFile.PERSON_DEVICES, b.police(since), b.next("PD"), p.id(), b.phoneDeviceId, since, null);
        }
        if (rng.chance(0.15)) {
            String id = p.id() + "-DV2";
            LocalDate from = b.asOf.minusDays(rng.between(10, 700));
            mobile(b, rng, id, p.index() * 8L + 2, from);
            b.row(ImportFile.PERSON_DEVICES, b.police(from), b.next("PD"), p.id(), id, from, null);
        }
        if (rng.chance(0.35)) {
            String[] kind = rng.pick(COMPUTERS);
            String id = p.id() + "-DV3";
            LocalDate from = b.asOf.minusDays(rng.between(30, 2000));
            b.row(ImportFile.DEVICES, b.police(from), id, kind[0], null, null, kind[1], kind[2]);
            b.row(ImportFile.PERSON_DEVICES, b.police(from), b.next("PD"), p.id(), id, from, null);
        }
        if (b.partnerId != null && rng.chance(0.5)) {
            phone(b, rng, b.partnerId, 5, since);
        }
    }

    /** A mobile for someone else in the bundle (partner, associate), in device slot {@code slot}. */
    static void phone(Bundle b, Rng rng, String personId, int slot, LocalDate from) {
        String id = b.p.id() + "-DV" + slot;
        mobile(b, rng, id, b.p.index() * 8L + slot, from);
        b.row(ImportFile.PERSON_DEVICES, b.police(from), b.next("PD"), personId, id, from, null);
    }

    private static String mobile(Bundle b, Rng rng, String id, long ordinal, LocalDate from) {
        String national = Phones.mobile(ordinal, b.world.seed);
        Phones.Handset handset = Phones.handset(ordinal, b.world.seed);
        String imei = rng.chance(0.85) ? Phones.imei(ordinal, b.world.seed) : null;
        String written = Phones.written(national, rng.below(Phones.STYLES));
        b.row(ImportFile.DEVICES, b.police(from), id, "MOBILE_PHONE", written, imei, handset.make(), handset.model());
        SearchQueries.phone(b, id, written, national);
        return national;
    }

    private static void accounts(Bundle b, Rng rng) {
        Profile p = b.p;
        String first = NOT_LETTER.matcher(Names.lower(Names.ascii(p.name().forename()))).replaceAll("");
        String last = NOT_LETTER.matcher(Names.lower(Names.ascii(p.name().surname()))).replaceAll("");
        // A number unique to the nominal keeps handles from colliding between two John Smiths.
        long unique = Unique.permute(p.index(), 10_000_000L, b.world.seed ^ 0xACC0L);
        LocalDate from = b.asOf.minusDays(rng.between(60, 3000));
        if (rng.chance(0.6)) {
            String local = switch (rng.below(3)) {
                case 0 -> first + "." + last + unique;
                case 1 -> first.charAt(0) + last + unique;
                default -> last + "_" + first + unique;
            };
            b.emailAccount = account(b, "EMAIL", local + "@" + rng.pick(EMAIL_DOMAINS), null, 1, from);
        }
        if (rng.chance(0.5)) {
            String platform = rng.pick(new String[] {"Facebook", "Instagram", "Snapchat", "TikTok", "X"});
            String handle = platform.equals("Facebook") ? first + "." + last + "." + unique : first + "_" + last.charAt(0) + unique;
            account(b, "SOCIAL_MEDIA", handle, platform, 2, from);
        }
        if (rng.chance(0.3)) {
            boolean whatsapp = b.phoneNational != null && rng.chance(0.6);
            account(b, "MESSAGING", whatsapp ? Phones.e164(b.phoneNational) : "@" + first + last + unique,
                    whatsapp ? "WhatsApp" : "Telegram", 3, from);
        }
        if (rng.chance(0.1)) {
            String platform = rng.pick(new String[] {"Xbox Live", "PlayStation Network", "Steam", "Roblox"});
            account(b, "GAMING", Names.capitalise(first) + "Gamer" + unique, platform, 4, from);
        }
    }

    private static String account(Bundle b, String type, String value, String platform, int slot, LocalDate from) {
        String id = b.p.id() + "-AC" + slot;
        b.row(ImportFile.ACCOUNTS, b.police(from), id, type, value, platform);
        b.row(ImportFile.PERSON_ACCOUNTS, b.police(from), b.next("PX"), b.p.id(), id, from, null);
        return id;
    }
}
