package cn.gov.oneseal.clock;

import static cn.gov.oneseal.calendar.WorkingDayCalendar.dayOf;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.endOfDay;
import static cn.gov.oneseal.calendar.WorkingDayCalendar.offsetOf;

import cn.gov.oneseal.calendar.ProvisionalWording;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFiles;
import cn.gov.oneseal.catalogue.ApprovalItem;
import cn.gov.oneseal.clock.CaseClocks.OpenStop;
import cn.gov.oneseal.clock.CaseClocks.Row;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Date;
import java.util.SortedSet;
import java.util.TreeSet;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import cn.gov.oneseal.security.AsSystem;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Service;

/**
 * The statutory clock of each case. It starts at acceptance (or receipt where the item says so);
 * its deadlines are the start day plus the limit plus the working days of ended stops (plus the
 * extension, for the statutory deadline). A stop moves the case's deadlines, the due and follow-up
 * dates of its open tasks and its open timers by the working days it took; the process instance is
 * never suspended, so officers keep working.
 * A stop lasts the working days from the day after it started to the day it ended. The clock's tables are
 * {@link CaseClocks}'; the deadlines every screen reads are written to the case file ({@link CaseFiles}).
 */
@Service
public class ClockService {

  public static final String RUNNING = "RUNNING";
  public static final String STOPPED = "STOPPED";
  public static final String FINISHED = "FINISHED";

  private final CaseClocks clocks;
  private final CaseFiles caseFiles;
  private final WorkingDayCalendar calendar;
  private final TaskService taskService;
  private final RuntimeService runtimeService;
  private final ManagementService managementService;
  private final ClockProperties properties;

  public ClockService(CaseClocks clocks, CaseFiles caseFiles, WorkingDayCalendar calendar, TaskService taskService,
      RuntimeService runtimeService, ManagementService managementService, ClockProperties properties) {
    this.clocks = clocks;
    this.caseFiles = caseFiles;
    this.calendar = calendar;
    this.taskService = taskService;
    this.runtimeService = runtimeService;
    this.managementService = managementService;
    this.properties = properties;
  }

  /** Starts the clock of an accepted case and returns it. */
  public CaseClock start(String caseNumber, ApprovalItem item, Date receivedAt, Date acceptedAt) {
    Date start = item.countsFrom() == ApprovalItem.CountsFrom.RECEIPT ? receivedAt : acceptedAt;
    clocks.start(caseNumber, dayOf(start), item.promisedLimit(), item.statutoryLimit());
    return publish(caseNumber);
  }

  /** Stops a running clock; a wait for the applicant that local rules do not count is refused. */
  public CaseClock stop(String caseNumber, StopReason reason, String description, Integer expectedDays,
      boolean noticeGiven, String by) {
    if (!properties.pauses(reason)) {
      throw new IllegalArgumentException(reason.label() + "按本地规则不停止计时");
    }
    OffsetDateTime now = offsetOf(ClockUtil.getCurrentTime());
    if (!clocks.stop(caseNumber, reason, description, expectedDays, noticeGiven ? now : null, now, by)) {
      throw new IllegalStateException("办件 " + caseNumber + " 的计时未在运行，不能再次停止");
    }
    return clock(caseNumber);
  }

  /** Ends the open stop: the deadlines and the open tasks' due dates move by the working days it took. */
  public CaseClock resume(String caseNumber, String by) {
    OffsetDateTime now = offsetOf(ClockUtil.getCurrentTime());
    OpenStop stop = clocks.openStop(caseNumber)
        .orElseThrow(() -> new IllegalStateException("办件 " + caseNumber + " 没有进行中的停止计时"));
    int paused = calendar.workingDaysBetween(stop.startedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate(),
        now.atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate());
    clocks.resume(caseNumber, stop, now, by, paused);
    shiftGiven(caseNumber, paused);
    moveOpenTasks(caseNumber, paused);
    return publish(caseNumber);
  }

  /** Records the one extension request of a case; a second one is refused. */
  public CaseClock requestExtension(String caseNumber, int days, String reason, String by) {
    if (clock(caseNumber).extension() != null) {
      throw new IllegalStateException("办件 " + caseNumber + " 已申请过延期，每件只能延期一次");
    }
    clocks.requestExtension(caseNumber, days, reason, offsetOf(ClockUtil.getCurrentTime()), by);
    return clock(caseNumber);
  }

  /** The bureau head's answer; an approval moves the statutory deadline only. */
  public CaseClock decideExtension(String caseNumber, boolean approved, String opinion, boolean noticeGiven,
      String by) {
    OffsetDateTime now = offsetOf(ClockUtil.getCurrentTime());
    if (!clocks.decideExtension(caseNumber, approved, opinion, noticeGiven ? now : null, now, by)) {
      throw new IllegalStateException("办件 " + caseNumber + " 没有待审批的延期申请");
    }
    return publish(caseNumber);
  }

  /** The decision ends the clock (delivery has its own limit). */
  public void finish(String caseNumber) {
    clocks.finish(caseNumber, offsetOf(ClockUtil.getCurrentTime()));
  }

  public boolean exists(String caseNumber) {
    return clocks.exists(caseNumber);
  }

