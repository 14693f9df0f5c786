package uk.vigil.conflict;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.IntConsumer;
import java.util.function.Supplier;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/**
 * Finds and stores conflicts for a set of nominals: reads their facts (point-index pre-filter in
 * Cypher), decides the rules in Java, writes the findings and resolves what no longer holds, one
 * batch of nominals per transaction (a batch is written whole or not at all).
 */
public final class ConflictEngine {
    static final int BATCH = 250;
    /** At most this many of a nominal's tag positions are read (a week at one a minute is 10,080). */
    static final int MONITOR_LIMIT = 20_000;
    private final Graph graph;
    private final Clock clock;
    private final ConflictSettings settings;
    private final ConflictRules rules;
    private int rsoHomesAbove = BATCH;
    private final int workers;

    public ConflictEngine(Graph graph, Clock clock, ConflictSettings settings) {
        this.graph = graph;
        this.clock = clock;
        this.settings = settings;
        this.rules = new ConflictRules(settings);
        this.workers = settings.scanWorkers();
    }

    /** Recomputes of more nominals than this read rule 5's RSO homes once ({@link RsoHomes}); for measuring. */
    void rsoHomesAbove(int nominals) {
        this.rsoHomesAbove = nominals;
    }

    public ConflictSettings settings() {
        return settings;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** What the rules find for these nominals on {@code asOf}, without storing anything. */
    public List<Finding> find(Collection<String> nominals, LocalDate asOf) {
        List<Finding> out = new ArrayList<>();
        for (NominalFacts f : facts(List.copyOf(nominals), asOf)) {
            out.addAll(rules.evaluate(f));
        }
        return out;
    }

    List<NominalFacts> facts(List<String> ids, LocalDate asOf) {
        return facts(ids, asOf, List.of(), false);
    }

    /** Facts with extra addresses to check (vetting), or only those. */
    List<NominalFacts> facts(List<String> ids, LocalDate asOf, List<Map<String, Object>> extra, boolean onlyExtra) {
        Map<String, Object> p = factsParams(ids, asOf, extra, onlyExtra, false);
        return graph.read(tx -> tx.run(CypherFiles.query("conflict/facts"), p).list(r -> NominalFacts.of(r.asMap())));
    }

    /** The parameters of conflict/facts.cypher (also for profiling it: VetProfile). */
    Map<String, Object> factsParams(List<String> ids, LocalDate asOf, List<Map<String, Object>> extra, boolean onlyExtra,
                                    boolean rsosGiven) {
        Map<String, Object> p = new HashMap<>();
        p.put("extra", extra);
        p.put("onlyExtra", onlyExtra);
        p.put("ids", ids);
        p.put("asOf", asOf);
        p.put("places", settings.sensitiveSearchM());
        p.put("sensitiveDefaultM", settings.sensitiveDistanceM());
        // a pre-filter on the point index's distance; the rule decides on the geodesic one
        p.put("concentrationM", settings.concentrationRadiusM() * 1.02);
        p.put("concentrationExempt", settings.concentrationExempt());
        p.put("notHouseholds", settings.notHouseholds());
        p.put("intelSince", asOf.minusDays(settings.intelligenceDays()));
        // the tag's positions of the last monitoringDays days, to the end of asOf (local days); none when 0
        p.put("monitorFrom", asOf.plusDays(1 - settings.monitoringDays()).atStartOfDay(ConflictRules.LOCAL).withZoneSameInstant(ZoneOffset.UTC));
        p.put("monitorTo", asOf.plusDays(1).atStartOfDay(ConflictRules.LOCAL).withZoneSameInstant(ZoneOffset.UTC));
        p.put("monitorLimit", MONITOR_LIMIT);
        p.put("rsosGiven", rsosGiven);
        return p;
    }

    /** Rule 5's candidates for each home or proposed home of an RSO, as facts.cypher would give them. */
    private NominalFacts withNearbyRsos(NominalFacts f, RsoHomes rsoHomes) {
        if (!f.rso()) {
            return f;
        }
        List<NominalFacts.NearbyRso> nearby = new ArrayList<>();
        for (NominalFacts.Place a : f.addresses()) {
            if (ConflictRules.RESIDENCE.contains(a.relation()) && a.kind() != null
                    && !settings.concentrationExempt().contains(a.kind())) {
                nearby.addAll(rsoHomes.near(f.id(), a, settings.concentrationRadiusM()));
            }
        }
        return f.withNearbyRsos(nearby);
    }

    /** What the rules find for one nominal at one (proposed) address only: vetting. */
    public List<Finding> vet(String nominal, Map<String, Object> address, LocalDate asOf) {
        List<Finding> out = new ArrayList<>();
        List<NominalFacts> facts = facts(List.of(nominal), asOf, List.of(address), true);
        facts.forEach(f -> out.addAll(rules.evaluate(f.addressesOnly())));
        return out;
    }

    /** The facts of one nominal for vetting (victims' homes, for the nearby list). */
    public Optional<NominalFacts> vettingFacts(String nominal, Map<String, Object> address, LocalDate asOf) {
        return facts(List.of(nominal), asOf, List.of(address), true).stream().findFirst();
    }

    /**
     * Recomputes and stores the conflicts of these nominals, in batches; {@code progress} hears how
     * many are done after each batch. Batches run on {@link #workers} threads: each reads, decides
     * and writes its own nominals in its own transaction, so a failed batch leaves the others whole
     * (a deadlock on a shared record is retried by the driver's managed transaction). A conflict found
     * again unchanged gets this {@code asOf} ({@code conflict/checked}).
     */
    public Recompute recompute(List<String> nominals, LocalDate asOf, IntConsumer progress) {
        return recompute(nominals, asOf, progress, true);
    }

    public Recompute recompute(List<String> nominals, LocalDate asOf) {
        return recompute(nominals, asOf, done -> { });
    }

    /**
     * A recompute that leaves a conflict found again unchanged as it is stored: the area scan confirms
     * them all at once when it finishes ({@link #scanArea}), instead of writing each one.
     */
    Recompute scan(List<String> nominals, LocalDate asOf, IntConsumer progress) {
        return recompute(nominals, asOf, progress, false);
    }

    private Recompute recompute(List<String> nominals, LocalDate asOf, IntConsumer progress, boolean confirmUnchanged) {
        long start = System.nanoTime();
        // More than one batch (an area scan, a big import): read the RSO homes around them once.
        RsoHomes rsoHomes = nominals.size() > rsoHomesAbove ? RsoHomes.around(graph, nominals, asOf,
                settings.concentrationRadiusM(), settings.concentrationExempt()) : null;
        List<List<String>> batches = new ArrayList<>();
        for (int i = 0; i < nominals.size(); i += BATCH) {
            batches.add(nominals.subList(i, Math.min(nominals.size(), i + BATCH)));
        }
        Recompute total = new Recompute(0, 0, 0, 0);
        int threads = Math.min(workers, batches.size());
        if (threads <= 1) {
            for (List<String> b : batches) {
                total = total.plus(batch(b, asOf, rsoHomes, confirmUnchanged));
                progress.accept(total.nominals());
            }
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(r, "conflict-recompute");
                t.setDaemon(true);
                return t;
            });
            try {
                CompletionService<Recompute> done = new ExecutorCompletionService<>(pool);
                for (List<String> b : batches) {
                    done.submit(() -> batch(b, asOf, rsoHomes, confirmUnchanged));
                }
                for (int i = 0; i < batches.size(); i++) {
                    total = total.plus(done.take().get());
                    progress.accept(total.nominals());
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted during a conflict recompute", e);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
            } finally {
                pool.shutdownNow();
            }
        }
        return new Recompute(total.nominals(), total.found(), total.resolved(), (System.nanoTime() - start) / 1_000_000);
    }

