package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.CalendarDataMissingException;
import cn.gov.oneseal.calendar.OpenDeadlines;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * After a change of the calendar, the promised and statutory deadlines of every open case are computed afresh
 * and published; a deadline already given to the applicant stays where it was if the new calendar would put it
 * earlier (reported as {@code kept}).
 */
@Component
class CaseClockRecomputation implements OpenDeadlines {

  private static final Logger LOG = LoggerFactory.getLogger(CaseClockRecomputation.class);

  private final JdbcTemplate jdbc;
  private final ClockService clocks;

  CaseClockRecomputation(JdbcTemplate jdbc, ClockService clocks) {
    this.jdbc = jdbc;
    this.clocks = clocks;
  }

  @Override
  public Moved recompute(WorkingDayCalendar before) {
    List<CaseChange> changes = new ArrayList<>();
    for (String caseNumber : jdbc.queryForList("select case_number from case_clock where state <> ?", String.class,
        ClockService.FINISHED)) {
      Map<String, Object> published = jdbc.queryForMap(
          "select promised_due, statutory_due from case_file where case_number = ?", caseNumber);
      LocalDate promisedBefore = day(published.get("promised_due"));
      LocalDate statutoryBefore = day(published.get("statutory_due"));
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

  private static LocalDate day(Object timestamp) {
    if (timestamp instanceof OffsetDateTime odt) {
      return odt.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
    if (timestamp instanceof java.sql.Timestamp ts) {
      return WorkingDayCalendar.dayOf(new java.util.Date(ts.getTime()));
    }
    return timestamp == null ? null : WorkingDayCalendar.dayOf(java.util.Date.from(
        ((java.time.temporal.TemporalAccessor) timestamp).query(java.time.Instant::from)));
  }
}
