package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** processes/SurveyRequired.dmn: the analysts' rule for "does this case need a site survey". */
class SurveyRequiredDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/SurveyRequired.dmn")) {
      decision = dmn.parseDecision("Decision_SurveyRequired", in);
    }
  }

  static boolean required(String mode, Boolean requested) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("surveyMode", mode);
    variables.put("surveyRequested", requested);
    return dmn.evaluateDecisionTable(decision, variables).getSingleEntry();
  }

  @Test
  void requiredItemsAreAlwaysSurveyed() {
    assertThat(required("REQUIRED", false)).isTrue();
    assertThat(required("REQUIRED", null)).isTrue();
  }

  @Test
  void optionalItemsOnlyWhenTheWindowAsks() {
    assertThat(required("OPTIONAL", true)).isTrue();
    assertThat(required("OPTIONAL", false)).isFalse();
    assertThat(required("OPTIONAL", null)).isFalse();
  }

  @Test
  void itemsWithoutSurveyNeverAre() {
    assertThat(required("NONE", true)).isFalse();
  }
}