    private record Read(List<NominalFacts> facts, Map<String, String> open) {
    }

    /**
     * One batch: its facts and its open conflicts' fingerprints in one read; then, only if something
     * differs, one write of what changed. A rescan mostly finds the same conflicts, and rewriting each
     * (with its involved records), or even touching it, was most of a scan's time.
     */
    private Recompute batch(List<String> ids, LocalDate asOf, RsoHomes rsoHomes, boolean confirmUnchanged) {
        long start = System.nanoTime();
        Map<String, Object> factsParams = factsParams(ids, asOf, List.of(), false, rsoHomes != null);
        Read read = graph.read(tx -> {
            List<NominalFacts> facts = tx.run(CypherFiles.query("conflict/facts"), factsParams).list(r -> NominalFacts.of(r.asMap()));
            Map<String, String> open = new HashMap<>();
            tx.run(CypherFiles.query("conflict/open-fingerprints"), Map.of("nominals", ids))
                    .forEachRemaining(r -> open.put(r.get("id").asString(), r.get("fingerprint").asString(null)));
            return new Read(facts, open);
        });
        List<Finding> found = new ArrayList<>();
        for (NominalFacts f : read.facts()) {
            found.addAll(rules.evaluate(rsoHomes == null ? f : withNearbyRsos(f, rsoHomes)));
        }
        List<Map<String, Object>> changed = new ArrayList<>();
        List<String> unchanged = new ArrayList<>();
        Set<String> gone = new HashSet<>(read.open().keySet());
        for (Finding f : found) {
            gone.remove(f.id());
            if (f.fingerprint().equals(read.open().get(f.id()))) {
                unchanged.add(f.id());
            } else {
                changed.add(row(f));
            }
        }
        if (changed.isEmpty() && gone.isEmpty() && (!confirmUnchanged || unchanged.isEmpty())) {
            return new Recompute(ids.size(), found.size(), 0, (System.nanoTime() - start) / 1_000_000);
        }
        ZonedDateTime now = ZonedDateTime.now(clock);
        long resolved = graph.write(tx -> {
            Map<String, Object> p = new HashMap<>();
            p.put("findings", changed);
            p.put("ids", confirmUnchanged ? unchanged : List.of());
            p.put("resolve", List.copyOf(gone));
            p.put("asOf", asOf);
            p.put("now", now);
            tx.run(CypherFiles.query("conflict/store"), p).consume();
            tx.run(CypherFiles.query("conflict/checked"), p).consume();
            return tx.run(CypherFiles.query("conflict/resolve"), p).single().get("resolved").asLong();
        });
        return new Recompute(ids.size(), found.size(), (int) resolved, (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * A whole-area scan: every nominal with an active case recomputed, the conflicts of the rest
     * resolved, and the area marked as scanned for today, which confirms every conflict still open in it.
     */
    public Recompute scanArea(String area, IntConsumer total, IntConsumer done) {
        List<String> nominals = areaNominals(area);
        total.accept(nominals.size());
        LocalDate asOf = today();
        Recompute r = scan(nominals, asOf, done);
        int rest = finishScan(area, nominals, asOf);
        return new Recompute(r.nominals(), r.found(), r.resolved() + rest, r.millis());
    }

    /** Every area (scans after an import cover them all). */
    public List<String> areas() {
        return graph.read(tx -> tx.run(CypherFiles.query("conflict/areas")).list(r -> r.get("id").asString()));
    }

    /**
     * The end of a whole-area scan, in one transaction: resolves the open conflicts of the area whose
     * nominal the scan no longer covers, and records that the area was scanned for {@code asOf}.
     */
    int finishScan(String area, List<String> scanned, LocalDate asOf) {
        Map<String, Object> p = new HashMap<>();
        p.put("area", area);
        p.put("scanned", scanned);
        p.put("asOf", asOf);
        p.put("now", ZonedDateTime.now(clock));
        return graph.write(tx -> {
            int resolved = tx.run(CypherFiles.query("conflict/resolve-area-rest"), p).single().get("resolved").asInt();
            tx.run(CypherFiles.query("conflict/area-scanned"), p).consume();
            return resolved;
        });
    }

    /** The nominals with an active case in an area. */
    public List<String> areaNominals(String area) {
        return graph.read(tx -> tx.run(CypherFiles.query("conflict/area-nominals"), Map.of("area", area))
                .list(r -> r.get("id").asString()));
    }

    /**
     * The nominals whose findings a change of these records can alter, as the records stand now
     * (docs/geo.md, "Always current"; rule by rule in conflict/affected.cypher).
     */
    public List<String> affected(Changes changes) {
        Map<String, Object> p = new HashMap<>();
        p.put("addresses", changes.addresses());
        p.put("zones", changes.zones());
        p.put("conditions", changes.conditions());
        p.put("people", changes.people());
        p.put("places", changes.places());
        p.put("asOf", today());
        // point-index pre-filters (spherical) with the margin facts.cypher uses; wider is only slower
        p.put("concentrationM", settings.concentrationRadiusM() * 1.02);
        p.put("concentrationExempt", settings.concentrationExempt());
        p.put("sensitiveDefaultM", settings.sensitiveDistanceM());
        p.put("sensitiveMaxM", settings.sensitiveSearchM());
        return graph.read(tx -> tx.run(CypherFiles.query("conflict/affected"), p).list(r -> r.get("id").asString()));
    }

    /**
     * Recomputes everyone a change affects, as the records stand now. A change that moves things
     * (an address, a zone to another condition) should go through {@link #changing}: this sees only
     * the new neighbourhood.
     */
    public Recompute changed(Changes changes) {
        return recompute(affected(changes), today());
    }

    /** What a write did, who it affected (before and after) and their recompute. */
    public record Changed<T>(T result, List<String> nominals, Recompute recompute) {
    }

    /**
     * Runs {@code write}, which changes these records, and recomputes the nominals affected before it
     * (the old neighbourhood: an RSO who moved away no longer counts for his old neighbours) as well as
     * after it. If the write throws, nothing is recomputed.
     */
    public <T> Changed<T> changing(Changes changes, Supplier<T> write) {
        Set<String> nominals = new LinkedHashSet<>(affected(changes));
        T result = write.get();
        nominals.addAll(affected(changes));
        List<String> ids = List.copyOf(nominals);
        return new Changed<>(result, ids, recompute(ids, today()));
    }

    private static Map<String, Object> row(Finding f) {
        Map<String, Object> m = new HashMap<>();
        m.put("id", f.id());
        m.put("rule", f.rule().name());
        m.put("nominal", f.nominal());
        m.put("area", f.area());
        m.put("relation", f.relation());
        m.put("distanceM", f.metres());
        m.put("summary", f.summary());
        m.put("involves", f.involves().stream().map(Finding.Involved::cypher).toList());
        m.put("fingerprint", f.fingerprint());
        return m;
    }
}
