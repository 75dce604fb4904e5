package cn.gov.oneseal.rating;

/** Where a rating was given (评价渠道, the national interface's {@code pf}). */
public enum RatingChannel {
  /** 网上评价 through the bureau's portal (一事一评). */
  PORTAL("网上评价"),
  /** 窗口评价器, operated by the applicant at the window with the query code (一次一评). */
  WINDOW("窗口评价"),
  /** Given on the phone during the bureau's follow-up call (回访), recorded by the window officer. */
  FOLLOW_UP("回访评价");

  private final String label;

  RatingChannel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
