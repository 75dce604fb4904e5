package cn.gov.oneseal.clock;

/**
 * Why a case's clock stops. The special procedures of Licensing Law art. 45 never count against the
 * limits; waiting for the applicant stops the clock where local rules say so (configuration).
 */
public enum StopReason {
  HEARING(Kind.SPECIAL_PROCEDURE, "听证"),
  TENDERING(Kind.SPECIAL_PROCEDURE, "招标"),
  AUCTION(Kind.SPECIAL_PROCEDURE, "拍卖"),
  INSPECTION(Kind.SPECIAL_PROCEDURE, "检验"),
  TESTING(Kind.SPECIAL_PROCEDURE, "检测"),
  QUARANTINE(Kind.SPECIAL_PROCEDURE, "检疫"),
  APPRAISAL(Kind.SPECIAL_PROCEDURE, "鉴定"),
  EXPERT_REVIEW(Kind.SPECIAL_PROCEDURE, "专家评审"),
  CORRECTIONS(Kind.WAITING_FOR_APPLICANT, "等待申请人补正"),
  RECTIFICATION(Kind.WAITING_FOR_APPLICANT, "等待申请人整改");

  /** 特别程序 (art. 45) or waiting for the applicant (local rules). */
  public enum Kind { SPECIAL_PROCEDURE, WAITING_FOR_APPLICANT }

  private final Kind kind;
  private final String label;

  StopReason(Kind kind, String label) {
    this.kind = kind;
    this.label = label;
  }

  public Kind kind() {
    return kind;
  }

  public String label() {
    return label;
  }
}
