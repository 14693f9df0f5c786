package uk.vigil.common;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * An A4 document every export of Vigil is written on (Apache PDFBox): wrapped paragraphs that
 * continue on a new page when one is full, and on {@link #finish} OFFICIAL-SENSITIVE in the header
 * and footer of every page with a footer line (what, who, when) and "page x of n". Standard fonts
 * only (nothing to install); characters they cannot draw are written without accents or as "?".
 * One instance writes one document; unchecked {@link UncheckedIOException} on failure.
 */
public final class MarkedPdf {
    public static final String MARKING = "OFFICIAL-SENSITIVE";
    /** How a PDF states when it was generated. */
    public static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);
    private static final float MARGIN = 50;
    private static final float TOP = PDRectangle.A4.getHeight() - 70;
    private static final float BOTTOM = 70;
    private static final float WIDTH = PDRectangle.A4.getWidth() - 2 * MARGIN;

    public final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    public final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDDocument doc = new PDDocument();
    private PDPageContentStream out;
    private float y;
    private boolean redNow;

    /** A document with its first page open; the subject is the marking. */
    public MarkedPdf(String title, String author) {
        PDDocumentInformation info = doc.getDocumentInformation();
        info.setTitle(safe(title));
        info.setSubject(MARKING);
        info.setAuthor(author);
        info.setCreator("Vigil");
        newPage();
    }

    /** Writes a paragraph, wrapped to the page width (a leading four-space indent is kept on every line). */
    public void text(PDType1Font font, float size, String raw) {
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A bold heading with a little space above it. */
    public void section(String name) {
        y -= 6;
        text(bold, 12, name);
    }

    public void gap() {
        y -= 8;
    }

    /** Text from here on is red (what needs attention), until {@link #black}. */
    public void red() {
        redNow = true;
        colour(0.7f);
    }

    public void black() {
        redNow = false;
        colour(0f);
    }

    private void colour(float red) {
        try {
            out.setNonStrokingColor(red, 0f, 0f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void newPage() {
        try {
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
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Marks every page (the marking centred at the top and bottom; below it {@code footer}, "generated
     * at by", page x of n) and returns the document's bytes. The document is closed afterwards.
     */
    public byte[] finish(String footer, String generatedBy, Instant generatedAt) {
        try (doc) {
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
                    s.showText(safe(footer + " - generated " + STAMP.format(generatedAt) + " by " + generatedBy
                            + " - page " + (i + 1) + " of " + n));
                    s.endText();
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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
    public static String safe(String text) {
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
}
