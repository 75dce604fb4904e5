package cn.gov.oneseal.returning;

import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of Stage_Decision's CallActivity_ReturnedReview (退回重审): the review stage takes the case's survey record
 * and 容缺 state, which the decision stage does not receive — read here from the item's process.
 */
@Component("returnedReviewListener")
public class ReturnedReviewListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    for (String variable : new String[] {CaseVariables.SURVEY_FINDINGS, CaseVariables.DEFICIENCY_PENDING}) {
      if (execution.getVariable(variable) == null) {
        execution.setVariable(variable, CaseLineage.above(execution, variable));
      }
    }
  }
}
