package uk.vigil.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The static helpers the backend calls. */
class HelpersTest {

  @Test
  void nameTextMatchesTheAnalyzer() {
    assertThat(NameText.tokens("Wiśniewski Smith-Jones O'Brien")).containsExactly("wisniewski", "smith", "jones", "obrien");
    assertThat(NameText.tokens("")).isEmpty();
    assertThat(NameText.tokens(null)).isEmpty();
    assertThat(NameText.tokens("?!")).isEmpty();
    assertThat(NameText.fold("ÉMILE")).isEqualTo("emile");
    assertThat(NameText.fold("O’Brien")).isEqualTo("obrien");
    assertThat(NameText.fold("Mary Ann")).isEqualTo("mary ann"); // folded, not tokenized
    assertThat(NameText.fold(null)).isEmpty();
  }

  @Test
  void nicknamesLoadTheBundledCsv() {
    assertThat(Nicknames.size()).isGreaterThan(1000);
    assertThat(Nicknames.groups("bill")).containsExactly("bill", "will", "william", "willis");
    assertThat(Nicknames.groups("william")).contains("william");
    assertThat(Nicknames.groups("aaron")).containsExactly("aaron");
    assertThat(Nicknames.groups("ronnie")).contains("aaron");
    assertThat(Nicknames.groups(" Bill ")).isEqualTo(Nicknames.groups("bill"));
    assertThat(Nicknames.groups("zzyzx")).isEmpty();
    assertThat(Nicknames.groups("")).isEmpty();
    assertThat(Nicknames.groups(null)).isEmpty();
  }

  @Test
  void phoneticsUseDoubleMetaphone() {
    assertThat(Phonetics.codes("Steven")).isEqualTo(Phonetics.codes("Stephen")).containsExactly("STFN");
    assertThat(Phonetics.codes("muhammad")).containsAnyElementsOf(Phonetics.codes("mohammed"));
    assertThat(Phonetics.codes("william")).containsExactly("ALM", "FLM");
    assertThat(Phonetics.codes("christopherson")).allSatisfy(code -> assertThat(code).hasSizeLessThanOrEqualTo(6));
    assertThat(Phonetics.codes("")).isEmpty();
    assertThat(Phonetics.codes("1234")).isEmpty();
    assertThat(Phonetics.codes("иван")).isEmpty();
    assertThat(Phonetics.codes(null)).isEmpty();
  }

  @Test
  void thomsonAndThompsonDifferInDoubleMetaphone() {
    // Double Metaphone keeps the P of Thompson, so the codes do not meet; fuzzy vigil-name queries
    // (edit distance 1) catch this pair instead.
    assertThat(Phonetics.codes("Thomson")).containsExactly("TMSN");
    assertThat(Phonetics.codes("Thompson")).containsExactly("TMPSN");
  }

  @Test
  void plates() {
    assertThat(Plates.canonical("KX61 ABC")).isEqualTo("KX61A8C");
    assertThat(Plates.canonical("so12 biz")).isEqualTo("5012812");
    assertThat(Plates.canonical("--")).isEmpty();
    assertThat(Plates.canonical(null)).isEmpty();
  }

  @Test
  void phoneNumbers() {
    for (String form : new String[] {"07700 900123", "+44 7700 900123", "0044 7700900123", "+44 (0)7700 900123", "447700900123"}) {
      assertThat(PhoneNumbers.canonical(form)).as(form).isEqualTo("447700900123");
    }
    assertThat(PhoneNumbers.canonical("+1 (202) 555-0143")).isEqualTo("12025550143");
    assertThat(PhoneNumbers.canonical("001 202 555 0143")).isEqualTo("12025550143");
    assertThat(PhoneNumbers.canonical("352099001761481")).isEqualTo("352099001761481");
    assertThat(PhoneNumbers.canonical("no digits")).isEmpty();
    assertThat(PhoneNumbers.canonical(null)).isEmpty();
  }

  @Test
  void identifiers() {
    for (String form : new String[] {"2001/0123456A", "01/123456A", "20010123456A", "010123456A", "2001/123456a"}) {
      assertThat(Identifiers.forms(form)).as(form).contains("010123456A");
    }
    assertThat(Identifiers.forms("2001/0123456A")).containsExactly("20010123456A", "010123456A");
    assertThat(Identifiers.forms("1999/5B")).containsExactly("19995B", "990000005B");
    assertThat(Identifiers.forms("VIS-00012345")).containsExactly("VIS00012345");
    assertThat(Identifiers.forms("x123456")).containsExactly("X123456");
    // without a slash: 2 + serial up to nine digits, 4 + serial for ten or eleven
    assertThat(Identifiers.forms("0112345A")).containsExactly("0112345A", "010012345A");
    assertThat(Identifiers.forms("2001123456A")).containsExactly("2001123456A", "010123456A");
    // a four-digit year must start 19 or 20; serials are at most seven digits
    assertThat(Identifiers.forms("1801/123456A")).containsExactly("1801123456A");
    assertThat(Identifiers.forms("3001123456A")).containsExactly("3001123456A");
    assertThat(Identifiers.forms("01/12345678A")).containsExactly("0112345678A");
    assertThat(Identifiers.forms("")).isEmpty();
    assertThat(Identifiers.forms(null)).isEmpty();
  }
}
