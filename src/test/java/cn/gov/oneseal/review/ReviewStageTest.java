package cn.gov.oneseal.review;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.clock.ClockService;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The shared review stage (Stage_Review, 审查): what it takes from the case and gives back, and its loop — a special
 * procedure and an extension, approved or refused, each return to the review (the special procedure and the approved
 * extension: clock/ClockProcessTest).
 */
class ReviewStageTest extends CaseTest {

  @Autowired ClockService clocks;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  ProcessInstance atReview() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    officers.passSurvey(pi.getBusinessKey());
    return pi;
  }

  @Test
  void theReviewSeesTheSurveyAndGivesItsRecommendationOpinionAndReviewerBackToTheCase() {
    ProcessInstance pi = atReview();
    String caseNumber = pi.getBusinessKey();
    ProcessInstance review = stages.of(pi, "Stage_Review");
    assertThat(review).isWaitingAt("Task_ReviewApplication");
    assertThat(review.getTenantId()).isEqualTo(pi.getTenantId());
    Task task = officers.task(caseNumber, "Task_ReviewApplication");
    assertThat(task.getName()).startsWith("审查 · " + caseNumber + " · 食品经营许可");
    // what the review form shows of the survey came in from the case
    assertThat(engine.getTaskService().getVariable(task.getId(), "surveyResult")).isEqualTo("pass");
    assertThat((String) engine.getTaskService().getVariable(task.getId(), "surveyFindings")).isNotBlank();
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "reviewerId")).isNull();

    officers.complete("reviewer2", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "deny", "reviewOpinion", "经营场所布局不符合要求"));
    assertThat(review).isEnded().hasPassedInOrder("StartEvent_ReviewRequested", "Task_ReviewApplication",
        "Gateway_ReviewAction", "EndEvent_Reviewed");
    assertThat(pi).hasPassed("CallActivity_Review").isWaitingAt("CallActivity_Decision");
    var variables = engine.getRuntimeService().getVariables(pi.getId());
    assertThat(variables).containsEntry("reviewRecommendation", "deny")
        .containsEntry("reviewOpinion", "经营场所布局不符合要求").containsEntry("reviewerId", "reviewer2");
    // only the contract's variables come back: the review's own stay in the stage
    assertThat(variables).doesNotContainKeys("reviewAction", "specialProcedure", "extensionReason");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.REVIEWED);
    // the decision stage got them from the case (一审一核: the reviewer may not decide)
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "reviewerId")).isEqualTo("reviewer2");
    assertThat(engine.getTaskService().getVariable(decide.getId(), "reviewRecommendation")).isEqualTo("deny");
  }

  @Test
  void aRefusedExtensionGoesBackToTheReviewWithTheDeadlinesUnchanged() {
    ProcessInstance pi = atReview();
    String caseNumber = pi.getBusinessKey();
    var before = clocks.clock(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "extension", "extensionReason", "需补充核查冷链设施"));
    ProcessInstance review = stages.of(pi, "Stage_Review");
    assertThat(review).isWaitingAt("Task_ApproveExtension");
    assertThat(pi).isWaitingAt("CallActivity_Review");

    assertThatThrownBy(() -> officers.complete("head1", caseNumber, "Task_ApproveExtension",
        Map.of("extensionApproved", "refuse")))
        .isInstanceOf(FormValidationException.class);
    officers.complete("head1", caseNumber, "Task_ApproveExtension",
        Map.of("extensionApproved", "refuse", "extensionOpinion", "事实清楚，应在期限内审结"));
    assertThat(review).isWaitingAt("Task_ReviewApplication");
    var after = clocks.clock(caseNumber);
    assertThat(after.statutoryDue()).isEqualTo(before.statutoryDue());
    assertThat(after.promisedDue()).isEqualTo(before.promisedDue());
    assertThat(caseFiles.opinions(caseNumber)).extracting(Opinion::stage, Opinion::decision)
        .contains(org.assertj.core.groups.Tuple.tuple("extension", "refuse"));

    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewAction", "complete", "reviewRecommendation", "grant", "reviewOpinion", "符合"));
    assertThat(review).isEnded().hasPassed("Task_ApproveExtension", "Gateway_ReviewLoop", "EndEvent_Reviewed")
        .hasNotPassed("Task_SpecialProcedure");
    assertThat(pi).isWaitingAt("CallActivity_Decision");
  }
}
