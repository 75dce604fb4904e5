package cn.gov.oneseal.returning;

import cn.gov.oneseal.process.CaseVariables;
import cn.gov.oneseal.process.FormFields;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Stage_Review's CallActivity_ReturnedSurvey (after 退回受理): at its start, the item's survey requirement and the
 * window's survey request (which the review stage does not receive) are read from the item's process, so that
 * Stage_SiteSurvey decides as it did at intake whether the case must be surveyed — a return cannot go around the
 * survey. At its end, a new survey's result and record become the case's, in the processes above (the decision reads
 * the result: no grant after a failed survey).
 */
@Component("returnedSurveyListener")
public class ReturnedSurveyListener implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (EVENTNAME_START.equals(execution.getEventName())) {
      for (String variable : new String[] {CaseVariables.SURVEY_MODE, FormFields.SURVEY_REQUESTED}) {
        if (execution.getVariable(variable) == null) {
          execution.setVariable(variable, CaseLineage.above(execution, variable));
        }
      }
      return;
    }
    Object result = execution.getVariable(FormFields.SURVEY_RESULT);
    if (result != null) {
      CaseLineage.replaceAbove(execution, FormFields.SURVEY_RESULT, result);
      CaseLineage.replaceAbove(execution, CaseVariables.SURVEY_FINDINGS, execution.getVariable(
          CaseVariables.SURVEY_FINDINGS));
    }
  }
}
