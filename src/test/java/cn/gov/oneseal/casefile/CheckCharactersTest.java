package cn.gov.oneseal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckCharactersTest {

  @Test
  void caseNumbersCarryACheckCharacterThatCatchesTypos() {
    String body = "32050020250926C000001";
    String number = body + CheckCharacters.mod3736(body);
    assertThat(CaseNumbers.isWellFormed(number)).isTrue();
    // a changed digit or two swapped digits are detected
    assertThat(CaseNumbers.isWellFormed(number.replace("C000001", "C000007"))).isFalse();
    assertThat(CaseNumbers.isWellFormed("32050020250962C000001" + number.charAt(21))).isFalse();
    assertThat(CaseNumbers.isWellFormed("3205002025092")).isFalse();
  }

  @Test
  void isoMod1110MatchesTheStandardsExample() {
    // ISO 7064 MOD 11,10 example: 0794 → check digit 5
    assertThat(CheckCharacters.mod1110("0794")).isEqualTo('5');
  }
}
