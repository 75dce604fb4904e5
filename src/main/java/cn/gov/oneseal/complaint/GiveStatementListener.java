package cn.gov.oneseal.complaint;

import static cn.gov.oneseal.complaint.ComplaintProcess.complaintId;

import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 提交情况说明 ({@code Task_GiveStatement} of {@value ComplaintProcess#KEY}) completed by the officer the complaint
 * names: the statement is kept with the complaint, and the investigator's form shows it from then on.
 */
@Component("giveStatementListener")
public class GiveStatementListener implements TaskListener {

  private final Complaints complaints;
  private final ComplaintStatements statements;

  public GiveStatementListener(Complaints complaints, ComplaintStatements statements) {
    this.complaints = complaints;
    this.statements = statements;
  }

  @Override
  public void notify(DelegateTask task) {
    FormInput in = FormInput.of(task);
    String statement = in.text(FormFields.OFFICER_STATEMENT, 2000);
    in.validate();
    long id = complaintId(task);
    complaints.statement(id, Officer.of(task), statement);
    statements.show(task.getExecution().getProcessInstance(), id);
  }
}
