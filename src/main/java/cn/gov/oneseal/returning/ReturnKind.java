package cn.gov.oneseal.returning;

import java.util.Arrays;
import java.util.Optional;

/** The two returns: from which step (task definition key, stage) to which, and whose earlier task it goes back to. */
public enum ReturnKind {
  /** 退回重审: the decider sends the case back to the review; the reviewer who reviewed gets it. */
  TO_REVIEW("退回重审", "Task_DecideApplication", "decision", "review", "Task_ReviewApplication",
      "Task_ReviewApplication"),
  /** 退回受理: the reviewer sends the case back to the window; the window officer who accepted it first gets it. */
  TO_INTAKE("退回受理", "Task_ReviewApplication", "review", "intake", "Task_RecheckIntake", "Task_AcceptApplication");

  private final String label;
  private final String fromTask;
  private final String fromStage;
  private final String toStage;
  private final String toTask;
  private final String earlierTask;

  ReturnKind(String label, String fromTask, String fromStage, String toStage, String toTask, String earlierTask) {
    this.label = label;
    this.fromTask = fromTask;
    this.fromStage = fromStage;
    this.toStage = toStage;
    this.toTask = toTask;
    this.earlierTask = earlierTask;
  }

  public String label() {
    return label;
  }

  /** The task definition key of the step that returns. */
  public String fromTask() {
    return fromTask;
  }

  public String fromStage() {
    return fromStage;
  }

  public String toStage() {
    return toStage;
  }

  /** The task definition key of the task the case is returned to. */
  public String toTask() {
    return toTask;
  }

  /** The task definition key whose officer (who completed it) gets the returned task. */
  public String earlierTask() {
    return earlierTask;
  }

  /** The return a task of this definition key may make. */
  public static Optional<ReturnKind> from(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(k -> k.fromTask.equals(taskDefinitionKey)).findFirst();
  }

  /** The return that creates a task of this definition key. */
  public static Optional<ReturnKind> to(String taskDefinitionKey) {
    return Arrays.stream(values()).filter(k -> k.toTask.equals(taskDefinitionKey)).findFirst();
  }
}
