package uk.vigil.auth;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code vigil totp demo.analyst}: prints the current one-time code of a demo account (or of a
 * base32 secret), so the demo can be signed in to without an authenticator app. DEMO ONLY: a
 * secret typed on a command line ends up in shell history.
 */
@Command(name = "totp", mixinStandardHelpOptions = true,
        description = {"Print the current TOTP sign-in code for a demo username or a base32 secret.",
                "DEMO ONLY: do not type real secrets on a command line."})
public final class TotpCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DEMO_USER|SECRET", description = "e.g. demo.analyst, or a base32 secret")
    String secretOrUser;

    @Spec
    CommandSpec spec;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String secret = DemoAccounts.find(secretOrUser).map(DemoAccounts.DemoAccount::totpSecret).orElse(secretOrUser);
        if (!Totp.validSecret(secret)) {
            err.println("Not a demo username or a base32 TOTP secret");
            return 2;
        }
        Instant now = clock.instant();
        long left = Totp.STEP.getSeconds() - Math.floorMod(now.getEpochSecond(), Totp.STEP.getSeconds());
        out.println(Totp.code(secret, now));
        out.flush();
        err.println("(valid for " + left + " more seconds; each code signs in once)");
        err.flush();
        return 0;
    }
}
