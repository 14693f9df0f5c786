package uk.vigil.analysis;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;

/** Double Metaphone codes of a name, as {@value VigilAnalyzers#NAME_VARIANT} indexes them. */
public final class Phonetics {
  static final int MAX_CODE_LENGTH = 6;

  /** Configured once in the class initialiser and only read afterwards, so safe to share. */
  private static final DoubleMetaphone DOUBLE_METAPHONE = new DoubleMetaphone();

  static {
    DOUBLE_METAPHONE.setMaxCodeLen(MAX_CODE_LENGTH);
  }

  private Phonetics() {}

  /**
   * The Double Metaphone primary and alternate codes (upper case, at most six characters; one code
   * when they agree); empty for null or text without any Latin letter. "Steven" and "Stephen" both
   * give {@code STFN}.
   */
  public static Set<String> codes(String foldedName) {
    if (foldedName == null || !hasLatinLetter(foldedName)) {
      return Set.of();
    }
    Set<String> codes = new LinkedHashSet<>(2);
    add(codes, DOUBLE_METAPHONE.doubleMetaphone(foldedName, false));
    add(codes, DOUBLE_METAPHONE.doubleMetaphone(foldedName, true));
    return Collections.unmodifiableSet(codes);
  }

  private static void add(Set<String> codes, String code) {
    if (code != null && !code.isEmpty()) {
      codes.add(code);
    }
  }

  private static boolean hasLatinLetter(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return true;
      }
    }
    return false;
  }
}
