package uk.vigil.suspect;

import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import uk.vigil.common.MarkedPdf;
import uk.vigil.suspect.SuspectResult.FactorScore;
import uk.vigil.suspect.SuspectResult.RuledOut;
import uk.vigil.suspect.SuspectResult.Suspect;

/**
 * Lays a suspect search out as a marked PDF (docs/suspects.md, "Export"): the crime reference, who
 * generated it when, the inputs as given, the ranked list with each factor's points and reasons, and
 * the candidates ruled out with why. Written only from a result the server has just computed.
 */
final class SuspectPdf {
    private SuspectPdf() {
    }

    static byte[] render(SuspectResult r, SuspectRequest req, String generatedBy, Instant generatedAt) {
        MarkedPdf pdf = new MarkedPdf("Suspect search for crime reference " + r.purpose(), generatedBy);
        pdf.text(pdf.bold, 16, "Suspect search for crime reference " + r.purpose());
        pdf.text(pdf.regular, 10, "Generated " + MarkedPdf.STAMP.format(generatedAt) + " by " + generatedBy + " (search "
                + r.searchId() + "). Handle as " + MarkedPdf.MARKING + ": share only with those investigating this offence. "
                + "A ranked list is a lead for enquiries, not evidence that anyone on it did this.");

        pdf.section("What was asked");
        SuspectResult.Place p = r.place();
        pdf.text(pdf.regular, 10, "Place: " + String.format(Locale.ROOT, "%.5f, %.5f", p.lat(), p.lng()) + " (from the "
                + p.resolvedFrom() + (req.addressId() != null ? " " + req.addressId() : req.postcode() != null ? " " + req.postcode() : "")
                + "), within " + p.radiusM() + " m.");
        pdf.text(pdf.regular, 10, "Window: " + r.from() + " to " + r.to() + ".");
        for (Map.Entry<String, String> e : req.auditDetail().entrySet()) {
            if (!Map.of("kind", 0, "place", 0, "radiusM", 0, "window", 0).containsKey(e.getKey())) {
                pdf.text(pdf.regular, 10, label(e.getKey()) + ": " + e.getValue());
            }
        }
        pdf.text(pdf.regular, 10, "Ranked by " + (r.sort().equals("TOTAL") ? "total score" : r.sort()) + ". Candidates considered: "
                + r.considered() + (r.capped() ? " (capped: more had an opportunity)" : "") + ".");
        for (String notice : r.notices()) {
            pdf.text(pdf.regular, 10, "Note: " + notice);
        }

        int maxTotal = r.factors().stream().mapToInt(SuspectResult.FactorInfo::max).sum();
        pdf.section("Ranked suspects (" + r.suspects().size() + ")");
        if (r.suspects().isEmpty()) {
            pdf.text(pdf.regular, 10, "Nobody you may see had an opportunity or matched a fragment.");
        }
        for (Suspect s : r.suspects()) {
            pdf.text(pdf.bold, 11, s.rank() + ". " + s.name() + " (" + s.id() + ")  total " + points(s.total()) + " of " + maxTotal);
            pdf.text(pdf.regular, 9, "    Born " + or(s.dob()) + (s.ageOnDay() == null ? "" : ", aged " + s.ageOnDay() + " on the day")
                    + ". Sex " + or(s.sex()) + ". Area " + or(s.area())
                    + (s.category() == null ? "" : ". MAPPA category " + s.category() + ", level " + or(s.level())) + ".");
            for (Map.Entry<SuspectFactor, FactorScore> f : s.factors().entrySet()) {
                FactorScore fs = f.getValue();
                if (fs.score() == 0 && fs.reasons().isEmpty()) {
                    continue;
                }
                pdf.text(pdf.regular, 9, "    " + f.getKey() + " " + points(fs.score()) + " of " + fs.max()
                        + (fs.reasons().isEmpty() ? "" : ": " + String.join("; ", fs.reasons())));
            }
        }

        pdf.section("Ruled out (" + r.ruledOutCount() + ")");
        if (r.ruledOutCount() == 0) {
            pdf.text(pdf.regular, 10, "Nobody was ruled out.");
        }
        for (RuledOut o : r.ruledOut()) {
            pdf.text(pdf.regular, 10, o.name() + " (" + o.id() + "), born " + or(o.dob()) + ", " + or(o.area()) + ": "
                    + String.join("; ", o.reasons()));
        }
        if (r.ruledOut().size() < r.ruledOutCount()) {
            pdf.text(pdf.regular, 10, "The first " + r.ruledOut().size() + " of " + r.ruledOutCount() + " are listed.");
        }

        pdf.section("Factors");
        for (SuspectResult.FactorInfo f : r.factors()) {
            pdf.text(pdf.regular, 9, f.factor() + " (up to " + f.max() + "): " + f.description());
        }
        return pdf.finish("Vigil suspect search " + r.purpose(), generatedBy, generatedAt);
    }

    private static String label(String field) {
        return switch (field) {
            case "offenceType" -> "Offence";
            case "suspectSex" -> "Suspect's sex";
            case "suspectAge" -> "Suspect's age";
            case "suspectName" -> "Name given";
            case "suspectDescription" -> "Description";
            case "method" -> "Method";
            case "vehicle" -> "Vehicle";
            case "phone" -> "Phone";
            case "victimAge" -> "Victim's age";
            case "victimSex" -> "Victim's sex";
            default -> field;
        };
    }

    private static String points(double score) {
        return String.format(Locale.ROOT, "%.1f", score);
    }

    private static String or(Object o) {
        return o == null ? "not recorded" : o.toString();
    }
}
