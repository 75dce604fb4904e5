package cn.gov.oneseal.returning;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * 退回 in the stage models: the decision returns to the review (Stage_Decision calls Stage_Review again) and comes
 * back; the review returns to the window (Task_RecheckIntake), through the survey again when the item needs one, and
 * comes back; repeated returns. The returned task goes to the earlier officer with the reason; the clock runs on.
 */
class ReturnPathsTest extends CaseTest {

  @Autowired ClockService clocks;
  @Autowired TaskReturns returns;
  @Autowired cn.gov.oneseal.audit.CaseHistory caseHistory;
  @Autowired cn.gov.oneseal.supervision.SupervisionSweep sweep;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  /** A food case (survey REQUIRED) accepted by window1, surveyed, reviewed by reviewer1: at the decision. */
  ProcessInstance atDecision() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(pi.getBusinessKey());
    officers.complete("reviewer1", pi.getBusinessKey(), "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    return pi;
  }

  String note(Task task) {
    return (String) engine.getTaskService().getVariableLocal(task.getId(), "returnNote");
  }

  @Test
  void theDecisionReturnsToTheReviewerWhoReviewedAndComesBackToTheDecider() {
    ProcessInstance pi = atDecision();
    String caseNumber = pi.getBusinessKey();
    var clockBefore = clocks.clock(caseNumber);
    ClockUtil.setCurrentTime(shanghai(2026, 3, 3, 10, 0, 0));

    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "return", "returnReason", "经营场所平面图与现场不符，请重新审查"));
    ProcessInstance decision = stages.of(pi, "Stage_Decision");
    assertThat(decision).isWaitingAt("CallActivity_ReturnedReview").hasPassed("Gateway_DecisionOrReturn");
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(review.getAssignee()).isEqualTo("reviewer1");
    assertThat(note(review)).contains("退回重审", "decider1", "经营场所平面图与现场不符，请重新审查");
    // the review stage's own limit (2 working days) from now (Tuesday), the yellow point with it
    assertThat(WorkingDayCalendar.dayOf(review.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(review.getFollowUpDate()).isNotNull();
    assertThat(review.getTenantId()).isEqualTo(pi.getTenantId());
    // the review sees the survey record the decision stage does not carry
    assertThat((String) engine.getTaskService().getVariable(review.getId(), "surveyFindings")).isNotBlank();
    // the clock runs on: nothing stopped, no deadline moved
    var clockAfter = clocks.clock(caseNumber);
    assertThat(clockAfter.state()).isEqualTo(ClockService.RUNNING);
    assertThat(clockAfter.statutoryDue()).isEqualTo(clockBefore.statutoryDue());
    assertThat(clockAfter.promisedDue()).isEqualTo(clockBefore.promisedDue());

    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "complete", "reviewRecommendation", "grant", "reviewOpinion", "已核对平面图，符合"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decide.getAssignee()).isEqualTo("decider1");
    assertThat(note(decide)).contains("退回重审后回到本步骤");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "reviewOpinion")).isEqualTo("已核对平面图，符合");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "decisionAction")).isNull();
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "准予"));
    assertThat(decision).isEnded().hasPassed("CallActivity_ReturnedReview", "EndEvent_Decided");
    assertThat(pi).hasPassed("CallActivity_Decision");

    assertThat(returns.ofCase(caseNumber)).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ReturnKind.TO_REVIEW);
      assertThat(r.fromUser()).isEqualTo("decider1");
      assertThat(r.toUser()).isEqualTo("reviewer1");
      assertThat(r.itemCode()).isEqualTo("FoodBusinessLicence");
      assertThat(r.reason()).isEqualTo("经营场所平面图与现场不符，请重新审查");
      assertThat(r.returnedTaskId()).isEqualTo(review.getId());
      assertThat(r.backTaskId()).isEqualTo(decide.getId());
    });
  }

  @Test
  void aReturnNeedsAReasonOfAtMost500CharactersAndTheAssignee() {
    ProcessInstance pi = atDecision();
    String caseNumber = pi.getBusinessKey();
    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "return")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("退回理由必填");
    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "return", "returnReason", "长".repeat(501))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不能超过 500 个字");
    // decider2 (a candidate) may not return decider1's task
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decide.getAssignee()).isEqualTo("decider1");
    assertThatThrownBy(() -> officers.run("decider2", () -> engine.getFormService().submitTaskForm(decide.getId(),
        Map.of("decisionAction", "return", "returnReason", "请重审"))))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("只有任务的办理人才能退回");
    assertThat(stages.of(pi, "Stage_Decision")).isWaitingAt("Task_DecideApplication");
    assertThat(returns.ofCase(caseNumber)).isEmpty();
  }

  @Test
  void theReviewReturnsToTheWindowWhoAcceptedAndTheCaseIsSurveyedAgain() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "return", "returnReason", "申请书与营业执照名称不一致"));
    ProcessInstance review = stages.of(pi, "Stage_Review");
    assertThat(review).isWaitingAt("Task_RecheckIntake");
    Task recheck = officers.task(caseNumber, "Task_RecheckIntake");
    assertThat(recheck.getAssignee()).isEqualTo("window1");
    assertThat(note(recheck)).contains("退回受理", "reviewer1", "申请书与营业执照名称不一致");
    // the window's Tasklist loads its form, which shows the note
    String form = officers.as("window1", () -> {
      try (var in = engine.getFormService().getDeployedTaskForm(recheck.getId())) {
        return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    assertThat(form).contains("\"Form_RecheckIntake\"", "returnNote", "recheckOpinion");
    // the intake's own limit (1 working day) from now
    assertThat(WorkingDayCalendar.dayOf(recheck.getDueDate())).isEqualTo(LocalDate.of(2026, 3, 3));
    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_RecheckIntake", Map.of()))
        .isInstanceOf(FormValidationException.class);
    officers.complete("window1", caseNumber, "Task_RecheckIntake", Map.of("recheckOpinion", "申请人已更正申请书"));
    assertThat(caseHistory.timeline(caseNumber).orElseThrow().entries()).anySatisfy(e -> {
      assertThat(e.title()).isEqualTo("受理意见：退回后重新受理审查");
      assertThat(e.detail()).isEqualTo("申请人已更正申请书");
    });

    // the item requires a survey: it cannot be gone around
    assertThat(review).isWaitingAt("CallActivity_ReturnedSurvey");
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey")).isNotNull();
    assertThat(officers.task(caseNumber, "Task_ReviewApplication")).isNull();
    officers.surveyAs("surveylead1", caseNumber, "fail");
    Task again = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(again.getAssignee()).isEqualTo("reviewer1");
    assertThat(engine.getTaskService().getVariable(again.getId(), "surveyResult")).isEqualTo("fail");
    // the new survey's result is the case's: the decision may not grant after it failed
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "deny", "reviewOpinion", "复勘不合格"));
    assertThat(review).isEnded().hasPassed("Task_RecheckIntake", "CallActivity_ReturnedSurvey", "EndEvent_Reviewed");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "surveyResult")).isEqualTo("fail");
    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "准予")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不合格");
    assertThat(returns.ofCase(caseNumber)).singleElement().satisfies(r -> {
      assertThat(r.kind()).isEqualTo(ReturnKind.TO_INTAKE);
      assertThat(r.fromUser()).isEqualTo("reviewer1");
      assertThat(r.toUser()).isEqualTo("window1");
    });
  }

  @Test
  void anItemWithoutSurveyGoesStraightBackToTheReview() {
    ProcessInstance pi = officers.register("window1", "HumanResourceServiceLicence",
        Applications.of("M01", "M02", "M03", "M04"));
    String caseNumber = pi.getBusinessKey();
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "accept", "surveyRequested", false));
    officers.complete("reviewer2", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "return", "returnReason", "缺少专职工作人员社保证明"));
    assertThat(officers.task(caseNumber, "Task_RecheckIntake").getAssignee()).isEqualTo("window1");
    officers.complete("window1", caseNumber, "Task_RecheckIntake", Map.of("recheckOpinion", "已补充"));
    ProcessInstance review = stages.of(pi, "Stage_Review");
    assertThat(review).isWaitingAt("Task_ReviewApplication").hasPassed("CallActivity_ReturnedSurvey");
    assertThat(officers.task(caseNumber, "Task_ScheduleSurvey")).isNull();
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer2");
  }

  @Test
  void repeatedReturnsEachGoBackAndComeBack() {
    ProcessInstance pi = atDecision();
    String caseNumber = pi.getBusinessKey();
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "return", "returnReason", "第一次退回重审"));
    // the returned review returns the case to the window in its turn
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "return", "returnReason", "材料需重新受理审查"));
    assertThat(officers.task(caseNumber, "Task_RecheckIntake").getAssignee()).isEqualTo("window1");
    officers.complete("window1", caseNumber, "Task_RecheckIntake", Map.of("recheckOpinion", "已重新审查"));
    officers.passSurvey(caseNumber);
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "complete", "reviewRecommendation", "grant", "reviewOpinion", "符合"));
    assertThat(officers.task(caseNumber, "Task_DecideApplication").getAssignee()).isEqualTo("decider1");
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "return", "returnReason", "第二次退回重审"));
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getAssignee()).isEqualTo("reviewer1");
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "decide", "decision", "grant", "decisionOpinion", "准予"));
    assertThat(stages.of(pi, "Stage_Decision")).isEnded();
    assertThat(returns.ofCase(caseNumber)).extracting(TaskReturn::kind, TaskReturn::reason).containsExactly(
        org.assertj.core.groups.Tuple.tuple(ReturnKind.TO_REVIEW, "第一次退回重审"),
        org.assertj.core.groups.Tuple.tuple(ReturnKind.TO_INTAKE, "材料需重新受理审查"),
        org.assertj.core.groups.Tuple.tuple(ReturnKind.TO_REVIEW, "第二次退回重审"));
    assertThat(returns.ofCase(caseNumber)).allSatisfy(r -> assertThat(r.backTaskId()).isNotNull());
  }

  @Test
  void theReturnedTaskCarriesItsStagesCards() {
    ProcessInstance pi = atDecision();
    String caseNumber = pi.getBusinessKey();
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decisionAction", "return", "returnReason", "请重新审查"));
    Task review = officers.task(caseNumber, "Task_ReviewApplication");
    // created Monday, the review's 2 working days: due Wednesday; the yellow card from the yellow point, the red
    // card after the due date — on the returned task, for the review stage, its officer responsible
    ClockUtil.setCurrentTime(shanghai(2026, 3, 4, 23, 0, 0));
    assertThat(sweep.sweep()).filteredOn(c -> review.getId().equals(c.scope())).singleElement().satisfies(card -> {
      assertThat(card.kind()).isEqualTo(cn.gov.oneseal.supervision.CardKind.YELLOW);
      assertThat(card.stage()).isEqualTo("审查");
    });
    ClockUtil.setCurrentTime(shanghai(2026, 3, 5, 0, 0, 1));
    assertThat(sweep.sweep()).filteredOn(c -> review.getId().equals(c.scope())).singleElement()
        .satisfies(card -> assertThat(card.kind()).isEqualTo(cn.gov.oneseal.supervision.CardKind.RED));
  }
}
