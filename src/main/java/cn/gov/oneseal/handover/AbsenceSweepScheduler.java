package cn.gov.oneseal.handover;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs the absences' sweep every {@code oneseal.absence.sweep-interval} (default one minute) on every node (a task
 * already moved is not moved again). Off with {@code oneseal.absence.sweep-enabled=false} (the tests sweep by hand).
 */
@Component
@EnableScheduling
@ConditionalOnProperty(name = "oneseal.absence.sweep-enabled", havingValue = "true", matchIfMissing = true)
class AbsenceSweepScheduler {

  private final AbsenceSweep sweep;

  AbsenceSweepScheduler(AbsenceSweep sweep) {
    this.sweep = sweep;
  }

  @Scheduled(fixedDelayString = "${oneseal.absence.sweep-interval:PT1M}", initialDelayString = "PT40S")
  void run() {
    sweep.sweep();
  }
}
