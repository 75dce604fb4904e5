package cn.gov.oneseal.complaint;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the complaints' sweep with the e-supervision sweep's interval and switch ({@code
 * oneseal.supervision.sweep-interval}, {@code sweep-enabled}; the tests sweep by hand).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "oneseal.supervision.sweep-enabled", havingValue = "true", matchIfMissing = true)
class ComplaintSweepScheduler {

  private final ComplaintSweep sweep;

  ComplaintSweepScheduler(ComplaintSweep sweep) {
    this.sweep = sweep;
  }

  @Scheduled(fixedDelayString = "${oneseal.supervision.sweep-interval:PT1M}", initialDelayString = "PT40S")
  void run() {
    sweep.sweep();
  }
}
