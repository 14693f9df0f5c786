package uk.vigil.analysis;

import java.util.Locale;

/** Vehicle registration marks as {@value VigilAnalyzers#PLATE} indexes them. */
public final class Plates {
  private Plates() {}

  /**
   * Upper case, only {@code [A-Z0-9]} kept, then the look-alikes O→0, I→1, S→5, B→8, Z→2, so that
   * misread or mistyped plates meet: "kx61 abc" gives {@code KX61A8C}. Empty for null.
   */
  public static String canonical(String text) {
    if (text == null) {
      return "";
    }
    String upper = text.toUpperCase(Locale.ROOT);
    StringBuilder canonical = new StringBuilder(upper.length());
    for (int i = 0; i < upper.length(); i++) {
      char c = upper.charAt(i);
      if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) {
        canonical.append(lookalike(c));
      }
    }
    return canonical.toString();
  }

  /** Upper case and the look-alike mapping, nothing removed: for query terms (wildcard chunks). */
  static String normalize(String text) {
    String upper = text.toUpperCase(Locale.ROOT);
    StringBuilder normalized = new StringBuilder(upper.length());
    for (int i = 0; i < upper.length(); i++) {
      normalized.append(lookalike(upper.charAt(i)));
    }
    return normalized.toString();
  }

  private static char lookalike(char c) {
    switch (c) {
      case 'O':
        return '0';
      case 'I':
        return '1';
      case 'S':
        return '5';
      case 'B':
        return '8';
      case 'Z':
        return '2';
      default:
        return c;
    }
  }
}
