package uk.vigil.briefing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Lays a {@link MeetingPack} out as an A4 PDF with Apache PDFBox: a cover page (the meeting and one
 * line per case), then each case from a new page. Every page carries OFFICIAL-SENSITIVE in its
 * header and footer, with the page number and who generated it when. Standard fonts only (nothing
 * to install); characters they cannot draw are written without accents or as "?".
 */
final class PackPdf {
    static final String MARKING = "OFFICIAL-SENSITIVE";
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - 70;
    private static final float BOTTOM = 70;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    private final PDDocument doc = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream out;
    private float y;
    private boolean redNow;

    private PackPdf() {
    }

    static byte[] render(MeetingPack pack) {
        PackPdf pdf = new PackPdf();
        try {
            return pdf.write(pack);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(MeetingPack pack) throws IOException {
        try (doc) {
            Map<String, Object> m = pack.meeting();
            String title = "Briefing pack: level " + m.get("level") + " MAPPA meeting " + m.get("id") + ", " + m.get("date");
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setTitle(title);
            info.setSubject(MARKING);
            info.setAuthor(pack.generatedBy());
            info.setCreator("Vigil");
            newPage();
            text(bold, 16, title);
            text(regular, 10, "Chair: " + nz(pack.chair()) + ". Area: " + m.get("area") + ". Status: " + m.get("status") + ".");
            text(regular, 10, "Generated " + STAMP.format(pack.generatedAt()) + " by " + pack.generatedBy()
                    + ". Handle as " + MARKING + ": share only with those who need it for this meeting.");
            gap();
            if (!pack.cover().isEmpty()) {
                text(bold, 13, "Cover summary: " + pack.cover().size() + " case" + (pack.cover().size() == 1 ? "" : "s"));
                for (Map<String, Object> line : pack.cover()) {
                    List<String> alerts = new ArrayList<>();
                    count(alerts, line.get("overdueActions"), "overdue action");
                    count(alerts, line.get("openConflicts"), "open conflict");
                    count(alerts, line.get("disclosureReviewsDue"), "disclosure review due");
                    Object empty = line.get("emptyPillars");
                    if (empty instanceof List<?> l && !l.isEmpty()) {
                        alerts.add("empty pillar: " + String.join(", ", l.stream().map(Object::toString).toList()));
                    }
                    if (Boolean.TRUE.equals(line.get("homeVisitsBelowMinimum"))) {
                        alerts.add("home visits below minimum");
                    }
                    text(bold, 10, line.get("caseId") + "  " + line.get("name") + "  (category " + line.get("category")
                            + ", level " + line.get("level") + ", RoSH " + nz(line.get("rosh")) + ")");
                    if (!alerts.isEmpty()) {
                        red();
                        text(regular, 10, "    " + String.join("; ", alerts));
                        black();
                    }
                }
            }
            for (CasePack c : pack.cases()) {
                newPage();
                casePage(c);
            }
            markEveryPage(pack);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.close();
            out = null;
            doc.save(bytes);
            return bytes.toByteArray();
        } finally {
            if (out != null) {
                out.close();
            }
        }
    }

    private void casePage(CasePack c) throws IOException {
        Map<String, Object> id = c.identity();
        Map<String, Object> mc = c.mappaCase();
        text(bold, 15, id.get("forename") + " " + String.valueOf(id.get("surname")).toUpperCase() + "  (" + mc.get("id") + ")");
        text(regular, 10, "Born " + nz(id.get("dob")) + ". Sex " + nz(id.get("sex")) + ". PNC " + nz(id.get("pncId"))
                + ". CRN " + nz(id.get("crn")) + ". ViSOR " + nz(id.get("visorRef")) + ".");
        text(regular, 10, "Category " + mc.get("category") + ", level " + mc.get("level") + ". Lead agency "
                + nz(mc.get("leadAgency")) + ". Referred " + nz(mc.get("referralDate")) + ". Last review "
                + nz(c.lastReview()) + " (new since " + nz(c.since()) + ").");
        if (!c.withheld().isEmpty()) {
            text(regular, 9, "Not shared with your agency: " + String.join(", ", c.withheld()) + ".");
        }
        section("Level history");
        for (Map<String, Object> lp : c.levelHistory()) {
            text(regular, 10, "Level " + lp.get("level") + " (category " + lp.get("category") + ") from " + lp.get("from")
                    + (lp.get("to") == null ? "" : " to " + lp.get("to")) + ". " + nz(lp.get("reason")));
        }
        section("Risk");
        text(regular, 10, c.rosh() == null ? "No RoSH assessment." : "RoSH " + c.rosh().get("level") + " (" + c.rosh().get("date") + ")"
                + (c.rosh().get("previous") == null ? "" : ", previously " + c.rosh().get("previous")));
        for (Map<String, Object> a : c.assessments()) {
            if (!"ROSH".equals(a.get("tool"))) {
                text(regular, 10, a.get("tool") + " " + a.get("date") + ": " + nz(a.get("level"))
                        + (a.get("score") == null ? "" : " (score " + a.get("score") + ")")
                        + (a.get("notes") == null ? "" : ". " + a.get("notes")));
            }
        }
        section("Orders and conditions in force");
        empty(c.orders(), "None in force.");
        for (Map<String, Object> o : c.orders()) {
            text(bold, 10, o.get("type") + " from " + o.get("from") + (o.get("to") == null ? ", no end date"
                    : ", expires " + o.get("to") + " (" + o.get("daysToExpiry") + " days)")
                    + (Boolean.TRUE.equals(o.get("foreignTravelRestriction")) ? ", foreign travel restricted" : ""));
            for (Object cd : (List<?>) o.get("conditions")) {
                Map<?, ?> cond = (Map<?, ?>) cd;
                text(regular, 10, "    " + cond.get("type") + ": " + nz(cond.get("wording")));
            }
        }
        section("Victims and victim safety");
        empty(c.victims(), "No victims or protected people recorded.");
        for (Map<String, Object> v : c.victims()) {
            String who = Boolean.TRUE.equals(v.get("redacted")) ? (Boolean.TRUE.equals(v.get("child")) ? "A child" : "A victim")
                    + " (identity withheld)" : v.get("forename") + " " + v.get("surname")
                    + (Boolean.TRUE.equals(v.get("vulnerable")) ? ", vulnerable" : "")
                    + (Boolean.TRUE.equals(v.get("contactScheme")) ? ", in the victim contact scheme" : "");
            List<?> by = (List<?>) v.get("protectedBy");
            text(regular, 10, who + ". Protected by: " + (by == null || by.isEmpty() ? "no condition in force" : join(by))
                    + ". Open conflicts: " + v.get("openConflicts") + ".");
        }
        if (c.plan() != null) {
            Object vs = c.plan().get("victimSafety");
            text(regular, 10, "Victim safety plan: " + (vs == null || vs.toString().isBlank() ? "EMPTY" : vs));
        }
        section("Open conflicts");
        empty(c.conflicts(), "None open.");
        for (Map<String, Object> cf : c.conflicts()) {
            if (Boolean.TRUE.equals(cf.get("isNew"))) {
                red();
            }
            text(regular, 10, cf.get("rule") + " since " + cf.get("firstSeen") + (Boolean.TRUE.equals(cf.get("isNew")) ? " (NEW)" : "")
                    + ": " + nz(cf.get("summary")) + (cf.get("distanceM") == null ? "" : " (" + cf.get("distanceM") + " m)"));
            black();
        }
        section("New intelligence since the last review");
        empty(c.intelligence(), c.withheld().contains("intelligence") ? "Not shared with your agency." : "None.");
        for (Map<String, Object> i : c.intelligence()) {
            List<String> flags = new ArrayList<>();
            if (Boolean.TRUE.equals(i.get("crimeIncident"))) flags.add("crime incident");
            if (Boolean.TRUE.equals(i.get("domesticViolence"))) flags.add("domestic violence");
            if (Boolean.TRUE.equals(i.get("childPresent"))) flags.add("child present");
            if (Boolean.TRUE.equals(i.get("vulnerablePerson"))) flags.add("vulnerable person");
            text(regular, 10, i.get("date") + " " + i.get("sourceType") + " " + nz(i.get("sourceEval")) + nz(i.get("intelEval"))
                    + nz(i.get("handling")) + (flags.isEmpty() ? "" : " [" + String.join(", ", flags) + "]") + ": " + i.get("text"));
        }
        section("Events since the last review");
        empty(c.events(), c.withheld().contains("events") ? "Not shared with your agency." : "None.");
        for (Map<String, Object> e : c.events()) {
            text(regular, 10, e.get("date") + " " + e.get("type") + (e.get("breachOf") == null ? "" : " (" + e.get("breachOf") + ")")
                    + (e.get("outcome") == null ? "" : ": " + e.get("outcome")) + (e.get("notes") == null ? "" : ". " + e.get("notes")));
        }
        section("Last meeting's decisions");
        if (c.lastMeeting() == null) {
            text(regular, 10, "No earlier decisions.");
        } else {
            text(regular, 10, "Meeting " + c.lastMeeting().get("meeting") + " on " + c.lastMeeting().get("date") + ":");
            for (Object d : (List<?>) c.lastMeeting().get("decisions")) {
                Map<?, ?> dec = (Map<?, ?>) d;
                text(regular, 10, "    " + dec.get("decision") + ". Reason: " + dec.get("reason"));
            }
        }
        section("Actions");
        empty(c.actions(), "No actions.");
        for (Map<String, Object> a : c.actions()) {
            boolean overdue = Boolean.TRUE.equals(a.get("overdue"));
            if (overdue) {
                red();
            }
            text(overdue ? bold : regular, 10, (overdue ? "OVERDUE " : "") + a.get("status") + " due " + a.get("dueDate") + ": "
                    + a.get("description") + " (owner " + nz(a.get("owner")) + ", " + nz(a.get("agency")) + ")"
                    + (a.get("doneDate") == null ? "" : ", done " + a.get("doneDate")));
            black();
        }
        section("Risk management plan");
        if (c.plan() == null) {
            red();
            text(bold, 10, "No risk management plan recorded.");
            black();
        } else {
            text(regular, 10, "Plan of " + c.plan().get("date") + ":");
            pillar("Supervision", c.plan().get("supervision"));
            pillar("Monitoring and control", c.plan().get("monitoringControl"));
            pillar("Interventions and treatment", c.plan().get("interventions"));
            pillar("Victim safety planning", c.plan().get("victimSafety"));
        }
        section("Disclosure decisions");
        empty(c.disclosures(), "None recorded.");
        for (Map<String, Object> d : c.disclosures()) {
            boolean due = Boolean.TRUE.equals(d.get("reviewDue"));
            if (due) {
                red();
            }
            text(regular, 10, d.get("date") + ": " + (Boolean.TRUE.equals(d.get("disclose")) ? "disclose to " : "do not disclose to ")
                    + nz(d.get("recipient")) + " (" + nz(d.get("what")) + "). Why: " + d.get("reason") + ". Review "
                    + nz(d.get("reviewDate")) + (due ? " - REVIEW DUE" : ""));
            black();
        }
        section("Home visits");
        Map<String, Object> hv = c.homeVisits();
        boolean below = Boolean.TRUE.equals(hv.get("belowMinimum"));
        if (below) {
            red();
        }
        text(regular, 10, hv.get("lastYear") + " in the last 12 months against a minimum of " + nz(hv.get("minimumPerYear"))
                + " a year for RoSH " + nz(hv.get("rosh")) + (below ? " - BELOW MINIMUM" : "") + ". Last visit " + nz(hv.get("lastVisit")) + ".");
        black();
    }

    private void pillar(String name, Object value) throws IOException {
        if (value == null || value.toString().isBlank()) {
            red();
            text(bold, 10, "    " + name + ": EMPTY - this pillar has no plan");
            black();
        } else {
            text(regular, 10, "    " + name + ": " + value);
        }
    }

    private void section(String name) throws IOException {
        y -= 6;
        text(bold, 12, name);
    }

    private void empty(List<?> list, String message) throws IOException {
        if (list.isEmpty()) {
            text(regular, 10, message);
        }
    }

    private void gap() {
        y -= 8;
    }

    private void red() throws IOException {
        redNow = true;
        out.setNonStrokingColor(0.7f, 0f, 0f);
    }

    private void black() throws IOException {
        redNow = false;
        out.setNonStrokingColor(0f, 0f, 0f);
    }

    /** Writes a paragraph, wrapped to the page width, continuing on a new page when this one is full. */
    private void text(PDType1Font font, float size, String raw) throws IOException {
        float leading = size * 1.35f;
        for (String line : wrap(font, size, safe(raw))) {
            if (y - leading < BOTTOM) {
                newPage();
            }
            y -= leading;
            out.beginText();
            out.setFont(font, size);
            out.newLineAtOffset(MARGIN, y);
            out.showText(line);
            out.endText();
        }
    }

    private List<String> wrap(PDType1Font font, float size, String text) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        String indent = text.startsWith("    ") ? "    " : "";
        for (String word : text.strip().split(" +")) {
            String candidate = line.isEmpty() ? indent + word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > WIDTH && !line.isEmpty()) {
                lines.add(line.toString());
                line = new StringBuilder(indent + "  " + word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void newPage() throws IOException {
        if (out != null) {
            out.close();
        }
        PDPage page = new PDPage(PDRectangle.A4);
        doc.addPage(page);
        out = new PDPageContentStream(doc, page);
        y = TOP;
        if (redNow) {
            out.setNonStrokingColor(0.7f, 0f, 0f);
        }
    }

    /** Header and footer on every page: the marking, the meeting, who generated it, page x of n. */
    private void markEveryPage(MeetingPack pack) throws IOException {
        out.close();
        out = null;
        int n = doc.getNumberOfPages();
        for (int i = 0; i < n; i++) {
            PDPage page = doc.getPage(i);
            try (PDPageContentStream s = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.APPEND, true, true)) {
                float w = page.getMediaBox().getWidth();
                float h = page.getMediaBox().getHeight();
                centred(s, bold, 11, MARKING, w, h - 35);
                centred(s, bold, 11, MARKING, w, 35);
                s.beginText();
                s.setFont(regular, 8);
                s.newLineAtOffset(MARGIN, 22);
                s.showText(safe("Vigil briefing pack " + pack.meeting().get("id") + " - generated " + STAMP.format(pack.generatedAt())
                        + " by " + pack.generatedBy() + " - page " + (i + 1) + " of " + n));
                s.endText();
            }
        }
        out = new PDPageContentStream(doc, doc.getPage(n - 1), PDPageContentStream.AppendMode.APPEND, true, true);
    }

    private static void centred(PDPageContentStream s, PDType1Font font, float size, String text, float pageWidth, float at)
            throws IOException {
        float width = font.getStringWidth(text) / 1000 * size;
        s.beginText();
        s.setFont(font, size);
        s.newLineAtOffset((pageWidth - width) / 2, at);
        s.showText(text);
        s.endText();
    }

    /** What the standard fonts (WinAnsi) can draw: accents dropped where they cannot, anything else "?". */
    static String safe(String text) {
        String t = text.replace('\u2018', '\'').replace('\u2019', '\'').replace('\u201C', '"').replace('\u201D', '"')
                .replace('\u2013', '-').replace('\u2014', '-').replace('\u0142', 'l').replace('\u0141', 'L')
                .replaceAll("[\\r\\n\\t]", " ");
        StringBuilder out = new StringBuilder(t.length());
        for (char ch : t.toCharArray()) {
            if ((ch >= 0x20 && ch < 0x7f) || (ch >= 0xa0 && ch <= 0xff)) {
                out.append(ch);
            } else {
                String base = Normalizer.normalize(String.valueOf(ch), Normalizer.Form.NFD).replaceAll("\\p{M}", "");
                out.append(base.length() == 1 && base.charAt(0) >= 0x20 && base.charAt(0) < 0x7f ? base : "?");
            }
        }
        return out.toString();
    }

    private static String nz(Object o) {
        return o == null ? "not recorded" : o.toString();
    }

    private static String join(List<?> items) {
        return String.join(", ", items.stream().map(Object::toString).distinct().toList());
    }

    private static void count(List<String> alerts, Object n, String what) {
        if (n instanceof Number num && num.longValue() > 0) {
            alerts.add(num + " " + what + (num.longValue() == 1 ? "" : "s"));
        }
    }
}
