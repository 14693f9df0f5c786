package uk.vigil.briefing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import uk.vigil.common.MarkedPdf;

/**
 * Lays a {@link MeetingPack} out as an A4 PDF on a {@link MarkedPdf} (OFFICIAL-SENSITIVE in every
 * page's header and footer, with the page number and who generated it when): a cover page (the
 * meeting and one line per case), then each case from a new page.
 */
final class PackPdf {
    private final MarkedPdf pdf;
    private final PDType1Font regular;
    private final PDType1Font bold;

    private PackPdf(MarkedPdf pdf) {
        this.pdf = pdf;
        this.regular = pdf.regular;
        this.bold = pdf.bold;
    }

    static byte[] render(MeetingPack pack) {
        Map<String, Object> m = pack.meeting();
        String title = "Briefing pack: level " + m.get("level") + " MAPPA meeting " + m.get("id") + ", " + m.get("date");
        return new PackPdf(new MarkedPdf(title, pack.generatedBy())).write(pack, title);
    }

    private byte[] write(MeetingPack pack, String title) {
        Map<String, Object> m = pack.meeting();
        text(bold, 16, title);
        text(regular, 10, "Chair: " + nz(pack.chair()) + ". Area: " + m.get("area") + ". Status: " + m.get("status") + ".");
        text(regular, 10, "Generated " + MarkedPdf.STAMP.format(pack.generatedAt()) + " by " + pack.generatedBy()
                + ". Handle as " + MarkedPdf.MARKING + ": share only with those who need it for this meeting.");
        pdf.gap();
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
            pdf.newPage();
            casePage(c);
        }
        return pdf.finish("Vigil briefing pack " + m.get("id"), pack.generatedBy(), pack.generatedAt());
    }

    private void casePage(CasePack c) {
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

    private void pillar(String name, Object value) {
        if (value == null || value.toString().isBlank()) {
            red();
            text(bold, 10, "    " + name + ": EMPTY - this pillar has no plan");
            black();
        } else {
            text(regular, 10, "    " + name + ": " + value);
        }
    }

    private void section(String name) {
        pdf.section(name);
    }

    private void empty(List<?> list, String message) {
        if (list.isEmpty()) {
            text(regular, 10, message);
        }
    }

    private void red() {
        pdf.red();
    }

    private void black() {
        pdf.black();
    }

    private void text(PDType1Font font, float size, String raw) {
        pdf.text(font, size, raw);
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
