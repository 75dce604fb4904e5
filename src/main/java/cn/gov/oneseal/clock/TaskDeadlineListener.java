package cn.gov.oneseal.clock;

import cn.gov.oneseal.tasklist.EveryUserTask;
import org.springframework.core.annotation.Order;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * On every user task with a due date (the stage deadline): the follow-up date becomes the stage's
 * yellow point, so Tasklist shows officers both; a due date that runs into a year whose holiday notice is
 * not loaded is marked provisional at the head of the task's description ({@link TaskDueMark}). Added to all
 * user tasks by {@code tasklist/UserTaskDefaults}.
 */
@Component
@Order(1)
public class TaskDeadlineListener implements EveryUserTask {

  private final WorkingDayCalendar calendar;
  private final YellowPoints yellowPoints;

  public TaskDeadlineListener(WorkingDayCalendar calendar, YellowPoints yellowPoints) {
    this.calendar = calendar;
    this.yellowPoints = yellowPoints;
  }

  @Override
  public void notify(DelegateTask task) {
    if (task.getDueDate() == null) {
      return;
    }
    LocalDate created = WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime());
    LocalDate due = WorkingDayCalendar.dayOf(task.getDueDate());
    task.setDescription(TaskDueMark.apply(task.getDescription(), calendar.provisionalYears(created, due)));
    if (task.getFollowUpDate() == null) {
      task.setFollowUpDate(YellowPoints.startOf(yellowPoints.yellowDay(created,
          calendar.workingDaysBetween(created, due))));
    }
  }
}
