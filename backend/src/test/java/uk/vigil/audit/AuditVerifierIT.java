package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.vigil.audit.VerificationResult.Kind;
import uk.vigil.testing.TestGraph;

class AuditVerifierIT {
    static final AuditActor ALICE = new AuditActor("alice", "Police", Set.of("OFFICER", "SUPERVISOR"), "sess-a", "10.0.0.1");
    final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T09:00:00Z"));
    AuditTrail trail;
    AuditVerifier verifier;

    @BeforeEach
    void fiveRecords() {
        TestGraph.clear();
        trail = new AuditTrail(TestGraph.graph(), CanonicalTest.KEY, clock);
        verifier = new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY);
        for (int i = 1; i <= 5; i++) {
            clock.advance(Duration.ofSeconds(1));
            trail.append(ALICE, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N" + i), AuditObject.mappaCase("C" + i)),
                    AuditOutcome.OK, "level 2 review", Map.of("text", "search " + i));
        }
    }

    private static void cypher(String statement) {
        TestGraph.graph().write(tx -> tx.run(statement).consume());
    }

    private void assertProblem(Kind kind, long seq) {
        VerificationResult result = verifier.verify();
        assertThat(result.valid()).as(result.describe()).isFalse();
        assertThat(result.problem().kind()).as(result.describe()).isEqualTo(kind);
        assertThat(result.problem().seq()).as(result.describe()).isEqualTo(seq);
    }

    @Test
    void an_untouched_chain_verifies() {
        VerificationResult result = verifier.verify();
        assertThat(result.valid()).as(result.describe()).isTrue();
        assertThat(result.checked()).isEqualTo(5);
        assertThat(result.headSeq()).isEqualTo(5);
        assertThat(result.describe()).contains("valid").contains("5:" + result.headHash());
    }

    @Test
    void an_empty_audit_verifies() {
        TestGraph.clear();
        assertThat(verifier.verify().valid()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "SET r.user = 'bob'",
            "SET r.agency = 'Probation'",
            "REMOVE r.agency",
            "SET r.roles = ['OFFICER']",
            "SET r.session = 'sess-b'",
            "SET r.ip = '10.9.9.9'",
            "SET r.event = 'LIST'",
            "SET r.objects = ['PERSON:N9', 'CASE:C2']",
            "SET r.outcome = 'DENIED'",
            "SET r.purpose = 'curiosity'",
            "REMOVE r.purpose",
            "SET r.detail = '{\"text\":\"something else\"}'",
            "SET r.at = r.at + duration('PT1S')",
            "SET r.at = r.at + duration('PT0.0001S')",
            "SET r.at = toString(r.at)",
            "SET r.prevHash = '" + "1" + "'",
            "SET r.hash = 'ab' + substring(r.hash, 2)",
            "SET r.note = 'added later'",
    })
    void an_edited_record_is_detected_at_its_seq(String edit) {
        cypher("MATCH (r:AuditRecord {seq: 2}) " + edit);
        assertProblem(Kind.EDITED, 2);
    }

    @Test
    void a_deleted_middle_record_is_detected_as_missing() {
        cypher("MATCH (r:AuditRecord {seq: 3}) DETACH DELETE r");
        assertProblem(Kind.MISSING, 3);
    }

    @Test
    void a_deleted_and_renumbered_record_is_detected() {
        cypher("MATCH (r:AuditRecord {seq: 3}) DETACH DELETE r");
        cypher("MATCH (r:AuditRecord) WHERE r.seq > 3 WITH r ORDER BY r.seq SET r.seq = r.seq - 1");
        cypher("MATCH (h:AuditChain) SET h.seq = 4");
        assertProblem(Kind.EDITED, 3); // seq is hashed: renumbering is an edit
    }

    @Test
    void a_deleted_last_record_is_detected_as_a_truncated_tail() {
        cypher("MATCH (r:AuditRecord {seq: 5}) DETACH DELETE r");
        assertProblem(Kind.TRUNCATED, 5);
    }

    @Test
    void a_head_that_no_longer_matches_the_last_record_is_detected() {
        cypher("MATCH (h:AuditChain) SET h.hash = 'f' + substring(h.hash, 1)");
        assertProblem(Kind.HEAD_MISMATCH, 5);
    }

    @Test
    void a_deleted_head_is_detected() {
        cypher("MATCH (h:AuditChain) DELETE h");
        assertProblem(Kind.HEAD_MISMATCH, 5);
    }

    @Test
    void swapping_two_records_seq_is_detected_at_the_first() {
        cypher("""
                MATCH (a:AuditRecord {seq: 2}), (b:AuditRecord {seq: 4})
                SET a.seq = -4, b.seq = -2""");
        cypher("MATCH (r:AuditRecord) WHERE r.seq < 0 SET r.seq = -r.seq");
        assertProblem(Kind.EDITED, 2);
    }

    @Test
    void a_copy_of_a_record_put_in_a_deleted_ones_place_is_detected() {
        cypher("MATCH (r:AuditRecord {seq: 3}) DETACH DELETE r");
        cypher("MATCH (r:AuditRecord {seq: 4}) CREATE (c:AuditRecord) SET c = r {.*, seq: 3}");
        assertProblem(Kind.EDITED, 3);
    }

    @Test
    void a_genuine_record_from_another_chain_breaks_the_link() {
        Map<String, Object> genuine = TestGraph.graph().read(tx -> tx.run("MATCH (r:AuditRecord {seq: 3}) RETURN properties(r)")
                .single().get(0).asMap());
        TestGraph.clear();
        for (int i = 1; i <= 5; i++) {
            trail.append(ALICE, AuditEventType.LIST, null, AuditOutcome.OK, null, null);
        }
        TestGraph.graph().write(tx -> tx.run("""
                MATCH (r:AuditRecord {seq: 3}) DETACH DELETE r
                WITH count(*) AS deleted
                CREATE (c:AuditRecord) SET c = $genuine
                WITH c UNWIND c.objects AS key
                MERGE (o:AuditObject {key: key}) CREATE (c)-[:TOUCHED]->(o)""", Map.of("genuine", genuine)).consume());
        assertProblem(Kind.BROKEN_LINK, 3);
    }

    @Test
    void a_record_forged_beyond_the_head_is_detected() {
        cypher("""
                MATCH (r:AuditRecord {seq: 5}) CREATE (f:AuditRecord) SET f = r {.*, seq: 6, prevHash: r.hash}""");
        assertProblem(Kind.OUT_OF_CHAIN, 6);
    }

    @Test
    void a_forged_record_with_the_head_moved_on_is_detected_as_edited() {
        cypher("""
                MATCH (r:AuditRecord {seq: 5}), (h:AuditChain) CREATE (f:AuditRecord) SET f = r {.*, seq: 6, prevHash: r.hash}, h.seq = 6""");
        assertProblem(Kind.EDITED, 6);
    }

    @Test
    void a_record_outside_the_seq_order_is_detected() {
        cypher("DROP CONSTRAINT audit_record_seq");
        try {
            cypher("MATCH (r:AuditRecord {seq: 2}) CREATE (f:AuditRecord) SET f = r {.*, seq: 0}");
            assertProblem(Kind.OUT_OF_CHAIN, 0);
        } finally {
            cypher("MATCH (r:AuditRecord {seq: 0}) DETACH DELETE r");
            cypher("CREATE CONSTRAINT audit_record_seq IF NOT EXISTS FOR (r:AuditRecord) REQUIRE r.seq IS UNIQUE");
        }
    }

    @Test
    void a_record_with_a_fractional_seq_is_detected() {
        cypher("MATCH (r:AuditRecord {seq: 3}) SET r.seq = 2.5");
        assertProblem(Kind.OUT_OF_CHAIN, 3);
    }

    @Test
    void a_removed_lookup_link_is_detected() {
        cypher("MATCH (:AuditRecord {seq: 4})-[t:TOUCHED]->(:AuditObject {key: 'PERSON:N4'}) DELETE t");
        assertProblem(Kind.INDEX_MISMATCH, 4);
    }

    @Test
    void an_added_lookup_link_is_detected() {
        cypher("MATCH (r:AuditRecord {seq: 1}), (o:AuditObject {key: 'PERSON:N5'}) CREATE (r)-[:TOUCHED]->(o)");
        assertProblem(Kind.INDEX_MISMATCH, 1);
    }

    @Test
    void a_wrong_key_is_reported_as_such() {
        VerificationResult result = new AuditVerifier(TestGraph.graph(), AuditKey.of(new byte[32])).verify();
        assertThat(result.problem().kind()).isEqualTo(Kind.WRONG_KEY);
        assertThat(result.checked()).isZero();
    }

    @Test
    void a_wrong_key_with_a_forged_key_id_still_fails_at_the_first_record() {
        AuditKey wrong = AuditKey.of(new byte[32]);
        cypher("MATCH (h:AuditChain) SET h.keyId = '" + wrong.id() + "'");
        VerificationResult result = new AuditVerifier(TestGraph.graph(), wrong).verify();
        assertThat(result.problem().kind()).isEqualTo(Kind.EDITED);
        assertThat(result.problem().seq()).isEqualTo(1);
    }

    @Test
    void an_anchor_catches_a_rewound_head() {
        VerificationResult before = verifier.verify();
        AuditVerifier.Anchor anchor = AuditVerifier.Anchor.parse(before.headSeq() + ":" + before.headHash());
        // The attacker deletes the last record and rewinds the head: consistent without the anchor.
        cypher("MATCH (r:AuditRecord {seq: 5}) DETACH DELETE r");
        cypher("MATCH (h:AuditChain), (r:AuditRecord {seq: 4}) SET h.seq = 4, h.hash = r.hash");
        assertThat(verifier.verify().valid()).isTrue();
        VerificationResult anchored = verifier.verify(anchor);
        assertThat(anchored.problem().kind()).isEqualTo(Kind.ANCHOR_MISMATCH);
        assertThat(anchored.problem().seq()).isEqualTo(5);
    }

    @Test
    void appends_during_verification_are_not_mistaken_for_tampering() throws InterruptedException {
        AuditVerifier smallPages = new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY, 3);
        Thread writer = new Thread(() -> {
            for (int i = 0; i < 200; i++) {
                trail.append(ALICE, AuditEventType.LIST, null, AuditOutcome.OK, null, null);
            }
        });
        writer.start();
        int runs = 0;
        while (writer.isAlive() || runs == 0) {
            VerificationResult during = smallPages.verify();
            assertThat(during.problem()).as(during.describe()).isNull();
            runs++;
        }
        writer.join();
        assertThat(smallPages.verify().checked()).isEqualTo(205);
    }

    @Test
    void the_verify_command_exits_0_when_intact_and_1_with_what_and_where_when_tampered() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int intact = AuditVerifyCommand.verify(TestGraph.graph(), CanonicalTest.KEY, null, new PrintWriter(out), new PrintWriter(err));
        assertThat(intact).isZero();
        assertThat(out.toString()).contains("valid: 5 records");
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'AUDIT_READ'}) RETURN count(r)", Map.of())).isEqualTo(1);

        cypher("MATCH (r:AuditRecord {seq: 3}) SET r.user = 'bob'");
        int tampered = AuditVerifyCommand.verify(TestGraph.graph(), CanonicalTest.KEY, null, new PrintWriter(out), new PrintWriter(err));
        assertThat(tampered).isEqualTo(1);
        assertThat(err.toString()).contains("TAMPERED: EDITED at seq 3");
    }
}
