package cn.gov.oneseal.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.catalogue.CatalogueException;
import cn.gov.oneseal.catalogue.CatalogueLoader;
import cn.gov.oneseal.catalogue.CatalogueLoaderTest;
import cn.gov.oneseal.catalogue.ItemCatalogue;
import java.io.ByteArrayInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The catalogue's followUp per item and the oneseal.rating limits. */
class FollowUpCatalogueTest {

  /** The catalogue test's valid food entry, with a followUp line (or none) after its licence. */
  static String item(String followUpLine) {
    String licence = "    licence: {prefix: JY, validity: P5Y}\n";
    if (!CatalogueLoaderTest.FOOD.contains(licence)) {
      throw new IllegalStateException("the catalogue test's entry has changed its licence line");
    }
    return CatalogueLoaderTest.FOOD.replace(licence, licence + "    " + followUpLine + "\n");
  }

  static ItemCatalogue read(String followUpLine) {
    return CatalogueLoader.read(new ByteArrayInputStream(item(followUpLine).getBytes(StandardCharsets.UTF_8)),
        "x.yaml", Set.of("Food"));
  }

  @Test
  void anItemWithoutFollowUpGetsTheDocumentedDefaultAndOneWithItKeepsIt() {
    assertThat(read("").get("Food").followUp().afterWorkingDays()).isEqualTo(3);
    assertThat(read("followUp: {afterWorkingDays: 7}").get("Food").followUp().afterWorkingDays()).isEqualTo(7);
  }

  @Test
  void aFollowUpOutsideOneToThirtyWorkingDaysIsReportedWithItsItem() {
    for (String wrong : new String[] {"followUp: {afterWorkingDays: 0}", "followUp: {afterWorkingDays: 31}",
        "followUp: {afterWorkingDays: drei}", "followUp: {}"}) {
      assertThat(catchThrowableOfType(CatalogueException.class, () -> read(wrong)).getProblems())
          .containsExactly("Food.followUp.afterWorkingDays: 须为 1 到 30 之间的整数（办结送达后第几个工作日回访）");
    }
  }

  @Test
  void theCommittedCatalogueCallsEveryApplicantBackWithinAWeek() throws Exception {
    try (InputStream in = new FileInputStream("processes/catalogue.yaml")) {
      ItemCatalogue catalogue = CatalogueLoader.read(in, "catalogue.yaml", modelKeys());
      assertThat(catalogue.all()).extracting(item -> item.followUp().afterWorkingDays()).allMatch(d -> d >= 1 && d <= 5);
      assertThat(catalogue.get("FoodBusinessLicence").followUp()).isEqualTo(new ApprovalItem.FollowUp(3));
      assertThat(catalogue.get("RoadFreightLicence").followUp()).isEqualTo(new ApprovalItem.FollowUp(2));
    }
  }

  @Test
  void theRatingLimitsDefaultToTheRulesAndRefuseNonsense() {
    RatingProperties defaults = new RatingProperties(null, null, null);
    assertThat(defaults.contactWorkingDays()).isEqualTo(1);
    assertThat(defaults.rectificationWorkingDays()).isEqualTo(15);
    assertThat(defaults.followUpWorkingDays()).isEqualTo(2);
    assertThat(new RatingProperties(1, 5, 2).rectificationWorkingDays()).isEqualTo(5);
    assertThatThrownBy(() -> new RatingProperties(0, 15, 2)).hasMessageContaining("contact-working-days");
    assertThatThrownBy(() -> new RatingProperties(3, 2, 2)).hasMessageContaining("不得短于");
  }

  /** The process keys of the models in processes/ (an item's model is {@code {code}.bpmn}). */
  private static Set<String> modelKeys() throws IOException {
    try (Stream<Path> files = Files.list(Path.of("processes"))) {
      return files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".bpmn"))
          .map(name -> name.substring(0, name.length() - ".bpmn".length())).collect(Collectors.toSet());
    }
  }
}
