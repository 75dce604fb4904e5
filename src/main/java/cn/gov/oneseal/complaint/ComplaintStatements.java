package cn.gov.oneseal.complaint;

import java.time.format.DateTimeFormatter;
import org.camunda.bpm.engine.delegate.VariableScope;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import org.springframework.stereotype.Component;

/** The named officer's statements as the investigator's form shows them (the process's variable, kept current). */
@Component
class ComplaintStatements {

  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Complaints complaints;
  private final ComplaintOfficers officers;

  ComplaintStatements(Complaints complaints, ComplaintOfficers officers) {
    this.complaints = complaints;
    this.officers = officers;
  }

  void show(VariableScope scope, long complaintId) {
    StringBuilder text = new StringBuilder();
    for (Complaints.Statement s : complaints.statements(complaintId)) {
      text.append("- ").append(MINUTE.format(s.givenAt().atZoneSameInstant(WorkingDayCalendar.ZONE))).append(' ')
          .append(officers.name(s.officerId())).append("：").append(s.statement()).append('\n');
    }
    String shown = text.isEmpty() ? "被投诉人尚未提交情况说明。" : text.toString();
    scope.setVariable(CaseVariables.OFFICER_STATEMENTS, shown.length() > 3900 ? shown.substring(0, 3899) + "…" : shown);
  }
}
