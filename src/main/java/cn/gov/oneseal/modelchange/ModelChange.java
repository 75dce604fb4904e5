package cn.gov.oneseal.modelchange;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One analyst's change of the bureau's models, as kept for the head's approval and for the auditors
 * ({@code model_change}).
 *
 * @param number the change's number (变更第 N 号)
 * @param kind a change from Modeler, or the rollback of an earlier change ({@code rollsBack})
 * @param processKeys the processes the change deploys a new version of
 * @param checks the results of the checks on arrival (warnings; a change with errors is never kept)
 * @param diff what changed, element by element
 * @param dryRun the running cases under the generated migration plan, as last tried
 * @param migration what happened to the running cases on approval
 */
public record ModelChange(int number, Kind kind, Integer rollsBack, Status status, String name, String source,
    String tenantId, List<String> processKeys, String proposedBy, OffsetDateTime proposedAt, String checks, String diff,
    String dryRun, String approvalInstance, String decidedBy, OffsetDateTime decidedAt, String reason,
    String deploymentId, String previousDefinitions, String migration, Integer rolledBackBy) {

  /** Where a change came from. */
  public enum Kind {
    CHANGE("模型变更"),
    ROLLBACK("回退");

    private final String label;

    Kind(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** Where a change stands. */
  public enum Status {
    PROPOSED("待审批"),
    ACTIVE("已生效"),
    REFUSED("已撤回");

    private final String label;

    Status(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** How officers and auditors name it. */
  public String title() {
    return "变更第 " + number + " 号（" + kind.label() + "）：" + name;
  }
}
