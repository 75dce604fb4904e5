package cn.gov.oneseal.outbox;

import java.time.OffsetDateTime;

/** A message as the API and the webapps show it (for officers the recipient masked). */
public record MessageView(long id, String key, String channel, String caseNumber, String recipient, String subject,
    String state, String stateLabel, int attempts, String lastError, OffsetDateTime createdAt,
    OffsetDateTime nextAttemptAt, OffsetDateTime sentAt) {

  static MessageView of(OutboxMessage m, boolean masked) {
    return new MessageView(m.id(), m.key(), m.channel(), m.caseNumber(),
        masked ? Recipients.masked(m.recipient()) : m.recipient(), m.subject(), m.state().name(),
        m.state().label(), m.attempts(), m.lastError(), m.createdAt(), m.nextAttemptAt(), m.sentAt());
  }
}
