package cn.gov.oneseal.province;

import java.time.OffsetDateTime;

/**
 * A milestone of a case as reported to the platform.
 *
 * @param reportKey the report's id at the platform (it dedups by it): OneSeal-&lt;case&gt;-PROVINCE-&lt;milestone&gt;
 * @param lastMessageKey the outbox message that sent it last (the report key, or a resend's key)
 * @param body the report as sent (JSON)
 * @param ackId the platform's acknowledgement id, once acknowledged
 * @param lastError why the last attempt failed (Chinese), or null
 * @param resends how many times the reconciliation sent it again
 */
public record ProvinceReport(long id, String caseNumber, Milestone milestone, String reportKey, String lastMessageKey,
    String bureauId, OffsetDateTime milestoneAt, String body, State state, String ackId, String lastError,
    int resends, OffsetDateTime createdAt, OffsetDateTime acknowledgedAt, OffsetDateTime failedAt,
    OffsetDateTime resentAt) {

  /** Where a report stands. */
  public enum State {
    /** In the outbox, not yet acknowledged. */
    PENDING("待确认"),
    /** The platform acknowledged it. */
    ACKNOWLEDGED("平台已确认"),
    /** The outbox gave up on it (dead letter); an administrator may retry the message. */
    FAILED("上报失败");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
