package uk.vigil.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.GraphDatabase;
import uk.vigil.database.Graph;
import uk.vigil.testing.TestGraph;

class AuditTrailIT {
    static final Instant T0 = Instant.parse("2025-06-01T09:00:00.000Z");
    static final AuditActor ALICE = new AuditActor("alice", "Police", Set.of("OFFICER"), "sess-a", "10.0.0.1");
    static final AuditActor BOB = new AuditActor("bob", "Probation", Set.of("OFFENDER_MANAGER"), "sess-b", "10.0.0.2");
    static final AuditActor AUDITOR = new AuditActor("ann", "Police", Set.of("AUDITOR"), "sess-c", "10.0.0.3");

    final MutableClock clock = new MutableClock(T0);
    AuditTrail trail;

    @BeforeEach
    void emptyAudit() {
        TestGraph.clear();
        trail = new AuditTrail(TestGraph.graph(), CanonicalTest.KEY, clock);
    }

    @Test
    void a_record_round_trips_with_every_field() {
        clock.advance(Duration.ofNanos(123_456_789)); // stored to the millisecond
        AuditRecord written = trail.append(ALICE, AuditEventType.SEARCH,
                List.of(AuditObject.person("N1"), AuditObject.mappaCase("C1")), AuditOutcome.OK,
                "MAPPA level 2 review", Map.of("text", "Smith, J", "area", "Leeds"));
        assertThat(written.seq()).isEqualTo(1);
        assertThat(written.at()).isEqualTo(Instant.parse("2025-06-01T09:00:00.123Z"));
        assertThat(written.prevHash()).isEqualTo(AuditTrail.GENESIS);
        assertThat(written.hash()).matches("[0-9a-f]{64}");

        AuditRecord read = trail.query(AUDITOR, AuditQuery.newest().withUser("alice")).records().get(0);
        assertThat(read).isEqualTo(written);
        assertThat(read.actor()).isEqualTo(ALICE);
        assertThat(read.objects()).containsExactly(AuditObject.person("N1"), AuditObject.mappaCase("C1"));
        assertThat(read.detail()).containsExactlyInAnyOrderEntriesOf(Map.of("text", "Smith, J", "area", "Leeds"));
        assertThat(read.purpose()).isEqualTo("MAPPA level 2 review");
    }

    @Test
    void optional_fields_may_be_left_out() {
        AuditRecord written = trail.append(new AuditActor("mallory", null, null, null, "192.0.2.9"),
                AuditEventType.LOGIN_FAILURE, null, AuditOutcome.FAILED, null, null);
        AuditRecord read = trail.query(AUDITOR, AuditQuery.newest().withUser("mallory")).records().get(0);
        assertThat(read).isEqualTo(written);
        assertThat(read.actor().agency()).isNull();
        assertThat(read.objects()).isEmpty();
        assertThat(read.detail()).isEmpty();
    }

