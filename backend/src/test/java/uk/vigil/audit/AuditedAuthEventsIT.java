package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.vigil.auth.LoginFailure;
import uk.vigil.testing.TestGraph;

/** Sign-in, sign-out and expiry records name the user's agency; failed sign-ins never reveal an account. */
class AuditedAuthEventsIT {
    private AuditTrail trail;
    private AuditedAuthEvents events;

    @BeforeEach
    void emptyAudit() {
        TestGraph.clear();
        TestGraph.graph().write(tx -> tx.run("CREATE (:User {username: 'jo', agency: 'cumbria-probation'})").consume());
        trail = new AuditTrail(TestGraph.graph(), CanonicalTest.KEY, new MutableClock(Instant.parse("2026-03-02T09:00:00Z")));
        events = new AuditedAuthEvents(trail, TestGraph.graph());
    }

    @Test
    void records_of_a_signed_in_user_carry_their_agency() {
        events.loginSucceeded("jo", "ref1", "10.0.0.1");
        events.logout("jo", "ref1");
        events.sessionExpired("jo", "ref2", "IDLE");
        assertThat(agencies()).containsExactly("LOGIN_SUCCESS cumbria-probation", "LOGOUT cumbria-probation",
                "SESSION_EXPIRED cumbria-probation");
    }

    @Test
    void failed_sign_ins_carry_no_agency_whether_or_not_the_account_exists() {
        events.loginFailed("nobody", LoginFailure.UNKNOWN_USER, "10.0.0.1");
        events.loginFailed("jo", LoginFailure.BAD_PASSWORD, "10.0.0.1");
        assertThat(agencies()).containsExactly("LOGIN_FAILURE -", "LOGIN_FAILURE -");
    }

    private List<String> agencies() {
        return TestGraph.graph().read(tx -> tx.run("""
                MATCH (r:AuditRecord) RETURN r.event + ' ' + coalesce(r.agency, '-') AS line ORDER BY r.seq""")
                .list(r -> r.get("line").asString()));
    }
}
