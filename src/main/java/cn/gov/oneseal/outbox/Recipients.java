package cn.gov.oneseal.outbox;

/** A recipient as officers see it: enough to recognise, not to copy (13812345678 → 138****5678, a***@example.cn). */
public final class Recipients {

  private Recipients() {
  }

  public static String masked(String recipient) {
    if (recipient == null || recipient.isBlank()) {
      return recipient;
    }
    int at = recipient.indexOf('@');
    if (at > 0) {
      return recipient.charAt(0) + "***" + recipient.substring(at);
    }
    if (recipient.matches("\\+?\\d{7,20}")) {
      return recipient.substring(0, 3) + "****" + recipient.substring(recipient.length() - 4);
    }
    return recipient;
  }
}
