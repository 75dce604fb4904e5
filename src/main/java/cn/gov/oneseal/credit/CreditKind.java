package cn.gov.oneseal.credit;

/** Kinds of credit records the approval rules read. */
public enum CreditKind {
  /** 严重失信记录 (from the credit platform). */
  SERIOUS_BAD_CREDIT("严重失信"),
  /** 虚假承诺 (告知承诺 found false). */
  FALSE_COMMITMENT("虚假承诺"),
  /** 未履行容缺承诺 (supplements not delivered in time or still deficient). */
  FAILED_PLEDGE("未履行容缺承诺");

  private final String label;

  CreditKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
