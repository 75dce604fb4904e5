package cn.gov.oneseal.supervision;

import cn.gov.oneseal.calendar.CalendarMaintenance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the e-supervision sweep every {@code oneseal.supervision.sweep-interval} (default one minute)
 * on every node; the cards' unique index keeps them single. Off with
 * {@code oneseal.supervision.sweep-enabled=false} (the tests sweep by hand).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "oneseal.supervision.sweep-enabled", havingValue = "true", matchIfMissing = true)
class SweepScheduler {

  private final SupervisionSweep sweep;
  private final CalendarMaintenance calendar;

  SweepScheduler(SupervisionSweep sweep, CalendarMaintenance calendar) {
    this.sweep = sweep;
    this.calendar = calendar;
  }

  @Scheduled(fixedDelayString = "${oneseal.supervision.sweep-interval:PT1M}", initialDelayString = "PT30S")
  void run() {
    // a holiday notice loaded on another node applies here before deadlines are judged
    calendar.refresh();
    sweep.sweep();
  }
}
