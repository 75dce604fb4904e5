package cn.gov.oneseal.calendar;

import cn.gov.oneseal.calendar.OpenDeadlines.CaseChange;
import cn.gov.oneseal.calendar.OpenDeadlines.TaskChange;
import cn.gov.oneseal.calendar.OpenDeadlines.TimerChange;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Calendar maintenance: the next year's holiday notice (or a correction, or a local holiday) is
 * loaded at run time, kept in the database, and every open deadline it affects is recomputed by the
 * features that keep them ({@link OpenDeadlines}): the case clocks' promised and statutory deadlines, the
 * open tasks' due and follow-up dates (which keep their number of working days) and the open timers. A
 * deadline already given to an applicant is never moved earlier. The changes are reported. Other nodes
 * pick the year up from the database on their next refresh.
 */
@Service
public class CalendarMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarMaintenance.class);

  /** What a change of the calendar moved. */
  public record Report(int year, String source, List<CaseChange> cases, List<TaskChange> tasks,
      List<TimerChange> timers) {}

  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final List<OpenDeadlines> openDeadlines;
  private final Map<Integer, Instant> applied = new HashMap<>();

  public CalendarMaintenance(WorkingDayCalendar calendar, JdbcTemplate jdbc, List<OpenDeadlines> openDeadlines) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.openDeadlines = openDeadlines;
  }

  /** Loads (or replaces) one year, recomputes the open deadlines and reports what moved. */
  @Transactional
  public Report load(HolidayYear year, String by) {
    OffsetDateTime now = WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
    String off = join(year.daysOff());
    String work = join(year.makeUpWorkingDays());
    if (jdbc.update("update holiday_year set source = ?, off_days = ?, work_days = ?, loaded_at = ?, loaded_by = ? "
        + "where calendar_year = ?", year.source(), off, work, now, by, year.year()) == 0) {
      jdbc.update("insert into holiday_year (calendar_year, source, off_days, work_days, loaded_at, loaded_by) "
          + "values (?, ?, ?, ?, ?, ?)", year.year(), year.source(), off, work, now, by);
    }
    WorkingDayCalendar before = calendar.snapshot();
    calendar.put(year);
    synchronized (applied) {
      applied.put(year.year(), now.toInstant());
    }
    Report report = recompute(year.year(), year.source(), before);
    LOG.info("holiday data for {} loaded by {}: {} case deadlines, {} task due dates and {} timers moved", year.year(),
        by, report.cases().size(), report.tasks().size(), report.timers().size());
    return report;
  }

  /**
   * Takes back a year loaded at run time on this node (e.g. a notice loaded under the wrong year): the year is
   * provisional again and the open deadlines are recomputed; none given to an applicant moves earlier. A year
   * from the data files comes back on the next start.
   */
  @Transactional
  public Report withdraw(int year, String by) {
    jdbc.update("delete from holiday_year where calendar_year = ?", year);
    WorkingDayCalendar before = calendar.snapshot();
    calendar.remove(year);
    synchronized (applied) {
      applied.remove(year);
    }
    LOG.info("holiday data for {} withdrawn by {}", year, by);
    return recompute(year, StatutoryHolidays.SOURCE, before);
  }

  private Report recompute(int year, String source, WorkingDayCalendar before) {
    List<CaseChange> cases = new ArrayList<>();
    List<TaskChange> tasks = new ArrayList<>();
    List<TimerChange> timers = new ArrayList<>();
    for (OpenDeadlines deadlines : openDeadlines) {
      OpenDeadlines.Moved moved = deadlines.recompute(before);
      cases.addAll(moved.cases());
      tasks.addAll(moved.tasks());
      timers.addAll(moved.timers());
    }
    return new Report(year, source, cases, tasks, timers);
  }

  /** Applies the years loaded at run time (on start-up, and on other nodes periodically). */
  @EventListener(ApplicationStartedEvent.class)
  @Order(-10)
  public void refresh() {
    jdbc.query("select * from holiday_year", rs -> {
      int year = rs.getInt("calendar_year");
      // the instant: PostgreSQL reads the time back at UTC, not at the offset it was written with
      Instant loadedAt = rs.getObject("loaded_at", OffsetDateTime.class).toInstant();
      synchronized (applied) {
        if (loadedAt.equals(applied.get(year))) {
          return;
        }
        applied.put(year, loadedAt);
      }
      calendar.put(new HolidayYear(year, rs.getString("source"), split(rs.getString("off_days")),
          split(rs.getString("work_days"))));
    });
  }

  private static String join(Set<LocalDate> days) {
    return new TreeSet<>(days).stream().map(LocalDate::toString).collect(Collectors.joining(","));
  }

  private static Set<LocalDate> split(String days) {
    return days == null || days.isBlank() ? Set.of()
        : Arrays.stream(days.split(",")).map(LocalDate::parse).collect(Collectors.toSet());
  }
}
