package cn.gov.oneseal.province;

/** The milestones of a case the platform is told of, in the order they happen. */
public enum Milestone {
  /** 收件: the application was received. */
  RECEIVED("收件"),
  /** 受理 or 不予受理: the intake decision. */
  ACCEPTED("受理"),
  /** 办结决定: granted or denied. */
  DECIDED("办结决定"),
  /** 送达: the result was delivered to the applicant. */
  DELIVERED("送达");

  private final String label;

  Milestone(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
