package cn.gov.oneseal.casefile;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
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

  /** Case numbers (22 characters) and licence numbers (two letters, 14 digits) as the documentation prints them. */
  static final Pattern CASE_NUMBER = Pattern.compile("(?<![0-9A-Z])\\d{14}[JCSL]\\d{6}[0-9A-Z](?![0-9A-Z])");
  static final Pattern LICENCE_NUMBER = Pattern.compile("(?<![0-9A-Z])[A-Z]{2}(\\d{13})(\\d)(?![0-9A-Z])");

  @Test
  void everyExampleNumberInTheReadmeAndTheApiDocumentationIsOneTheBureauWouldIssue() throws IOException {
    List<Path> documents = new ArrayList<>(List.of(Path.of("README.md")));
    try (Stream<Path> docs = Files.walk(Path.of("src/docs"))) {
      docs.filter(path -> path.toString().endsWith(".md")).sorted().forEach(documents::add);
    }
    try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
      sources.filter(path -> path.toString().endsWith(".java")).forEach(documents::add);
    }
    List<String> examples = new ArrayList<>();
    List<String> wrong = new ArrayList<>();
    for (Path document : documents) {
      String text = Files.readString(document, StandardCharsets.UTF_8);
      Matcher cases = CASE_NUMBER.matcher(text);
      while (cases.find()) {
        examples.add(cases.group());
        if (!CaseNumbers.isWellFormed(cases.group())) {
          wrong.add(document + ": " + cases.group() + " (check character "
              + CheckCharacters.mod3736(cases.group().substring(0, 21)) + ")");
        }
      }
      Matcher licences = LICENCE_NUMBER.matcher(text);
      while (licences.find()) {
        examples.add(licences.group());
        if (CheckCharacters.mod1110(licences.group(1)) != licences.group(2).charAt(0)) {
          wrong.add(document + ": " + licences.group() + " (check digit " + CheckCharacters.mod1110(licences.group(1)) + ")");
        }
      }
    }
    assertThat(examples).contains("32050020250926C000001N");
    assertThat(wrong).isEmpty();
  }
}
