package cn.gov.oneseal.outbox;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * Puts messages in the outbox: kept in the running transaction (the step's own) and sent after it commits by the
 * engine's job executor ({@link OutboxJob}); nothing is kept or sent when the step rolls back.
 */
@Service
public class Outbox {

  /** The handler type of the engine jobs that send the messages (what Cockpit shows for them). */
  public static final String JOB_TYPE = OutboxJob.TYPE;

  /**
   * A message to send.
   *
   * @param key the idempotency key, unique among all messages (at most 200 characters): a message with a key already
   *     kept is not kept again
   */
  public record Message(String key, String channel, String caseNumber, String recipient, String subject, String body,
      Long attachmentId) {
  }

  private final OutboxMessages messages;
  private final ObjectProvider<ProcessEngine> engine;

  public Outbox(OutboxMessages messages, ObjectProvider<ProcessEngine> engine) {
    this.messages = messages;
    this.engine = engine;
  }

  /** Keeps the message and schedules it; returns its id (the kept one's, when its key is kept already). */
  public long enqueue(Message message) {
    check(message.key() != null && !message.key().isBlank() && message.key().length() <= 200, "消息键");
    check(message.channel() != null && message.channel().matches("[A-Z_]{1,16}"), "渠道");
    check(message.recipient() != null && !message.recipient().isBlank() && message.recipient().length() <= 320,
        "收件人");
    check(message.body() != null && !message.body().isBlank() && message.body().length() <= 4000, "正文");
    check(message.subject() == null || message.subject().length() <= 500, "标题");
    Optional<OutboxMessage> kept = messages.byKey(message.key());
    if (kept.isPresent()) {
      return kept.get().id();
    }
    long id = messages.insert(message.key(), message.channel(), message.caseNumber(), message.recipient(),
        message.subject(), message.body(), message.attachmentId(),
        WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()));
    OutboxJob.schedule(id, ClockUtil.getCurrentTime(), configuration());
    return id;
  }

  /** A dead message tried again from now (an administrator's retry); false when it is not dead. */
  public boolean retry(long id) {
    if (!messages.revive(id, WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()))) {
      return false;
    }
    OutboxJob.schedule(id, ClockUtil.getCurrentTime(), configuration());
    return true;
  }

  /** The dead message with this key tried again from now, as {@link #retry(long)}; false when there is none. */
  public boolean retry(String key) {
    return messages.byKey(key).map(message -> retry(message.id())).orElse(false);
  }

  private ProcessEngineConfigurationImpl configuration() {
    return (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration();
  }

  private static void check(boolean valid, String field) {
    if (!valid) {
      throw new IllegalArgumentException("发件箱消息的" + field + "无效");
    }
  }
}
