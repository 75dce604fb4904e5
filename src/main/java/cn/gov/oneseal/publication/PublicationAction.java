package cn.gov.oneseal.publication;

import cn.gov.oneseal.licence.LicenceStatus;

/** What a publication makes public: the licensing decision and the licence's state it leaves (当前状态). */
public enum PublicationAction {
  GRANT("准予行政许可", true),
  CHANGE("变更行政许可", true),
  REVOKE("撤销行政许可", false),
  CANCEL("注销行政许可", false);

  private final String label;
  private final boolean inForce;

  PublicationAction(String label, boolean inForce) {
    this.label = label;
    this.inForce = inForce;
  }

  public String label() {
    return label;
  }

  /** Whether the licence is in force after this decision (the standard's 当前状态: 1 有效, 2 无效). */
  public boolean inForce() {
    return inForce;
  }

  static PublicationAction of(LicenceStatus status) {
    return switch (status) {
      case VALID -> GRANT;
      case CHANGED -> CHANGE;
      case REVOKED -> REVOKE;
      case CANCELLED -> CANCEL;
    };
  }
}
