package uk.vigil.nominal;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import uk.vigil.access.RecordAccess;
import uk.vigil.access.Viewer;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.CypherFiles;
import uk.vigil.database.Graph;

/** The nominal list and profile. Every read goes through {@link RecordAccess}. */
public final class NominalService {
    private final Graph graph;
    private final RecordAccess access;

    public NominalService(Graph graph, RecordAccess access) {
        this.graph = graph;
        this.access = access;
    }

    public NominalPage list(Viewer viewer, NominalQuery q) {
        Map<String, Object> params = RecordAccess.scope(viewer);
        params.put("area", q.area());
        params.put("category", q.category());
        params.put("level", q.level());
        params.put("rosh", q.rosh());
        params.put("name", q.name());
        params.put("sort", q.sort());
        params.put("dir", q.dir());
        params.put("skip", (long) q.page() * q.size());
        params.put("size", q.size());
        return access.readList(viewer, "NOMINALS", filters(q), () -> graph.read(tx -> {
            Record r = tx.run(CypherFiles.query(needsEnrichmentFirst(q) ? "nominal/list" : "nominal/list-by-record"), params)
                    .single();
            List<Map<String, Object>> items = new ArrayList<>();
            for (Value item : r.get("items").values()) {
                Map<String, Object> row = new LinkedHashMap<>(item.asMap());
                row.put("age", age(row.get("dob")));
                items.add(row);
            }
            return new NominalPage(items, r.get("total").asLong(), q.page(), q.size());
        }));
    }

    /** Sorting or filtering by RoSH or town needs them for every row; otherwise only the page's rows need them. */
    private static boolean needsEnrichmentFirst(NominalQuery q) {
        return q.rosh() != null || q.sort().equals("rosh") || q.sort().equals("town");
    }

    public NominalProfile profile(Viewer viewer, String id, String purpose) {
        return access.readPerson(viewer, id, purpose, rights -> graph.read(tx -> {
            Map<String, Object> params = RecordAccess.scope(viewer);
            params.put("id", id);
            params.put("victimDetails", rights.victimDetails());
            var rows = tx.run(CypherFiles.query("nominal/profile"), params).list();
            if (rows.isEmpty()) {
                throw new NotFoundException("No nominal with id " + id);
            }
            Record r = rows.get(0);
            Map<String, Object> identity = new LinkedHashMap<>(r.get("identity").asMap());
            identity.put("age", age(identity.get("dob")));
            List<Map<String, Object>> cases = maps(r, "cases");
            return DutyToCooperateFields.apply(viewer, new NominalProfile(identity, maps(r, "aliases"), maps(r, "addresses"), maps(r, "vehicles"),
                    maps(r, "devices"), maps(r, "accounts"), maps(r, "orders"), maps(r, "risk"),
                    cases.isEmpty() ? null : cases.get(0), cases.size() > 1 ? cases.subList(1, cases.size()) : List.of(),
                    maps(r, "convictions"), maps(r, "custody"), maps(r, "linkedPeople"), maps(r, "officers"),
                    maps(r, "intelligence")));
        }));
    }

    private static List<Map<String, Object>> maps(Record r, String key) {
        return r.get(key).asList(Value::asMap);
    }

    private static Integer age(Object dob) {
        return dob instanceof LocalDate d ? Period.between(d, LocalDate.now()).getYears() : null;
    }

    private static Map<String, String> filters(NominalQuery q) {
        Map<String, String> f = new LinkedHashMap<>();
        f.put("area", q.area());
        if (q.category() != null) f.put("category", q.category().toString());
        if (q.level() != null) f.put("level", q.level().toString());
        if (q.rosh() != null) f.put("rosh", q.rosh());
        if (q.name() != null) f.put("name", q.name());
        return f;
    }
}
