package cn.gov.oneseal.complaint;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * {@code StartEvent_FiledAtWindow} of {@value ComplaintProcess#KEY} started: a complaint the window entered on the
 * start form (投诉登记: a visit, a phone call, a 12345 transfer, a letter), checked and recorded by
 * {@link ComplaintFiling}.
 */
@Component("complaintFiledAtWindowListener")
public class ComplaintFiledAtWindowListener implements ExecutionListener {

  private final ComplaintFiling filing;

  public ComplaintFiledAtWindowListener(ComplaintFiling filing) {
    this.filing = filing;
  }

  @Override
  public void notify(DelegateExecution execution) {
    filing.file(execution, false);
  }
}
