package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.audit.CaseHistory;
import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.security.AsSystem;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 调查处理投诉 ({@code Task_InvestigateComplaint} of {@value ComplaintProcess#KEY}) created: the investigator's form
 * shows the named case's 办件历史 (its timeline, as auditors read it, newest last) and the named officer's statements.
 */
@Component("investigateComplaintCreatedListener")
public class InvestigateComplaintCreatedListener implements TaskListener {

  /** The engine keeps a text variable of at most 4000 characters: the timeline keeps its newest entries within it. */
  static final int MAX_TIMELINE = 3800;
  private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final Complaints complaints;
  private final CaseHistory history;
  private final ComplaintStatements statements;

  public InvestigateComplaintCreatedListener(Complaints complaints, CaseHistory history,
      ComplaintStatements statements) {
    this.complaints = complaints;
    this.history = history;
    this.statements = statements;
  }

  @Override
  public void notify(DelegateTask task) {
    long id = complaintId(task);
    Complaint complaint = complaints.get(id);
    task.setVariable(CaseVariables.CASE_TIMELINE, complaint.caseNumber() == null ? "本投诉未涉及具体办件。"
        : timeline(complaint.caseNumber()));
    statements.show(task, id);
  }

  /** "- 2026-03-02 09:00 收件登记（window1）：…" per entry; the oldest dropped first when too long. */
  String timeline(String caseNumber) {
    List<CaseHistory.Entry> entries = AsSystem.call(() -> history.timeline(caseNumber))
        .map(CaseHistory.Timeline::entries).orElse(List.of());
    StringBuilder text = new StringBuilder();
    for (int i = entries.size() - 1; i >= 0; i--) {
      CaseHistory.Entry e = entries.get(i);
      String officer = e.completedBy() != null ? e.completedBy() : e.officer();
      String line = "- " + MINUTE.format(e.at().atZoneSameInstant(WorkingDayCalendar.ZONE)) + " " + e.title()
          + (officer == null ? "" : "（" + officer + "）") + (e.detail() == null ? "" : "：" + e.detail()) + "\n";
      if (text.length() + line.length() > MAX_TIMELINE) {
        text.insert(0, "- ……（更早的 " + (i + 1) + " 条从略）\n");
        break;
      }
      text.insert(0, line);
    }
    return text.isEmpty() ? "该办件尚无办理记录。" : text.toString();
  }
}
