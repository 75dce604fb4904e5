package cn.gov.oneseal.delivery;

import static cn.gov.oneseal.support.Officers.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.gov.oneseal.casefile.CaseStatus;
import cn.gov.oneseal.support.Applications;
import cn.gov.oneseal.support.CaseTest;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.spin.Spin;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The shared delivery stage (Stage_Delivery, 制证送达): a grant goes straight to its delivery and its licence number
 * back to the case for the regulator; a denial is delivered even while 容缺 supplements are awaited (the hold is for
 * grants only; a held grant: intake/DeficiencyAcceptanceTest).
 */
class DeliveryStageTest extends CaseTest {

  @BeforeEach
  void monday() {
    ClockUtil.setCurrentTime(shanghai(2026, 3, 2, 9, 0, 0));
  }

  @Test
  void aGrantIsDeliveredAtOnceAndItsLicenceNumberGoesBackToTheCase() {
    String caseNumber = officers.grantedFood();
    ProcessInstance pi = engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("FoodBusinessLicence").singleResult();
    ProcessInstance delivery = stages.of(pi, "Stage_Delivery");
    assertThat(delivery).isWaitingAt("Task_IssueLicence").hasPassed("Gateway_Granted", "Gateway_SupplementsHold")
        .hasNotPassed("Event_SupplementsAccepted");
    String licence = caseFiles.get(caseNumber).licenceNumber();
    Task issue = officers.task(caseNumber, "Task_IssueLicence");
    assertThat(issue).hasCandidateGroup("window");
    assertThat(engine.getTaskService().getVariable(issue.getId(), "licenceNumber")).isEqualTo(licence);

    officers.complete("window1", caseNumber, "Task_IssueLicence", Map.of("deliveryMethod", "POST", "delivered", true));
    assertThat(delivery).isEnded().hasPassed("EndEvent_Delivered").hasNotPassed("Task_DeliverDenial");
    assertThat(pi).isWaitingAt("CallActivity_DispatchToRegulator");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "licenceNumber")).isEqualTo(licence);
    assertThat(caseFiles.get(caseNumber).status()).isEqualTo(CaseStatus.DELIVERED);
    Task signFor = officers.task(caseNumber, "Task_SignForDecision");
    assertThat(engine.getTaskService().getVariable(signFor.getId(), "licenceNumber")).isEqualTo(licence);
  }

  @Test
  void aDenialIsDeliveredWhileSupplementsAreStillAwaited() {
    Map<String, Object> form = Applications.of("M01", "M02", "M04");
    form.put("applicantIdType", "RESIDENT_ID");
    form.put("applicantId", "320501199107070017");
    form.put("businessScope", "CATERING");
    ProcessInstance pi = officers.register("window1", "FoodBusinessLicence", form);
    String caseNumber = pi.getBusinessKey();
    Map<String, Object> pledge = new HashMap<>(Map.of("intakeDecision", "deficiency",
        "deficientMaterials", Spin.JSON("[\"M03\"]"), "supplementWorkingDays", 4L, "pledgeSigned", true));
    officers.complete("window1", caseNumber, "Task_AcceptApplication", pledge);
    officers.passSurvey(caseNumber);
    officers.complete("reviewer1", caseNumber, "Task_ReviewApplication",
        Map.of("reviewRecommendation", "deny", "reviewOpinion", "不符合"));
    officers.complete("decider1", caseNumber, "Task_DecideApplication",
        Map.of("decision", "deny", "decisionOpinion", "经营场所不符合要求"));

    ProcessInstance delivery = stages.of(pi, "Stage_Delivery");
    assertThat(delivery).isWaitingAt("Task_DeliverDenial").hasNotPassed("Gateway_SupplementsHold");
    assertThat(engine.getTaskService().getVariable(officers.task(caseNumber, "Task_DeliverDenial").getId(),
        "decisionOpinion")).isEqualTo("经营场所不符合要求");
    // the denial closed the wait for the supplements
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey(caseNumber)
        .processDefinitionKey("Stage_Supplements").count()).isZero();
    officers.complete("window1", caseNumber, "Task_DeliverDenial", Map.of("deliveryMethod", "WINDOW", "delivered", true));
    assertThat(delivery).isEnded().hasPassed("Task_DeliverDenial", "Gateway_Delivered", "EndEvent_Delivered");
    assertThat(pi).isWaitingAt("CallActivity_DispatchToRegulator");
    assertThat(engine.getRuntimeService().getVariable(pi.getId(), "licenceNumber")).isNull();
  }
}
