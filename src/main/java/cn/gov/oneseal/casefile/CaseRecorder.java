package cn.gov.oneseal.casefile;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.form.Officer;
import java.time.OffsetDateTime;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/** Records what an officer decided on a task into the case file. */
@Component
public class CaseRecorder {

  private final CaseFiles caseFiles;

  public CaseRecorder(CaseFiles caseFiles) {
    this.caseFiles = caseFiles;
  }

  public static String caseNumber(DelegateTask task) {
    String caseNumber = task.getExecution().getProcessBusinessKey();
    if (caseNumber == null) {
      throw new IllegalStateException("任务 " + task.getId() + " 所在流程没有办件编号（business key）");
    }
    return caseNumber;
  }

  public static OffsetDateTime now() {
    return WorkingDayCalendar.offsetOf(ClockUtil.getCurrentTime());
  }

  /** Stores an opinion recorded outside a task (e.g. a message) and returns the officer's id, if any. */
  public String opinion(DelegateExecution execution, String stage, String decision, String opinion) {
    String officer = Officer.of(execution);
    caseFiles.recordOpinion(new Opinion(execution.getProcessBusinessKey(), stage, null, officer, decision, opinion,
        now()));
    return officer;
  }

  /** Stores the opinion of the task's officer and returns the officer's id. */
  public String opinion(DelegateTask task, String stage, String decision, String opinion) {
    String officer = Officer.of(task);
    caseFiles.recordOpinion(new Opinion(caseNumber(task), stage, task.getId(), officer, decision, opinion, now()));
    return officer;
  }
}
