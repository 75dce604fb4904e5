package cn.gov.oneseal.catalogue;

import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.variable.VariableMap;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;

/**
 * Which way of applying (一般程序, 容缺受理, 告知承诺) an applicant may take for an item: the
 * analysts' decision table {@code Decision_ApplicationPath} (processes/ApplicationPath.dmn) over the
 * item's catalogue entry and the applicant's credit standing.
 */
@Component
public class ApplicationPaths {

  public static final List<String> PATHS = List.of("ORDINARY", "DEFICIENCY", "COMMITMENT");

  /** The applicant's credit standing as the rules read it. */
  public record Credit(boolean seriousBadCredit, boolean falseCommitment, boolean deficiencyBan) {
    public static final Credit CLEAN = new Credit(false, false, false);
  }

  /** The answer of the rules: allowed or not, and why, in Chinese. */
  public record Verdict(String path, boolean allowed, String reason) {}

  private final DecisionService decisionService;

  public ApplicationPaths(DecisionService decisionService) {
    this.decisionService = decisionService;
  }

  public Verdict evaluate(ApprovalItem item, String path, Credit credit) {
    VariableMap variables = Variables.createVariables()
        .putValue(CaseVariables.REQUESTED_PATH, path)
        .putValue(CaseVariables.ITEM_TYPE, item.type().name())
        .putValue(CaseVariables.DEFICIENCY_ALLOWED, item.deficiency().allowed())
        .putValue(CaseVariables.COMMITMENT_ALLOWED, item.commitment().allowed())
        .putValue(CaseVariables.SERIOUS_BAD_CREDIT, credit.seriousBadCredit())
        .putValue(CaseVariables.FALSE_COMMITMENT, credit.falseCommitment())
        .putValue(CaseVariables.DEFICIENCY_BAN, credit.deficiencyBan());
    Map<String, Object> result = decisionService.evaluateDecisionTableByKey(ProcessKeys.DECISION_APPLICATION_PATH)
        .variables(variables).evaluate().getSingleResult().getEntryMap();
    return new Verdict(path, Boolean.TRUE.equals(result.get("allowed")), (String) result.get("reason"));
  }

  /** Every path, for an applicant in good standing: what the service guide publishes. */
  public List<Verdict> published(ApprovalItem item) {
    return PATHS.stream().map(path -> evaluate(item, path, Credit.CLEAN)).toList();
  }
}
