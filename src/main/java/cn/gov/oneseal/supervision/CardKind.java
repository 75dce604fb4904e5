package cn.gov.oneseal.supervision;

/** 电子监察 cards. */
public enum CardKind {
  /** 黄牌: the deadline is near. */
  YELLOW("黄牌"),
  /** 红牌: the promised (or stage) deadline has passed. */
  RED("红牌"),
  /** 严重红牌: the statutory deadline has passed. */
  SEVERE_RED("严重红牌"),
  /** 公示逾期: a licensing decision not published on the credit platform within 7 working days (双公示). */
  PUBLICATION_LATE("公示逾期");

  private final String label;

  CardKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
