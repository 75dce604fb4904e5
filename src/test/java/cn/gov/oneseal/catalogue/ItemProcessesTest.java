package cn.gov.oneseal.catalogue;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.api.ApiException;
import cn.gov.oneseal.casefile.CaseFile;
import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.casefile.Opinion;
import cn.gov.oneseal.form.FormValidationException;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.window.WindowSubmission;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/** The main path of every catalogue item and of each item type, walked by the demo officers. */
class ItemProcessesTest extends CaseTest {

  @Autowired TestRestTemplate rest;

  @BeforeEach
  void setUp() {
    // Monday 2026-03-02 09:00
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }


  void accept(String caseNumber) {
    accept(caseNumber, false);
  }

  void accept(String caseNumber, boolean surveyRequested) {
    officers.complete("window1", caseNumber, "Task_AcceptApplication",
        Map.of("intakeDecision", "accept", "surveyRequested", surveyRequested));
  }

  void survey(String caseNumber) {
    officers.passSurvey(caseNumber);
  }

  void reviewAndGrant(String caseNumber) {
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "符合法定条件"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "准予许可"));
  }

  void deliverAndSignFor(String caseNumber, String regulator, String regulatorGroup) {
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).hasCandidateGroup(regulatorGroup);
    officers.complete(regulator, caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.COMPLETED);
  }

  @Test
  void publicPlaceHygieneLicenceIsSurveyedAndDispatchedToHealth() {
    ProcessInstance pi = officers.register("window1", "PublicPlaceHygieneLicence", Applications.of("M01", "M02", "M03", "M04", "M05"));
    assertThat(pi.getBusinessKey()).matches("32050020260302C\\d{6}[0-9A-Z]");
    accept(pi.getBusinessKey());
    assertThat(pi).isWaitingAt("CallActivity_SiteSurvey");
    assertThat(stages.of(pi, "Stage_SiteSurvey")).hasPassed("Task_DetermineSurvey").isWaitingAt("Task_ScheduleSurvey");
    // promised 10 WD from acceptance on Monday 03-02
    assertThat(caseFiles.get(pi.getBusinessKey()).promisedDue().toInstant()).isEqualTo(endOf(2026, 3, 16).toInstant());
    survey(pi.getBusinessKey());
    reviewAndGrant(pi.getBusinessKey());
    assertThat(caseFiles.get(pi.getBusinessKey()).licenceNumber()).startsWith("WS1320500");
    assertThat(caseFiles.get(pi.getBusinessKey()).licenceValidUntil()).isEqualTo(java.time.LocalDate.of(2030, 3, 1));
    deliverAndSignFor(pi.getBusinessKey(), "nhc1", "regulatorNhc");
    assertThat(pi).isEnded().hasPassed("CallActivity_SiteSurvey", "CallActivity_Decision", "EndEvent_CaseCompleted");
  }

  @Test
  void drugRetailLicenceRunsTheStandardPath() {
    ProcessInstance pi = officers.register("window1", "DrugRetailLicence", Applications.of("M01", "M02", "M03", "M04", "M05", "M06"));
    accept(pi.getBusinessKey());
    survey(pi.getBusinessKey());
    reviewAndGrant(pi.getBusinessKey());
    assertThat(caseFiles.get(pi.getBusinessKey()).licenceNumber()).startsWith("YL");
    deliverAndSignFor(pi.getBusinessKey(), "samr1", "regulatorSamr");
    assertThat(pi).isEnded();
  }

  @Test
  void humanResourcesSurveyOnlyWhenTheWindowAsksAndItsLimitRunsFromReceipt() {
    ProcessInstance noSurvey = officers.register("window1", "HumanResourceServiceLicence", Applications.of("M01", "M02", "M03", "M04"));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 4, 10, 0, 0));
    accept(noSurvey.getBusinessKey(), false);
    // the survey stage decides there is none and ends at once
    assertThat(noSurvey).hasPassed("CallActivity_SiteSurvey").isWaitingAt("CallActivity_Review");
    assertThat(stages.of(noSurvey, "Stage_SiteSurvey")).isEnded().hasPassed("Task_DetermineSurvey", "EndEvent_NoSurvey")
        .hasNotPassed("Task_ScheduleSurvey");
    assertThat(engine.getRuntimeService().getVariable(noSurvey.getId(), "surveyResult")).isNull();
    assertThat(stages.of(noSurvey, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    // 条例第十九条: 20 days from receipt (Monday 03-02), not from acceptance (03-04)
    CaseFile file = caseFiles.get(noSurvey.getBusinessKey());
    assertThat(file.statutoryDue().toInstant()).isEqualTo(endOf(2026, 3, 30).toInstant());
    assertThat(file.promisedDue().toInstant()).isEqualTo(endOf(2026, 3, 16).toInstant());
    reviewAndGrant(noSurvey.getBusinessKey());
    assertThat(caseFiles.get(noSurvey.getBusinessKey()).licenceValidUntil()).isNull();
    deliverAndSignFor(noSurvey.getBusinessKey(), "hrss1", "regulatorHrss");

    ProcessInstance withSurvey = officers.register("window1", "HumanResourceServiceLicence", Applications.of("M01", "M02", "M03", "M04"));
    accept(withSurvey.getBusinessKey(), true);
    assertThat(withSurvey).isWaitingAt("CallActivity_SiteSurvey");
    assertThat(stages.of(withSurvey, "Stage_SiteSurvey")).hasPassed("Task_DetermineSurvey")
        .isWaitingAt("Task_ScheduleSurvey");
  }

  @Test
  void constructionPermitHasNoSurveyAndSevenDaysFromReceipt() {
    ProcessInstance pi = officers.register("window1", "ConstructionPermit", Applications.of("M01", "M02", "M03", "M04", "M05", "M06", "M07"));
    accept(pi.getBusinessKey(), true);
    // survey NONE: the survey stage ends at once, even when the window asked for one
    assertThat(pi).hasPassed("CallActivity_SiteSurvey").isWaitingAt("CallActivity_Review");
    assertThat(stages.of(pi, "Stage_SiteSurvey")).isEnded().hasPassed("EndEvent_NoSurvey")
        .hasNotPassed("Task_ScheduleSurvey");
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Task_ReviewApplication");
    assertThat(caseFiles.get(pi.getBusinessKey()).statutoryDue().toInstant()).isEqualTo(endOf(2026, 3, 11).toInstant());
    reviewAndGrant(pi.getBusinessKey());
    deliverAndSignFor(pi.getBusinessKey(), "housing1", "regulatorHousing");
  }

  @Test
  void roadFreightIsDecidedOnTheSpotInOneTask() {
    ProcessInstance pi = officers.register("window1", "RoadFreightLicence", Applications.of("M01", "M02", "M03", "M04", "M05"));
    String caseNumber = pi.getBusinessKey();
    assertThat(caseNumber).matches("32050020260302J\\d{6}[0-9A-Z]");
    Task task = officers.task(caseNumber, "Task_DecideOnTheSpot");
    assertThat(task).hasCandidateGroup("window");
    assertThat(task.getDueDate()).isEqualTo(endOf(2026, 3, 2));
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber).count()).isEqualTo(1);

    assertThatThrownBy(() -> officers.complete("window1", caseNumber, "Task_DecideOnTheSpot",
        Map.of("intakeDecision", "accept", "decisionOpinion", "符合条件")))
        .isInstanceOf(FormValidationException.class).hasMessageContaining("请选择审批决定").hasMessageContaining("出件方式");
    officers.complete("window1", caseNumber, "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "材料齐全，当场准予", "deliveryMethod", "WINDOW", "delivered", true));
    CaseFile file = caseFiles.get(caseNumber);
    assertThat(file.status()).isEqualTo(CaseStatus.DELIVERED);
    assertThat(file.acceptedAt()).isEqualTo(file.decidedAt());
    assertThat(file.licenceNumber()).startsWith("DY1320500");
    // the on-the-spot stage gave its decision and licence number back to the case, for the regulator
    assertThat(pi).isWaitingAt("CallActivity_DispatchToRegulator");
    assertThat(engine.getRuntimeService().getVariables(pi.getId())).containsEntry("intakeDecision", "accept")
        .containsEntry("decision", "grant").containsEntry("licenceNumber", file.licenceNumber());
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).hasCandidateGroup("regulatorTransport");
    officers.complete("transport1", caseNumber, "Task_SignForDecision", Map.of("signedFor", true));
    assertThat(pi).isEnded().hasPassedInOrder("CallActivity_DecideOnTheSpot", "Gateway_Accepted",
        "CallActivity_DispatchToRegulator", "EndEvent_CaseCompleted").hasNotPassed("EndEvent_Rejected");
    assertThat(stages.of(pi, "Stage_OnTheSpotDecision")).isEnded()
        .hasPassedInOrder("Task_DecideOnTheSpot", "EndEvent_HandledOnTheSpot");

    ProcessInstance rejected = officers.register("window1", "RoadFreightLicence", Applications.of("M01"));
    officers.complete("window1", rejected.getBusinessKey(), "Task_DecideOnTheSpot",
        Map.of("intakeDecision", "reject", "decisionOpinion", "使用 4500 千克以下车辆，无需许可"));
    assertThat(rejected).isEnded().hasPassed("CallActivity_DecideOnTheSpot", "EndEvent_Rejected")
        .hasNotPassed("CallActivity_DispatchToRegulator");
    assertThat(caseFiles.get(rejected.getBusinessKey()).status()).isEqualTo(CaseStatus.REJECTED);
  }

  @Test
  void planningPermitIsExaminedHereAndDecidedByTheHigherOrgan() {
    ProcessInstance pi = officers.register("window1", "PlanningPermit", Applications.of("M01", "M02", "M03"));
    String caseNumber = pi.getBusinessKey();
    assertThat(caseNumber).contains("S");
    accept(caseNumber);
    survey(caseNumber);
    // 批前公示 before the first examination (prepublicity/PrePublicityProcessTest has its objections)
    assertThat(stages.of(pi, "Stage_Review")).isWaitingAt("Event_PrePublicityEnded");
    officers.endPrePublicity(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "grant", "reviewOpinion", "初审同意，报省厅决定"));
    assertThat(pi).hasPassed("CallActivity_Review").isWaitingAt("CallActivity_HigherOrganDecision");
    assertThat(stages.of(pi, "Stage_HigherOrganDecision")).hasPassed("Task_ForwardToHigherOrgan")
        .isWaitingAt("Event_HigherOrganDecision");
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.FORWARDED);

    assertThatThrownBy(() -> officers.hand("window1", caseNumber, WindowSubmission.HIGHER_ORGAN_DECISION,
        Map.of("decision", "grant", "opinion", "同意核发")))
        .isInstanceOf(ApiException.class).hasMessageContaining("请填写上级机关决定文号");
    assertThat(stages.of(pi, "Stage_HigherOrganDecision")).isWaitingAt("Event_HigherOrganDecision");

    officers.hand("window1", caseNumber, WindowSubmission.HIGHER_ORGAN_DECISION,
        Map.of("decision", "grant", "opinion", "同意核发", "document", "苏自然资规〔2026〕12号"));
    assertThat(pi).hasPassed("CallActivity_HigherOrganDecision").isWaitingAt("CallActivity_Delivery");
    assertThat(stages.of(pi, "Stage_HigherOrganDecision")).isEnded().hasPassed("EndEvent_HigherOrganDecided");
    assertThat(stages.of(pi, "Stage_Delivery")).isWaitingAt("Task_IssueLicence");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "decision")).isEqualTo("grant");
    CaseFile file = caseFiles.get(caseNumber);
    assertThat(file.decidedBy()).isEqualTo("省自然资源厅");
    assertThat(file.licenceNumber()).startsWith("GH");
    deliverAndSignFor(caseNumber, "planning1", "regulatorPlanning");
  }

  @Test
  void theWindowRecordsTheHigherOrgansDecisionOverTheApi() {
    ProcessInstance pi = officers.register("window1", "PlanningPermit", Applications.of("M01", "M02", "M03"));
    String caseNumber = pi.getBusinessKey();
    accept(caseNumber);
    survey(caseNumber);
    String path = "/api/v1/cases/" + caseNumber + "/higher-organ-decision";
    Map<String, Object> body = new HashMap<>(Map.of("decision", "deny"));
    // before the case is forwarded nothing waits for the decision
    ResponseEntity<Map> early = rest.withBasicAuth("window1", "OneSeal-2026").postForEntity(path, Map.of(
        "decision", "deny", "opinion", "不符合控制性详细规划", "document", "苏自然资规〔2026〕7号"), Map.class);
    assertThat(early.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(early.getBody()).containsEntry("code", "NOT_WAITING");
    officers.endPrePublicity(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "deny", "reviewOpinion", "建议不予许可"));

    ResponseEntity<Map> incomplete = rest.withBasicAuth("window1", "OneSeal-2026").postForEntity(path, body, Map.class);
    assertThat(incomplete.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<Map<String, String>>) incomplete.getBody().get("errors")).extracting(e -> e.get("field"))
        .containsExactlyInAnyOrder("opinion", "document");
    body.put("opinion", "不符合控制性详细规划");
    body.put("document", "苏自然资规〔2026〕7号");
    // only the window of the case's bureau records it; nobody sends the message to the engine directly
    assertThat(rest.withBasicAuth("reviewer1", "OneSeal-2026").postForEntity(path, body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(rest.withBasicAuth("awindow1", "OneSeal-2026").postForEntity(path, body, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    Map<String, Object> message = Map.of("messageName", "Msg_HigherOrganDecision", "businessKey", caseNumber,
        "processVariables", Map.of("decision", Map.of("value", "grant"), "decisionOpinion", Map.of("value", "同意"),
            "higherOrganDocument", Map.of("value", "伪造〔2026〕1号")));
    assertThat(rest.withBasicAuth("window1", "OneSeal-2026").postForEntity("/engine-rest/message", message, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(stages.of(pi, "Stage_HigherOrganDecision")).isWaitingAt("Event_HigherOrganDecision");

    ResponseEntity<Map> recorded = rest.withBasicAuth("window1", "OneSeal-2026").postForEntity(path, body, Map.class);
    assertThat(recorded.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(recorded.getBody()).containsEntry("recordedBy", "window1");
    assertThat(pi).isWaitingAt("CallActivity_Delivery");
    assertThat(stages.of(pi, "Stage_Delivery")).isWaitingAt("Task_DeliverDenial");
    assertThat(caseFiles.get(caseNumber).outcomeReasons()).isEqualTo("不符合控制性详细规划");
    assertThat(rest.withBasicAuth("window1", "OneSeal-2026").postForEntity(path, body, Map.class).getStatusCode())
        .as("recorded once").isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void jointAcceptanceCollectsOpinionsInParallelAndAbsentDepartmentsAreDeemedToAgree() {
    ProcessInstance pi = officers.register("window1", "JointCompletionAcceptance", Applications.of("M01", "M02", "M03", "M04"));
    String caseNumber = pi.getBusinessKey();
    assertThat(caseNumber).contains("L");
    accept(caseNumber);
    List<Task> opinions = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveDepartmentOpinion").list();
    assertThat(opinions).hasSize(5);
    // opinions due 3 WD after acceptance on Monday 03-02
    assertThat(opinions).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(endOf(2026, 3, 5)));

    giveOpinion("planning1", "regulatorPlanning", caseNumber, "agree", null);
    giveOpinion("housing1", "regulatorHousing", caseNumber, "agree", "质量验收监督合格");
    giveOpinion("fire1", "deptFireProtection", caseNumber, "agree", null);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
        .taskDefinitionKey("Task_GiveDepartmentOpinion").count()).isEqualTo(2);

    // civil air defence and archives stay silent past the deadline
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 0, 0, 1));
    List<Job> due = engine.getManagementService().createJobQuery().timers().executable().list().stream()
        .filter(job -> engine.getRuntimeService().createProcessInstanceQuery()
            .processInstanceId(job.getProcessInstanceId()).processInstanceBusinessKey(caseNumber).count() == 1)
        .toList();
    assertThat(due).hasSize(2);
    due.forEach(job -> engine.getManagementService().executeJob(job.getId()));

    assertThat(pi).hasPassed("CallActivity_DepartmentOpinions").isWaitingAt("CallActivity_Decision");
    assertThat(stages.of(pi, "Stage_JointOpinions")).isEnded().hasPassed("BoundaryEvent_OpinionOverdue",
        "Task_RecordDeemedAgreement", "Task_CollectOpinions", "EndEvent_OpinionsCollected");
    List<Opinion> recorded = caseFiles.opinions(caseNumber).stream().filter(o -> o.stage().equals("opinions")).toList();
    assertThat(recorded).extracting(Opinion::decision).containsExactlyInAnyOrder("agree", "agree", "agree",
        "deemedAgree", "deemedAgree");
    assertThat(recorded).filteredOn(o -> o.decision().equals("deemedAgree")).extracting(Opinion::opinion)
        .allSatisfy(text -> assertThat(text).contains("逾期未答复，视为同意"))
        .anySatisfy(text -> assertThat(text).startsWith("人民防空办公室"))
        .anySatisfy(text -> assertThat(text).startsWith("城建档案馆"));
    Task decide = officers.task(caseNumber, "Task_DecideApplication");
    assertThat((String) engine.getTaskService().getVariable(decide.getId(), "departmentOpinions"))
        .contains("质量验收监督合格").contains("【视为同意】");

    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "grant", "decisionOpinion", "各部门意见均为同意，准予通过联合验收"));
    deliverAndSignFor(caseNumber, "housing1", "regulatorHousing");
    assertThat(pi).isEnded();
  }

  void giveOpinion(String user, String group, String caseNumber, String answer, String text) {
    officers.run(user, () -> {
      Task task = engine.getTaskService().createTaskQuery().processInstanceBusinessKey(caseNumber)
          .taskDefinitionKey("Task_GiveDepartmentOpinion").taskCandidateGroup(group).singleResult();
      assertThat(engine.getFormService().getTaskFormVariables(task.getId()).get("departmentAgrees")).isNull();
      engine.getTaskService().claim(task.getId(), user);
      Map<String, Object> form = new HashMap<>(Map.of("departmentAgrees", answer));
      if (text != null) {
        form.put("departmentOpinion", text);
      }
      engine.getFormService().submitTaskForm(task.getId(), form);
    });
  }
}
