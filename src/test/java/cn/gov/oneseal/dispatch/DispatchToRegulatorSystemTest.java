package cn.gov.oneseal.dispatch;

import static cn.gov.oneseal.support.Officers.endOf;
import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.supervision.CardKind;
import cn.gov.oneseal.supervision.SupervisionSweep;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import cn.gov.oneseal.support.RegulatorSystemStub.Received;
import cn.gov.oneseal.support.RegulatorSystemStub;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** 审管联动: every decision reaches the regulator's own system, at least once, kept once by its key. */
class DispatchToRegulatorSystemTest extends CaseTest {

  @Autowired RegulatorSystems systems;
  @Autowired SupervisionSweep sweep;

  RegulatorSystemStub server;

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @AfterEach
  void stopServer() {
    if (server != null) {
      server.close();
    }
  }

  void startServer() throws Exception {
    server = new RegulatorSystemStub(systems.endpoint("regulatorSamr").orElseThrow());
  }

  /** A food licence decided and handed over: the decision is dispatched to the regulator. */
  String decidedFoodCase() {
    String caseNumber = officers.grantedFood();
    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    return caseNumber;
  }

  ProcessInstance notification(String caseNumber) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey(RegulatorNotification.PROCESS).singleResult();
  }

  Job job(ProcessInstance pi) {
    return engine.getManagementService().createJobQuery().processInstanceId(pi.getId()).singleResult();
  }

  @Test
  void aDecisionReachesASystemThatWasDownForAWhileAndIsKeptOnce() throws Exception {
    String caseNumber = decidedFoodCase();
    ProcessInstance pi = notification(caseNumber);
    assertThat(pi).isWaitingAt("Task_SendToRegulatorSystem");
    // the sign-for task does not wait for the system
    assertThat(officers.task(caseNumber, "Task_SignForDecision")).isNotNull();

    // down: nothing listens
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job(pi).getId())).isInstanceOf(Exception.class);
    Job retried = job(pi);
    assertThat(retried.getExceptionMessage()).isNotBlank();
    assertThat(retried.getRetries()).isGreaterThan(0);
    assertThat(retried.getDuedate()).isAfter(ClockUtil.getCurrentTime());

    // up, but the first answer is lost: the same key comes again and the receiver keeps one
    startServer();
    server.failuresLeft.set(1);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job(pi).getId())).isInstanceOf(Exception.class)
        .hasMessageContaining("HTTP 500");
    engine.getManagementService().executeJob(job(pi).getId());
    assertThat(pi).isEnded().hasPassed("EndEvent_Delivered");

    List<Received> received = server.received;
    assertThat(received).hasSize(2);
    assertThat(received).extracting(Received::key).containsOnly(RegulatorSystemClient.idempotencyKey(caseNumber));
    assertThat(received.stream().map(Received::key).distinct()).hasSize(1);
    String licence = caseFiles.get(caseNumber).licenceNumber();
    assertThat(received.get(1).body()).contains("\"caseNumber\":\"" + caseNumber + "\"", "\"status\":\"DELIVERED\"",
        "\"licenceNumber\":\"" + licence + "\"", "\"itemName\":\"食品经营许可\"");
  }

  @Test
  void aSystemThatKeepsFailingBecomesAnIncidentNotALoss() {
    String caseNumber = decidedFoodCase();
    ProcessInstance pi = notification(caseNumber);
    // nothing listens; the first failure starts the retry cycle (R6/PT10M) …
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job(pi).getId())).isInstanceOf(Exception.class);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    // … and when the last retry fails too, an incident shows in Cockpit
    engine.getManagementService().setJobRetries(job(pi).getId(), 1);
    assertThatThrownBy(() -> engine.getManagementService().executeJob(job(pi).getId())).isInstanceOf(Exception.class);
    assertThat(engine.getRuntimeService().createIncidentQuery().processInstanceId(pi.getId()).singleResult()
        .getIncidentMessage()).isNotBlank();
    assertThat(pi).isNotEnded();
  }

  @Test
  void aRegulatorWithoutItsOwnSystemGetsTheSignForTaskOnly() {
    var pi = officers.register("window1", "RoadFreightLicence", Applications.of("M01", "M02", "M03", "M04", "M05"));
    officers.complete("window1", pi.getBusinessKey(), "Task_DecideOnTheSpot", Map.of("intakeDecision", "accept",
        "decision", "grant", "decisionOpinion", "当场准予", "deliveryMethod", "WINDOW", "delivered", true));
    assertThat(officers.task(pi.getBusinessKey(), "Task_SignForDecision")).isNotNull();
    assertThat(notification(pi.getBusinessKey())).isNull();
  }

  @Test
  void aLateSignForAlertsTheSupervisors() {
    String caseNumber = decidedFoodCase();
    // delivered Monday 03-02: the food regulator signs for within 3 WD, by the end of Thursday 03-05
    assertThat(officers.task(caseNumber, "Task_SignForDecision").getDueDate())
        .isEqualTo(endOf(2026, 3, 5));
    ClockUtil.setCurrentTime(shanghai(2026, 3, 6, 9, 0, 0));
    var cards = sweep.sweep().stream().filter(c -> c.caseNumber().equals(caseNumber)).toList();
    assertThat(cards).filteredOn(c -> c.stage().equals("监管签收"))
        .filteredOn(c -> c.kind() == CardKind.RED)
        .singleElement().satisfies(card -> assertThat(card.responsibleGroup()).isEqualTo("regulatorSamr"));
    assertThat(engine.getTaskService().createTaskQuery().processDefinitionKey("Supervision_HandleCard")
        .processInstanceBusinessKey(caseNumber).taskCandidateGroup("supervisor").count()).isPositive();
  }
}
