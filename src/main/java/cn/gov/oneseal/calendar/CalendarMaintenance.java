package cn.gov.oneseal.calendar;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;

import cn.gov.oneseal.clock.CaseClock;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.tasklist.CaseTaskNames;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
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
 * loaded at run time, kept in the database, and every open deadline it affects is recomputed: the
 * case clocks' promised and statutory deadlines and the open tasks' due and follow-up dates (which
 * keep their number of working days). The changes are reported. Other nodes pick the year up from
 * the database on their next refresh.
 */
@Service
public class CalendarMaintenance {

  private static final Logger LOG = LoggerFactory.getLogger(CalendarMaintenance.class);

  /** What a change of the calendar moved. */
  public record Report(int year, String source, List<CaseChange> cases, List<TaskChange> tasks) {}

  public record CaseChange(String caseNumber, LocalDate promisedDueBefore, LocalDate promisedDue,
      LocalDate statutoryDueBefore, LocalDate statutoryDue) {}

  public record TaskChange(String taskId, String caseNumber, String name, LocalDate dueBefore, LocalDate due) {}

  private final WorkingDayCalendar calendar;
  private final JdbcTemplate jdbc;
  private final ClockService clocks;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final CaseTaskNames taskNames;
  private final Map<Integer, Instant> applied = new HashMap<>();

  public CalendarMaintenance(WorkingDayCalendar calendar, JdbcTemplate jdbc, ClockService clocks,
      TaskService taskService, RuntimeService runtimeService, CaseTaskNames taskNames) {
    this.calendar = calendar;
    this.jdbc = jdbc;
    this.clocks = clocks;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.taskNames = taskNames;
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
    Report report = new Report(year.year(), year.source(), recomputeCases(), recomputeTasks(before));
    LOG.info("holiday data for {} loaded by {}: {} case deadlines and {} task due dates moved", year.year(), by,
        report.cases().size(), report.tasks().size());
    return report;
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

  private List<CaseChange> recomputeCases() {
    List<CaseChange> changes = new ArrayList<>();
    for (String caseNumber : jdbc.queryForList("select case_number from case_clock where state <> ?", String.class,
        ClockService.FINISHED)) {
      Map<String, Object> before = jdbc.queryForMap(
          "select promised_due, statutory_due from case_file where case_number = ?", caseNumber);
      CaseClock now;
      try {
        now = clocks.publish(caseNumber);
      } catch (CalendarDataMissingException stillMissing) {
        LOG.warn("deadlines of {} still need {}: left as they were", caseNumber, stillMissing.getYear());
        continue;
      }
      LocalDate promisedBefore = day(before.get("promised_due"));
      LocalDate statutoryBefore = day(before.get("statutory_due"));
      if (!now.promisedDue().equals(promisedBefore) || !now.statutoryDue().equals(statutoryBefore)) {
        changes.add(new CaseChange(caseNumber, promisedBefore, now.promisedDue(), statutoryBefore, now.statutoryDue()));
      }
    }
    return changes;
  }

  private List<TaskChange> recomputeTasks(WorkingDayCalendar before) {
    List<TaskChange> changes = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().list()) {
      if (task.getDueDate() == null) {
        continue;
      }
      LocalDate created = dayOf(task.getCreateTime());
      Date due;
      try {
        due = keepWorkingDays(before, created, task.getDueDate());
      } catch (CalendarDataMissingException outsideTheData) {
        LOG.warn("due date of task {} lies outside the holiday data ({}): left as it was", task.getId(),
            outsideTheData.getYear());
        continue;
      }
      if (!due.equals(task.getDueDate())) {
        LocalDate dueBefore = dayOf(task.getDueDate());
        if (task.getFollowUpDate() != null) {
          task.setFollowUpDate(keepWorkingDays(before, created, task.getFollowUpDate()));
        }
        task.setDueDate(due);
        taskService.saveTask(task);
        String caseNumber = task.getProcessInstanceId() == null ? null : runtimeService.createProcessInstanceQuery()
            .processInstanceId(task.getProcessInstanceId()).singleResult().getBusinessKey();
        changes.add(new TaskChange(task.getId(), caseNumber, taskNames.stage(task), dueBefore, dayOf(due)));
      }
    }
    return changes;
  }

  /** The moment as many working days after {@code created} under the current calendar as it was before. */
  private Date keepWorkingDays(WorkingDayCalendar before, LocalDate created, Date moment) {
    var local = moment.toInstant().atZone(WorkingDayCalendar.ZONE);
    // a provisional due date (computed before the year's data existed) counted that year's weekdays
    int workingDays = before.provisionalWorkingDaysBetween(created, local.toLocalDate());
    return Date.from(local.with(calendar.plusWorkingDays(created, workingDays)).toInstant());
  }

  private static LocalDate day(Object timestamp) {
    if (timestamp instanceof OffsetDateTime odt) {
      return odt.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate();
    }
    if (timestamp instanceof java.sql.Timestamp ts) {
      return dayOf(new Date(ts.getTime()));
    }
    return timestamp == null ? null : dayOf(Date.from(((java.time.temporal.TemporalAccessor) timestamp)
        .query(java.time.Instant::from)));
  }

  private static String join(Set<LocalDate> days) {
    return new TreeSet<>(days).stream().map(LocalDate::toString).collect(Collectors.joining(","));
  }

  private static Set<LocalDate> split(String days) {
    return days == null || days.isBlank() ? Set.of()
        : Arrays.stream(days.split(",")).map(LocalDate::parse).collect(Collectors.toSet());
  }
}
