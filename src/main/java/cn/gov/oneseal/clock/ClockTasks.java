package cn.gov.oneseal.clock;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.FormFields;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Due dates of the clock's own tasks, for the models ({@code ${clockTasks.…}}). */
@Component("clockTasks")
public class ClockTasks {

  private final WorkingDayCalendar calendar;

  public ClockTasks(WorkingDayCalendar calendar) {
    this.calendar = calendar;
  }

  /** The expected end of a special procedure: the reviewer's estimate in working days from today. */
  public Date specialProcedureEnd(VariableScope scope) {
    Number days = (Number) scope.getVariable(FormFields.EXPECTED_WORKING_DAYS);
    return calendar.deadline(ClockUtil.getCurrentTime(), days == null ? 1 : days.intValue());
  }
}
