package cn.gov.oneseal.food;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.calendar.WorkingDayCalendar;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseNumbers;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.Cards;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** Every path of the food business licence and its stages, as the demo officers walk them. */
class FoodBusinessLicenceProcessTest extends CaseTest {

  @Autowired Cards cards;

  @Autowired JdbcTemplate jdbc;

  @BeforeEach
  void setUp() {
    // Friday before the 2025 National Day holiday (10-01…10-08; 09-28 and 10-11 are worked)
    ClockUtil.setCurrentTime(shanghai(2025, 9, 26, 10, 0, 0));
  }


  ProcessInstance registerAndAccept() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    officers.complete("window1", pi.getBusinessKey(), "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    return pi;
  }

  void survey(String caseNumber, String result) {
    officers.surveyAs("surveylead1", caseNumber, result);
  }

  void review(String caseNumber, String recommendation) {
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", recommendation, "reviewOpinion", "材料与现场相符"));
  }

  @Test
  void grantedCaseRunsThroughAllFiveStagesWithWorkingDayDueDates() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    String caseNumber = pi.getBusinessKey();
    assertThat(CaseNumbers.isWellFormed(caseNumber)).isTrue();
    assertThat(caseNumber).startsWith("32050020250926C");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.RECEIVED);
    assertThat(caseFiles.materialCodes(caseNumber)).containsExactly("M01", "M02", "M03", "M04");

    assertThat(pi).isWaitingAt("CallActivity_Intake");
    Task intake = officers.task(caseNumber, "Task_AcceptApplication");
    assertThat(intake).hasCandidateGroup("window");
    // receipt Friday 09-26: 1 WD → Sunday 09-28, a make-up working day
    assertThat(intake.getDueDate()).isEqualTo(endOf(2025, 9, 28));
    // yellow point: the start of the stage's last working day
    assertThat(intake.getFollowUpDate()).isEqualTo(shanghai(2025, 9, 28, 0, 0, 0));

    officers.complete("window1", caseNumber, "Task_AcceptApplication", Map.of("intakeDecision", "accept"));
    CaseFile accepted = caseFiles.get(caseNumber);
    assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
    // promised 6 WD: 09-28, 09-29, 09-30, 10-09, 10-10, 10-11 (make-up Saturday)
    assertThat(accepted.promisedDue().toInstant()).isEqualTo(endOf(2025, 10, 11).toInstant());
    // statutory 10 WD: … 10-13, 10-14, 10-15, 10-16
    assertThat(accepted.statutoryDue().toInstant()).isEqualTo(endOf(2025, 10, 16).toInstant());

    assertThat(pi).isWaitingAt("CallActivity_SiteSurvey");
    // food requires a survey: the stage's decision table sends it to the first round
    assertThat(stages.of(pi, "Stage_SiteSurvey")).hasPassed("Task_DetermineSurvey").isWaitingAt("Task_ScheduleSurvey");
    Task survey = officers.task(caseNumber, "Task_ScheduleSurvey");
    assertThat(survey).hasCandidateGroup("surveyLead");
    assertThat(survey.getDueDate()).isEqualTo(endOf(2025, 9, 30));
    survey(caseNumber, "pass");

    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getDueDate()).isEqualTo(endOf(2025, 9, 29));
    assertThat(officers.task(caseNumber, "Task_ReviewApplication").getFollowUpDate())
        .isEqualTo(shanghai(2025, 9, 29, 0, 0, 0));
    ClockUtil.setCurrentTime(shanghai(2025, 9, 30, 16, 0, 0));
    review(caseNumber, "grant");

    assertThat(pi).isWaitingAt("CallActivity_Decision");
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat(decide).hasCandidateGroup("decider");
    // created on 09-30: 1 WD jumps the whole National Day holiday
    assertThat(decide.getDueDate()).isEqualTo(endOf(2025, 10, 9));
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "符合食品经营许可条件，准予许可"));

    assertThat(pi).isWaitingAt("CallActivity_Delivery");
    assertThat(stages.of(pi, "Stage_Delivery")).isWaitingAt("Task_IssueLicence").hasNotPassed("Event_SupplementsAccepted");
    assertThat(officers.task(caseNumber, "Task_IssueLicence").getDueDate()).isEqualTo(endOf(2025, 10, 14));
    CaseFile granted = caseFiles.get(caseNumber);
    assertThat(granted.status()).isEqualTo(CaseStatus.GRANTED);
    assertThat(granted.licenceNumber()).matches("JY2320500\\d{6}\\d");
    assertThat(granted.licenceValidUntil()).isEqualTo(LocalDate.of(2030, 9, 29));
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));

    assertThat(pi).isWaitingAt("CallActivity_DispatchToRegulator");
    Task signFor = officers.task(caseNumber, "Task_SignForDecision");
    assertThat(signFor).hasCandidateGroup("regulatorSamr");
    assertThat(signFor.getDueDate()).isEqualTo(endOf(2025, 10, 11));
    officers.complete("samr1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));

    assertThat(pi).isEnded().hasPassedInOrder("CallActivity_Intake", "CallActivity_SiteSurvey",
        "CallActivity_Review", "CallActivity_Decision", "CallActivity_Delivery", "CallActivity_DispatchToRegulator",
        "EndEvent_CaseCompleted").hasNotPassed("CallActivity_CommitmentDecision");
    assertThat(stages.of(pi, "Stage_Review")).isEnded().hasPassedInOrder("Task_ReviewApplication", "EndEvent_Reviewed")
        .hasNotPassed("Task_SpecialProcedure", "Task_ApproveExtension");
    assertThat(stages.of(pi, "Stage_Delivery")).isEnded().hasPassedInOrder("Task_IssueLicence", "EndEvent_Delivered")
        .hasNotPassed("Task_DeliverDenial");
    CaseFile done = caseFiles.get(caseNumber);
    assertThat(done.status()).isEqualTo(CaseStatus.COMPLETED);
    assertThat(done.signedForBy()).isEqualTo("samr1");
    assertThat(caseFiles.opinions(caseNumber)).extracting(Opinion::stage, Opinion::officerId, Opinion::decision)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("intake", "window1", "accept"),
            org.assertj.core.groups.Tuple.tuple("survey", "surveylead1", "scheduled"),
            org.assertj.core.groups.Tuple.tuple("survey", "samr1", "agree"),
            org.assertj.core.groups.Tuple.tuple("survey", "surveylead1", "pass"),
            org.assertj.core.groups.Tuple.tuple("review", "reviewer1", "grant"),
            org.assertj.core.groups.Tuple.tuple("decision", "decider1", "grant"),
            org.assertj.core.groups.Tuple.tuple("delivery", "window1", "WINDOW"),
            org.assertj.core.groups.Tuple.tuple("signFor", "samr1", "signed"));
  }

  @Test
  void deniedCaseDeliversTheDenialWithReasonsAndRemediesAndIsDispatched() {
    ProcessInstance pi = registerAndAccept();
    String caseNumber = pi.getBusinessKey();
    survey(caseNumber, "pass");
    review(caseNumber, "deny");
    officers.complete("decider2", caseNumber, "Task_DecideApplication",
        Map.of("decision", "deny", "decisionOpinion", "经营场所与住宅区无有效隔离，不符合第十二条规定"));

    assertThat(pi).isWaitingAt("CallActivity_Delivery");
    assertThat(stages.of(pi, "Stage_Delivery")).isWaitingAt("Task_DeliverDenial");
    CaseFile denied = caseFiles.get(caseNumber);
    assertThat(denied.status()).isEqualTo(CaseStatus.DENIED);
    assertThat(denied.outcomeReasons()).contains("无有效隔离");
    assertThat(denied.remedies()).contains("六十日内").contains("行政复议").contains("六个月内").contains("行政诉讼");
    assertThat(denied.licenceNumber()).isNull();

    officers.complete("window2", caseNumber, "Task_DeliverDenial", Map.of("deliveryMethod", "POST", "delivered", true));
    officers.complete("samr1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
    assertThat(pi).isEnded().hasPassed("CallActivity_Delivery", "CallActivity_DispatchToRegulator");
    assertThat(stages.of(pi, "Stage_Delivery")).isEnded().hasPassed("Task_DeliverDenial")
        .hasNotPassed("Task_IssueLicence", "Event_SupplementsAccepted");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.COMPLETED);
  }

  @Test
  void rejectionAtIntakeNeedsReasonsAndEndsTheCaseWithRemedies() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    String caseNumber = pi.getBusinessKey();

    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("不予受理的理由必填");
    assertThat(pi).isWaitingAt("CallActivity_Intake");

    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "reject", "intakeOpinion", "申请事项不属于本机关职权范围，请向省市场监管局申请"));
    assertThat(pi).isEnded().hasPassed("EndEvent_Rejected").hasNotPassed("CallActivity_SiteSurvey");
    assertThat(stages.called(pi, "Stage_SiteSurvey")).isFalse();
    CaseFile rejected = caseFiles.get(caseNumber);
    assertThat(rejected.status()).isEqualTo(CaseStatus.REJECTED);
    assertThat(rejected.outcomeReasons()).contains("不属于本机关职权范围");
    assertThat(rejected.remedies()).contains("行政复议").contains("行政诉讼");
    assertThat(rejected.closedAt()).isNotNull();
  }

  @Test
  void aCaseNobodyAcceptsWithinFiveWorkingDaysIsAcceptedFromItsReceipt() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    String caseNumber = pi.getBusinessKey();
    Job timer = engine.getManagementService().createJobQuery().timers()
        .processInstanceId(officers.task(caseNumber, "Task_AcceptApplication").getProcessInstanceId()).singleResult();
    // receipt Friday 09-26: 09-28 (make-up), 09-29, 09-30, 10-09, 10-10 — the National Day does not count
    assertThat(timer.getDuedate()).isEqualTo(endOf(2025, 10, 10));

    ClockUtil.setCurrentTime(shanghai(2025, 10, 11, 0, 0, 1));
    engine.getManagementService().executeJob(timer.getId());
    assertThat(pi).isWaitingAt("CallActivity_SiteSurvey");
    CaseFile accepted = caseFiles.get(caseNumber);
    assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
    assertThat(accepted.acceptedAt()).isEqualTo(accepted.receivedAt());
    // the clock counts from receipt: promised 6 WD from 09-26
    assertThat(accepted.promisedDue().toInstant()).isEqualTo(endOf(2025, 10, 11).toInstant());
    assertThat(caseFiles.opinions(caseNumber)).extracting(Opinion::decision).contains("deemedAccepted");
    assertThat(cards.ofCase(caseNumber)).anySatisfy(card -> {
      assertThat(card.scope()).isEqualTo("DEEMED_ACCEPTANCE");
      assertThat(card.kind()).isEqualTo(CardKind.RED);
    });
  }

  @Test
  void failedSurveyCannotBeGrantedAndEndsInADenial() {
    ProcessInstance pi = registerAndAccept();
    String caseNumber = pi.getBusinessKey();
    survey(caseNumber, "fail");
    assertThat(pi).isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    review(caseNumber, "deny");

    assertThatThrownBy(() -> officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "同意")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("现场勘验结论为不合格，不得准予许可");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.REVIEWED);

    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "deny", "decisionOpinion", "现场勘验不合格：无更衣洗手设施"));
    assertThat(pi).isWaitingAt("CallActivity_Delivery");
    assertThat(stages.of(pi, "Stage_Delivery")).isWaitingAt("Task_DeliverDenial");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.DENIED);
  }

  @Test
  void theReviewerCannotDecideTheSameCase() {
    ProcessInstance pi = registerAndAccept();
    String caseNumber = pi.getBusinessKey();
    survey(caseNumber, "pass");
    review(caseNumber, "grant");
    Task decide = officers.task(caseNumber, "Task_DecideApplication");

    // reviewer1 also holding the decider role may neither claim nor complete the decision
    engine.getIdentityService().setAuthentication("reviewer1", List.of("reviewer", "decider"), List.of("city"));
    try {
      assertThatThrownBy(() -> engine.getTaskService().claim(decide.getId(), "reviewer1"))
          .isInstanceOf(FormValidationException.class).hasMessageContaining("一审一核");
      assertThatThrownBy(() -> engine.getFormService().submitTaskForm(decide.getId(),
          Map.of("decision", "grant", "decisionOpinion", "同意")))
          .isInstanceOf(FormValidationException.class).hasMessageContaining("审查人不得作出决定");
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    assertThat(pi).isWaitingAt("CallActivity_Decision");
    assertThat(engine.getTaskService().createTaskQuery().taskId(decide.getId()).singleResult().getAssignee()).isNull();
  }

  @Test
  void officersCanOnlyWorkOnTheirGroupsTasks() {
    ProcessInstance pi = officers.register("window1", Applications.food());
    String caseNumber = pi.getBusinessKey();
    Task intake = officers.task(caseNumber, "Task_AcceptApplication");

    assertThat(officers.as("reviewer1", () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(caseNumber).count())).isZero();
    assertThat(officers.as("window2", () -> engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKey(caseNumber).count())).isEqualTo(1);
    assertThatThrownBy(() -> officers.run("reviewer1", () -> engine.getFormService().submitTaskForm(intake.getId(),
        Map.of("intakeDecision", "accept"))))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> officers.register("reviewer1", Applications.food()))
        .isInstanceOf(AuthorizationException.class);
    assertThat(pi).isWaitingAt("CallActivity_Intake");
  }

  @Test
  void anInvalidApplicationIsRefusedWithoutLeavingAnything() {
    Integer casesBefore = jdbc.queryForObject("select count(*) from case_file", Integer.class);
    long instancesBefore = engine.getHistoryService().createHistoricProcessInstanceQuery().count();
    Map<String, Object> form = Applications.food();
    form.put("applicantId", "91350100M000100Y44");
    form.put("materials", Spin.JSON("[\"M01\",\"M99\"]"));
    form.remove("premisesAddress");

    assertThatThrownBy(() -> officers.register("window1", form))
        .isInstanceOf(FormValidationException.class)
        .satisfies(e -> assertThat(((FormValidationException) e).getErrors())
            .extracting(err -> err.field() + ":" + err.code())
            .containsExactlyInAnyOrder("applicantId:INVALID_CHECKSUM", "premisesAddress:REQUIRED",
                "materials:INVALID_CHOICE"));
    assertThat(jdbc.queryForObject("select count(*) from case_file", Integer.class)).isEqualTo(casesBefore);
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().count()).isEqualTo(instancesBefore);
  }

  @Test
  void caseNumbersAreSequentialPerDayAndUnique() {
    String first = officers.register("window1", Applications.food()).getBusinessKey();
    String second = officers.register("window2", Applications.food()).getBusinessKey();
    assertThat(first).isNotEqualTo(second);
    assertThat(Long.parseLong(second.substring(15, 21))).isEqualTo(Long.parseLong(first.substring(15, 21)) + 1);
    assertThat(WorkingDayCalendar.dayOf(ClockUtil.getCurrentTime())).isEqualTo(LocalDate.of(2025, 9, 26));
  }
}