  /** The clock as it stands now. */
  public CaseClock clock(String caseNumber) {
    return computed(caseNumber).clock();
  }

  /** The clock, and the deadlines the calendar alone gives now (earlier than the clock's where a given date stands). */
  record Computed(CaseClock clock, LocalDate promisedByCalendar, LocalDate statutoryByCalendar) {}

  Computed computed(String caseNumber) {
    Row row = clocks.row(caseNumber).orElseThrow(() -> new IllegalStateException("办件 " + caseNumber + " 尚未开始计时"));
    LocalDate promisedByCalendar = calendar.plusWorkingDays(row.startDay(), row.promised() + row.paused());
    LocalDate statutoryByCalendar = calendar.plusWorkingDays(row.startDay(),
        row.statutory() + row.paused() + row.extension());
    // a deadline already given (on the 受理通知书, in the progress query) never moves earlier
    LocalDate promisedDue = later(promisedByCalendar, row.promisedGiven());
    LocalDate statutoryDue = later(statutoryByCalendar, row.statutoryGiven());
    LocalDate today = dayOf(ClockUtil.getCurrentTime());
    LocalDate countUntil = row.finishedAt() != null ? row.finishedAt().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate()
        : row.stoppedSince() != null ? row.stoppedSince().atZoneSameInstant(WorkingDayCalendar.ZONE).toLocalDate() : today;
    int used = Math.max(0, calendar.workingDaysBetween(row.startDay(), countUntil) - row.paused());
    SortedSet<Integer> promisedYears = calendar.provisionalYears(row.startDay(), promisedDue);
    SortedSet<Integer> statutoryYears = calendar.provisionalYears(row.startDay(), statutoryDue);
    SortedSet<Integer> provisionalYears = new TreeSet<>(promisedYears);
    provisionalYears.addAll(statutoryYears);
    // what is left counts to the deadline (a given date may lie beyond the limit on the calendar as it is now)
    CaseClock clock = new CaseClock(caseNumber, row.state(), row.startDay(), promisedDue, statutoryDue, used,
        calendar.workingDaysBetween(countUntil, promisedDue), calendar.workingDaysBetween(countUntil, statutoryDue),
        row.paused(), clocks.stops(caseNumber), clocks.extension(caseNumber).orElse(null), !promisedYears.isEmpty(), !statutoryYears.isEmpty(),
        ProvisionalWording.explanation(provisionalYears));
    return new Computed(clock, promisedByCalendar, statutoryByCalendar);
  }

  /**
   * Writes the current deadlines to the case file, the one place every screen reads them from; from now on
   * they are given (the applicant sees them) and never move earlier.
   */
  public CaseClock publish(String caseNumber) {
    CaseClock clock = clock(caseNumber);
    caseFiles.deadlines(caseNumber, offsetOf(endOfDay(clock.promisedDue())), offsetOf(endOfDay(clock.statutoryDue())));
    clocks.given(caseNumber, clock.promisedDue(), clock.statutoryDue());
    return clock;
  }

  private static LocalDate later(LocalDate computed, LocalDate given) {
    return given != null && given.isAfter(computed) ? given : computed;
  }

  /** The same time of day, {@code workingDays} working days later. */
  private Date shift(Date moment, int workingDays) {
    var local = moment.toInstant().atZone(WorkingDayCalendar.ZONE);
    return Date.from(local.with(calendar.plusWorkingDays(local.toLocalDate(), workingDays)).toInstant());
  }

  /** The deadlines given so far move with a stop as the clock's do. */
  private void shiftGiven(String caseNumber, int workingDays) {
    Row given = clocks.row(caseNumber).orElseThrow();
    clocks.given(caseNumber, shifted(given.promisedGiven(), workingDays), shifted(given.statutoryGiven(), workingDays));
  }

  private LocalDate shifted(LocalDate day, int workingDays) {
    return day == null ? null : calendar.plusWorkingDays(day, workingDays);
  }

  private void moveOpenTasks(String caseNumber, int workingDays) {
    if (workingDays == 0) {
      return;
    }
    Runnable move = () -> {
      // timers of the case and its stages (e.g. a 联办件's opinion deadline) move like the tasks
      for (ProcessInstance instance : runtimeService.createProcessInstanceQuery()
          .processInstanceBusinessKey(caseNumber).list()) {
        for (Job timer : managementService.createJobQuery().processInstanceId(instance.getId()).timers().list()) {
          if (timer.getDuedate() != null) {
            managementService.setJobDuedate(timer.getId(), shift(timer.getDuedate(), workingDays));
          }
        }
      }
      for (Task task : taskService.createTaskQuery().processInstanceBusinessKey(caseNumber).list()) {
        if (task.getDueDate() != null) {
          task.setDueDate(shift(task.getDueDate(), workingDays));
          task.setDescription(TaskDueMark.apply(task.getDescription(),
              calendar.provisionalYears(dayOf(task.getCreateTime()), dayOf(task.getDueDate()))));
        }
        if (task.getFollowUpDate() != null) {
          task.setFollowUpDate(shift(task.getFollowUpDate(), workingDays));
        }
        taskService.saveTask(task);
      }
    };
    AsSystem.run(move);
  }
}
