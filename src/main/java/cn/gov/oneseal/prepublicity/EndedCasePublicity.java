package cn.gov.oneseal.prepublicity;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseClosed;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A case that ends while its 批前公示 is open (withdrawn, its acceptance revoked, terminated) closes the publicity in the
 * same transaction: it leaves the public list and takes no more objections (the timer that would close it ended with
 * the case's process).
 */
@Component
class EndedCasePublicity {

  private final PrePublicities publicities;

  EndedCasePublicity(PrePublicities publicities) {
    this.publicities = publicities;
  }

  @EventListener
  void caseEnded(CaseClosed closed) {
    publicities.ofCase(closed.caseNumber()).filter(p -> Publicity.OPEN.equals(p.state()))
        .ifPresent(p -> publicities.close(p.id(), WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime())));
  }
}
