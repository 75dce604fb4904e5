package cn.gov.oneseal.dispatch;

/**
 * What a post to a regulator's system carries (审管联动). The key names it in the idempotency key
 * {@code OneSeal-<caseNumber>-<key>[-<report id>]} and in the body's {@code kind}.
 */
public enum NotificationKind {
  /** A dispatched decision (grant or denial) of a case. */
  DECISION("decision"),
  /** The bureau's answer to the regulator's report of a wrong approval (one per report). */
  WRONG_APPROVAL_ANSWER("wrong-approval-answer"),
  /** A licence revoked because its 告知承诺 was false or not met. */
  REVOCATION("revocation");

  private final String key;

  NotificationKind(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
