package cn.gov.oneseal.handover;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the departures' sweep every {@code oneseal.departures.sweep-interval} (default one minute) on every node (a task
 * already returned is not returned again). Off with {@code oneseal.departures.sweep-enabled=false} (the tests sweep by
 * hand).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "oneseal.departures.sweep-enabled", havingValue = "true", matchIfMissing = true)
class DepartureSweepScheduler {

  private final DepartureSweep sweep;

  DepartureSweepScheduler(DepartureSweep sweep) {
    this.sweep = sweep;
  }

  @Scheduled(fixedDelayString = "${oneseal.departures.sweep-interval:PT1M}", initialDelayString = "PT50S")
  void run() {
    sweep.sweep();
  }
}
