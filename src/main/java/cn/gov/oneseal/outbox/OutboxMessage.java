package cn.gov.oneseal.outbox;

import java.time.OffsetDateTime;

/**
 * A message leaving the bureau, as the outbox keeps it.
 *
 * @param key the idempotency key, the same on every attempt (e.g. OneSeal-SP2026120600001-EMAIL-17)
 * @param channel the channel's name ({@link OutboundChannel#name()})
 * @param caseNumber the case it is about, or null
 * @param recipient an e-mail address, a phone number, a platform's name
 * @param subject the subject (e-mail), or null
 * @param body the text
 * @param attachmentId the case document attached (its id), or null
 * @param attempts the attempts made so far
 * @param lastError why the last attempt failed (Chinese, for the administrator), or null
 * @param nextAttemptAt when it is tried again (pending), or null
 */
public record OutboxMessage(long id, String key, String channel, String caseNumber, String recipient, String subject,
    String body, Long attachmentId, State state, int attempts, String lastError, OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {

  /** Where a message stands. */
  public enum State {
    /** Waiting for its (next) attempt. */
    PENDING("待发送"),
    /** The receiver took it. */
    SENT("已发送"),
    /** Every attempt failed; an administrator may retry it. */
    DEAD("发送失败");

    private final String label;

    State(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }
}
