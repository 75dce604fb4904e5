package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 调查处理投诉 ({@code Task_InvestigateComplaint} of {@value ComplaintProcess#KEY}) assigned (also by 转办 or 改派): an
 * officer bound to recuse ({@link ComplaintRecusal}) is refused at once.
 */
@Component("complaintInvestigatorRecusalListener")
public class ComplaintInvestigatorRecusalListener implements TaskListener {

  private final ComplaintRecusal recusal;

  public ComplaintInvestigatorRecusalListener(ComplaintRecusal recusal) {
    this.recusal = recusal;
  }

  @Override
  public void notify(DelegateTask task) {
    recusal.investigator(complaintId(task), task.getAssignee(), (String) task.getVariable(FormFields.NAMED_OFFICER),
        "assignee");
  }
}
