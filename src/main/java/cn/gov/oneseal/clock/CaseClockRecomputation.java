package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.CalendarDataMissingException;
import cn.gov.oneseal.calendar.OpenDeadlines;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseFiles;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * After a change of the calendar, the promised and statutory deadlines of every open case are computed afresh
 * and published; a deadline already given to the applicant stays where it was if the new calendar would put it
 * earlier (reported as {@code kept}).
 */
@Component
class CaseClockRecomputation implements OpenDeadlines {

  private static final Logger LOG = LoggerFactory.getLogger(CaseClockRecomputation.class);

  private final CaseClocks caseClocks;
  private final CaseFiles caseFiles;
  private final ClockService clocks;

  CaseClockRecomputation(CaseClocks caseClocks, CaseFiles caseFiles, ClockService clocks) {
    this.caseClocks = caseClocks;
    this.caseFiles = caseFiles;
    this.clocks = clocks;
  }

  @Override
  public Moved recompute(WorkingDayCalendar before) {
    List<CaseChange> changes = new ArrayList<>();
    for (String caseNumber : caseClocks.open()) {
      CaseFile published = caseFiles.get(caseNumber);
      LocalDate promisedBefore = day(published.promisedDue());
      LocalDate statutoryBefore = day(published.statutoryDue());
      ClockService.Computed computed;
      try {
        computed = clocks.computed(caseNumber);
      } catch (CalendarDataMissingException outsideTheLaw) {
        LOG.warn("deadlines of {} need {}, outside the calendar: left as they were", caseNumber,
            outsideTheLaw.getYear());
        continue;
      }
      CaseClock now = clocks.publish(caseNumber);
      List<String> kept = new ArrayList<>();
      if (computed.promisedByCalendar().isBefore(now.promisedDue())) {
        kept.add("promisedDue");
      }
      if (computed.statutoryByCalendar().isBefore(now.statutoryDue())) {
        kept.add("statutoryDue");
      }
      boolean moved = !now.promisedDue().equals(promisedBefore) || !now.statutoryDue().equals(statutoryBefore);
      if (moved || !kept.isEmpty()) {
        changes.add(new CaseChange(caseNumber, promisedBefore, now.promisedDue(), statutoryBefore,
            now.statutoryDue(), kept));
      }
    }
    return Moved.cases(changes);
  }

  private static LocalDate day(OffsetDateTime published) {
    return published == null ? null : published.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
  }
}
