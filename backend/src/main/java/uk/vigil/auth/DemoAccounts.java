package uk.vigil.auth;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import uk.vigil.database.Graph;

/**
 * DEMO ONLY: one account per role, with published passwords and TOTP secrets (docs/security.md
 * lists them), so the demo can be tried without an authenticator app ({@code vigil totp USER}
 * prints the current code). Only {@code vigil demo} creates them; never run this on real data.
 */
public final class DemoAccounts {

    /** A demo account and its published secrets. */
    public record DemoAccount(String username, String displayName, Role role, String agency, Clearance clearance,
                              VettingLevel vetting, String password, String totpSecret) {
    }

    public static final String AREA = "cumbria";

    public static final List<DemoAccount> ALL = List.of(
            new DemoAccount("demo.police", "Demo Police Practitioner", Role.POLICE_PRACTITIONER, "cumbria-police",
                    Clearance.OFFICIAL_SENSITIVE, VettingLevel.NPPV3, "Vigil-Demo-Police-1", "OAE4NTZCOCSWQVNQVQ4456O2QVBSYVLM"),
            new DemoAccount("demo.probation", "Demo Probation Practitioner", Role.PROBATION_PRACTITIONER,
                    "cumbria-probation", Clearance.OFFICIAL_SENSITIVE, VettingLevel.NPPV2, "Vigil-Demo-Probation-1",
                    "AD2MDYRMV6KFD3CQRBOWCNDODOVHFACF"),
            new DemoAccount("demo.prison", "Demo Prison Practitioner", Role.PRISON_PRACTITIONER, "cumbria-hmp-haverigg",
                    Clearance.OFFICIAL_SENSITIVE, VettingLevel.CTC, "Vigil-Demo-Prison-1", "4V2CTFDOKC6OPKYHUVTESXQWRFC4P6IY"),
            new DemoAccount("demo.om", "Demo Offender Manager", Role.OFFENDER_MANAGER, "cumbria-probation",
                    Clearance.OFFICIAL_SENSITIVE, VettingLevel.NPPV2, "Vigil-Demo-Manager-1", "6UMQ5STR6JYAEKU3B2DJWCCF2KFSSJ7N"),
            new DemoAccount("demo.vlo", "Demo Victim Liaison Officer", Role.VICTIM_LIAISON_OFFICER, "cumbria-probation",
                    Clearance.OFFICIAL_SENSITIVE, VettingLevel.NPPV2, "Vigil-Demo-Liaison-1", "CDMEXHTSDH6B5GXNVAT3W33GLRCM233G"),
            new DemoAccount("demo.analyst", "Demo Intelligence Analyst", Role.ANALYST, "cumbria-police",
                    Clearance.SECRET, VettingLevel.SC, "Vigil-Demo-Analyst-1", "SF5EWSZUCNKRZL6GOI366MF5K4OJNMTH"),
            new DemoAccount("demo.chair", "Demo MAPPA Chair", Role.MAPPA_CHAIR, "cumbria-probation",
                    Clearance.OFFICIAL_SENSITIVE, VettingLevel.NPPV3, "Vigil-Demo-Chair-1", "FZVLVOCBCE5DUZZKE66CMWF7TNIY4HEF"),
            new DemoAccount("demo.dtc", "Demo Children's Services Member", Role.DTC_MEMBER, "cumbria-childrens-services",
                    Clearance.OFFICIAL, VettingLevel.BPSS, "Vigil-Demo-Partner-1", "7UFOYDRJWAJIDSVGNDLI7S2C2RT63G62"),
            new DemoAccount("demo.admin", "Demo Administrator", Role.ADMINISTRATOR, "cumbria-police",
                    Clearance.OFFICIAL_SENSITIVE, VettingLevel.NPPV3, "Vigil-Demo-Admin-1", "JRJYP2H6WM6UNDTO42BYESW5KDYGSKCD"),
            new DemoAccount("demo.auditor", "Demo Auditor", Role.AUDITOR, "cumbria-police",
                    Clearance.SECRET, VettingLevel.SC, "Vigil-Demo-Auditor-1", "U5GRPORFFEBETZTURJETUPXJZ5HLW5JB"));

    private DemoAccounts() {
    }

    public static Optional<DemoAccount> find(String username) {
        String u = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return ALL.stream().filter(a -> a.username().equals(u)).findFirst();
    }

    /**
     * Creates the demo accounts that do not exist yet (vetting valid for three years from today);
     * existing accounts are left as they are. Returns how many were created.
     */
    public static int ensure(Graph graph, Clock clock, Consumer<String> progress) {
        UserStore users = new UserStore(graph);
        PasswordHasher hasher = new PasswordHasher();
        LocalDate expiry = LocalDate.now(clock).plusYears(3);
        int created = 0;
        for (DemoAccount d : ALL) {
            if (users.find(d.username()).isPresent()) {
                continue;
            }
            users.create(new UserAccount(d.username(), d.displayName(), d.agency(), Set.of(AREA), Set.of(d.role()),
                    d.clearance(), d.vetting(), expiry, true, false, hasher.hash(d.password()), d.totpSecret(), -1,
                    List.of(), null, null, null), "demo", clock.instant());
            created++;
        }
        if (created > 0) {
            progress.accept("Created " + created + " DEMO accounts (docs/security.md lists them; "
                    + "`vigil totp demo.analyst` prints a sign-in code).");
        }
        return created;
    }
}