    @Test
    void several_records_appended_together_are_each_on_the_chain_in_order() {
        AuditRecord before = trail.append(BOB, AuditEventType.LOGIN_SUCCESS, null, AuditOutcome.OK, null, null);
        List<AuditRecord> written = trail.appendAll(ALICE, List.of(
                new AuditTrail.Entry(AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N1")), AuditOutcome.OK, "Meeting", null),
                new AuditTrail.Entry(AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N2")), AuditOutcome.OK, "Meeting", null)));
        assertThat(written).extracting(AuditRecord::seq).containsExactly(2L, 3L);
        assertThat(written.get(0).prevHash()).isEqualTo(before.hash());
        assertThat(written.get(1).prevHash()).isEqualTo(written.get(0).hash());
        assertThat(trail.query(AUDITOR, AuditQuery.newest().withUser("alice")).records()).containsExactlyElementsOf(List.of(
                written.get(1), written.get(0)));
        assertThatThrownBy(() -> trail.appendAll(ALICE, List.of(
                new AuditTrail.Entry(AuditEventType.VIEW_PERSON, null, AuditOutcome.OK, null, null),
                new AuditTrail.Entry(AuditEventType.VIEW_PERSON, null, "bad outcome", null, null))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(TestGraph.count("MATCH (r:AuditRecord {event: 'VIEW_PERSON'}) RETURN count(r)", Map.of())).isEqualTo(2); // none of the bad batch
        assertThat(new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY).verify().valid()).isTrue();
    }

    @Test
    void each_record_links_to_the_hash_before_it() {
        AuditRecord first = trail.append(ALICE, AuditEventType.LOGIN_SUCCESS, null, AuditOutcome.OK, null, null);
        AuditRecord second = trail.append(ALICE, AuditEventType.LOGOUT, null, AuditOutcome.OK, null, null);
        assertThat(second.seq()).isEqualTo(2);
        assertThat(second.prevHash()).isEqualTo(first.hash());
        assertThat(new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY).verify().valid()).isTrue();
    }

    @Test
    void a_scripted_session_of_n_actions_yields_exactly_n_complete_records() {
        record Step(AuditEventType event, List<AuditObject> objects, String outcome, Map<String, String> detail) {
        }
        List<Step> session = List.of(
                new Step(AuditEventType.LOGIN_SUCCESS, List.of(), AuditOutcome.OK, Map.of("method", "password+totp")),
                new Step(AuditEventType.LIST, List.of(), AuditOutcome.OK, Map.of("area", "Leeds", "level", "2")),
                new Step(AuditEventType.SEARCH, List.of(), AuditOutcome.OK, Map.of("text", "John Smith")),
                new Step(AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N1")), AuditOutcome.OK, Map.of()),
                new Step(AuditEventType.VIEW_CASE, List.of(AuditObject.mappaCase("C1")), AuditOutcome.OK, Map.of()),
                new Step(AuditEventType.NETWORK_QUERY, List.of(AuditObject.person("N1")), AuditOutcome.OK, Map.of("hops", "2")),
                new Step(AuditEventType.PATH_QUERY, List.of(AuditObject.person("N1"), AuditObject.person("N2")), AuditOutcome.OK, Map.of()),
                new Step(AuditEventType.MAP_QUERY, List.of(), AuditOutcome.OK, Map.of("bbox", "-1.6,53.7,-1.4,53.9")),
                new Step(AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N7")), AuditOutcome.DENIED, Map.of("rule", "need-to-know")),
                new Step(AuditEventType.PERMISSION_DENIED, List.of(AuditObject.person("N7")), AuditOutcome.DENIED, Map.of()),
                new Step(AuditEventType.CHANGE, List.of(AuditObject.person("N1")), AuditOutcome.OK, Map.of("field", "riskLevel")),
                new Step(AuditEventType.EXPORT, List.of(AuditObject.mappaCase("C1")), AuditOutcome.OK, Map.of("format", "pdf")),
                new Step(AuditEventType.LOGOUT, List.of(), AuditOutcome.OK, Map.of()));
        for (Step step : session) {
            clock.advance(Duration.ofSeconds(5));
            trail.append(ALICE, step.event(), step.objects(), step.outcome(), "Case review 2025-06", step.detail());
        }
        assertThat(TestGraph.count("MATCH (r:AuditRecord) RETURN count(r)", Map.of())).isEqualTo(session.size());
        assertThat(TestGraph.count("""
                MATCH (r:AuditRecord)
                WHERE r.seq IS NOT NULL AND r.at IS NOT NULL AND r.user = 'alice' AND r.agency = 'Police'
                  AND r.roles = ['OFFICER'] AND r.session = 'sess-a' AND r.ip = '10.0.0.1' AND r.event IS NOT NULL
                  AND r.objects IS NOT NULL AND r.outcome IS NOT NULL AND r.purpose = 'Case review 2025-06'
                  AND r.detail IS NOT NULL AND r.prevHash IS NOT NULL AND r.hash IS NOT NULL
                RETURN count(r)""", Map.of())).isEqualTo(session.size());
        List<AuditRecord> stored = trail.query(AUDITOR, AuditQuery.newest().withUser("alice")).records();
        List<AuditEventType> oldestFirst = new ArrayList<>(stored.stream().map(AuditRecord::event).toList());
        java.util.Collections.reverse(oldestFirst);
        assertThat(oldestFirst).containsExactlyElementsOf(session.stream().map(Step::event).toList());
        assertThat(stored.stream().map(AuditRecord::at).distinct()).hasSize(session.size());
        assertThat(new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY).verify().checked()).isEqualTo(session.size() + 1);
    }

    @Test
    void reading_the_audit_appends_an_audit_read_record_with_the_filters() {
        trail.append(ALICE, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N1")), AuditOutcome.OK, null, null);
        trail.query(AUDITOR, AuditQuery.newest().withObject(AuditObject.person("N1")).withPurpose("complaint 42"));
        AuditPage reads = trail.query(AUDITOR, AuditQuery.newest().withEvent(AuditEventType.AUDIT_READ));
        assertThat(reads.records()).hasSize(2); // the earlier read, and this one, recorded before it ran
        AuditRecord earlier = reads.records().get(1);
        assertThat(earlier.actor()).isEqualTo(AUDITOR);
        assertThat(earlier.purpose()).isEqualTo("complaint 42");
        assertThat(earlier.outcome()).isEqualTo(AuditOutcome.OK);
        assertThat(earlier.detail()).containsEntry("object", "PERSON:N1").containsEntry("page", "0").containsEntry("size", "50");
        assertThat(reads.records().get(0).detail()).containsEntry("event", "AUDIT_READ");
    }

    @Test
    void pages_come_newest_first_with_a_bounded_size() {
        for (int i = 0; i < 25; i++) {
            clock.advance(Duration.ofMinutes(1));
            trail.append(BOB, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N" + i)), AuditOutcome.OK, null, null);
        }
        AuditQuery byBob = AuditQuery.newest().withUser("bob");
        AuditPage first = trail.query(AUDITOR, byBob.withPage(0, 10));
        AuditPage second = trail.query(AUDITOR, byBob.withPage(1, 10));
        AuditPage last = trail.query(AUDITOR, byBob.withPage(2, 10));
        assertThat(first.records()).extracting(AuditRecord::seq).containsExactlyElementsOf(LongStream.rangeClosed(16, 25).map(s -> 41 - s).boxed().toList());
        assertThat(second.records()).extracting(AuditRecord::seq).containsExactlyElementsOf(LongStream.rangeClosed(6, 15).map(s -> 21 - s).boxed().toList());
        assertThat(last.records()).extracting(AuditRecord::seq).containsExactly(5L, 4L, 3L, 2L, 1L);
        assertThat(List.of(first.hasMore(), second.hasMore(), last.hasMore())).containsExactly(true, true, false);
        AuditPage everything = trail.query(AUDITOR, AuditQuery.newest().withPage(0, 3));
        assertThat(everything.records()).extracting(AuditRecord::event)
                .containsExactly(AuditEventType.AUDIT_READ, AuditEventType.AUDIT_READ, AuditEventType.AUDIT_READ);
    }

    @Test
    void filters_by_object_user_event_and_time_combine() {
        Instant t1 = clock.instant();
        trail.append(ALICE, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N1")), AuditOutcome.OK, null, null);
        clock.advance(Duration.ofHours(1));
        Instant t2 = clock.instant();
        trail.append(BOB, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N1")), AuditOutcome.OK, null, null);
        clock.advance(Duration.ofHours(1));
        Instant t3 = clock.instant();
        trail.append(BOB, AuditEventType.EXPORT, List.of(AuditObject.person("N1"), AuditObject.person("N2")), AuditOutcome.OK, null, null);
        clock.advance(Duration.ofHours(1));
        trail.append(ALICE, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N2")), AuditOutcome.DENIED, null, null);
        clock.advance(Duration.ofHours(1));

        AuditQuery q = AuditQuery.newest();
        AuditObject n1 = AuditObject.person("N1");
        assertThat(users(trail.query(AUDITOR, q.withObject(n1)))).containsExactly("bob", "bob", "alice");
        assertThat(events(trail.query(AUDITOR, q.withObject(n1).withUser("bob")))).containsExactly(AuditEventType.EXPORT, AuditEventType.VIEW_PERSON);
        assertThat(users(trail.query(AUDITOR, q.withObject(n1).withEvent(AuditEventType.VIEW_PERSON)))).containsExactly("bob", "alice");
        assertThat(users(trail.query(AUDITOR, q.withObject(n1).between(t2, t3)))).containsExactly("bob");
        assertThat(users(trail.query(AUDITOR, q.withObject(AuditObject.mappaCase("N1"))))).isEmpty();
        assertThat(events(trail.query(AUDITOR, q.withUser("alice")))).containsExactly(AuditEventType.VIEW_PERSON, AuditEventType.VIEW_PERSON);
        assertThat(events(trail.query(AUDITOR, q.withUser("alice").between(t1, t2)))).containsExactly(AuditEventType.VIEW_PERSON);
        assertThat(users(trail.query(AUDITOR, q.withEvent(AuditEventType.VIEW_PERSON)))).containsExactly("alice", "bob", "alice");
        assertThat(users(trail.query(AUDITOR, q.withEvent(AuditEventType.VIEW_PERSON).between(t2, null)))).containsExactly("alice", "bob");
        assertThat(users(trail.query(AUDITOR, q.between(t2, t3.plusMillis(1))))).containsExactly("bob", "bob");
        assertThat(users(trail.query(AUDITOR, q.between(null, t2)))).containsExactly("alice");
    }

    @Test
    void concurrent_appends_keep_one_gapless_chain() throws Exception {
        AuditTrail realTime = new AuditTrail(TestGraph.graph(), CanonicalTest.KEY);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Future<List<Long>>> workers = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            AuditActor actor = new AuditActor("user" + t, "Police", Set.of("OFFICER"), "s" + t, "10.0.1." + t);
            workers.add(pool.submit(() -> {
                List<Long> seqs = new ArrayList<>();
                for (int i = 0; i < 50; i++) {
                    seqs.add(realTime.append(actor, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N" + (i % 5))),
                            AuditOutcome.OK, null, Map.of("i", Integer.toString(i))).seq());
                }
                return seqs;
            }));
        }
        List<Long> seqs = new ArrayList<>();
        for (Future<List<Long>> worker : workers) {
            seqs.addAll(worker.get(5, TimeUnit.MINUTES));
        }
        pool.shutdown();
        assertThat(seqs).containsExactlyInAnyOrderElementsOf(LongStream.rangeClosed(1, 400).boxed().toList());
        VerificationResult result = new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY).verify();
        assertThat(result.problem()).isNull();
        assertThat(result.checked()).isEqualTo(400);
        assertThat(result.headSeq()).isEqualTo(400);
    }

    @Test
    void an_unreachable_database_refuses_with_audit_unavailable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        Config config = Config.builder().withMaxTransactionRetryTime(1, TimeUnit.SECONDS)
                .withConnectionTimeout(1, TimeUnit.SECONDS).withoutEncryption().build();
        try (Graph unreachable = new Graph(GraphDatabase.driver("bolt://127.0.0.1:" + closedPort, AuthTokens.none(), config), "neo4j")) {
            AuditTrail broken = new AuditTrail(unreachable, CanonicalTest.KEY, clock);
            assertThatThrownBy(() -> broken.append(ALICE, AuditEventType.VIEW_PERSON, List.of(AuditObject.person("N1")),
                    AuditOutcome.OK, null, null)).isInstanceOf(AuditUnavailableException.class);
            assertThatThrownBy(() -> broken.query(AUDITOR, AuditQuery.newest())).isInstanceOf(AuditUnavailableException.class);
        }
    }

    @Test
    void a_different_key_cannot_continue_the_chain() {
        trail.append(ALICE, AuditEventType.LOGIN_SUCCESS, null, AuditOutcome.OK, null, null);
        AuditTrail otherKey = new AuditTrail(TestGraph.graph(), AuditKey.of(new byte[32]), clock);
        assertThatThrownBy(() -> otherKey.append(ALICE, AuditEventType.LOGOUT, null, AuditOutcome.OK, null, null))
                .isInstanceOf(AuditUnavailableException.class).hasMessageContaining("not the key");
        assertThat(TestGraph.count("MATCH (r:AuditRecord) RETURN count(r)", Map.of())).isEqualTo(1);
    }

    @Test
    void a_missing_head_with_records_left_refuses_rather_than_fork() {
        trail.append(ALICE, AuditEventType.LOGIN_SUCCESS, null, AuditOutcome.OK, null, null);
        TestGraph.graph().write(tx -> tx.run("MATCH (h:AuditChain) DELETE h").consume());
        assertThatThrownBy(() -> trail.append(ALICE, AuditEventType.LOGOUT, null, AuditOutcome.OK, null, null))
                .isInstanceOf(AuditUnavailableException.class);
        assertThat(TestGraph.count("MATCH (r:AuditRecord) RETURN count(r)", Map.of())).isEqualTo(1);
    }

    @Test
    void long_texts_are_cut_and_the_cut_text_is_what_is_hashed() {
        String search = "x".repeat(AuditTrail.MAX_TEXT + 10);
        AuditRecord written = trail.append(ALICE, AuditEventType.SEARCH, null, AuditOutcome.OK, search, Map.of("text", search));
        assertThat(written.purpose()).hasSize(AuditTrail.MAX_TEXT);
        assertThat(written.detail().get("text")).hasSize(AuditTrail.MAX_TEXT);
        assertThat(new AuditVerifier(TestGraph.graph(), CanonicalTest.KEY).verify().valid()).isTrue();
    }

    private static List<String> users(AuditPage page) {
        return page.records().stream().filter(r -> r.event() != AuditEventType.AUDIT_READ).map(r -> r.actor().username()).toList();
    }

    private static List<AuditEventType> events(AuditPage page) {
        return page.records().stream().map(AuditRecord::event).filter(e -> e != AuditEventType.AUDIT_READ).toList();
    }
}
