package cn.gov.oneseal.casefile;

/** Where a case stands (办件状态), as shown to officers and applicants. */
public enum CaseStatus {
  RECEIVED("已收件"),
  CORRECTION_REQUESTED("待补正"),
  WITHDRAWN("视为放弃"),
  WITHDRAWN_BY_APPLICANT("申请人撤回"),
  ACCEPTANCE_REVOKED("撤销受理"),
  ACCEPTED("已受理"),
  REJECTED("不予受理"),
  SURVEYED("已勘验"),
  REVIEWED("已审查"),
  FORWARDED("已报送上级机关"),
  OPINIONS_COLLECTED("部门意见已汇总"),
  /** 容缺: granted, but not issued until the supplements are accepted (no 决定书, licence number or register entry). */
  GRANT_HELD("准予许可·待补齐容缺材料后发证"),
  GRANTED("准予许可"),
  DENIED("不予许可"),
  DELIVERED("已送达"),
  COMPLETED("已办结");

  private final String label;

  CaseStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
