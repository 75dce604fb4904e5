package cn.gov.oneseal.handover;

/** How a task came to another officer. */
public enum HandoverKind {
  /** 转办: the assignee handed it to a colleague with a reason. */
  TRANSFER("转办"),
  /** 改派: its assignee was changed through Tasklist or the engine's REST API. */
  REASSIGN("改派"),
  /** 代理: it would have gone to an absent officer and went to their stand-in. */
  STAND_IN("代理"),
  /** 离岗退回: its assignee left the bureau's directory (or was deleted in Admin); it went back to its group. */
  DEPARTED("离岗退回");

  private final String label;

  HandoverKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
