package uk.vigil.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Criminal-justice identifiers (PNC ids, case and system references) as {@value VigilAnalyzers#IDENTIFIER} indexes them. */
public final class Identifiers {
  /** Year (2 or 4 digits), optional slash, serial (1 to 7 digits), check letter. {@code \d} is ASCII only. */
  private static final Pattern PNC = Pattern.compile("^(\\d{2}|\\d{4})/?(\\d{1,7})([A-Z])$");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");
  private static final int PNC_SERIAL_LENGTH = 7;

  private Identifiers() {}

  /**
   * The normalised forms of an identifier, without duplicates: (a) upper case with everything but
   * {@code [A-Z0-9]} removed ("VIS-00012345" gives {@code VIS00012345}); (b) when it is a PNC id,
   * the canonical PNC id, two-digit year + serial zero-padded to seven digits + check letter
   * ("2001/0123456A", "01/123456A", "20010123456A" and "010123456A" all give {@code 010123456A}).
   * Empty for null or text with no letters or digits.
   */
  public static Set<String> forms(String text) {
    if (text == null) {
      return Set.of();
    }
    String upper = text.toUpperCase(Locale.ROOT);
    Set<String> forms = new LinkedHashSet<>(2);
    String compact = compact(upper);
    if (!compact.isEmpty()) {
      forms.add(compact);
    }
    String pnc = pnc(WHITESPACE.matcher(upper.trim()).replaceAll(""));
    if (pnc != null) {
      forms.add(pnc);
    }
    return Collections.unmodifiableSet(forms);
  }

  private static String compact(String upper) {
    StringBuilder compact = new StringBuilder(upper.length());
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        compact.append(c);
      }
    }
    return compact.toString();
  }

  /**
   * The canonical PNC id, or null. With a slash the year is what precedes it; without one the
   * digits read as a four-digit year only when there are ten or eleven of them (4 + 6 or 7; the
   * two-digit reading cannot hold them), otherwise as a two-digit year. A four-digit year must
   * start 19 or 20.
   */
  static String pnc(String upperNoSpaces) {
    Matcher m = PNC.matcher(upperNoSpaces);
    if (!m.matches()) {
      return null;
    }
    String year;
    String serial;
    if (upperNoSpaces.indexOf('/') >= 0) {
      year = m.group(1);
      serial = m.group(2);
    } else {
      String digits = m.group(1) + m.group(2);
      int yearLength = digits.length() >= 10 ? 4 : 2;
      year = digits.substring(0, yearLength);
      serial = digits.substring(yearLength);
    }
    if (year.length() == 4) {
      if (!year.startsWith("19") && !year.startsWith("20")) {
        return null;
      }
      year = year.substring(2);
    }
    if (serial.isEmpty() || serial.length() > PNC_SERIAL_LENGTH) {
      return null;
    }
    return year + "0".repeat(PNC_SERIAL_LENGTH - serial.length()) + serial + m.group(3);
  }
}
