package cn.gov.oneseal.consultation;

/** Where one consultee's reply stands, with its Chinese label. */
public enum ReplyState {
  OPEN("待答复"),
  ANSWERED("已答复"),
  OVERDUE("逾期未回复"),
  /** The asking step ended without completion (its case cancelled, interrupted): no answer is awaited any more. */
  WITHDRAWN("已撤回");

  private final String label;

  ReplyState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
