package cn.gov.oneseal.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.FileInputStream;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionRuleResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** processes/ApplicationPath.dmn: which way of applying the applicant may take. */
class ApplicationPathDecisionTest {

  static DmnEngine dmn;
  static DmnDecision decision;

  @BeforeAll
  static void parse() throws Exception {
    dmn = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
    try (InputStream in = new FileInputStream("processes/ApplicationPath.dmn")) {
      decision = dmn.parseDecision("Decision_ApplicationPath", in);
    }
  }

  static DmnDecisionRuleResult verdict(String path, String type, boolean deficiency, boolean commitment,
      boolean serious, boolean falseCommitment, boolean ban) {
    Map<String, Object> v = new HashMap<>();
    v.put("requestedPath", path);
    v.put("itemType", type);
    v.put("deficiencyAllowed", deficiency);
    v.put("commitmentAllowed", commitment);
    v.put("seriousBadCredit", serious);
    v.put("falseCommitment", falseCommitment);
    v.put("deficiencyBan", ban);
    return dmn.evaluateDecisionTable(decision, v).getSingleResult();
  }

  @Test
  void theOrdinaryPathIsAlwaysOpen() {
    assertThat((Boolean) verdict("ORDINARY", "PROMISE", false, false, true, true, true).getEntry("allowed")).isTrue();
  }

  @Test
  void deficiencyAcceptanceFollowsTheItemAndTheApplicantsCredit() {
    assertThat((Boolean) verdict("DEFICIENCY", "PROMISE", true, false, false, false, false).getEntry("allowed")).isTrue();
    assertThat((String) verdict("DEFICIENCY", "INSTANT", true, false, false, false, false).getEntry("reason")).contains("即办件");
    assertThat((String) verdict("DEFICIENCY", "PROMISE", false, false, false, false, false).getEntry("reason")).contains("不在容缺受理事项清单内");
    assertThat((String) verdict("DEFICIENCY", "PROMISE", true, false, true, false, false).getEntry("reason")).contains("严重失信");
    assertThat((String) verdict("DEFICIENCY", "PROMISE", true, false, false, true, false).getEntry("reason")).contains("虚假承诺");
    assertThat((String) verdict("DEFICIENCY", "PROMISE", true, false, false, false, true).getEntry("reason")).contains("禁止期");
  }

  @Test
  void commitmentFollowsTheItemAndTheApplicantsCredit() {
    assertThat((Boolean) verdict("COMMITMENT", "PROMISE", false, true, false, false, false).getEntry("allowed")).isTrue();
    assertThat((Boolean) verdict("COMMITMENT", "PROMISE", false, false, false, false, false).getEntry("allowed")).isFalse();
    assertThat((String) verdict("COMMITMENT", "PROMISE", false, true, true, false, false).getEntry("reason")).contains("不良信用");
    assertThat((String) verdict("COMMITMENT", "PROMISE", false, true, false, true, false).getEntry("reason")).contains("虚假承诺");
    assertThat((Boolean) verdict("COMMITMENT", "PROMISE", false, true, false, false, true).getEntry("allowed")).isFalse();
  }
}
