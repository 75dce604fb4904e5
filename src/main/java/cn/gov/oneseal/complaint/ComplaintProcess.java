package cn.gov.oneseal.complaint;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.ProcessKeys;
import java.time.format.DateTimeFormatter;
import java.util.Date;
import org.camunda.bpm.engine.delegate.VariableScope;

/** What the complaint process's listeners share: its key, the complaint it handles, dates as the forms show them. */
final class ComplaintProcess {

  static final String KEY = ProcessKeys.COMPLAINT;
  private static final DateTimeFormatter CHINESE = DateTimeFormatter.ofPattern("yyyy年M月d日");

  private ComplaintProcess() {}

  static long complaintId(VariableScope scope) {
    return ((Number) scope.getVariable(CaseVariables.COMPLAINT_ID)).longValue();
  }

  /** 2026年3月9日 (the working day a deadline ends). */
  static String chineseDate(Date deadline) {
    return WorkingDayCalendar.dayOf(deadline).format(CHINESE);
  }
}
