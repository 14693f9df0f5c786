package uk.vigil.analysis;

/** Phone numbers as {@value VigilAnalyzers#PHONE} indexes them. */
public final class PhoneNumbers {
  private PhoneNumbers() {}

  /**
   * The digits of a phone number in international form without '+' (UK by default):
   * "07700 900123", "+44 7700 900123", "0044 7700900123", "+44 (0)7700 900123" and "447700900123"
   * all give {@code 447700900123}. Digits are kept (any script's decimal digits, as ASCII); if the
   * trimmed text starts with '+' they stay as they are, else a leading "00" is dropped, else a
   * leading "0" becomes "44"; finally "440..." loses that 0. Empty when there are no digits.
   */
  public static String canonical(String text) {
    if (text == null) {
      return "";
    }
    String trimmed = text.trim();
    StringBuilder digits = new StringBuilder(trimmed.length());
    trimmed.codePoints().forEach(cp -> {
      int digit = Character.digit(cp, 10);
      if (digit >= 0 && Character.isDigit(cp)) {
        digits.append((char) ('0' + digit));
      }
    });
    if (digits.length() == 0) {
      return "";
    }
    String number = digits.toString();
    if (trimmed.startsWith("+")) {
      // already international
    } else if (number.startsWith("00")) {
      number = number.substring(2);
    } else if (number.startsWith("0")) {
      number = "44" + number.substring(1);
    }
    if (number.startsWith("440")) {
      number = "44" + number.substring(3);
    }
    return number;
  }
}
