package cn.gov.oneseal.publication;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.supervision.LatePublications;
import java.util.Date;
import java.util.List;
import org.springframework.stereotype.Component;

/** The publications late against their limit, for e-supervision's sweep (one card each, scope PUB-&lt;id&gt;). */
@Component
class LatePublicationRecords implements LatePublications {

  private final Publications publications;

  LatePublicationRecords(Publications publications) {
    this.publications = publications;
  }

  @Override
  public List<Late> late(Date now) {
    return publications.late(WorkingDayCalendar.offsetOf(now)).stream()
        .map(p -> new Late(p.caseNumber(), "PUB-" + p.id(), Date.from(p.dueAt().toInstant())))
        .toList();
  }
}
