package uk.vigil.importer;

import io.javalin.config.JavalinConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import uk.vigil.access.AuditSink;
import uk.vigil.auth.Role;
import uk.vigil.common.InvalidRequestException;
import uk.vigil.common.NotFoundException;
import uk.vigil.database.Graph;
import uk.vigil.web.RequestViewer;
import uk.vigil.web.Rule;
import uk.vigil.web.WebApp;

/**
 * {@code POST /api/admin/imports {"folder": "name"}}: administrators load a dataset folder that was
 * placed under {@code <VIGIL_DATA_DIR>/imports/} (never an arbitrary path), and get the report
 * back with the first rejects and their reasons. Audited as IMPORT.
 */
public final class ImportRoutes implements WebApp.Routes {
    static final int REJECTS_SHOWN = 200;
    private final Graph graph;
    private final Path importsDir;
    private final AuditSink audit;
    private final Runnable afterImport;

    public ImportRoutes(Graph graph, Path importsDir, AuditSink audit) {
        this(graph, importsDir, audit, () -> { });
    }

    /** {@code afterImport} runs once a load has written rows (conflict scans, docs/geo.md). */
    public ImportRoutes(Graph graph, Path importsDir, AuditSink audit, Runnable afterImport) {
        this.graph = graph;
        this.importsDir = importsDir.toAbsolutePath().normalize();
        this.audit = audit;
        this.afterImport = afterImport;
    }

    record Request(String folder) {
    }

    @Override
    public void accept(JavalinConfig config) {
        config.routes.post("/api/admin/imports", this::load, Rule.roles(Role.ADMINISTRATOR));
    }

    private void load(Context ctx) throws IOException {
        Request request;
        try {
            request = ctx.bodyAsClass(Request.class);
        } catch (RuntimeException e) {
            throw new InvalidRequestException("Send {\"folder\": \"name\"}: a folder under the imports directory");
        }
        String folder = request == null ? null : request.folder();
        if (folder == null || !folder.matches("[A-Za-z0-9._-]{1,100}") || folder.startsWith(".")) {
            throw new InvalidRequestException("folder must be a plain folder name (letters, digits, . _ -) under the imports directory");
        }
        Path dir = importsDir.resolve(folder).normalize();
        if (!dir.startsWith(importsDir) || !Files.isDirectory(dir)) {
            throw new NotFoundException("No import folder named " + folder);
        }
        var viewer = RequestViewer.of(ctx);
        audit.record(viewer, "IMPORT", List.of(), "STARTED", null, Map.of("folder", folder));
        ImportReport report = new Importer(graph, ImportOptions.defaults().withRejectsDir(dir)).run(dir, line -> { });
        audit.record(viewer, "IMPORT", List.of(), report.hasRejects() ? "REJECTS" : "OK", null,
                Map.of("folder", folder, "rowsWritten", String.valueOf(report.rowsWritten()),
                        "rowsRejected", String.valueOf(report.rowsRejected())));
        if (report.rowsWritten() > 0) {
            afterImport.run();
        }
        ctx.json(summary(report));
    }

    private static Map<String, Object> summary(ImportReport report) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("rowsRead", report.rowsRead());
        body.put("rowsWritten", report.rowsWritten());
        body.put("rowsRejected", report.rowsRejected());
        body.put("rejectLines", report.rejectLines());
        body.put("seconds", report.elapsed().toMillis() / 1000.0);
        List<Map<String, Object>> files = new ArrayList<>();
        for (FileReport f : report.files()) {
            files.add(Map.of("file", f.file(), "rowsRead", f.rowsRead(), "rowsWritten", f.rowsWritten(),
                    "rowsRejected", f.rowsRejected()));
        }
        body.put("files", files);
        body.put("rejects", rejects(report.rejectsFile()));
        return body;
    }

    /** The first rejects, as the report file has them: file, line, id, field, reason. */
    private static List<Map<String, String>> rejects(Path file) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        if (file == null || !Files.exists(file)) {
            return rows;
        }
        try (Reader in = Files.newBufferedReader(file)) {
            for (CSVRecord r : CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in)) {
                if (rows.size() == REJECTS_SHOWN) {
                    break;
                }
                rows.add(r.toMap());
            }
        }
        return rows;
    }
}
