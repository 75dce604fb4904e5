package cn.gov.oneseal.outbox;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * One attempt to send an outbox message through its channel (run by {@link OutboxJob}): SENT when the receiver took
 * it; otherwise the failure is recorded and the next attempt scheduled after the next of the retry delays
 * ({@code oneseal.outbox.retry-delays}, on the engine clock), or, after the last, the message is DEAD (and
 * {@link OutboxMessageDead} is published in that transaction, for the feature that keeps its own state). A message no
 * longer pending (sent by an earlier run of the job) is not sent again.
 */
@Component
class OutboxDelivery {

  private static final Logger LOG = LoggerFactory.getLogger(OutboxDelivery.class);
  private static final int MAX_ERROR = 1000;

  private final OutboxMessages messages;
  private final ObjectProvider<OutboundChannel> channelBeans;
  private final ObjectProvider<ProcessEngine> engine;
  private final List<Duration> delays;
  private final ApplicationEventPublisher events;
  private volatile Map<String, OutboundChannel> channels;

  OutboxDelivery(OutboxMessages messages, ObjectProvider<OutboundChannel> channelBeans,
      ObjectProvider<ProcessEngine> engine,
      @Value("${oneseal.outbox.retry-delays:PT1M,PT5M,PT15M,PT30M,PT1H,PT2H,PT4H,PT8H,PT12H,PT24H}")
      List<Duration> delays, ApplicationEventPublisher events) {
    if (delays.isEmpty() || delays.stream().anyMatch(d -> d.isNegative() || d.isZero())) {
      throw new IllegalArgumentException("oneseal.outbox.retry-delays 须为正的时长列表，如 PT1M,PT5M,PT1H");
    }
    this.messages = messages;
    this.channelBeans = channelBeans;
    this.engine = engine;
    this.delays = List.copyOf(delays);
    this.events = events;
  }

  void attempt(long id) {
    OutboxMessage message = messages.get(id).orElse(null);
    if (message == null || message.state() != OutboxMessage.State.PENDING) {
      return;
    }
    int attempts = message.attempts() + 1;
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    String error;
    OutboundChannel channel = channels().get(message.channel());
    if (channel == null) {
      error = "没有名为 " + message.channel() + " 的发送渠道（未配置）";
    } else {
      try {
        channel.send(message);
        messages.markSent(id, attempts, now);
        return;
      } catch (OutboundChannel.DeliveryFailure failure) {
        error = failure.getMessage();
      } catch (RuntimeException unexpected) {
        LOG.warn("Outbox message {} ({}) failed unexpectedly", message.key(), message.channel(), unexpected);
        error = "发送时出现内部错误（详见服务器日志）";
      }
    }
    error = error == null ? "发送失败" : error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error;
    if (attempts > delays.size()) {
      LOG.warn("Outbox message {} ({}) is dead after {} attempts: {}", message.key(), message.channel(), attempts,
          error);
      messages.markFailed(id, attempts, error, null);
      events.publishEvent(new OutboxMessageDead(message.id(), message.key(), message.channel(), message.caseNumber(),
          error));
      return;
    }
    OffsetDateTime next = now.plus(delays.get(attempts - 1));
    messages.markFailed(id, attempts, error, next);
    OutboxJob.schedule(id, Date.from(next.toInstant()),
        (ProcessEngineConfigurationImpl) engine.getObject().getProcessEngineConfiguration());
  }

  /** How many attempts a message gets before it is dead. */
  int maxAttempts() {
    return delays.size() + 1;
  }

  private Map<String, OutboundChannel> channels() {
    Map<String, OutboundChannel> known = channels;
    if (known == null) {
      known = new HashMap<>();
      for (OutboundChannel channel : channelBeans) {
        known.put(channel.name(), channel);
      }
      channels = known;
    }
    return known;
  }
}
