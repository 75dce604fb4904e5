package cn.gov.oneseal.decision;

import cn.gov.oneseal.casefile.CaseRecorder;
import cn.gov.oneseal.form.FormChoices;
import cn.gov.oneseal.form.FormInput;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.form.Officer;
import cn.gov.oneseal.process.FormFields;
import cn.gov.oneseal.returning.Returning;
import cn.gov.oneseal.review.ReviewOpinionListener;
import cn.gov.oneseal.security.AsSystem;
import cn.gov.oneseal.survey.SurveyFindingsListener;
import java.util.Map;
import java.util.Objects;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * 决定 (Stage_Decision): grant or deny with a mandatory opinion. 一审一核 — the officer who reviewed
 * the case may neither take nor complete the decision task. A grant after a failed site survey is
 * refused. Or the decider returns the case to the review with a reason (退回重审, returning/Returning).
 */
@Component("decisionListener")
public class DecisionListener implements TaskListener {

  private final CaseRecorder recorder;
  static final String DECIDE = "decide";
  static final String REVIEW_TASK = "Task_ReviewApplication";
  static final Map<String, String> ACTIONS = FormChoices.options("Form_DecideApplication", FormFields.DECISION_ACTION);

  private final DecisionRecorder decisions;
  private final Returning returning;

  public DecisionListener(CaseRecorder recorder, DecisionRecorder decisions, Returning returning) {
    this.recorder = recorder;
    this.decisions = decisions;
    this.returning = returning;
  }

  @Override
  public void notify(DelegateTask task) {
    refuseReviewer(task, Officer.of(task), "decision");
    FormInput in = FormInput.of(task);
    if (task.getVariable(FormFields.DECISION_ACTION) == null) {
      task.setVariable(FormFields.DECISION_ACTION, DECIDE);
    }
    if (Returning.RETURN.equals(in.choice(FormFields.DECISION_ACTION, "办理方式", ACTIONS))) {
      in.validate();
      returning.returned(task, in);
      return;
    }
    in.validate();
    String decision = in.choice(FormFields.DECISION);
    String opinion = in.text(FormFields.DECISION_OPINION, DecisionRecorder.DENY.equals(decision) ? "不予许可的理由" : "决定意见", 4000);
    if (DecisionRecorder.GRANT.equals(decision)
        && SurveyFindingsListener.FAIL.equals(task.getVariable(FormFields.SURVEY_RESULT))) {
      in.reject(FormFields.DECISION, "CONFLICT", "现场勘验结论为不合格，不得准予许可");
    }
    in.validate();
    String decider = recorder.opinion(task, "decision", decision, opinion);
    decisions.record(task, task.getTenantId(), CaseRecorder.caseNumber(task), decision, opinion, decider);
  }

  /**
   * 一审一核: the case's reviewer — the one the review gave back, and any officer who completed a review task of the
   * case (after a return, 退回重审, the case may have had more than one) — may not take or complete its decision.
   */
  static void refuseReviewer(DelegateTask task, String user, String field) {
    if (user == null) {
      return;
    }
    Object reviewer = task.getVariable(ReviewOpinionListener.REVIEWER);
    boolean reviewed = Objects.equals(user, reviewer) || AsSystem.call(() -> task.getProcessEngineServices()
        .getHistoryService().createHistoricTaskInstanceQuery()
        .processInstanceBusinessKey(task.getExecution().getProcessBusinessKey())
        .taskDefinitionKey(REVIEW_TASK).taskAssignee(user).finished().count() > 0);
    if (reviewed) {
      throw FormValidationException.of(field, "SAME_OFFICER",
          "一审一核：本案由 " + user + " 审查，审查人不得作出决定，请由其他审批决定人办理");
    }
  }
}
