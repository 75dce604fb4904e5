package cn.gov.oneseal.feedback;

import cn.gov.oneseal.process.CaseVariables;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Component;

/** The bureau's answer to the regulator, recorded on the report and shown in the regulator's task. */
@Component
class WrongApprovalAnswers {

  private final WrongApprovalReports reports;

  WrongApprovalAnswers(WrongApprovalReports reports) {
    this.reports = reports;
  }

  void answer(VariableScope scope, long id, String answer) {
    reports.answered(id, answer);
    scope.setVariable(CaseVariables.REGULATOR_ANSWER, answer);
  }
}
