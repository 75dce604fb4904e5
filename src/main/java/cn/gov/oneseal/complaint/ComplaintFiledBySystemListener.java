package cn.gov.oneseal.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_FiledBySystem} of {@value ComplaintProcess#KEY} started: a complaint the API received (the portal
 * or a regulator's system; only the API sends the start message), checked and recorded by {@link ComplaintFiling}.
 */
@Component("complaintFiledBySystemListener")
public class ComplaintFiledBySystemListener implements ExecutionListener {

  private final ComplaintFiling filing;

  public ComplaintFiledBySystemListener(ComplaintFiling filing) {
    this.filing = filing;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.file(execution, true);
  }
}
