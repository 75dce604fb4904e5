package cn.gov.oneseal.licence;

/** The status of a licence in the register. */
public enum LicenceStatus {
  VALID("有效"),
  REVOKED("已撤销"),
  CHANGED("已变更"),
  CANCELLED("已注销");

  private final String label;

  LicenceStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
