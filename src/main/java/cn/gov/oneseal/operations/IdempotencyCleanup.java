package cn.gov.oneseal.operations;

import cn.gov.oneseal.api.IdempotentRequests;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.Duration;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Every night ({@code oneseal.operations.idempotency-cleanup-cron}, Beijing time) deletes the API's idempotency
 * records ({@code api_idempotency}) older than {@code oneseal.operations.idempotency-retention} (30 days): they only
 * let a client's retry get the first answer again, and a client retries within minutes, not months. They are not
 * records of a case (the case, its notices and its register entries are). A plain delete: on two nodes both run it,
 * the second finds nothing left.
 */
@Component
@EnableScheduling
class IdempotencyCleanup {

  private static final Logger LOG = LoggerFactory.getLogger(IdempotencyCleanup.class);

  private final IdempotentRequests requests;
  private final Duration retention;

  IdempotencyCleanup(IdempotentRequests requests,
      @Value("${oneseal.operations.idempotency-retention:P30D}") Duration retention) {
    this.requests = requests;
    this.retention = retention;
  }

  @Scheduled(cron = "${oneseal.operations.idempotency-cleanup-cron:0 30 1 * * *}", zone = "Asia/Shanghai")
  void run() {
    cleanUp();
  }

  int cleanUp() {
    OffsetDateTime before = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime()).minus(retention);
    int deleted = requests.forgetOlderThan(before);
    if (deleted > 0) {
      LOG.info("deleted {} idempotency records from before {}", deleted, before);
    }
    return deleted;
  }
}
